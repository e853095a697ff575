import { Command } from 'commander';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveParty } from '../store/queries.js';
import { resolveDbPath } from '../store/db.js';
import { buildBrief } from '../store/brief.js';
import { defaultDataDir } from '../core/data-dir.js';
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
}

/** The main job works in one step: a missing store is imported first, from the data folder. */
function ensureStore(o: Opts): void {
  const path = resolveDbPath(o.db);
  if (existsSync(path)) return;
  const dir = o.data ?? defaultDataDir();
  if (!existsSync(dir)) {
    throw new AppError(
      `no store at ${path} and no data folder at ${dir}: set COUNTERWEIGHT_DATA or pass --data DIR ` +
        '(a folder with SIPRI trade-register / tiv-imports / tiv-exports CSV exports and the UNGA ideal-points CSV)',
      3,
    );
  }
  process.stderr.write(`No store yet: importing from ${dir} …\n`);
  runImport({ db: o.db, data: dir });
}

export function registerBrief(program: Command): void {
  const cmd = program
    .command('brief <country>')
    .description('one-page balance brief: arms suppliers over time, categories, pending orders, UN vote alignment, plain sentences with their sources')
    .option('--patrons <list>', 'comma-separated patrons (default: top suppliers of the last 20 years plus the United States, at most four)')
    .option('--md', 'print Markdown')
    .option('--html <file>', 'write a self-contained HTML page with the charts')
    .option('--png <dir>', 'write the charts as PNG files into this folder')
    .option('--data <dir>', 'data folder to import from when the store does not exist yet');
  withArms(cmd).action(async (c: string, o: Opts) => {
    const country = resolveParty(c);
    const patrons = o.patrons?.split(',').map((p) => p.trim()).filter(Boolean);
    ensureStore(o);
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
