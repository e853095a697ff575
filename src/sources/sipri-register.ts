// The SIPRI trade register export: one row per deal, a free-text preamble, `?` flag columns.
import { AppError } from '../core/errors.js';
import type { Deal, Problem, ReadResult } from '../core/types.js';
import { findColumn, findHeader, layoutColumns, type Layout as ColumnLayout } from './columns.js';
import { CsvCursor, decodeText, physicalLines } from './csv.js';
import { rowError, rowWarning } from './problem.js';
import { dataGenerated, hasMark, sipriNumber, sipriYear, sipriYearList, unmarked } from './sipri-text.js';

/** Labels each field is known by (compared loosely), SIPRI's own first; newer exports vary the wording. */
const COLUMNS = {
  sipriId: ['SIPRI AT Database ID', 'SIPRI ID', 'Deal ID'],
  recipient: ['Recipient', 'Recipients'],
  supplier: ['Supplier', 'Suppliers'],
  orderYear: ['Year of order', 'Year(s) of order', 'Order year', 'Order date'],
  numberOrdered: ['Number ordered', 'Numbers ordered', 'No. ordered'],
  designation: ['Weapon designation', 'Designation'],
  description: ['Weapon description', 'Description'],
  numberDelivered: ['Number delivered', 'Numbers delivered', 'No. delivered'],
  deliveryYears: [
    'Year(s) of delivery',
    'Year(s) of deliveries',
    'Years of delivery',
    'Years of deliveries',
    'Year of delivery',
    'Delivery years',
  ],
  status: ['Status'],
  comments: ['Comments', 'Comment', 'Remarks', 'Notes'],
  tivPerUnit: ['SIPRI TIV per unit', 'TIV per unit'],
  tivOrder: ['SIPRI TIV for total order', 'SIPRI TIV of total order', 'TIV for total order'],
  tivDelivered: ['SIPRI TIV of delivered weapons', 'SIPRI TIV for delivered weapons', 'TIV of delivered weapons'],
} as const;
type Column = keyof typeof COLUMNS;

/** Without these a file is not a trade register (the per-year format has `Delivery year` instead). */
const REQUIRED: readonly Column[] = ['recipient', 'supplier', 'designation', 'deliveryYears'];
/** Missing from an export, they are left empty with a warning; `sipriId` is simply optional. */
const EXPECTED: readonly Column[] = [
  'orderYear',
  'numberOrdered',
  'description',
  'numberDelivered',
  'status',
  'comments',
  'tivPerUnit',
  'tivOrder',
  'tivDelivered',
];
/** A record split by raw newlines is rejoined over at most this many physical records. */
const MAX_JOINED = 4;

export function isRegisterHeader(keys: string[]): boolean {
  return REQUIRED.every((c) => findColumn(keys, COLUMNS[c]) >= 0);
}

type Layout = ColumnLayout<Column>;

/**
 * A record cut by raw newlines (inside `Comments`) has too few fields; it is whole again when the
 * following records' text continues its last field and the count comes out exact.
 */
function rejoin(cursor: CsvCursor, width: number): { fields: string[]; used: number; lastLine: number } | null {
  const first = cursor.peek()!;
  const fields = [...first.fields];
  for (let used = 1; used < MAX_JOINED && fields.length < width; used++) {
    const part = cursor.peek(used);
    if (!part) return null;
    fields[fields.length - 1] += ' ' + part.fields[0];
    for (let i = 1; i < part.fields.length; i++) fields.push(part.fields[i]);
    if (fields.length === width) return { fields, used: used + 1, lastLine: part.line + part.span - 1 };
  }
  return null;
}

/** Turns one record's fields into a Deal, collecting its problems; a row with an error is rejected. */
class RowReader {
  private fields: string[] = [];
  private line = 0;
  private errors = 0;

  constructor(
    private readonly layout: Layout,
    private readonly file: string,
    private readonly problems: Problem[],
  ) {}

