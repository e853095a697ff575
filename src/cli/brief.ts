import { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { briefAnswer } from '../engine/brief.js';
import { withArmsSession } from '../engine/open.js';
import { resolveParty } from '../engine/party.js';
import { option, printJson, withArms, type CommonOptions } from './options.js';
import { ensureStore, DATA_OPTION_HELP } from './ensure-store.js';

interface Opts extends CommonOptions {
  patrons?: string[];
  md?: boolean;
  html?: string;
  png?: string;
  data?: string;
  fetch?: boolean;
}

export function registerBrief(program: Command): void {
  const cmd = program
    .command('brief <country>')
    .description('one-page balance brief: arms suppliers over time, categories, pending orders, UN vote alignment, plain sentences with their sources')
    .addOption(option('patrons', 'comma-separated patrons (default: top suppliers of the last 20 years plus the United States, at most four)'))
    .option('--md', 'print Markdown')
    .option('--html <file>', 'write a self-contained HTML page with the charts')
    .option('--png <dir>', 'write the charts as PNG files into this folder')
    .option('--data <dir>', DATA_OPTION_HELP)
    .option('--fetch', 'when no data folder has the files, download them first (see `counterweight fetch`)');
  withArms(cmd).action(async (c: string, o: Opts) => {
    const country = resolveParty(c);
    const patrons = o.patrons?.map((p) => resolveParty(p, 'patron'));
    await ensureStore(o);
    const brief = withArmsSession(o, (s) => briefAnswer(s, country, { patrons }));
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
