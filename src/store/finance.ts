// Finance rows from the store: AidData's commitments and projects, the tracker's deals, the IMF's
// direct investment positions about a country. Plain rows; engine/finance.ts shapes the answer.
import type { DirectInvestmentRow, FinanceProjectRow } from '../sources/finance.js';
import type { Db } from './db.js';

export function datasetId(db: Db, kind: string): { id: string; version: string | null } | null {
  return (db.prepare('SELECT id, version FROM datasets WHERE kind = ? ORDER BY id DESC').get(kind) as { id: string; version: string | null } | undefined) ?? null;
}

export function officialFinanceRows(db: Db, dataset: string, entityId: string): { year: number; projects: number; usd: number; shareEstimated: number | null; line: number }[] {
  return db.prepare('SELECT year, projects, usd_const_2021 AS usd, share_estimated AS shareEstimated, line FROM official_finance WHERE dataset = ? AND entity_id = ? ORDER BY year').all(dataset, entityId) as never;
}

export type ProjectDbRow = Pick<FinanceProjectRow, 'row' | 'year' | 'title' | 'flowType' | 'flowClass' | 'status' | 'sector'> & {
  recordId: string;
  recommended: number;
  amount: number | null;
};

export function projectRows(db: Db, dataset: string, entityId: string): ProjectDbRow[] {
  return db
    .prepare('SELECT row, record_id AS recordId, recommended, year, title, flow_type AS flowType, flow_class AS flowClass, status, sector, amount_const_2021 AS amount FROM finance_projects WHERE dataset = ? AND recipient_id = ?')
    .all(dataset, entityId) as ProjectDbRow[];
}

export interface DealDbRow {
  sheet: string;
  row: number;
  kind: 'investment' | 'construction' | 'troubled';
  year: number;
  month: string;
  entity: string;
  amount: number;
  party: string;
  sector: string;
  subsector: string;
}

export function dealRows(db: Db, dataset: string, entityId: string): DealDbRow[] {
  return db
    .prepare('SELECT sheet, row, kind, year, month, entity, amount, party, sector, subsector FROM investment_deals WHERE dataset = ? AND country_id = ? ORDER BY year, row')
    .all(dataset, entityId) as DealDbRow[];
}

export type PositionDbRow = Omit<DirectInvestmentRow, 'derived'> & { dataset: string; derived: number };

/** Positions about a country: its own inward report, and every investor's outward position in it. */
export function positionsAbout(db: Db, datasets: string[], iso3: string): PositionDbRow[] {
  if (!datasets.length) return [];
  const marks = datasets.map(() => '?').join(', ');
  // Two indexed lookups (an OR of the two would read every position of the datasets), each index
  // named: with the import's bounded statistics the planner read the reporter's side by the key,
  // every position of the dataset.
  const columns = 'dataset, line, reporter_id AS reporter, direction, counterpart_id AS counterpart, counterpart AS counterpartName, year, value, derived';
  return db
    .prepare(
      `SELECT ${columns} FROM direct_investment INDEXED BY direct_investment_counterpart WHERE dataset IN (${marks}) AND counterpart_id = ? AND direction = 'outward'
       UNION ALL SELECT ${columns} FROM direct_investment INDEXED BY direct_investment_reporter WHERE dataset IN (${marks}) AND reporter_id = ? AND direction = 'inward'`,
    )
    .all(...datasets, iso3, ...datasets, iso3) as PositionDbRow[];
}
