// Bailey, Strezhnev & Voeten's UNGA ideal points: one row per country and General Assembly session.
// Two layouts are known: up to 2024 (`session`, `NVotesAll`, `IdealPointAll`, and the agreement
// with six reference states as `<X>Agree` columns) and from the July 2025 release (`year`,
// `NVotesFP`, `IdealPointFP`, no agreement columns). Columns are found by label, so a later suffix
// (`IdealPoint<anything>`) still reads; comma- or tab-separated (Dataverse's ingested `.tab`).
import { AppError } from '../core/errors.js';
import type { IdealPointRow, Problem, ReadResult } from '../core/types.js';
import { findColumn, findHeader } from './columns.js';
import { decodeText, parseNumber, tableLines, TableRecords } from './csv.js';
import { rowError, rowWarning } from './problem.js';

/** Session 1 met in 1946. */
const SESSION_YEAR_OFFSET = 1945;

const COLUMNS = {
  ccode: ['ccode'],
  session: ['session'],
  year: ['year'],
  votes: ['NVotesAll', 'NVotesFP', 'NVotes'],
  idealPoint: ['IdealPointAll', 'IdealPointFP', 'IdealPoint'],
  iso3: ['iso3c', 'iso3'],
  name: ['Countryname', 'Country name', 'Country'],
} as const;
type Column = keyof typeof COLUMNS;

/** `IdealPoint<suffix>` / `NVotes<suffix>` of a release not yet known by name (not the quantiles `Q5%…`). */
const IDEAL_ANY = /^idealpoint[a-z]*$/;
const VOTES_ANY = /^nvotes[a-z]*$/;

/** Where a column is: by its known labels, else (for the two measures) by the pattern of their names. */
function columnOf(keys: string[], c: Column): number {
  const i = findColumn(keys, COLUMNS[c]);
  if (i >= 0) return i;
  if (c === 'idealPoint') return keys.findIndex((k) => IDEAL_ANY.test(k));
  if (c === 'votes') return keys.findIndex((k) => VOTES_ANY.test(k));
  return -1;
}

/** A pairs file (two country codes per row) is never the per-country table, whatever else it holds. */
const PAIR_CODES = /^(ccode|iso3c?|country)[._ ]?(1|2|a|b|x|y)$/;

/** The reference states the file names in its `<X>Agree` columns, by the prefix it uses. */
const AGREE_ISO3: Record<string, string> = {
  us: 'USA',
  usa: 'USA',
  russ: 'RUS',
  russia: 'RUS',
  brazil: 'BRA',
  china: 'CHN',
  india: 'IND',
  israel: 'ISR',
};
const AGREE = /^(.+?)\s*agree$/i;

export function isIdealPointsHeader(keys: string[]): boolean {
  if (keys.some((k) => PAIR_CODES.test(k))) return false;
  const has = (c: Column) => columnOf(keys, c) >= 0;
  return has('ccode') && (has('session') || has('year')) && has('name') && has('idealPoint');
}

/** Which of the two known layouts a header is, for messages and the fetch report. */
export function idealPointsLayout(keys: string[]): '2024' | '2025' | 'other' {
  if (columnOf(keys, 'session') >= 0 && keys.includes('idealpointall')) return '2024';
  if (columnOf(keys, 'year') >= 0 && keys.includes('idealpointfp')) return '2025';
  return 'other';
}

/** `NA` and empty cells are missing values. */
function missing(text: string): boolean {
  return text === '' || text === 'NA';
}

/**
 * Reads the ideal points CSV. `version` is null: the file name is the dataset version. Throws only
 * when no header with ccode, session, Countryname and IdealPointAll is found.
 */
