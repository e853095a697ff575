// UN General Assembly agreement of a country with its patrons: rows from the store, the series from
// analysis/alignment.ts, with the representation caveats and what each patron's column covers.
import type { AlignmentYear } from '../core/brief.js';
import { AppError } from '../core/errors.js';
import type { Entity } from '../core/types.js';
import { alignmentSeries, type IdealPointYear } from '../analysis/alignment.js';
import { patronColumnNotes } from '../analysis/representation-caveats.js';
import { agreementDataset, agreementPatrons, agreementRows, idealPointRows, idealPointsOf, pairAgreementRows, ungaDataset, type UngaDataset } from '../store/alignment.js';
import type { Db } from '../store/db.js';
import { voteLevelAgreement } from './cover.js';

/** The reference states of the releases up to 2024 (their `<X>Agree` columns): the default patrons. */
export const REFERENCE_STATES = ['USA', 'RUS', 'BRA', 'CHN', 'IND', 'ISR'];

/**
 * Where the agreement figures came from: the estimates file's own columns (up to 2024), the
 * release's agreement pairs file, or computed from the vote-level GA data (same definition).
 */
export interface AgreementSource {
  from: 'ideal-point file' | 'agreement file' | 'vote-level data' | 'none';
  dataset: string | null;
  note: string | null;
}

export interface AlignmentRows {
  dataset: UngaDataset | null;
  /** Reference states with an agreement column in the file (others get distances only). */
  agreementWith: string[];
  patrons: string[];
  years: AlignmentYear[];
  /** Source lines of the country's rows, per year. */
  lines: Map<number, number[]>;
  agreementSource: AgreementSource;
}

type Shares = Map<number, Record<string, number | null>>;

function add(byYear: Shares, year: number, patron: string, share: number | null): void {
  const m = byYear.get(year) ?? {};
  m[patron] = share;
  byYear.set(year, m);
}

/** Agreement per year and patron, from the first source that has it for this country. */
function agreementOf(db: Db, ds: UngaDataset, country: Entity, patrons: string[], from: number, to: number): { byYear: Shares; source: AgreementSource } {
  const byYear: Shares = new Map();
  const own = agreementRows(db, ds.id, country.id, from, to);
  if (own.length) {
    for (const a of own) add(byYear, a.year, a.patron, a.share);
    return { byYear, source: { from: 'ideal-point file', dataset: ds.id, note: null } };
  }
  const pairs = agreementDataset(db);
  const fromPairs = pairs ? pairAgreementRows(db, pairs.id, country.id, country.iso3 ?? country.id, patrons, from, to) : [];
  if (pairs && fromPairs.length) {
    for (const a of fromPairs) add(byYear, a.year, a.patron, a.share);
    return { byYear, source: { from: 'agreement file', dataset: pairs.id, note: `agreement from the release's agreement file (${pairs.id}); ${ds.id} has no agreement columns` } };
  }
  const votes = voteLevelAgreement(db, country, patrons, from, to);
  if (votes && votes.lastYear !== null) {
    for (const [p, years] of votes.byPatron) for (const [y, v] of years) add(byYear, y, p, v.share);
    return {
      byYear,
      source: {
        from: 'vote-level data', dataset: votes.dataset,
        note: `agreement computed from the vote-level GA data (${votes.dataset}, to ${votes.lastYear}): ${ds.id} has no agreement columns; same definition (roll calls voted alike ÷ roll calls both voted in)`,
      },
    };
  }
  return { byYear, source: { from: 'none', dataset: null, note: `${ds.id} has no agreement columns and no agreement file or vote-level data is imported: distances only` } };
}

/** The country's agreement and ideal-point distance with each patron (ISO3), per year. */
export function alignmentRows(db: Db, country: Entity, opts: { patrons?: string[]; from?: number; to?: number } = {}): AlignmentRows {
  const ds = ungaDataset(db);
  if (!ds) return { dataset: null, agreementWith: [], patrons: opts.patrons ?? [], years: [], lines: new Map(), agreementSource: { from: 'none', dataset: null, note: null } };
  const own = agreementPatrons(db, ds.id, country.id);
  // A release without agreement columns (2025 on): the classic reference states by default.
  const agreementWith = own.length ? own : REFERENCE_STATES;
  const patrons = opts.patrons ?? agreementWith;
  const from = opts.from ?? 0;
  const to = opts.to ?? 9999;
  const rows = idealPointRows(db, ds.id, country.id, from, to);
  const { byYear, source } = agreementOf(db, ds, country, patrons, from, to);
  const lines = new Map<number, number[]>();
  for (const r of rows) lines.set(r.year, [...(lines.get(r.year) ?? []), r.line]);
  const points: IdealPointYear[] = rows.map((r) => ({ year: r.year, votes: r.votes, idealPoint: r.idealPoint, agree: byYear.get(r.year) ?? {} }));
  const years = alignmentSeries(country.iso3, points, patrons, idealPointsOf(db, ds.id, patrons, from, to));
  return { dataset: ds, agreementWith, patrons, years, lines, agreementSource: source };
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
  /** Which data the agreement figures come from (said in `notes` when not the estimates file). */
  agreementSource: AgreementSource;
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
    notes: [...patronColumnNotes(r.patrons, r.years.map((y) => y.year)), ...(r.agreementSource.note ? [r.agreementSource.note] : [])],
    agreementSource: r.agreementSource,
  };
}
