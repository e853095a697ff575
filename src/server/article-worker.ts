// The worker thread of the article pool (server/article-pool.ts) and of `article --batch`: runs the
// article check on one message at a time and answers with the report. It keeps its own read-only
// connection to the store for the verdicts, reopened when the store's version changes.
import { parentPort } from 'node:worker_threads';
import { analyzeArticle, toReport } from '../article/pipeline.js';
import { armsSession } from '../engine/open.js';
import { armsOracle } from '../engine/oracle.js';
import { openStore, type Db } from '../store/db.js';
import { AppError } from '../core/errors.js';
import type { ArticleJob } from './article-pool.js';

let open: { path: string; version: string | null; db: Db } | null = null;

function storeFor(job: ArticleJob): Db | null {
  if (!job.dbPath) return null;
  if (open && (open.path !== job.dbPath || open.version !== job.storeVersion)) {
    open.db.close();
    open = null;
  }
  if (!open) open = { path: job.dbPath, version: job.storeVersion, db: openStore(job.dbPath) };
  return open.db;
}

parentPort?.on('message', (job: ArticleJob) => {
  try {
    let db: Db | null = null;
    try {
      db = storeFor(job);
    } catch {
      db = null; // no store (yet): the claims stay unverifiable, the rest of the check stands
    }
    const oracle = db ? armsOracle(armsSession(db)) : undefined;
    const doc = analyzeArticle(job.input, { date: job.date, oracle });
    parentPort!.postMessage({ ok: true, result: { report: toReport(doc), text: doc.text, paragraphs: doc.paragraphs } });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e), status: e instanceof AppError ? e.status : 500 });
  }
});
