// Article checks off the event loop: a few worker threads (server/article-worker.ts) do the NLP,
// so one large or hostile article never stalls /healthz or the cached queries. Each job has a time
// budget (the worker is replaced when it overruns: 503) and the queue is bounded (429), both with
// Retry-After; the shell maps these AppErrors to responses like every other error.
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../core/errors.js';
import type { ArticleReport, Paragraph } from '../article/types.js';

export interface ArticleJob {
  input: string;
  date?: string;
  /** The store the verdicts read (none: claims stay unverifiable), and its version (a worker reopens when it changes). */
  dbPath: string | null;
  storeVersion: string | null;
  /**
   * Only the report back, already serialised (batch mode): the worker does the JSON, the main thread
   * only writes it out; the cleaned text and paragraphs stay in the worker.
   */
  reportOnly?: boolean;
}

export interface ArticleResult {
  report: ArticleReport;
  /** The cleaned text and its paragraphs (for the annotated page). */
  text: string;
  paragraphs: Paragraph[];
}

/** What a `reportOnly` job gets: the report as JSON text. */
export interface ArticleJsonResult {
  json: string;
}

export interface PoolOptions {
  /** Worker threads (default: cores − 1, at least 1, at most 4; a number given is taken as it is, up to 64). */
  size?: number;
  /** Jobs waiting beyond the running ones before new ones are turned away (default 8 per worker). */
  maxQueue?: number;
  /** Milliseconds a job may run before its worker is stopped (default 10 s). */
  budgetMs?: number;
  /** The worker script (default: the built one, dist/bin/article-worker.cjs). */
  script?: string;
}

/** The worker script, built by `npm run build` (scripts/bundle.mjs) from src/server/article-worker.ts. */
export function defaultWorkerScript(): string {
  return fileURLToPath(new URL('../../dist/bin/article-worker.cjs', import.meta.url));
}

interface Waiting {
  job: ArticleJob;
  resolve: (r: ArticleResult | ArticleJsonResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Waiting | null;
  timer: NodeJS.Timeout | null;
}

export class ArticlePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Waiting[] = [];
  private readonly size: number;
  private readonly maxQueue: number;
  private readonly budgetMs: number;
  private readonly script: string;
  private closed = false;
  /** Jobs stopped for overrunning their budget, and turned away for a full queue (for tests and logs). */
  overruns = 0;
  turnedAway = 0;

  constructor(opts: PoolOptions = {}) {
    this.size = Math.max(1, Math.min(64, opts.size ?? Math.min(4, availableParallelism() - 1)));
    this.maxQueue = opts.maxQueue ?? 8 * this.size;
    this.budgetMs = opts.budgetMs ?? 10_000;
    this.script = opts.script ?? defaultWorkerScript();
    if (!existsSync(this.script)) {
      throw new AppError(`the article worker is not built (${this.script}): run \`npm run build\``, 1, 500);
    }
  }

  /** Runs a check in a worker: resolves with its result, or rejects with an AppError (429, 503). */
  run(job: ArticleJob & { reportOnly: true }): Promise<ArticleJsonResult>;
  run(job: ArticleJob): Promise<ArticleResult>;
  run(job: ArticleJob): Promise<ArticleResult | ArticleJsonResult> {
    if (this.closed) return Promise.reject(new AppError('the server is shutting down', 1, 503));
    return new Promise((resolve, reject) => {
      const waiting = { job, resolve, reject };
      const free = this.freeSlot();
      if (free) return this.start(free, waiting);
      if (this.queue.length >= this.maxQueue) {
        this.turnedAway++;
        return reject(busy(`too many articles waiting (${this.queue.length}); try again shortly`, 429, 2));
      }
      this.queue.push(waiting);
    });
  }

  private freeSlot(): Slot | null {
    const idle = this.slots.find((s) => !s.busy);
    if (idle) return idle;
    if (this.slots.length < this.size) {
      const slot: Slot = { worker: this.spawn(), busy: null, timer: null };
      this.slots.push(slot);
      this.listen(slot);
      return slot;
    }
    return null;
  }

  private spawn(): Worker {
    // A worker's heap is capped: a pathological input fails its own job, not the server.
    return new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: 256 } });
  }

  private listen(slot: Slot): void {
    slot.worker.on('message', (msg: { ok: true; result: ArticleResult | ArticleJsonResult } | { ok: false; error: string; status?: number }) => {
      const done = slot.busy;
      this.finish(slot);
      if (!done) return;
      if (msg.ok) done.resolve(msg.result);
      else done.reject(new AppError(msg.error, 2, msg.status ?? 500));
    });
    slot.worker.on('error', (err) => this.replace(slot, new AppError(`the article check failed: ${err.message}`, 1, 500)));
    slot.worker.on('exit', () => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, new AppError('the article check stopped unexpectedly', 1, 500));
    });
  }

  private start(slot: Slot, waiting: Waiting): void {
    slot.busy = waiting;
    slot.timer = setTimeout(() => {
      this.overruns++;
      this.replace(slot, busy(`the article check took longer than ${this.budgetMs / 1000} s and was stopped`, 503, 5));
    }, this.budgetMs);
    slot.worker.postMessage(waiting.job);
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy = null;
    const next = this.queue.shift();
    if (next) this.start(slot, next);
  }

  /** Stops a worker (overrun or crash), fails its job, and puts a fresh one in its place. */
  private replace(slot: Slot, error: AppError): void {
    const failed = slot.busy;
    if (slot.timer) clearTimeout(slot.timer);
    slot.busy = null;
    slot.timer = null;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
    failed?.reject(error);
    if (this.closed) return;
    const next = this.queue.shift();
    if (next) {
      const fresh = this.freeSlot();
      if (fresh) this.start(fresh, next);
      else this.queue.unshift(next);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.queue.splice(0)) w.reject(new AppError('the server is shutting down', 1, 503));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}

function busy(message: string, status: number, retryAfterSeconds: number): AppError {
  return new AppError(message, 1, status, { retryAfter: retryAfterSeconds });
}
