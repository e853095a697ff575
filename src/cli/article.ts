import { Command } from 'commander';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../core/errors.js';
import { analyzeArticle, toReport } from '../article/pipeline.js';
import type { ArticleReport } from '../article/types.js';
import { openIfCurrent, resolveDbPath, storeStatus } from '../store/db.js';
import { armsSession } from '../engine/open.js';
import { armsOracle, investmentOracle, milexOracle, tradeOracle, unOracle } from '../engine/oracle.js';
import { option, printJson, withArms, type CommonOptions } from './options.js';

interface Opts extends CommonOptions {
  date?: string;
  md?: boolean;
  html?: string;
  batch?: string;
  workers?: string;
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
    .command('article [file]')
    .description('check a news article (text or saved HTML; - for stdin): actors, quotes with speakers, events with dates, arms claims with verdicts')
    .addOption(option('date', 'publication date (default: found in the page, else inferred from the text; with --batch: for lines that give none)'))
    .option('--md', 'print Markdown')
    .option('--html <file>', 'write the annotated article as an HTML page')
    .option('--batch <source>', 'check many articles: a JSON-lines file ({"id", "text"|"html", "date"} or a JSON string per line), a folder of .txt/.html files, or - for JSON lines on stdin; writes one JSON result per line, in input order')
    .option('--workers <n>', 'worker threads for --batch (default: one per core)')
    .addHelpText('after', [
      '',
      'Batch mode reads and writes line-delimited JSON, the contract of Hadoop Streaming and Spark’s RDD.pipe:',
      '  counterweight article --batch feed.jsonl > checked.jsonl',
      '  cat feed.jsonl | counterweight article --batch - --workers 2',
      'Each output line is {"id", "source", "report"} or {"id", "source", "error"}; every input line gets one.',
    ].join('\n'));
  withArms(cmd).action(async (file: string | undefined, o: Opts) => {
    const dbPath = resolveDbPath(o.db);
    if (o.batch !== undefined) {
      if (file !== undefined) throw new AppError('article: give a file, or --batch SOURCE, not both', 2, 400);
      const workers = o.workers === undefined ? undefined : Number(o.workers);
      if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 64)) throw new AppError(`article --workers: expected a whole number from 1 to 64, got "${o.workers}"`, 2, 400);
      const status = existsSync(dbPath) ? storeStatus(dbPath) : null;
      if (!status?.current) process.stderr.write(`note: ${status ? `the store at ${dbPath} was built by an older counterweight` : `no store at ${dbPath}`}; claims cannot be checked (run \`counterweight import\`)\n`);
      const { runBatch } = await import('./article-batch.js');
      const version = status?.current ? String(statSync(dbPath).mtimeMs) : null;
      const summary = await runBatch({
        source: o.batch, dbPath: status?.current ? dbPath : null, storeVersion: version, date: o.date, workers, out: process.stdout,
        note: process.stderr.isTTY ? (t) => void process.stderr.write(t) : undefined,
      });
      if (!process.stderr.isTTY) process.stderr.write(`${summary.articles} articles, ${summary.failed} failed, ${summary.seconds.toFixed(1)} s\n`);
      return;
    }
    if (file === undefined) throw new AppError('article: name the article file (- for stdin), or use --batch SOURCE', 2, 400);
    const input = readInput(file);
    // Without a store the article is still read; its arms claims are then marked unverifiable.
    // A store of an older schema is not read (its tables differ): the claims are then unchecked, and said so.
    const opened = existsSync(dbPath) ? openIfCurrent(dbPath) : null;
    const status = opened?.status ?? null;
    const db = opened?.db ?? null;
    try {
      const oracle = db ? armsOracle(armsSession(db, o)) : undefined;
      const un = db ? unOracle(db) : undefined;
      const trade = db ? tradeOracle(db) : undefined;
      const investment = db ? investmentOracle(db) : undefined;
      const milex = db ? milexOracle(db) : undefined;
      if (!db) {
        const why = !status ? `no store at ${dbPath}` : status.unreadable ? `the store at ${dbPath} cannot be read (${status.unreadable})` : `the store at ${dbPath} was built by an older counterweight`;
        process.stderr.write(`note: ${why}; claims cannot be checked (run \`counterweight import\`)\n`);
      }
      const doc = analyzeArticle(input, { date: o.date, oracle, un, trade, investment, milex });
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
