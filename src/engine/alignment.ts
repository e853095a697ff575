// UN General Assembly agreement of a country with its patrons: rows from the store, the series from
// analysis/alignment.ts, with the representation caveats and what each patron's column covers.
import type { AlignmentYear } from '../core/brief.js';
import { AppError } from '../core/errors.js';
import type { Entity } from '../core/types.js';
import { alignmentSeries, type IdealPointYear } from '../analysis/alignment.js';
import { patronColumnNotes } from '../analysis/representation-caveats.js';
import { agreementPatrons, agreementRows, idealPointRows, idealPointsOf, ungaDataset, type UngaDataset } from '../store/alignment.js';
import type { Db } from '../store/db.js';

export interface AlignmentRows {
  dataset: UngaDataset | null;
  /** Reference states with an agreement column in the file (others get distances only). */
  agreementWith: string[];
  patrons: string[];
  years: AlignmentYear[];
  /** Source lines of the country's rows, per year. */
  lines: Map<number, number[]>;
}

/** The country's agreement and ideal-point distance with each patron (ISO3), per year. */
export function alignmentRows(db: Db, country: Entity, opts: { patrons?: string[]; from?: number; to?: number } = {}): AlignmentRows {
  const ds = ungaDataset(db);
  if (!ds) return { dataset: null, agreementWith: [], patrons: opts.patrons ?? [], years: [], lines: new Map() };
  const agreementWith = agreementPatrons(db, ds.id, country.id);
  const patrons = opts.patrons ?? agreementWith;
  const from = opts.from ?? 0;
  const to = opts.to ?? 9999;
  const rows = idealPointRows(db, ds.id, country.id, from, to);
  const byYear = new Map<number, Record<string, number | null>>();
  for (const a of agreementRows(db, ds.id, country.id, from, to)) {
    const m = byYear.get(a.year) ?? {};
    m[a.patron] = a.share;
    byYear.set(a.year, m);
  }
  const lines = new Map<number, number[]>();
  for (const r of rows) lines.set(r.year, [...(lines.get(r.year) ?? []), r.line]);
  const points: IdealPointYear[] = rows.map((r) => ({ year: r.year, votes: r.votes, idealPoint: r.idealPoint, agree: byYear.get(r.year) ?? {} }));
  const years = alignmentSeries(country.iso3, points, patrons, idealPointsOf(db, ds.id, patrons, from, to));
  return { dataset: ds, agreementWith, patrons, years, lines };
}

/** `counterweight alignment … --json`, `GET /api/alignment`. */
export interface AlignmentAnswer {
  country: { name: string; iso3: string | null };
  dataset: string | null;
  datasetVersion: string | null;
  agreementWith: string[];
  patrons: string[];
  years: AlignmentYear[];
  /** What a patron's column covers beyond its name (Russia's before 1992 is the Soviet Union's votes). */
  notes: string[];
}

export function alignmentAnswer(db: Db, country: Entity, opts: { patrons?: string[]; from?: number; to?: number } = {}): AlignmentAnswer {
  const r = alignmentRows(db, country, opts);
  if (!r.dataset) throw new AppError('the store has no UNGA voting dataset: import ideal-points-*.csv', 3, 503);
  return {
    country: { name: country.name, iso3: country.iso3 },
    dataset: r.dataset.id,
    datasetVersion: r.dataset.version,
    agreementWith: r.agreementWith,
    patrons: r.patrons,
    years: r.years,
    notes: patronColumnNotes(r.patrons, r.years.map((y) => y.year)),
  };
}
