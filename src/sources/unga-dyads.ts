// Pairs of countries per year from the Bailey–Strezhnev–Voeten releases: the agreement file
// (`AgreementScores…`: ccode1, ccode2, year or session, agree) and the ideal-point dyads file
// (`IdealPointDyads…`, July 2025). A pairs file with an agreement column is read (the releases from
// 2025 no longer carry per-patron agreement in the estimates file); one without is recognised and
// refused by name, since distances come from the per-country estimates. Pure; rows handed on one
// at a time (a full release holds millions of pairs), comma- or tab-separated.
import { AppError } from '../core/errors.js';
import type { ReadResult } from '../core/types.js';
import { findColumn, findHeader } from './columns.js';
import { decodeText, parseNumber, tableLines, TableRecords } from './csv.js';

export interface AgreementRow {
  line: number;
  ccode1: number;
  ccode2: number;
  year: number;
  /** Share of roll calls both voted in where they voted alike; null when the file gives NA. */
  share: number | null;
}

const FIRST = ['ccode1', 'ccodea', 'ccode.x', 'ccode_1', 'ccode 1'];
const SECOND = ['ccode2', 'ccodeb', 'ccode.y', 'ccode_2', 'ccode 2'];
const YEAR = ['year'];
const SESSION = ['session', 'session.x'];
const AGREE = ['agree', 'agreement', 'agreeall', 'agreefp', 'agreementscore', 'agreement score'];

/** Two country codes and a year or session: a pairs file of the UNGA releases, with or without agreement. */
export function isUngaPairsHeader(keys: string[]): boolean {
  return findColumn(keys, FIRST) >= 0 && findColumn(keys, SECOND) >= 0 && (findColumn(keys, YEAR) >= 0 || findColumn(keys, SESSION) >= 0);
}

/** A pairs file that carries agreement (and so can stand in for the estimates file's agreement columns). */
export function isUngaAgreementHeader(keys: string[]): boolean {
  return isUngaPairsHeader(keys) && findColumn(keys, AGREE) >= 0;
}

/** Why a pairs file without agreement is not imported: says which file it is. */
export function pairsWithoutAgreement(file: string, labels: string[] = []): string {
  const shown = labels.filter(Boolean).slice(0, 6);
  return `${file} is the UNGA ideal-point dyads file (pairs of countries per year${shown.length ? `: ${shown.join(', ')}…` : ''}) with no agreement column; ` +
    'Counterweight takes ideal points and their distances from the per-country estimates file (Idealpointestimates…), so it is not imported';
}

const NA = (s: string) => s === '' || s === 'NA' || s === '.';

/** Reads an agreement pairs file, handing each row on. Throws when the file is not one (naming what it is). */
export function readUngaAgreement(bytes: Uint8Array, file: string, onRow: (row: AgreementRow) => void): ReadResult<never> & { stored: number } {
  const lines = tableLines(decodeText(bytes));
  const header = findHeader(lines, isUngaPairsHeader);
  if (!header) throw new AppError(`${file}: not a UNGA agreement file (no header with ccode1, ccode2, year or session, agree)`);
  const at = (names: string[]) => findColumn(header.keys, names);
  const c = { a: at(FIRST), b: at(SECOND), year: at(YEAR), session: at(SESSION), agree: at(AGREE) };
  if (c.agree < 0) throw new AppError(pairsWithoutAgreement(file, header.labels));
  const problems: ReadResult<never>['problems'] = [];
  const records = new TableRecords(lines, header.index, header.labels.length, file, problems);
  let stored = 0;
  const code = (text: string) => {
    const n = parseNumber(text.trim());
    return n !== undefined && Number.isInteger(n) && n >= 0 && n < 10_000 ? n : undefined;
  };
  for (const r of records) {
    const f = r.fields;
    const ccode1 = code(f[c.a]);
    const ccode2 = code(f[c.b]);
    if (ccode1 === undefined || ccode2 === undefined) {
      records.reject(r.line, `not a country code: "${(ccode1 === undefined ? f[c.a] : f[c.b]).trim()}"`, header.labels[ccode1 === undefined ? c.a : c.b]);
      continue;
    }
    // The year where the file gives one; else from the session (session 1 met in 1946).
    const yearText = c.year >= 0 ? f[c.year].trim() : '';
    const session = c.session >= 0 ? parseNumber(f[c.session].trim()) : undefined;
    const year = yearText ? parseNumber(yearText) : session !== undefined ? session + 1945 : undefined;
    if (year === undefined || !Number.isInteger(year) || year < 1946 || year > 2999) {
      records.reject(r.line, `not a year: "${yearText || (c.session >= 0 ? f[c.session] : '')}"`, header.labels[c.year >= 0 ? c.year : c.session]);
      continue;
    }
    const shareText = f[c.agree].trim();
    const share = NA(shareText) ? null : parseNumber(shareText);
    if (share === undefined || (share !== null && (share < 0 || share > 1))) {
      records.reject(r.line, `not a share in [0, 1]: "${shareText}"`, header.labels[c.agree]);
      continue;
    }
    onRow({ line: r.line, ccode1, ccode2, year, share });
    stored++;
  }
  return { file, version: null, rows: [], problems, recordsRead: stored + records.rejected, rejected: records.rejected, duplicates: records.duplicates, lines: records.lines, stored };
}