  read(fields: string[], line: number): Deal | null {
    this.fields = fields;
    this.line = line;
    this.errors = 0;
    const sipriId = this.number('sipriId');
    if (sipriId !== null && !Number.isInteger(sipriId)) this.fail('sipriId', `not a deal id: "${this.cell('sipriId')}"`);
    const orderYear = sipriYear(this.cell('orderYear'));
    if (orderYear === undefined) this.fail('orderYear', `not a year: "${this.cell('orderYear')}"`);
    const deliveryYears = sipriYearList(this.cell('deliveryYears'));
    if (deliveryYears === undefined) this.fail('deliveryYears', `not a list of years: "${this.cell('deliveryYears')}"`);
    const deal: Deal = {
      line,
      sipriId,
      recipient: this.text('recipient'),
      supplier: this.text('supplier'),
      orderYear: orderYear ?? null,
      orderYearUncertain: this.uncertain('orderYear'),
      numberOrdered: this.number('numberOrdered'),
      numberOrderedUncertain: this.uncertain('numberOrdered'),
      designation: this.text('designation'),
      description: this.text('description'),
      sipriCategory: null,
      numberDelivered: this.number('numberDelivered'),
      numberDeliveredUncertain: this.uncertain('numberDelivered'),
      deliveryYears: deliveryYears ?? [],
      deliveryYearsUncertain: this.uncertain('deliveryYears'),
      status: unmarked(this.cell('status')),
      comments: this.cell('comments'),
      // A `?` on a TIV has no flag of its own in Deal: the value is kept, the doubt shows in the counts.
      tivPerUnit: this.number('tivPerUnit'),
      tivOrder: this.number('tivOrder'),
      tivDelivered: this.number('tivDelivered'),
      yearly: null,
    };
    return this.errors > 0 ? null : deal;
  }

  private cell(c: Column): string {
    const i = this.layout.at[c];
    return i >= 0 ? this.fields[i].trim() : '';
  }

  /** `?` in the cell itself or in the blank-named column after it. */
  private uncertain(c: Column): boolean {
    if (hasMark(this.cell(c))) return true;
    const i = this.layout.flag[c];
    if (i < 0 || this.fields[i] === '') return false;
    const flag = this.fields[i].trim();
    if (flag !== '' && flag !== '?') {
      this.problems.push(rowWarning(this.file, this.line, `${this.layout.label[c]} flag`, `unexpected flag "${flag}" read as uncertain`));
    }
    return flag !== '';
  }

  private fail(c: Column, message: string): void {
    this.errors++;
    this.problems.push(rowError(this.file, this.line, this.layout.label[c], message));
  }

  private text(c: Column): string {
    const value = this.cell(c);
    if (value === '' && REQUIRED.includes(c)) this.fail(c, 'empty');
    return value;
  }

  private number(c: Column): number | null {
    const n = sipriNumber(this.cell(c));
    if (n === undefined) this.fail(c, `not a number: "${this.cell(c)}"`);
    return n ?? null;
  }
}

/**
 * Reads a SIPRI trade register export (bytes as downloaded). Throws only when no register header
 * is found; every row-level fault is a Problem and the row counts as rejected.
 */
export function readSipriRegister(bytes: Buffer | Uint8Array, file: string): ReadResult<Deal> {
  const lines = physicalLines(decodeText(bytes));
  const header = findHeader(lines, isRegisterHeader);
  if (!header) {
    throw new AppError(`${file}: not a SIPRI trade register export (no header with Recipient, Supplier, Weapon designation, Year(s) of delivery)`);
  }
  const problems: Problem[] = [];
  const layout = layoutColumns(header, COLUMNS, EXPECTED, file, problems);
  const cursor = new CsvCursor(lines, header.index + 1);
  const reader = new RowReader(layout, file, problems);
  const rows: Deal[] = [];
  let rejected = 0;
  for (let first = cursor.peek(); first; first = cursor.peek()) {
    let fields = first.fields;
    let used = 1;
    if (fields.length < layout.width) {
      const joined = rejoin(cursor, layout.width);
      if (joined) {
        fields = joined.fields;
        used = joined.used;
        const cutField = header.labels[first.fields.length - 1];
        problems.push(rowWarning(file, first.line, cutField, `record continues to line ${joined.lastLine} (raw newline in a field); rejoined`));
      }
    }
    cursor.skip(used);
    if (fields.length !== layout.width) {
      problems.push(rowError(file, first.line, undefined, `expected ${layout.width} fields, got ${fields.length}`));
      rejected++;
      continue;
    }
    const deal = reader.read(fields, first.line);
    if (deal) rows.push(deal);
    else rejected++;
  }
  return {
    file,
    version: dataGenerated(lines, header.index),
    rows,
    problems,
    recordsRead: rows.length + rejected,
    rejected,
  };
}
