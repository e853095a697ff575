// SIPRI's current web-backend export: one row per deal and delivery year, with SIPRI's own category.
import { AppError } from '../core/errors.js';
import type { Deal, Problem, ReadResult, YearDelivery } from '../core/types.js';
import { findColumn, findHeader, layoutColumns, type Layout } from './columns.js';
import { decodeText, parseNumber, physicalLines, TableRecords } from './csv.js';
import { rowError, rowWarning } from './problem.js';
import { COUNT_BOUND, TIV_BOUND, dataGenerated, hasMark, isYear, sipriNumber, sipriYear, yesNo } from './sipri-text.js';

const COLUMNS = {
  sipriId: ['SIPRI AT Database ID', 'SIPRI ID', 'Deal ID'],
  supplier: ['Supplier'],
  recipient: ['Recipient'],
  designation: ['Designation', 'Weapon designation'],
  description: ['Description', 'Weapon description'],
  category: ['Armament category', 'Category'],
  orderYear: ['Order date', 'Year of order', 'Order year'],
  orderYearEstimate: ['Order date is estimate', 'Year of order is estimate', 'Order year is estimate'],
  numberDelivered: ['Numbers delivered', 'Number delivered'],
  numberDeliveredEstimate: ['Numbers delivered is estimate', 'Number delivered is estimate'],
  deliveryYear: ['Delivery year'],
  deliveryYearEstimate: ['Delivery year is estimate'],
  status: ['Status'],
  sipriEstimate: ['SIPRI estimate'],
  tivDealUnit: ['TIV deal unit', 'TIV per unit'],
  tivDelivered: ['TIV delivery values', 'TIV delivery value', 'TIV delivered'],
  localProduction: ['Local production'],
} as const;
type Column = keyof typeof COLUMNS;

/** What makes a file this format: a deal id and a single delivery year per row. */
const REQUIRED: readonly Column[] = ['sipriId', 'supplier', 'recipient', 'deliveryYear', 'tivDelivered'];
const EXPECTED: readonly Column[] = (Object.keys(COLUMNS) as Column[]).filter((c) => !REQUIRED.includes(c));

export function isPerYearHeader(keys: string[]): boolean {
  return REQUIRED.every((c) => findColumn(keys, COLUMNS[c]) >= 0);
}

/** One row of the file: one deal's deliveries in one year. */
export interface PerYearRow {
  line: number;
  sipriId: number;
  supplier: string;
  recipient: string;
  designation: string;
  description: string;
  /** `Armament category` as SIPRI writes it (`Aircraft`, `Air defence systems` …). */
  category: string;
  orderYear: number | null;
  orderYearUncertain: boolean;
  numberDelivered: number | null;
  numberDeliveredUncertain: boolean;
  deliveryYear: number;
  deliveryYearUncertain: boolean;
  status: string;
  /** `SIPRI estimate`: the unit TIV of the weapon new, before any second-hand discount. */
  sipriEstimate: number | null;
  /** `TIV deal unit`: the unit TIV in this deal, second-hand discount included. */
  tivDealUnit: number | null;
  /** `TIV delivery values`: TIV delivered in this year. */
  tivDelivered: number | null;
  localProduction: boolean | null;
}

function toRow(fields: string[], line: number, layout: Layout<Column>, file: string, problems: Problem[]): PerYearRow | null {
  const { at, label } = layout;
  let errors = 0;
  const fail = (c: Column, message: string) => {
    errors++;
    problems.push(rowError(file, line, label[c], message));
  };
  const cell = (c: Column) => (at[c] >= 0 ? fields[at[c]].trim() : '');
  const number = (c: Column, bound: number) => {
    const n = sipriNumber(cell(c));
    if (n === undefined) fail(c, `not a number: "${cell(c)}"`);
    else if (n !== null && n > bound) fail(c, `${n} is beyond any plausible value (at most ${bound.toLocaleString('en-US')})`);
    return n ?? null;
  };
  const flag = (c: Column, empty: boolean | null) => {
    if (at[c] < 0) return empty;
    const v = yesNo(cell(c));
    if (v !== undefined) return v;
    problems.push(rowWarning(file, line, label[c], `expected Yes or No, got "${cell(c)}"; read as Yes`));
    return true;
  };
  const id = parseNumber(cell('sipriId'));
  if (id === undefined || !Number.isInteger(id)) fail('sipriId', `not a deal id: "${cell('sipriId')}"`);
  // `Order date` is a year today; a full date (YYYY-MM-DD) would still give its year.
  const orderText = cell('orderYear').replace(/^(\d{4})-\d\d(-\d\d)?$/, '$1');
  const orderYear = sipriYear(orderText);
  if (orderYear === undefined) fail('orderYear', `not a year: "${cell('orderYear')}"`);
  const deliveryYear = parseNumber(cell('deliveryYear'));
  if (deliveryYear === undefined || !isYear(deliveryYear)) fail('deliveryYear', `not a year: "${cell('deliveryYear')}"`);
  for (const c of ['supplier', 'recipient', 'designation'] as const) if (cell(c) === '') fail(c, 'empty');
  const row: PerYearRow = {
    line,
    sipriId: id ?? 0,
    supplier: cell('supplier'),
    recipient: cell('recipient'),
    designation: cell('designation'),
    description: cell('description'),
    category: cell('category'),
    orderYear: orderYear ?? null,
    orderYearUncertain: hasMark(orderText) || flag('orderYearEstimate', false) === true,
    numberDelivered: number('numberDelivered', COUNT_BOUND),
    numberDeliveredUncertain: flag('numberDeliveredEstimate', false) === true,
    deliveryYear: deliveryYear ?? 0,
    deliveryYearUncertain: flag('deliveryYearEstimate', false) === true,
    status: cell('status'),
    sipriEstimate: number('sipriEstimate', TIV_BOUND),
    tivDealUnit: number('tivDealUnit', TIV_BOUND),
    tivDelivered: number('tivDelivered', TIV_BOUND),
    localProduction: flag('localProduction', null),
  };
  return errors > 0 ? null : row;
}

