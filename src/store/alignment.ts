import type { AlignmentYear } from '../core/brief.js';
import type { Entity } from '../core/types.js';
import { AppError } from '../core/errors.js';
import { alignmentSeries, type IdealPointYear } from '../analysis/alignment.js';
import type { Db } from './db.js';

export interface AlignmentResult {
  country: { name: string; iso3: string | null };
  dataset: string | null;
  datasetVersion: string | null;
  /** Reference states with an agreement column in the file (others get distances only). */
  agreementWith: string[];
  patrons: string[];
  years: AlignmentYear[];
}

export function unga(db: Db): { id: string; version: string | null } | null {
  return (db.prepare("SELECT id, version FROM datasets WHERE kind = 'unga-ideal-points' ORDER BY id DESC").get() as
    | { id: string; version: string | null }
    | undefined) ?? null;
}

export function alignmentFor(
  db: Db,
  country: Entity,
  opts: { patrons?: string[]; from?: number; to?: number; required?: boolean } = {},
): AlignmentResult {
  const ds = unga(db);
  if (!ds) {
    if (opts.required) throw new AppError('the store has no UNGA voting dataset: import ideal-points-*.csv', 3, 503);
    return { country: { name: country.name, iso3: country.iso3 }, dataset: null, datasetVersion: null, agreementWith: [], patrons: opts.patrons ?? [], years: [] };
  }
  const agreementWith = db.prepare('SELECT DISTINCT patron FROM agreement WHERE dataset = ? ORDER BY patron').pluck().all(ds.id) as string[];
  const patrons = opts.patrons ?? agreementWith;
  const from = opts.from ?? 0;
  const to = opts.to ?? 9999;
  const rows = db
    .prepare('SELECT year, votes, ideal_point FROM ideal_points WHERE dataset = ? AND entity_id = ? AND year BETWEEN ? AND ? ORDER BY year')
    .all(ds.id, country.id, from, to) as { year: number; votes: number | null; ideal_point: number | null }[];
  const agree = db
    .prepare('SELECT year, patron, share FROM agreement WHERE dataset = ? AND entity_id = ? AND year BETWEEN ? AND ?')
    .all(ds.id, country.id, from, to) as { year: number; patron: string; share: number | null }[];
  const byYear = new Map<number, Record<string, number | null>>();
  for (const a of agree) {
    const m = byYear.get(a.year) ?? {};
    m[a.patron] = a.share;
    byYear.set(a.year, m);
  }
  const country_: IdealPointYear[] = rows.map((r) => ({ year: r.year, votes: r.votes, idealPoint: r.ideal_point, agree: byYear.get(r.year) ?? {} }));
  const patronPoints = new Map<string, Map<number, number | null>>();
  const pp = db.prepare('SELECT year, ideal_point FROM ideal_points WHERE dataset = ? AND iso3 = ? AND year BETWEEN ? AND ?');
  for (const p of patrons) {
    const m = new Map<number, number | null>();
    for (const r of pp.all(ds.id, p, from, to) as { year: number; ideal_point: number | null }[]) m.set(r.year, r.ideal_point);
    patronPoints.set(p, m);
  }
  return {
    country: { name: country.name, iso3: country.iso3 },
    dataset: ds.id,
    datasetVersion: ds.version,
    agreementWith,
    patrons,
    years: alignmentSeries(country.iso3, country_, patrons, patronPoints),
  };
}
