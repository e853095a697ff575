// Opening the store and choosing the dataset, the same way for every command.
import { openStore, resolveDbPath, type Db } from '../store/db.js';
import { armsContext, type ArmsContext } from '../store/context.js';
import type { CommonOptions } from './options.js';

export function withStore<T>(o: CommonOptions, fn: (db: Db) => T): T {
  const db = openStore(resolveDbPath(o.db));
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export function withArmsStore<T>(o: CommonOptions, fn: (db: Db, ctx: ArmsContext) => T): T {
  return withStore(o, (db) => fn(db, armsContext(db, { dataset: o.dataset, allocation: o.allocation, mergeSoviet: o.mergeSoviet })));
}

/** The line under every human-readable answer: where the numbers come from. */
export function provenanceLine(ctx: ArmsContext): string {
  const merged = ctx.mergeSoviet ? '; Soviet Union counted as Russia' : '';
  return `Source: SIPRI Arms Transfers Database, ${ctx.dataset.file} (data generated ${ctx.dataset.version}); delivered TIV, ${ctx.allocation} allocation${merged}.`;
}
