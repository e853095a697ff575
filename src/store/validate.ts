// Rows for `validate`: our all-years delivered TIV per recipient or supplier, and SIPRI's official
// totals. The comparison is analysis/validate-totals.ts.
import type { TotalIn } from '../analysis/validate-totals.js';
import type { ArmsContext } from './context.js';
import type { Db } from './db.js';

/** Delivered TIV per recipient or supplier over all years (the deals' own totals, not the cells). */
export function deliveredTotals(db: Db, ctx: ArmsContext, side: 'recipient' | 'supplier'): TotalIn[] {
  return db
    .prepare(
      `SELECT x.${side}_id AS id, MIN(x.${side}) AS name, SUM(x.tiv_delivered) AS tiv FROM deals x
       WHERE x.dataset = ? AND x.tiv_delivered IS NOT NULL GROUP BY x.${side}_id`,
    )
    .all(ctx.dataset.id) as TotalIn[];
}

/** The official table of one kind (its dataset) and its all-years total per entity; null when not imported. */
export function officialTotals(db: Db, kind: 'imports' | 'exports'): { table: string; tableVersion: string | null; totals: TotalIn[] } | null {
  const ds = db.prepare('SELECT id, version FROM datasets WHERE kind = ?').get(`sipri-tiv-${kind}`) as { id: string; version: string | null } | undefined;
  if (!ds) return null;
  const totals = db
    .prepare('SELECT entity_id AS id, name, total AS tiv FROM official_tiv_totals WHERE dataset = ? AND total IS NOT NULL')
    .all(ds.id) as TotalIn[];
  return { table: ds.id, tableVersion: ds.version, totals };
}
