// One option model (engine/options.ts): for every flag of the CLI, the same values are accepted by
// the command line and by the API, and the same ones refused, with the same words. Both shells run
// in this process, on the real store.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { createApp, type App } from '../src/server/app.js';
import { main } from '../src/cli/program.js';
import { COMMANDS } from '../src/cli/commands.js';
import { OPTIONS } from '../src/engine/options.js';
import { importSharedData, tempDir } from './helpers.js';

const tmp = tempDir('cw-options-');
const dbPath = join(tmp.dir, 'store.sqlite');
let app: App;

beforeAll(async () => {
  await importSharedData(dbPath);
  app = createApp({ dbPath });
});
afterAll(() => {
  app?.close();
  tmp.cleanup();
});

/** Runs the CLI in this process: exit code and what it wrote to stderr. */
async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await main(['node', 'counterweight', ...args, '--db', dbPath, '--json'], COMMANDS);
    return { code, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

async function api(path: string): Promise<{ status: number; error: string }> {
  const res = await app.app.request(path);
  const body = (await res.json()) as { error?: string };
  return { status: res.status, error: body.error ?? '' };
}

/** One flag: where it is taken (CLI command and API path) and values to try. */
interface Case {
  option: keyof typeof OPTIONS;
  cli: (value: string) => string[];
  api: (value: string) => string;
  values: string[];
}

const enc = encodeURIComponent;
const CASES: Case[] = [
  { option: 'from', cli: (v) => ['suppliers', 'Myanmar', '--from', v], api: (v) => `/api/suppliers?recipient=Myanmar&from=${enc(v)}`, values: ['2001', '1800', 'x', '20011', '2001.5', '-2001'] },
  { option: 'to', cli: (v) => ['suppliers', 'Myanmar', '--to', v], api: (v) => `/api/suppliers?recipient=Myanmar&to=${enc(v)}`, values: ['2020', '2101', 'next'] },
  { option: 'category', cli: (v) => ['suppliers', 'Myanmar', '--category', v], api: (v) => `/api/suppliers?recipient=Myanmar&category=${enc(v)}`, values: ['aircraft', 'air-defence', 'AIR DEFENCE SYSTEMS', 'ship', 'lasers', '-'] },
  { option: 'allocation', cli: (v) => ['suppliers', 'Myanmar', '--allocation', v], api: (v) => `/api/suppliers?recipient=Myanmar&allocation=${enc(v)}`, values: ['even', 'Reconciled', 'exact', 'fair'] },
  { option: 'dataset', cli: (v) => ['suppliers', 'Myanmar', '--dataset', v], api: (v) => `/api/suppliers?recipient=Myanmar&dataset=${enc(v)}`, values: ['trade-register-2024-10-13', 'deliveries-per-year-2000-2001-2025-02-10', 'nope'] },
  { option: 'supplier', cli: (v) => ['categories', 'Myanmar', '--supplier', v], api: (v) => `/api/categories?recipient=Myanmar&supplier=${enc(v)}`, values: ['China', 'CHN', 'Narnia', 'x'.repeat(300)] },
  { option: 'patrons', cli: (v) => ['alignment', 'Myanmar', '--patrons', v], api: (v) => `/api/alignment?country=Myanmar&patrons=${enc(v)}`, values: ['CHN,RUS', 'China, Russia', ',,', 'Narnia'] },
  { option: 'min', cli: (v) => ['validate', '--min', v], api: (v) => `/api/validate?min=${enc(v)}`, values: ['10', '0.5', '-1', 'ten'] },
  { option: 'by', cli: (v) => ['vetoes', '--by', v], api: (v) => `/api/vetoes?by=${enc(v)}`, values: ['Russia', 'USSR', 'Narnia', ''] },
  { option: 'about', cli: (v) => ['vetoes', '--about', v], api: (v) => `/api/vetoes?about=${enc(v)}`, values: ['Syria', 'Narnia'] },
  { option: 'year', cli: (v) => ['trade', 'Myanmar', '--year', v], api: (v) => `/api/trade?country=Myanmar&year=${enc(v)}`, values: ['2019', '1800', 'x', '2030'] },
  { option: 'fromWindow', cli: (v) => ['shifts', '--from-window', v], api: (v) => `/api/shifts?fromWindow=${enc(v)}`, values: ['2009-2013', '2009–2013', '2013-2009', '2009', 'x'] },
  { option: 'toWindow', cli: (v) => ['shifts', '--to-window', v], api: (v) => `/api/shifts?toWindow=${enc(v)}`, values: ['2019-2023', '1800-1810'] },
  { option: 'patron', cli: (v) => ['shifts', '--patron', v], api: (v) => `/api/shifts?patron=${enc(v)}`, values: ['Russia', 'CHN', 'Narnia', ''] },
  { option: 'minTiv', cli: (v) => ['shifts', '--min-tiv', v], api: (v) => `/api/shifts?minTiv=${enc(v)}`, values: ['100', '0.5', '-1', 'lots'] },
  { option: 'issue', cli: (v) => ['resolutions', 'Myanmar', '--issue', v], api: (v) => `/api/resolutions?country=Myanmar&issue=${enc(v)}`, values: ['human-rights', 'Human rights', 'nuclear', 'weather'] },
];

describe('every flag: the CLI and the API accept and refuse the same values', () => {
  const seen = new Set(CASES.map((c) => c.option));
  it('covers every value-taking option the CLI has', () => {
    const cliValueOptions = Object.entries(OPTIONS)
      .filter(([name, o]) => o.flag.includes('<') && !['limit', 'date'].includes(name))
      .map(([name]) => name);
    expect(cliValueOptions.filter((n) => !seen.has(n as keyof typeof OPTIONS))).toEqual([]);
  });

  for (const c of CASES) {
    for (const value of c.values) {
      it(`${c.option} = ${JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value)}`, async () => {
        const [byCli, byApi] = [await cli(c.cli(value)), await api(c.api(value))];
        const cliAccepts = byCli.code === 0;
        const apiAccepts = byApi.status === 200;
        expect({ cliAccepts, stderr: byCli.stderr.slice(0, 200) }).toMatchObject({ cliAccepts: apiAccepts });
        if (!cliAccepts) {
          // The same words, the flag spelled each shell's way (`--from` / `from`).
          const flag = OPTIONS[c.option].flag.split(' ')[0];
          const cliWords = byCli.stderr.replace(/^error: /, '').trim().replace(flag, c.option);
          expect(byApi.error).toBe(cliWords);
          expect(byCli.code).toBeGreaterThanOrEqual(2);
          expect(byApi.status).toBeGreaterThanOrEqual(400);
        }
      });
    }
  }

  it('the flags without a value (--merge-soviet, --pending) mean true in both', async () => {
    expect((await cli(['suppliers', 'India', '--merge-soviet'])).code).toBe(0);
    expect((await api('/api/suppliers?recipient=India&mergeSoviet')).status).toBe(200);
    expect((await cli(['orders', 'Myanmar', '--pending'])).code).toBe(0);
    expect((await api('/api/orders?recipient=Myanmar&pending')).status).toBe(200);
  });
});
