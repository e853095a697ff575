// The worker thread of the article pool (server/article-pool.ts) and of `article --batch`: runs the
// article check on one message at a time and answers with the report. It keeps its own read-only
// connection to the store for the verdicts, reopened when the store's version changes.
import { parentPort } from 'node:worker_threads';
import { analyzeArticle, toReport } from '../article/pipeline.js';
import { armsSession } from '../engine/open.js';
import { armsOracle, investmentOracle, milexOracle, tradeOracle, unOracle } from '../engine/oracle.js';
import { openStore, type Db } from '../store/db.js';
import { AppError } from '../core/errors.js';
import type { ArticleJob } from './article-pool.js';
import type { ArmsOracle, InvestmentOracle, MilexOracle, TradeOracle, UnOracle } from '../article/oracle.js';

// The oracle lives as long as the connection: its answers are memoised across the articles a worker
// checks (a batch asks the same questions of the same store again and again).
let open: { path: string; version: string | null; db: Db; oracle: ArmsOracle; un: UnOracle; trade: TradeOracle; investment: InvestmentOracle; milex: MilexOracle } | null = null;

function oraclesFor(job: ArticleJob): { oracle: ArmsOracle; un: UnOracle; trade: TradeOracle; investment: InvestmentOracle; milex: MilexOracle } | undefined {
  if (!job.dbPath) return undefined;
  if (open && (open.path !== job.dbPath || open.version !== job.storeVersion)) {
    open.db.close();
    open = null;
  }
  if (!open) {
    const db = openStore(job.dbPath);
    open = { path: job.dbPath, version: job.storeVersion, db, oracle: armsOracle(armsSession(db)), un: unOracle(db), trade: tradeOracle(db), investment: investmentOracle(db), milex: milexOracle(db) };
  }
  return open;
}

parentPort?.on('message', (job: ArticleJob) => {
  try {
    let oracles: { oracle: ArmsOracle; un: UnOracle; trade: TradeOracle; investment: InvestmentOracle; milex: MilexOracle } | undefined;
    try {
      oracles = oraclesFor(job);
    } catch {
      oracles = undefined; // no store (yet): the claims stay unverifiable, the rest of the check stands
    }
    const doc = analyzeArticle(job.input, { date: job.date, oracle: oracles?.oracle, un: oracles?.un, trade: oracles?.trade, investment: oracles?.investment, milex: oracles?.milex });
    const report = toReport(doc);
    parentPort!.postMessage({ ok: true, result: job.reportOnly ? { json: JSON.stringify(report) } : { report, text: doc.text, paragraphs: doc.paragraphs } });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e), status: e instanceof AppError ? e.status : 500 });
  }
});