export function readIdealPoints(bytes: Buffer | Uint8Array, file: string): ReadResult<IdealPointRow> {
  const lines = tableLines(decodeText(bytes));
  const header = findHeader(lines, isIdealPointsHeader);
  if (!header) throw new AppError(`${file}: not a UNGA ideal points file (no header with ccode, session or year, Countryname, IdealPointAll or IdealPointFP)`);
  const headerLine = header.index + 1;
  const problems: Problem[] = [];
  const at = {} as Record<Column, number>;
  for (const c of Object.keys(COLUMNS) as Column[]) at[c] = columnOf(header.keys, c);
  const agreeColumns: { index: number; key: string; label: string }[] = [];
  header.labels.forEach((label, index) => {
    const m = AGREE.exec(label);
    if (!m) return;
    const key = AGREE_ISO3[m[1].toLowerCase()];
    if (!key) problems.push(rowWarning(file, headerLine, label, `unknown reference state "${m[1]}"; kept under that name`));
    agreeColumns.push({ index, key: key ?? m[1], label });
  });

  const rows: IdealPointRow[] = [];
  const seen = new Map<string, number>();
  const records = new TableRecords(lines, header.index, header.labels.length, file, problems);
  for (const record of records) {
    const { fields, line } = record;
    const first = records.exactRepeat(record);
    if (first !== undefined) {
      records.reject(line, `exact duplicate of line ${first}`);
      continue;
    }
    let errors = 0;
    const fail = (index: number, message: string) => {
      errors++;
      problems.push(rowError(file, line, header.labels[index], message));
    };
    const cell = (c: Column) => (at[c] >= 0 ? fields[at[c]].trim() : '');
    /** A number within [min, max] (integer if asked), null when missing, undefined when bad. */
    const number = (index: number, min: number, max: number, integer: boolean): number | null => {
      const text = fields[index].trim();
      if (missing(text)) return null;
      const n = parseNumber(text);
      if (n === undefined || n < min || n > max || (integer && !Number.isInteger(n))) {
        fail(index, `not ${integer ? 'an integer' : 'a number'} in [${min}, ${max}]: "${text}"`);
        return null;
      }
      return n;
    };
    const ccode = number(at.ccode, 0, 9999, true);
    // The 2025 layout gives the year; the session follows from it (session 1 met in 1946).
    const yearGiven = at.session < 0 ? number(at.year, 1946, 2999, true) : null;
    const session = at.session >= 0 ? number(at.session, 1, 999, true) : yearGiven === null ? null : yearGiven - SESSION_YEAR_OFFSET;
    if (ccode === null && errors === 0) fail(at.ccode, 'missing');
    if (session === null && errors === 0) fail(at.session >= 0 ? at.session : at.year, 'missing');
    const name = cell('name');
    if (missing(name)) fail(at.name, 'missing');
    const iso3Text = cell('iso3');
    const iso3 = missing(iso3Text) ? null : iso3Text;
    if (iso3 !== null && !/^[A-Z]{3}$/.test(iso3)) problems.push(rowWarning(file, line, header.labels[at.iso3], `not an ISO3 code: "${iso3}"`));
    const votes = at.votes >= 0 ? number(at.votes, 0, 1e6, true) : null;
    const idealPoint = at.idealPoint >= 0 ? number(at.idealPoint, -1e3, 1e3, false) : null;
    const agree: Record<string, number | null> = {};
    for (const a of agreeColumns) agree[a.key] = number(a.index, 0, 1, false);
    if (errors > 0 || ccode === null || session === null) {
      records.rejected++;
      continue;
    }
    const id = `${ccode}/${session}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) problems.push(rowWarning(file, line, header.labels[at.session], `ccode ${ccode} session ${session} again (line ${earlier})`));
    seen.set(id, line);
    rows.push({ line, ccode, session, year: session + SESSION_YEAR_OFFSET, iso3, name, votes, idealPoint, agree });
  }
  const rejected = records.rejected;
  return { file, version: null, rows, problems, recordsRead: rows.length + rejected, rejected, duplicates: records.duplicates, lines: records.lines };
}

/**
 * What the head of an ideal points file says about it: its layout and whether it carries the
 * per-patron `<X>Agree` columns; null when it is not an ideal points file.
 */
export function idealPointsHead(bytes: Uint8Array): { layout: '2024' | '2025' | 'other'; agreement: boolean } | null {
  const header = findHeader(tableLines(decodeText(bytes)), isIdealPointsHeader);
  if (!header) return null;
  return { layout: idealPointsLayout(header.keys), agreement: header.labels.some((l) => AGREE.test(l)) };
}
