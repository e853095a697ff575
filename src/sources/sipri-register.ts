// The SIPRI trade register export: one row per deal, a free-text preamble, `?` flag columns.
import { AppError } from '../core/errors.js';
import type { Deal, Problem, ReadResult } from '../core/types.js';
import { CsvCursor, decodeText, physicalLines } from './csv.js';
import { rowError, rowWarning } from './problem.js';
import {
  dataGenerated,
  findColumn,
  findHeader,
  layoutColumns,
  stripUncertainty,
  uncertainNumber,
  uncertainYear,
  uncertainYearList,
  type Layout as RegisterLayout,
} from './sipri-text.js';

/** Normalised labels each field is known by, SIPRI's own first; newer exports vary the wording. */
const COLUMNS = {
  sipriId: ['sipri at database id', 'sipri id', 'deal id'],
  recipient: ['recipient', 'recipients'],
  supplier: ['supplier', 'suppliers'],
  orderYear: ['year of order', 'year(s) of order', 'order year', 'order date'],
  numberOrdered: ['number ordered', 'numbers ordered', 'no. ordered'],
  designation: ['weapon designation', 'designation'],
  description: ['weapon description', 'description'],
  numberDelivered: ['number delivered', 'numbers delivered', 'no. delivered'],
  deliveryYears: [
    'year(s) of delivery',
    'year(s) of deliveries',
    'years of delivery',
    'years of deliveries',
    'year of delivery',
    'delivery years',
  ],
  status: ['status'],
  comments: ['comments', 'comment', 'remarks', 'notes'],
  tivPerUnit: ['sipri tiv per unit', 'tiv per unit'],
  tivOrder: ['sipri tiv for total order', 'sipri tiv of total order', 'tiv for total order'],
  tivDelivered: ['sipri tiv of delivered weapons', 'sipri tiv for delivered weapons', 'tiv of delivered weapons'],
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

type Layout = RegisterLayout<Column>;

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
  /** Names and labels repeat thousands of times: one string each keeps the result small. */
  private readonly names = new Map<string, string>();

  constructor(
    private readonly layout: Layout,
    private readonly file: string,
    private readonly problems: Problem[],
  ) {}

  read(fields: string[], line: number): Deal | null {
    this.fields = fields;
    this.line = line;
    this.errors = 0;
    const idCell = this.cell('sipriId');
    const id = uncertainNumber(idCell);
    if (id === undefined || (id.value !== null && !Number.isInteger(id.value))) this.fail('sipriId', `not a deal id: "${idCell}"`);
    const orderYearCell = this.cell('orderYear');
    const orderYear = uncertainYear(orderYearCell);
    if (orderYear === undefined) this.fail('orderYear', `not a year: "${orderYearCell}"`);
    const deliveryCell = this.cell('deliveryYears');
    const deliveryYears = uncertainYearList(deliveryCell);
    if (deliveryYears === undefined) this.fail('deliveryYears', `not a list of years: "${deliveryCell}"`);
    const ordered = this.number('numberOrdered');
    const delivered = this.number('numberDelivered');
    const deal: Deal = {
      line,
      sipriId: id?.value ?? null,
      recipient: this.intern(this.text('recipient')),
      supplier: this.intern(this.text('supplier')),
      orderYear: orderYear?.value ?? null,
      orderYearUncertain: (orderYear?.uncertain ?? false) || this.flagged('orderYear'),
      numberOrdered: ordered.value,
      numberOrderedUncertain: ordered.uncertain,
      designation: this.text('designation'),
      description: this.intern(this.text('description')),
      sipriCategory: null,
      numberDelivered: delivered.value,
      numberDeliveredUncertain: delivered.uncertain,
      deliveryYears: deliveryYears?.value ?? [],
      deliveryYearsUncertain: (deliveryYears?.uncertain ?? false) || this.flagged('deliveryYears'),
      status: this.intern(stripUncertainty(this.cell('status')).value),
      comments: this.cell('comments'),
      // A `?` on a TIV has no flag of its own in Deal: the value is kept, the doubt shows in the counts.
      tivPerUnit: this.number('tivPerUnit').value,
      tivOrder: this.number('tivOrder').value,
      tivDelivered: this.number('tivDelivered').value,
      yearly: null,
    };
    return this.errors > 0 ? null : deal;
  }

  private intern(s: string): string {
    const known = this.names.get(s);
    if (known !== undefined) return known;
    this.names.set(s, s);
    return s;
  }

  private cell(c: Column): string {
    const i = this.layout.at[c];
    return i >= 0 ? this.fields[i].trim() : '';
  }

  private flagged(c: Column): boolean {
    const i = this.layout.flag[c];
    if (i < 0 || this.fields[i] === '') return false;
    const f = this.fields[i].trim();
    if (f !== '' && f !== '?') {
      this.problems.push(rowWarning(this.file, this.line, `${this.layout.label[c]} flag`, `unexpected flag "${f}" read as uncertain`));
    }
    return f !== '';
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

  private number(c: Column): { value: number | null; uncertain: boolean } {
    const raw = this.cell(c);
    const value = uncertainNumber(raw);
    if (value === undefined) this.fail(c, `not a number: "${raw}"`);
    return { value: value?.value ?? null, uncertain: (value?.uncertain ?? false) || this.flagged(c) };
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
        problems.push(
          rowWarning(file, first.line, layout.label.comments, `record continues to line ${joined.lastLine} (raw newline in a field); rejoined`),
        );
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
