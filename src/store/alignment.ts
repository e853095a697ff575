// UNGA rows from the store: the ideal-point dataset, a country's ideal points and agreement shares,
// the patrons' ideal points, and the source lines behind them. The series is built in analysis/.
import type { Db } from './db.js';

export interface UngaDataset {
  id: string;
  version: string | null;
}

export function ungaDataset(db: Db): UngaDataset | null {
  return (db.prepare("SELECT id, version FROM datasets WHERE kind = 'unga-ideal-points' ORDER BY id DESC").get() as UngaDataset | undefined) ?? null;
}

/**
 * Reference states with an agreement column in the file (ISO3), as the country's rows hold them
 * (every row carries every column, NA included): read through the key, not over the whole table.
 */
export function agreementPatrons(db: Db, dataset: string, entityId: string): string[] {
  return db.prepare('SELECT DISTINCT patron FROM agreement WHERE dataset = ? AND entity_id = ? ORDER BY patron').pluck().all(dataset, entityId) as string[];
}

export interface IdealPointRow {
  year: number;
  votes: number | null;
  idealPoint: number | null;
  /** Source line in the dataset's file. */
  line: number;
}

export function idealPointRows(db: Db, dataset: string, entityId: string, from: number, to: number): IdealPointRow[] {
  return db
    .prepare('SELECT year, votes, ideal_point AS idealPoint, line FROM ideal_points WHERE dataset = ? AND entity_id = ? AND year BETWEEN ? AND ? ORDER BY year')
    .all(dataset, entityId, from, to) as IdealPointRow[];
}

export function agreementRows(db: Db, dataset: string, entityId: string, from: number, to: number): { year: number; patron: string; share: number | null }[] {
  return db
    .prepare('SELECT year, patron, share FROM agreement WHERE dataset = ? AND entity_id = ? AND year BETWEEN ? AND ?')
    .all(dataset, entityId, from, to) as { year: number; patron: string; share: number | null }[];
}

/** Ideal points of these entities (a state's id is its ISO3 code), per year. */
export function idealPointsOf(db: Db, dataset: string, ids: string[], from: number, to: number): Map<string, Map<number, number | null>> {
  const out = new Map<string, Map<number, number | null>>();
  const q = db.prepare('SELECT year, ideal_point AS p FROM ideal_points WHERE dataset = ? AND entity_id = ? AND year BETWEEN ? AND ?');
  for (const id of ids) {
    const m = new Map<number, number | null>();
    for (const r of q.all(dataset, id, from, to) as { year: number; p: number | null }[]) m.set(r.year, r.p);
    out.set(id, m);
  }
  return out;
}

/** The agreement pairs file (a release whose estimates carry no agreement columns), if imported. */
export function agreementDataset(db: Db): UngaDataset | null {
  return (db.prepare("SELECT id, version FROM datasets WHERE kind = 'unga-agreement' ORDER BY id DESC").get() as UngaDataset | undefined) ?? null;
}

/**
 * A country's agreement with each of `patrons` (ISO3) from a pairs file, whichever way round the
 * file gives the pair: `(country, patron)` or `(patron, country)`.
 */
export function pairAgreementRows(db: Db, dataset: string, entityId: string, ref: string, patrons: string[], from: number, to: number): { year: number; patron: string; share: number | null }[] {
  if (!patrons.length) return [];
  const marks = patrons.map(() => '?').join(', ');
  return db
    .prepare(
      `SELECT year, patron, share FROM agreement WHERE dataset = ? AND entity_id = ? AND patron IN (${marks}) AND year BETWEEN ? AND ?
       UNION ALL
       SELECT a.year, COALESCE(e.iso3, e.id) AS patron, a.share FROM agreement a JOIN entities e ON e.id = a.entity_id
       WHERE a.dataset = ? AND a.patron = ? AND a.entity_id IN (${marks}) AND a.year BETWEEN ? AND ?`,
    )
    .all(dataset, entityId, ...patrons, from, to, dataset, ref, ...patrons, from, to) as { year: number; patron: string; share: number | null }[];
}

/** Whether a dataset holds any agreement figure (an estimates file from 2025 on holds none). */
export function hasAgreement(db: Db, dataset: string): boolean {
  return db.prepare('SELECT 1 FROM agreement WHERE dataset = ? LIMIT 1').get(dataset) !== undefined;
}

/**
 * Agreement of many countries at once, summed per pair over each of the given spans of years, read
 * through the key in one statement per span; rows as arrays `[entity, patron, span index, sum of the
 * yearly shares, years with a share]` (a mean is sum / years; no row per year: there are thousands).
 */
export function agreementSumsOf(db: Db, dataset: string, entityIds: string[], spans: { from: number; to: number }[]): [string, string, number, number, number][] {
  if (!entityIds.length || !spans.length) return [];
  // One select per span, joined: an OR of year ranges makes SQLite collect keys and read each row
  // again (twice the time of the ranges read straight through the key). Rows of a pair come in year
  // order (the key's), so the sum adds them in the order a reader of the years would.
  const one = (k: number) =>
    `SELECT entity_id, patron, ${k}, SUM(share), COUNT(share) FROM agreement WHERE dataset = ? AND entity_id IN (${entityIds.map(() => '?').join(', ')}) AND year BETWEEN ? AND ? AND share IS NOT NULL GROUP BY entity_id, patron`;
  return db
    .prepare(spans.map((_, k) => one(k)).join(' UNION ALL '))
    .raw()
    .all(...spans.flatMap((s) => [dataset, ...entityIds, s.from, s.to])) as [string, string, number, number, number][];
}
