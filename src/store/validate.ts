import { compareTotals, type TotalIn } from '../analysis/validate-totals.js';
import type { ArmsContext } from './context.js';
import type { Db } from './db.js';
import { AppError } from '../core/errors.js';

/** All-years delivered TIV per recipient and supplier against the official import/export tables. */
export function validateAllYears(db: Db, ctx: ArmsContext, opts: { minTiv?: number } = {}) {
  const side = (col: 'recipient' | 'supplier', kind: 'imports' | 'exports') => {
    const ds = db.prepare('SELECT id, version FROM datasets WHERE kind = ?').get(`sipri-tiv-${kind}`) as
      | { id: string; version: string }
      | undefined;
    if (!ds) throw new AppError(`validate: no official ${kind} table in the store (import tiv-${kind}-*.csv)`, 3);
    const ours = db
      .prepare(
        `SELECT x.${col}_id AS id, MIN(x.${col}) AS name, SUM(x.tiv_delivered) AS tiv FROM deals x
         WHERE x.dataset = ? AND x.tiv_delivered IS NOT NULL GROUP BY x.${col}_id`,
      )
      .all(ctx.dataset.id) as TotalIn[];
    const official = db
      .prepare('SELECT entity_id AS id, name, total AS tiv FROM official_tiv_totals WHERE dataset = ? AND total IS NOT NULL')
      .all(ds.id) as TotalIn[];
    return { table: ds.id, tableVersion: ds.version, ...compareTotals(ours, official, opts) };
  };
  return {
    dataset: ctx.dataset.id,
    datasetVersion: ctx.dataset.version,
    tolerance: '±1 % or ±1 TIV, whichever is larger',
    minTiv: opts.minTiv ?? 10,
    recipients: side('recipient', 'imports'),
    suppliers: side('supplier', 'exports'),
  };
}
