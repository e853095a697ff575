// Trade rows from the store: a country's own report (every partner, both flows) and what every
// partner reported about it (the mirror). Plain rows; the figures are decoded in engine/trade.ts.
import type { Db } from './db.js';

export interface TradeDataset {
  id: string;
  version: string | null;
  lastYear: number | null;
}

export interface TradeDbRow {
  /** The row's id in the store: its provenance is read with `tradeSources`, for the rows shown only. */
  id: number;
  reporterId: string;
  flow: 'exports' | 'imports';
  partnerId: string;
  aggregate: number;
  firstYear: number;
  figures: string;
}

/** Where a row's figures are (workbook, sheet, row), and the partner's name as the IMF writes it. */
export interface TradeSource {
  file: string;
  sheet: string;
  row: number;
  partnerName: string;
}

// (The workbook, sheet and name columns are left to `tradeSources`: a brief ranks ~900 rows and shows
// a handful, and reading those strings for every row took half the query's time.)
const COLUMNS = 'rowid AS id, reporter_id AS reporterId, flow, partner_id AS partnerId, aggregate, first_year AS firstYear, figures';

/**
 * A country's own report, by the (dataset, reporter, flow, partner) key: the covering partner index
 * would answer too, by reading every row of the dataset (the planner's bounded statistics cannot tell).
 */
export const TRADE_BY_REPORTER = `SELECT ${COLUMNS} FROM trade INDEXED BY sqlite_autoindex_trade_1 WHERE dataset = ? AND reporter_id = ?`;
/** What every partner reported about a country: one run of the covering partner index. */
export const TRADE_ABOUT_PARTNER = `SELECT ${COLUMNS} FROM trade WHERE dataset = ? AND partner_id = ?`;

export function tradeDataset(db: Db): TradeDataset | null {
  // The old portal's workbooks or a current portal export (IMTS): the one reaching furthest.
  return (db.prepare("SELECT id, version, last_year AS lastYear FROM datasets WHERE kind IN ('imf-dots', 'imf-imts') ORDER BY last_year DESC, id DESC").get() as TradeDataset | undefined) ?? null;
}

/** What a country reported: every partner and aggregate, exports and imports. */
export function tradeReportedBy(db: Db, dataset: string, reporterId: string): TradeDbRow[] {
  return db.prepare(TRADE_BY_REPORTER).all(dataset, reporterId) as TradeDbRow[];
}

/** What every other reporter recorded about a country (its mirror). */
export function tradeReportedAbout(db: Db, dataset: string, partnerId: string): TradeDbRow[] {
  return db.prepare(TRADE_ABOUT_PARTNER).all(dataset, partnerId) as TradeDbRow[];
}

/** Every row of a trade dataset (about 97,000: each a reporter's figures with one partner, one flow). */
export function allTradeRows(db: Db, dataset: string): TradeDbRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM trade WHERE dataset = ?`).all(dataset) as TradeDbRow[];
}

/** The provenance of the rows asked for, by id. */
export function tradeSources(db: Db, ids: readonly number[]): Map<number, TradeSource> {
  if (!ids.length) return new Map();
  const rows = db.prepare('SELECT rowid AS id, file, sheet, row, partner_name AS partnerName FROM trade WHERE rowid IN (SELECT value FROM json_each(?))').all(JSON.stringify([...new Set(ids)])) as (TradeSource & { id: number })[];
  return new Map(rows.map((r) => [r.id, r]));
}
