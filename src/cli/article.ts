import { Command } from 'commander';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../core/errors.js';
import { analyzeArticle, toReport } from '../article/pipeline.js';
import type { ArticleReport } from '../article/types.js';
import { openStore, resolveDbPath } from '../store/db.js';
import { armsSession } from '../engine/open.js';
import { armsOracle } from '../engine/oracle.js';
import { option, printJson, withArms, type CommonOptions } from './options.js';

interface Opts extends CommonOptions {
  date?: string;
  md?: boolean;
  html?: string;
}

function readInput(file: string): string {
  if (file === '-') return readFileSync(0, 'utf8');
  const path = resolve(file);
  if (!existsSync(path)) throw new AppError(`article: no such file: ${path}`, 2, 400);
  return readFileSync(path, 'utf8');
}

/** The report as a terminal page: what was found, then each claim with its verdict and numbers. */
export function renderArticleTerminal(r: ArticleReport): string {
  const lines: string[] = [];
  lines.push(r.title ?? '(no title)');
  lines.push(`Date: ${r.date ?? 'unknown'} (${r.dateSource})`);
  if (r.removed.length) lines.push(`Removed ${r.removed.length} lines of page chrome and repeated captions.`);
  lines.push('', `Quotes (${r.quotes.length}):`);
  for (const q of r.quotes) {
    const who = q.speaker ? `${q.speaker}${q.speakerRole ? `, ${q.speakerRole}` : ''}` : 'unattributed';
    lines.push(`  “${q.text.length > 110 ? `${q.text.slice(0, 107)}…` : q.text}” — ${who}${q.kind === 'partial' ? ' (partial)' : ''}`);
  }
  lines.push('', `Events (${r.events.length}):`);
  for (const e of r.events) lines.push(`  ${e.date ?? '?'}  ${e.type}: ${e.actors.join(', ')}${e.place ? ` in ${e.place}` : ''}  [${e.dateText}]`);
  lines.push('', `Claims (${r.claims.length}):`);
  for (const c of r.claims) {
    lines.push(`  [${c.verdict}] ${c.text}`);
    lines.push(`      ${c.kind}, ${c.window.from}–${c.window.to}: ${c.evidence}`);
    if (c.query) lines.push(`      query: ${c.query}`);
  }
  const people = r.actors.filter((a) => a.kind === 'person');
  lines.push('', `People (${people.length}): ${people.map((p) => `${p.name}${p.role ? ` (${p.role})` : ''}`).join('; ')}`);
  return lines.join('\n') + '\n';
}

export function registerArticle(program: Command): void {
  const cmd = program
    .command('article <file>')
    .description('check a news article (text or saved HTML; - for stdin): actors, quotes with speakers, events with dates, arms claims with verdicts')
    .addOption(option('date', 'publication date (default: found in the page, else inferred from the text)'))
    .option('--md', 'print Markdown')
    .option('--html <file>', 'write the annotated article as an HTML page');
  withArms(cmd).action(async (file: string, o: Opts) => {
    const input = readInput(file);
    const dbPath = resolveDbPath(o.db);
    // Without a store the article is still read; its arms claims are then marked unverifiable.
    const db = existsSync(dbPath) ? openStore(dbPath) : null;
    try {
      const oracle = db ? armsOracle(armsSession(db, o)) : undefined;
      if (!db) process.stderr.write(`note: no store at ${dbPath}; claims cannot be checked (run \`counterweight import\`)\n`);
      const doc = analyzeArticle(input, { date: o.date, oracle });
      const report = toReport(doc);
      if (o.html) {
        const { renderArticleHtml } = await import('../report/article-html.js');
        writeFileSync(resolve(o.html), renderArticleHtml(report, doc.text));
        process.stderr.write(`wrote ${resolve(o.html)}\n`);
      }
      if (o.json) printJson(report);
      else if (o.md) process.stdout.write((await import('../report/article-md.js')).renderArticleMarkdown(report));
      else if (!o.html) process.stdout.write(renderArticleTerminal(report));
    } finally {
      db?.close();
    }
  });
}
