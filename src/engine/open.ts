// Opening the store and choosing what a query reads, from plain options: the CLI's commands and
// the server's routes are one-liners over these.
import { armsContext, type ArmsContext } from '../store/context.js';
import { openStore, resolveDbPath, type Db } from '../store/db.js';

export interface ContextOptions {
  dataset?: string;
  allocation?: string;
  mergeSoviet?: boolean;
}

export interface StoreOptions {
  /** Store file (default ./.counterweight/counterweight.sqlite, or $COUNTERWEIGHT_DB). */
  db?: string;
}

/** An open store and the arms context of a query: what every arms answer reads. */
export interface ArmsSession {
  db: Db;
  ctx: ArmsContext;
}

/** The arms context of some options on an open store. */
export function armsSession(db: Db, o: ContextOptions = {}): ArmsSession {
  return { db, ctx: armsContext(db, { dataset: o.dataset, allocation: o.allocation, mergeSoviet: o.mergeSoviet }) };
}

/** Runs `fn` on the store (read-only) and closes it. */
export function withStore<T>(o: StoreOptions, fn: (db: Db) => T): T {
  const db = openStore(resolveDbPath(o.db));
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Runs `fn` on an arms session of the store and closes it. */
export function withArmsSession<T>(o: StoreOptions & ContextOptions, fn: (s: ArmsSession) => T): T {
  return withStore(o, (db) => fn(armsSession(db, o)));
}
