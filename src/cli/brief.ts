import { Command } from 'commander';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveParty } from '../store/queries.js';
import { openStore, resolveDbPath } from '../store/db.js';
import { buildBrief } from '../store/brief.js';
import { DATA_FILES_LOOKED_FOR, describeSearch, findDataDir } from '../core/data-dir.js';
import { listDatasets } from '../store/context.js';
import { discoverSourceFiles } from '../store/import.js';
import { fetchFailed } from '../fetch/errors.js';
import { DEFAULT_OUT, runFetch } from './fetch.js';
import { AppError } from '../core/errors.js';
import { printJson, withArms, type CommonOptions } from './options.js';
import { withArmsStore } from './session.js';
import { runImport } from './import.js';

interface Opts extends CommonOptions {
  patrons?: string;
  md?: boolean;
  html?: string;
  png?: string;
  data?: string;
  fetch?: boolean;
}

/**
 * The main job works in one step: when the store is missing or empty, or older than the data files,
 * the data are imported first from the first place that has them (see `findDataDir`); with
 * `--fetch` and no data anywhere, they are downloaded first. Says on stderr where they came from.
 */
async function ensureStore(o: Opts): Promise<void> {
  const path = resolveDbPath(o.db);
  const search = () =>
    findDataDir({
      flag: o.data,
      env: process.env.COUNTERWEIGHT_DATA,
      cwd: process.cwd(),
      noShared: !!process.env.COUNTERWEIGHT_NO_SHARED && process.env.COUNTERWEIGHT_NO_SHARED !== '0',
      discover: (dir) => discoverSourceFiles(dir).map((f) => f.file),
    });
  // null: no store, or one without any dataset; a file this tool cannot open is left for the query to report.
  let storeTime: number | null = null;
  if (existsSync(path)) {
    try {
      const db = openStore(path);
      try {
        if (listDatasets(db).length > 0) storeTime = statSync(path).mtimeMs;
      } finally {
        db.close();
      }
    } catch {
      storeTime = Infinity;
    }
  }
  let data = search();
  let why: string;
  if (storeTime !== null) {
    if (!data.found) return;
    const newest = Math.max(...data.found.files.map((f) => statSync(f).mtimeMs));
    if (newest <= storeTime) return;
    why = `the data files are newer than the store at ${path}`;
  } else {
    why = existsSync(path) ? `the store at ${path} is empty` : `no store at ${path} yet`;
    if (!data.found && o.fetch) {
      const out = resolve(o.data ?? DEFAULT_OUT);
      process.stderr.write(`No data found: fetching into ${out} …\n`);
      await runFetch({ out, write: (t) => void process.stderr.write(t) });
      data = search();
      if (!data.found) {
        throw fetchFailed(`no data for the brief: the fetch into ${out} failed (see above), and no place searched holds data files. Searched:\n${describeSearch(data.searched)}`);
      }
    }
    if (!data.found) {
      throw new AppError(
        `no data for the brief: ${why}, and no place searched holds data files (${DATA_FILES_LOOKED_FOR}). Searched:\n` +
          `${describeSearch(data.searched)}\n` +
          'Get the data with `counterweight fetch` (it writes ./data, searched next time), or run this again with --fetch; ' +
          'or point --data DIR / COUNTERWEIGHT_DATA at a folder holding the files.',
        3,
      );
    }
  }
  const found = data.found;
  for (const p of data.searched) {
    if (p !== found && (p.kind === 'flag' || p.kind === 'env')) process.stderr.write(`note: ${p.how} ${p.dir}: ${p.status === 'no-files' ? 'no recognisable files' : 'no such folder'}, passed over\n`);
  }
  process.stderr.write(`Importing from ${found.dir} (found via ${found.how}): ${why} …\n`);
  runImport({ db: o.db, data: found.dir });
}

export function registerBrief(program: Command): void {
  const cmd = program
    .command('brief <country>')
    .description('one-page balance brief: arms suppliers over time, categories, pending orders, UN vote alignment, plain sentences with their sources')
    .option('--patrons <list>', 'comma-separated patrons (default: top suppliers of the last 20 years plus the United States, at most four)')
    .option('--md', 'print Markdown')
    .option('--html <file>', 'write a self-contained HTML page with the charts')
    .option('--png <dir>', 'write the charts as PNG files into this folder')
    .option(
      '--data <dir>',
      'data folder to import from when the store is missing, empty or older than the files; searched first, then $COUNTERWEIGHT_DATA, ' +
        './data, and ../shared/data beside the checkout (left out when COUNTERWEIGHT_NO_SHARED=1)',
    )
    .option('--fetch', 'when no data folder has the files, download them first (see `counterweight fetch`)');
  withArms(cmd).action(async (c: string, o: Opts) => {
    const country = resolveParty(c);
    const patrons = o.patrons?.split(',').map((p) => p.trim()).filter(Boolean);
    await ensureStore(o);
    const brief = withArmsStore(o, (db, ctx) => buildBrief(db, ctx, country, { patrons }));
    if (o.html) {
      const { renderBriefHtml } = await import('../report/brief-html.js');
      writeFileSync(resolve(o.html), renderBriefHtml(brief));
      process.stderr.write(`wrote ${resolve(o.html)}\n`);
    }
    if (o.png) {
      const { writeBriefPngs } = await import('../report/charts-png.js');
      mkdirSync(resolve(o.png), { recursive: true });
      for (const f of writeBriefPngs(brief, resolve(o.png))) process.stderr.write(`wrote ${f}\n`);
    }
    if (o.json) return printJson(brief);
    if (o.md) {
      const { renderBriefMarkdown } = await import('../report/brief-md.js');
      return void process.stdout.write(renderBriefMarkdown(brief));
    }
    if (!o.html && !o.png) {
      const { renderBriefTerminal } = await import('../report/brief-terminal.js');
      process.stdout.write(renderBriefTerminal(brief));
    }
  });
}
