// Bailey, Strezhnev & Voeten's UNGA ideal points: one row per country and General Assembly session.
import { AppError } from '../core/errors.js';
import type { IdealPointRow, Problem, ReadResult } from '../core/types.js';
import { findColumn, findHeader } from './columns.js';
import { decodeText, parseNumber, physicalLines, TableRecords } from './csv.js';
import { rowError, rowWarning } from './problem.js';

/** Session 1 met in 1946. */
const SESSION_YEAR_OFFSET = 1945;

const COLUMNS = {
  ccode: ['ccode'],
  session: ['session'],
  votes: ['NVotesAll', 'NVotes'],
  idealPoint: ['IdealPointAll', 'IdealPoint'],
  iso3: ['iso3c', 'iso3'],
  name: ['Countryname', 'Country name', 'Country'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = ['ccode', 'session', 'name'];

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
  return [...REQUIRED, 'idealPoint' as const].every((c) => findColumn(keys, COLUMNS[c]) >= 0);
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
  const lines = physicalLines(decodeText(bytes));
  const header = findHeader(lines, isIdealPointsHeader);
  if (!header) throw new AppError(`${file}: not a UNGA ideal points file (no header with ccode, session, Countryname, IdealPointAll)`);
  const headerLine = header.index + 1;
  const problems: Problem[] = [];
  const at = {} as Record<Column, number>;
  for (const c of Object.keys(COLUMNS) as Column[]) at[c] = findColumn(header.keys, COLUMNS[c]);
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
    const session = number(at.session, 1, 999, true);
    if (ccode === null && errors === 0) fail(at.ccode, 'missing');
    if (session === null && errors === 0) fail(at.session, 'missing');
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
