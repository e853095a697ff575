// `counterweight fetch`: download the SIPRI and UNGA data into a data folder, each file checked by
// the reader `import` uses before it replaces anything.
import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { FIRST_SIPRI_YEAR, parseYearSpan, type YearSpan } from '../fetch/chunks.js';
import { sipriByHand, ungaByHand } from '../fetch/citations.js';
import { DATAVERSE_BASE, UNGA_DOI } from '../fetch/dataverse.js';
import { fetchFailed } from '../fetch/errors.js';
import { createRequester, DEFAULT_HTTP, userAgent, type HttpOptions } from '../fetch/http.js';
import type { FetchProgress, SourceReport } from '../fetch/report.js';
import { fetchSipri } from '../fetch/sipri.js';
import { SIPRI_BASE } from '../fetch/sipri-request.js';
import { fetchUnga } from '../fetch/unga.js';
import { planFetch, renderPlan } from '../fetch/plan.js';
import { printJson } from './options.js';
import { progressBar } from './progress.js';

export type FetchSource = 'sipri' | 'unga' | 'all';

export interface FetchRun {
  source?: FetchSource;
  years?: YearSpan;
  /** Data folder; default `./data`. */
  out?: string;
  mirror?: string;
  chunkYears?: number;
  quiet?: boolean;
  /** Where the summary and citations go (stderr when a brief is printed on stdout). */
  write?: (text: string) => void;
}

export interface FetchOutcome {
  out: string;
  fetched: SourceReport[];
  failed: { source: 'sipri' | 'unga'; message: string; byHand: string }[];
}

// One call can return the whole register (~30 s); 25-year chunks keep each answer well inside the timeout.
export const DEFAULT_CHUNK_YEARS = 25;
export const DEFAULT_OUT = 'data';

const msEnv = z.coerce.number().int().min(0);

/** Timing knobs from the environment (tests make them small); anything unreadable is an error, not ignored. */
function httpFromEnv(env: NodeJS.ProcessEnv = process.env): HttpOptions {
  const pick = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const r = msEnv.safeParse(raw);
    if (!r.success) throw new AppError(`invalid ${name}: "${raw}" (expected a whole number >= 0)`, 2, 400);
    return r.data;
  };
  const backoffMs = pick('COUNTERWEIGHT_FETCH_BACKOFF_MS', DEFAULT_HTTP.backoffMs);
  return {
    timeoutMs: pick('COUNTERWEIGHT_FETCH_TIMEOUT_MS', DEFAULT_HTTP.timeoutMs),
    pauseMs: pick('COUNTERWEIGHT_FETCH_PAUSE_MS', DEFAULT_HTTP.pauseMs),
    retries: pick('COUNTERWEIGHT_FETCH_RETRIES', DEFAULT_HTTP.retries),
    backoffMs,
    maxBackoffMs: Math.max(backoffMs, DEFAULT_HTTP.maxBackoffMs),
    userAgent: userAgent(),
  };
}

export function parseMirror(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError(`invalid --mirror: "${value}" (expected a URL such as https://mirror.example.org)`, 2, 400);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AppError(`invalid --mirror: "${value}" (http or https only)`, 2, 400);
  return value.replace(/\/+$/, '');
}

/** A bar on a terminal; otherwise one line per step, so logs still show how far it got. */
function progressFor(quiet: boolean): { update: FetchProgress; stop: () => void } {
  if (quiet) return { update: () => {}, stop: () => {} };
  if (process.stderr.isTTY) return progressBar(true);
  return {
    update: (step, done, total) => {
      if (!/done$/.test(step)) process.stderr.write(`[${done + 1}/${total}] ${step}\n`);
    },
    stop: () => {},
  };
}