/**
 * The file's rows as they are (one per deal and delivery year). Throws only when no per-year
 * header is found; a bad row is a Problem and counts as rejected.
 */
export function readSipriPerYearRows(bytes: Buffer | Uint8Array, file: string): ReadResult<PerYearRow> {
  const lines = physicalLines(decodeText(bytes));
  const header = findHeader(lines, isPerYearHeader);
  if (!header) {
    throw new AppError(`${file}: not a SIPRI per-delivery-year export (no header with SIPRI AT Database ID, Delivery year, TIV delivery values)`);
  }
  const problems: Problem[] = [];
  const layout = layoutColumns(header, COLUMNS, EXPECTED, file, problems);
  const rows: PerYearRow[] = [];
  const records = new TableRecords(lines, header.index, layout.width, file, problems);
  for (const record of records) {
    const first = records.exactRepeat(record);
    if (first !== undefined) problems.push(rowWarning(file, record.line, undefined, `exact duplicate of line ${first}`));
    const row = toRow(record.fields, record.line, layout, file, problems);
    if (row) rows.push(row);
    else records.rejected++;
  }
  const rejected = records.rejected;
  return { file, version: dataGenerated(lines, header.index), rows, problems, recordsRead: rows.length + rejected, rejected, duplicates: records.duplicates, lines: records.lines };
}

/** Fields every row of one deal must agree on; a difference is reported, the first row wins. */
const DEAL_FIELDS = {
  supplier: 'Supplier',
  recipient: 'Recipient',
  designation: 'Designation',
  description: 'Description',
  category: 'Armament category',
  orderYear: 'Order date',
  status: 'Status',
  tivDealUnit: 'TIV deal unit',
} as const;

/** Sums that should read like SIPRI's figures (8.1 + 7.2 = 15.3, not 15.299999999999999). */
function roundSum(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return null;
  return Math.round(known.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
}

/** Groups rows by `SIPRI AT Database ID` into deals (in order of first appearance) with `yearly` filled. */
export function dealsFromPerYearRows(rows: PerYearRow[], file: string, problems: Problem[]): Deal[] {
  const byId = new Map<number, PerYearRow[]>();
  for (const row of rows) {
    const group = byId.get(row.sipriId);
    if (group) group.push(row);
    else byId.set(row.sipriId, [row]);
  }
  const deals: Deal[] = [];
  for (const group of byId.values()) {
    const first = group[0];
    const seenYears = new Set<number>();
    for (const row of group) {
      for (const f of Object.keys(DEAL_FIELDS) as (keyof typeof DEAL_FIELDS)[]) {
        if (row[f] !== first[f]) {
          problems.push(rowWarning(file, row.line, DEAL_FIELDS[f], `deal ${row.sipriId}: "${row[f]}" differs from "${first[f]}" on line ${first.line}; the first is kept`));
        }
      }
      if (seenYears.has(row.deliveryYear)) {
        problems.push(rowWarning(file, row.line, 'Delivery year', `deal ${row.sipriId}: a second row for ${row.deliveryYear}; both are counted`));
      }
      seenYears.add(row.deliveryYear);
    }
    const yearly: YearDelivery[] = group
      .map((r) => ({
        year: r.deliveryYear,
        yearUncertain: r.deliveryYearUncertain,
        number: r.numberDelivered,
        numberUncertain: r.numberDeliveredUncertain,
        tiv: r.tivDelivered,
      }))
      .sort((a, b) => a.year - b.year);
    deals.push({
      line: first.line,
      sipriId: first.sipriId,
      recipient: first.recipient,
      supplier: first.supplier,
      orderYear: first.orderYear,
      orderYearUncertain: first.orderYearUncertain,
      // The format says nothing of the order itself, only of deliveries in the selected years.
      numberOrdered: null,
      numberOrderedUncertain: false,
      designation: first.designation,
      description: first.description,
      sipriCategory: first.category || null,
      numberDelivered: roundSum(yearly.map((y) => y.number)),
      numberDeliveredUncertain: yearly.some((y) => y.numberUncertain),
      deliveryYears: [...new Set(yearly.map((y) => y.year))],
      deliveryYearsUncertain: yearly.some((y) => y.yearUncertain),
      status: first.status,
      comments: '',
      tivPerUnit: first.tivDealUnit,
      tivOrder: null,
      tivDelivered: roundSum(yearly.map((y) => y.tiv)),
      yearly,
    });
  }
  return deals;
}

/**
 * Reads the per-delivery-year format as deals. Unlike the other readers, `rows` are deals (one per
 * `SIPRI AT Database ID`) while `recordsRead` and `rejected` count the file's rows: 1,414 rows make
 * 1,086 deals in the 2000–2001 export. Use `readSipriPerYearRows` for the rows themselves.
 */
export function readSipriPerYear(bytes: Buffer | Uint8Array, file: string): ReadResult<Deal> {
  const perRow = readSipriPerYearRows(bytes, file);
  const problems = [...perRow.problems];
  const rows = dealsFromPerYearRows(perRow.rows, file, problems);
  return { ...perRow, rows, problems };
}
