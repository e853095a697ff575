// Trade rows from the store: a country's own report (every partner, both flows) and what every
// partner reported about it (the mirror). Plain rows; the figures are decoded in engine/trade.ts.
import type { Db } from './db.js';

export interface TradeDataset {
  id: string;
  version: string | null;
  lastYear: number | null;
}

export interface TradeDbRow {
  reporterId: string;
  flow: 'exports' | 'imports';
  partnerId: string;
  partnerName: string;
  aggregate: number;
  file: string;
  sheet: string;
  row: number;
  firstYear: number;
  figures: string;
}

const COLUMNS = 'reporter_id AS reporterId, flow, partner_id AS partnerId, partner_name AS partnerName, aggregate, file, sheet, row, first_year AS firstYear, figures';

export function tradeDataset(db: Db): TradeDataset | null {
  // The old portal's workbooks or a current portal export (IMTS): the one reaching furthest.
  return (db.prepare("SELECT id, version, last_year AS lastYear FROM datasets WHERE kind IN ('imf-dots', 'imf-imts') ORDER BY last_year DESC, id DESC").get() as TradeDataset | undefined) ?? null;
}

/** What a country reported: every partner and aggregate, exports and imports. */
export function tradeReportedBy(db: Db, dataset: string, reporterId: string): TradeDbRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM trade WHERE dataset = ? AND reporter_id = ?`).all(dataset, reporterId) as TradeDbRow[];
}

/** What every other reporter recorded about a country (its mirror). */
export function tradeReportedAbout(db: Db, dataset: string, partnerId: string): TradeDbRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM trade WHERE dataset = ? AND partner_id = ?`).all(dataset, partnerId) as TradeDbRow[];
}

/** Every row of a trade dataset (about 97,000: each a reporter's figures with one partner, one flow). */
export function allTradeRows(db: Db, dataset: string): TradeDbRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM trade WHERE dataset = ?`).all(dataset) as TradeDbRow[];
}