/** Fetches each source in turn (never in parallel); a failed source leaves its old files as they were. */
export async function runFetch(o: FetchRun): Promise<FetchOutcome> {
  const source = o.source ?? 'all';
  const out = resolve(o.out ?? DEFAULT_OUT);
  const mirror = parseMirror(o.mirror ?? process.env.COUNTERWEIGHT_MIRROR);
  const years = o.years ?? { from: FIRST_SIPRI_YEAR, to: new Date().getUTCFullYear() };
  const today = new Date().toISOString().slice(0, 10);
  const write = o.write ?? ((t: string) => void process.stdout.write(t));
  const http = httpFromEnv();
  // On a terminal the bar holds the line: a retry notice starts a new one.
  const request = createRequester({ ...http, onRetry: (m) => !o.quiet && process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}${m}\n`) });
  const outcome: FetchOutcome = { out, fetched: [], failed: [] };

  const jobs: { source: 'sipri' | 'unga'; run: (onProgress: FetchProgress) => Promise<SourceReport>; byHand: string }[] = [];
  if (source !== 'unga') {
    jobs.push({
      source: 'sipri',
      byHand: sipriByHand(out),
      run: (onProgress) => fetchSipri({ base: mirror ?? SIPRI_BASE, years, chunkYears: o.chunkYears ?? DEFAULT_CHUNK_YEARS, out, today, request, onProgress }),
    });
  }
  if (source !== 'sipri') {
    jobs.push({ source: 'unga', byHand: ungaByHand(out), run: (onProgress) => fetchUnga({ base: mirror ?? DATAVERSE_BASE, doi: UNGA_DOI, out, today, request, onProgress }) });
  }
  for (const job of jobs) {
    const bar = progressFor(!!o.quiet);
    try {
      const report = await job.run(bar.update);
      bar.stop();
      outcome.fetched.push(report);
      write(renderReport(report));
      for (const w of report.warnings) process.stderr.write(`warning: ${w}\n`);
    } catch (e) {
      bar.stop();
      if (!(e instanceof Error)) throw e;
      const message = e.message;
      outcome.failed.push({ source: job.source, message, byHand: job.byHand });
      process.stderr.write(
        `${job.source}: fetch failed: ${message}\n` +
          `Nothing in ${resolve(out, job.source)} was changed.\n${job.byHand}\n`,
      );
    }
  }
  return outcome;
}

export function renderReport(r: SourceReport): string {
  let text = '';
  for (const f of r.files) text += `${r.source}: wrote ${f.path} (${f.rows.toLocaleString('en-US')} rows${f.detail ? `; ${f.detail}` : ''})\n`;
  return text + `${r.citation}\n`;
}

const sourceSchema = z.enum(['sipri', 'unga', 'all']);

export function registerFetch(program: Command): void {
  program
    .command('fetch')
    .description(
      'download SIPRI arms transfers (per delivery year, in year chunks) and the UNGA ideal points into a data folder; ' +
        'every file is checked by the same readers as `import` before it replaces anything (exit code 4 when a source fails)',
    )
    .addOption(new Option('--source <source>', 'what to fetch').choices(['sipri', 'unga', 'all']).default('all'))
    .option('--years <span>', `delivery years for SIPRI, e.g. ${FIRST_SIPRI_YEAR}-2025 (default ${FIRST_SIPRI_YEAR} to this year)`)
    .option('--out <dir>', 'data folder to write into (files go to <dir>/sipri and <dir>/unga)', DEFAULT_OUT)
    .option('--mirror <url>', 'send every request to this base URL instead of SIPRI and Dataverse (or $COUNTERWEIGHT_MIRROR)')
    .option('--chunk-years <n>', `years per SIPRI request (default ${DEFAULT_CHUNK_YEARS})`)
    .option('--dry-run', 'print every request it would send (method, URL, headers, body) and send none')
    .option('--quiet', 'no progress')
    .option('--json', 'print JSON instead of text')
    .addHelpText(
      'after',
      '\nRequests go one at a time with a pause between them, a timeout and retries with backoff; tune with\n' +
        `COUNTERWEIGHT_FETCH_PAUSE_MS (${DEFAULT_HTTP.pauseMs}), COUNTERWEIGHT_FETCH_TIMEOUT_MS (${DEFAULT_HTTP.timeoutMs}), COUNTERWEIGHT_FETCH_RETRIES (${DEFAULT_HTTP.retries}),\n` +
        `COUNTERWEIGHT_FETCH_BACKOFF_MS (${DEFAULT_HTTP.backoffMs}, doubling). A failed source leaves its old files untouched (exit code 4).\n` +
        'SIPRI takes ~30-40 s per answer; a whole fetch takes a few minutes. --dry-run shows what would be sent.',
    )
    .action(async (o: { source: string; years?: string; out: string; mirror?: string; chunkYears?: string; quiet?: boolean; json?: boolean; dryRun?: boolean }) => {
      const source = sourceSchema.parse(o.source);
      const years = o.years === undefined ? undefined : parseYearSpan(o.years, new Date().getUTCFullYear());
      let chunkYears: number | undefined;
      if (o.chunkYears !== undefined) {
        const r = z.coerce.number().int().min(1).max(100).safeParse(o.chunkYears);
        if (!r.success) throw new AppError(`invalid --chunk-years: "${o.chunkYears}" (expected a whole number from 1 to 100)`, 2, 400);
        chunkYears = r.data;
      }
      if (o.dryRun) {
        const mirror = parseMirror(o.mirror ?? process.env.COUNTERWEIGHT_MIRROR);
        const plan = planFetch({
          source, sipriBase: mirror ?? SIPRI_BASE, dataverseBase: mirror ?? DATAVERSE_BASE, doi: UNGA_DOI,
          years: years ?? { from: FIRST_SIPRI_YEAR, to: new Date().getUTCFullYear() }, chunkYears: chunkYears ?? DEFAULT_CHUNK_YEARS, userAgent: userAgent(),
        });
        return o.json ? printJson(plan) : void process.stdout.write(renderPlan(plan));
      }
      const outcome = await runFetch({
        source, years, out: o.out, mirror: o.mirror, chunkYears, quiet: o.quiet || o.json,
        write: o.json ? () => {} : undefined,
      });
      if (o.json) printJson(outcome);
      if (outcome.failed.length > 0) {
        throw fetchFailed(`fetch failed for ${outcome.failed.map((f) => f.source).join(' and ')} (see above); the files already in ${outcome.out} were left as they were`);
      }
    });
}
