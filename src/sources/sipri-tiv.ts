// SIPRI's official TIV tables: yearly imports per recipient or exports per supplier, with totals.
import { AppError } from '../core/errors.js';
import type { Problem, ReadResult, TivTable, TivTableRow } from '../core/types.js';
import { findHeader, type Header } from './columns.js';
import { decodeText, parseNumber, physicalLines, TableRecords } from './csv.js';
import { rowError, rowWarning } from './problem.js';
import { dataGenerated, TIV_BOUND } from './sipri-text.js';

/** The first header cell names the rows, and so the table. */
const KIND_BY_FIRST_LABEL: Record<string, TivTable['kind']> = {
  recipient: 'imports',
  recipients: 'imports',
  'imports by': 'imports',
  'imports to': 'imports',
  supplier: 'exports',
  suppliers: 'exports',
  'exports by': 'exports',
  'exports from': 'exports',
};
const YEAR = /^\d{4}$/;
/** `1950-2024` and `Sum total years`: SIPRI gives the total twice (each with a percentage). */
const TOTAL = /^(\d{4}\s*-\s*\d{4}|total|sum total years)$/;
const PERCENT = /^(percentage|percentage of total|share|%)$/;
const WORLD = /^total world/i;

/** 'imports' or 'exports' when `keys` (normalised labels) are a TIV table header, else null. */
export function tivHeaderKind(keys: string[]): TivTable['kind'] | null {
  const kind = KIND_BY_FIRST_LABEL[keys[0]];
  return kind && keys.some((k) => YEAR.test(k)) ? kind : null;
}

interface Columns {
  years: { index: number; year: number }[];
  totals: number[];
}

function columnsOf(header: Header, file: string, problems: Problem[]): Columns {
  const years: Columns['years'] = [];
  const totals: number[] = [];
  header.keys.forEach((k, i) => {
    if (i === 0) return;
    if (YEAR.test(k)) years.push({ index: i, year: Number(k) });
    else if (TOTAL.test(k)) totals.push(i);
    else if (!PERCENT.test(k) && k !== '') problems.push(rowWarning(file, header.index + 1, header.labels[i], 'unrecognised column ignored'));
  });
  return { years, totals };
}

/** `0 ` (SIPRI's "between 0 and 0.5") and `0` both mean below half: a true zero is left empty. */
function tivCell(raw: string, bound: number): { tiv: number; belowHalf: boolean } | null | undefined {
  const t = raw.trim();
  if (t === '') return null;
  const n = parseNumber(t);
  if (n === undefined || n < 0 || !(n <= bound)) return undefined;
  return { tiv: n, belowHalf: n === 0 };
}

function toRow(fields: string[], line: number, header: Header, cols: Columns, file: string, problems: Problem[]): TivTableRow | null {
  let errors = 0;
  const fail = (i: number, message: string) => {
    errors++;
    problems.push(rowError(file, line, header.labels[i], message));
  };
  const name = fields[0].trim();
  if (name === '') fail(0, 'empty');
  const years: TivTableRow['years'] = [];
  for (const { index, year } of cols.years) {
    const cell = tivCell(fields[index], TIV_BOUND);
    if (cell === undefined) fail(index, `not a TIV value (0 to ${TIV_BOUND.toLocaleString('en-US')}): "${fields[index]}"`);
    else if (cell) years.push({ year, ...cell });
  }
  const totals = cols.totals.map((i) => {
    // A total spans every year and the world's row every country: a wider bound.
    const cell = tivCell(fields[i], TIV_BOUND * 1000);
    if (cell === undefined) fail(i, `not a TIV total: "${fields[i]}"`);
    return cell ? cell.tiv : null;
  });
  if (errors > 0) return null;
  const total = totals.length > 0 ? totals[0] : null;
  if (totals.some((t) => t !== total)) {
    problems.push(rowWarning(file, line, header.labels[cols.totals[1]], `total ${totals.join(' vs ')} disagrees; the first is kept`));
  }
  // Yearly cells and the total are each rounded: allow half a unit per cell before doubting them.
  const sum = years.reduce((a, y) => a + y.tiv, 0);
  if (total !== null && Math.abs(sum - total) > 0.5 * (years.length + 1)) {
    problems.push(rowWarning(file, line, header.labels[cols.totals[0]], `years add up to ${sum}, the total says ${total}`));
  }
  return { line, name, years, total };
}

/**
 * Reads `tiv-imports-*.csv` / `tiv-exports-*.csv`. `rows` are the recipients (or suppliers); the
 * `Total world …` row goes to `table.world` and is not counted in `recordsRead`. Throws only when
 * no table header is found.
 */
export function readSipriTiv(bytes: Buffer | Uint8Array, file: string): ReadResult<TivTableRow> & { table: TivTable } {
  const lines = physicalLines(decodeText(bytes));
  const header = findHeader(lines, (keys) => tivHeaderKind(keys) !== null);
  if (!header) {
    throw new AppError(`${file}: not a SIPRI TIV table (no header starting Recipient/Supplier/Exports by/Imports by followed by years)`);
  }
  const kind = tivHeaderKind(header.keys)!;
  const problems: Problem[] = [];
  const cols = columnsOf(header, file, problems);
  const width = header.labels.length;
  const rows: TivTableRow[] = [];
  let world: TivTableRow | null = null;
  const records = new TableRecords(lines, header.index, width, file, problems);
  // An official table has one row per name: a repeat would add up (or disagree) silently.
  const byName = new Map<string, number>();
  for (const record of records) {
    const row = toRow(record.fields, record.line, header, cols, file, problems);
    if (!row) records.rejected++;
    else if (WORLD.test(row.name)) {
      if (world) problems.push(rowWarning(file, row.line, header.labels[0], `a second world total (line ${world.line} too); this one is kept`));
      world = row;
      records.lines.records--;
      records.lines.other++;
    } else if (byName.has(row.name.toLowerCase())) {
      records.duplicates++;
      records.reject(row.line, `"${row.name}" again (line ${byName.get(row.name.toLowerCase())}): an official table lists each name once`, header.labels[0]);
    } else {
      byName.set(row.name.toLowerCase(), row.line);
      rows.push(row);
    }
  }
  const rejected = records.rejected;
  const yearsInHeader = cols.years.map((y) => y.year);
  const table: TivTable = {
    kind,
    firstYear: Math.min(...yearsInHeader),
    lastYear: Math.max(...yearsInHeader),
    rows,
    world,
  };
  return { file, version: dataGenerated(lines, header.index), rows, problems, recordsRead: rows.length + rejected, rejected, duplicates: records.duplicates, lines: records.lines, table };
}
