// `counterweight article --batch FILE.jsonl|DIR|-`: many articles through worker threads, one JSON
// result per line, in input order. Line-delimited JSON in and out is the contract of Hadoop
// Streaming and Spark's `RDD.pipe`: a newsroom can run the check over a whole feed on a cluster it
// already has. Every input line gives exactly one output line — a report, or an error naming the line.
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { AppError } from '../core/errors.js';
import { ArticlePool, type ArticleJob } from '../server/article-pool.js';

/** One article to check: from a JSON line (`{"id", "text"|"html", "date"}` or a JSON string) or a file. */
export interface BatchItem {
  /** The caller's id, else the line number or the file name. */
  id: string | number;
  /** Where it came from: `line N` or the file's path. */
  source: string;
  input?: string;
  date?: string;
  /** Set when the line could not be read as an article: reported, never dropped. */
  error?: string;
}

/** Reads one JSONL line into an item (pure: the contract, tested on its own). */
export function parseBatchLine(line: string, n: number): BatchItem | null {
  if (!line.trim()) return null;
  const at = { id: n, source: `line ${n}` };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { ...at, error: `line ${n}: not JSON (${(e as Error).message})` };
  }
  if (typeof value === 'string') return { ...at, input: value };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ...at, error: `line ${n}: expected an object {"text": …} or a JSON string` };
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : n;
  const input = [o.text, o.html, o.body, o.content].find((v) => typeof v === 'string') as string | undefined;
  if (input === undefined) return { ...at, id, error: `line ${n}: no "text" (or "html") field holding the article` };
  if (o.date !== undefined && typeof o.date !== 'string') return { ...at, id, error: `line ${n}: "date" must be a string YYYY-MM-DD` };
  return { ...at, id, input, date: o.date as string | undefined };
}

/** The articles of a folder: its .txt, .html and .htm files, by name. */
function folderItems(dir: string): BatchItem[] {
  return readdirSync(dir)
    .filter((f) => /\.(?:txt|html?)$/i.test(f))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      try {
        return { id: f, source: path, input: readFileSync(path, 'utf8') };
      } catch (e) {
        return { id: f, source: path, error: `${path}: ${(e as Error).message}` };
      }
    });
}

async function* lineItems(source: string): AsyncGenerator<BatchItem> {
  const stream = source === '-' ? process.stdin : createReadStream(source, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    const item = parseBatchLine(line, n);
    if (item) yield item;
  }
}

export interface BatchOptions {
  source: string;
  dbPath: string | null;
  storeVersion: string | null;
  /** Default publication date for articles that give none. */
  date?: string;
  workers?: number;
  out: Writable;
  /** Progress and the closing summary (stderr). */
  note?: (text: string) => void;
}

export interface BatchSummary {
  articles: number;
  failed: number;
  seconds: number;
}

/**
 * Checks every article of the source in a pool of worker threads, at most a few per worker in
 * flight (memory stays flat however long the feed), and writes the results in input order.
 */
export async function runBatch(o: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  let items: AsyncIterable<BatchItem> | Iterable<BatchItem>;
  if (o.source === '-') items = lineItems('-');
  else {
    const path = resolve(o.source);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new AppError(`article --batch: no such file or folder: ${path}`, 2, 400);
    }
    items = isDir ? folderItems(path) : lineItems(path);
  }
  const workers = Math.max(1, o.workers ?? availableParallelism());
  const pool = new ArticlePool({ size: workers, maxQueue: Number.MAX_SAFE_INTEGER, budgetMs: 30_000 });
  const inFlight = workers * 4;
  const pending = new Map<number, Promise<string>>();
  let next = 0;
  let written = 0;
  let failed = 0;

  const write = async (text: string) => {
    if (!o.out.write(text)) await new Promise<void>((r) => o.out.once('drain', () => r()));
  };
  const flush = async (all: boolean) => {
    while (pending.has(written) && (all || pending.size >= inFlight)) {
      const line = await pending.get(written)!;
      pending.delete(written);
      written++;
      await write(line);
      if (o.note && written % 100 === 0) o.note(`${written} articles checked\n`);
    }
  };
  const check = async (item: BatchItem): Promise<string> => {
    const head = { id: item.id, source: item.source };
    if (item.error !== undefined) {
      failed++;
      return JSON.stringify({ ...head, error: item.error }) + '\n';
    }
    const job: ArticleJob & { reportOnly: true } = { input: item.input ?? '', date: item.date ?? o.date, dbPath: o.dbPath, storeVersion: o.storeVersion, reportOnly: true };
    try {
      const result = await pool.run(job);
      // The worker sent the report as JSON text: spliced in, not parsed and written again.
      return `${JSON.stringify(head).slice(0, -1)},"report":${result.json}}\n`;
    } catch (e) {
      failed++;
      return JSON.stringify({ ...head, error: e instanceof Error ? e.message : String(e) }) + '\n';
    }
  };

  try {
    for await (const item of items) {
      pending.set(next++, check(item));
      await flush(false);
    }
    await flush(true);
  } finally {
    await pool.close();
  }
  const seconds = (performance.now() - started) / 1000;
  o.note?.(`${next} articles in ${seconds.toFixed(1)} s (${(next / Math.max(seconds, 1e-3)).toFixed(0)}/s, ${workers} worker${workers === 1 ? '' : 's'})${failed ? `; ${failed} failed (see their "error")` : ''}\n`);
  return { articles: next, failed, seconds };
}
