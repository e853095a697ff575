// The SIPRI trade register export: one row per deal, a free-text preamble, `?` flag columns.
import { AppError } from '../core/errors.js';
import type { Deal, LineAccount, Problem, ReadResult } from '../core/types.js';
import { findColumn, findHeader, layoutColumns, type Layout as ColumnLayout } from './columns.js';
import { CsvCursor, decodeText, MAX_QUOTED_LINES, physicalLines, readCsvRecord } from './csv.js';
import { rowError, rowWarning } from './problem.js';
import { COUNT_BOUND, dataGenerated, declaredYearRange, isYear, sipriNumber, sipriYear, sipriYearList, TIV_BOUND, unmarked } from './sipri-text.js';

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
/** Without these the file has no figures: refused rather than read as all-empty (a warning is not enough). */
const FIGURES: readonly Column[] = ['tivDelivered'];
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

const QUESTION = 63;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The cell `text[from, to)` when it is plain digits with at most one `.` (at most 15 digits): its
 * value, else undefined (the caller then takes the general path, `sipriNumber`). Covers nearly
 * every number SIPRI writes, without cutting the cell out of its line. An integer over an exact
 * power of ten is one correctly rounded division: the same double as `Number(text)`.
 */
function plainNumber(text: string, from: number, to: number): number | undefined {
  let value = 0;
  let digits = 0;
  let decimals = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0) decimals = 0;
    else return undefined;
  }
  if (digits === 0 || digits > 15) return undefined;
  return decimals > 0 ? value / POW10[decimals] : value;
}

/**
 * `1977; 1978?` in `text[from, to)` → years, for the common shape (years, `;`/`,` separators,
 * spaces, `?` marks); undefined for anything else, which then goes through `sipriYearList`.
 * Same results as it.
 */
function plainYearList(text: string, from: number, to: number): number[] | undefined {
  const years: number[] = [];
  let value = 0;
  let digits = 0;
  let ended = false; // spaces after the digits of the current part
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 59;
    if (c >= 48 && c <= 57) {
      if (ended) return undefined;
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === 59 || c === 44) {
      if (digits > 0) {
        if (digits > 4 || !isYear(value)) return undefined;
        years.push(value);
      }
      value = 0;
      digits = 0;
      ended = false;
    } else if (c === 32) {
      if (digits > 0) ended = true;
    } else if (c !== QUESTION) return undefined;
  }
  return years;
}

/**
 * One record's cells as ranges: cell `i` is `text[i][from[i], to[i])`. A plain line (no quotes,
 * the header's field count) is read in place, every `text[i]` being the whole file text; any other
 * record comes as split fields (`from` 0, `to` the length). Cells become strings only when a Deal
 * keeps them as text.
 */
class Cells {
  readonly text: string[];
  readonly from: Int32Array;
  readonly to: Int32Array;

  constructor(width: number) {
    this.text = new Array<string>(width).fill('');
    this.from = new Int32Array(width);
    this.to = new Int32Array(width);
  }

  /**
   * Splits `text[from, to)`, a line without quotes, at its commas (in place: every cell keeps the
   * whole text with its own range); false when it does not have `width` fields.
   */
  setRange(text: string, from: number, to: number): boolean {
    const last = this.to.length - 1;
    let p = from;
    for (let i = 0; i < last; i++) {
      const comma = text.indexOf(',', p);
      if (comma < 0 || comma >= to) return false;
      this.text[i] = text;
      this.from[i] = p;
      this.to[i] = comma;
      p = comma + 1;
    }
    const extra = text.indexOf(',', p);
    if (extra >= 0 && extra < to) return false;
    this.text[last] = text;
    this.from[last] = p;
    this.to[last] = to;
    return true;
  }

  setFields(fields: string[]): void {
    for (let i = 0; i < fields.length; i++) {
      this.text[i] = fields[i];
      this.from[i] = 0;
      this.to[i] = fields[i].length;
    }
  }

  raw(i: number): string {
    return this.text[i].slice(this.from[i], this.to[i]);
  }
}

/** Turns one record's cells into a Deal, collecting its problems; a row with an error is rejected. */
class RowReader {
  private cells: Cells;
  private line = 0;
  private errors = 0;
  // Column positions as plain numbers (-1 = absent), looked up once: the row loop runs 28,000 times.
  private readonly sipriId: number;
  private readonly recipient: number;
  private readonly supplier: number;
  private readonly orderYear: number;
  private readonly numberOrdered: number;
  private readonly designation: number;
  private readonly description: number;
  private readonly numberDelivered: number;
  private readonly deliveryYears: number;
  private readonly status: number;
  private readonly comments: number;
  private readonly tivPerUnit: number;
  private readonly tivOrder: number;
  private readonly tivDelivered: number;

  constructor(
    private readonly layout: Layout,
    private readonly file: string,
    private readonly problems: Problem[],
    /** The years the export says it covers (`for year range '1950' to '2024'`), when it says. */
    private readonly declared: { from: number; to: number } | null = null,
  ) {
    this.cells = new Cells(layout.width);
    const at = layout.at;
    this.sipriId = at.sipriId;
    this.recipient = at.recipient;
    this.supplier = at.supplier;
    this.orderYear = at.orderYear;
    this.numberOrdered = at.numberOrdered;
    this.designation = at.designation;
    this.description = at.description;
    this.numberDelivered = at.numberDelivered;
    this.deliveryYears = at.deliveryYears;
    this.status = at.status;
    this.comments = at.comments;
    this.tivPerUnit = at.tivPerUnit;
    this.tivOrder = at.tivOrder;
    this.tivDelivered = at.tivDelivered;
  }

  read(cells: Cells, line: number): Deal | null {
    this.cells = cells;
    this.line = line;
    this.errors = 0;
    const sipriId = this.number(this.sipriId, 'sipriId');
    if (sipriId !== null && !Number.isInteger(sipriId)) this.fail('sipriId', `not a deal id: "${this.cell(this.sipriId)}"`);
    const orderYear = this.year(this.orderYear, 'orderYear');
    const deliveryYears = this.years(this.deliveryYears, 'deliveryYears');
    const deal: Deal = {
      line,
      sipriId,
      recipient: this.text(this.recipient, 'recipient', true),
      supplier: this.text(this.supplier, 'supplier', true),
      orderYear: orderYear ?? null,
      orderYearUncertain: this.uncertain(this.orderYear, 'orderYear'),
      numberOrdered: this.number(this.numberOrdered, 'numberOrdered'),
      numberOrderedUncertain: this.uncertain(this.numberOrdered, 'numberOrdered'),
      designation: this.text(this.designation, 'designation', true),
      description: this.text(this.description, 'description', false),
      sipriCategory: null,
      numberDelivered: this.number(this.numberDelivered, 'numberDelivered'),
      numberDeliveredUncertain: this.uncertain(this.numberDelivered, 'numberDelivered'),
      deliveryYears: deliveryYears ?? [],
      deliveryYearsUncertain: this.uncertain(this.deliveryYears, 'deliveryYears'),
      status: unmarked(this.cell(this.status)),
      comments: this.cell(this.comments),
      // A `?` on a TIV has no flag of its own in Deal: the value is kept, the doubt shows in the counts.
      tivPerUnit: this.bounded(this.number(this.tivPerUnit, 'tivPerUnit'), 'tivPerUnit', TIV_BOUND),
      tivOrder: this.bounded(this.number(this.tivOrder, 'tivOrder'), 'tivOrder', TIV_BOUND),
      tivDelivered: this.bounded(this.number(this.tivDelivered, 'tivDelivered'), 'tivDelivered', TIV_BOUND),
      yearly: null,
    };
    this.bounded(deal.numberOrdered, 'numberOrdered', COUNT_BOUND);
    this.bounded(deal.numberDelivered, 'numberDelivered', COUNT_BOUND);
    const declared = this.declared;
    if (declared) {
      const outside = deal.deliveryYears.filter((y) => y < declared.from || y > declared.to);
      if (outside.length) this.fail('deliveryYears', `delivery year ${outside.join(', ')} outside the export's declared range ${declared.from}–${declared.to}`);
      if (deal.orderYear !== null && deal.orderYear > declared.to) this.fail('orderYear', `order year ${deal.orderYear} after the export's declared range ${declared.from}–${declared.to}`);
    }
    return this.errors > 0 ? null : deal;
  }

  /** A value within a plausible bound (see TIV_BOUND), else a row error. */
  private bounded(value: number | null, c: Column, bound: number): number | null {
    if (value !== null && !(value <= bound)) this.fail(c, `${value} is beyond any plausible value (at most ${bound.toLocaleString('en-US')})`);
    return value;
  }

  /** Cell `i` trimmed ('' when the export lacks the column, i < 0). */
  private cell(i: number): string {
    return i >= 0 ? this.cells.raw(i).trim() : '';
  }

  /** `?` in the cell itself or in the blank-named column after it. */
  private uncertain(i: number, c: Column): boolean {
    const cells = this.cells;
    if (i >= 0) {
      const text = cells.text[i];
      for (let k = cells.from[i], end = cells.to[i]; k < end; k++) if (text.charCodeAt(k) === QUESTION) return true;
    }
    const f = this.layout.flag[c];
    if (f < 0 || cells.from[f] === cells.to[f]) return false;
    const flag = cells.raw(f).trim();
    if (flag !== '' && flag !== '?') {
      this.problems.push(rowWarning(this.file, this.line, `${this.layout.label[c]} flag`, `unexpected flag "${flag}" read as uncertain`));
    }
    return flag !== '';
  }

  private fail(c: Column, message: string): void {
    this.errors++;
    this.problems.push(rowError(this.file, this.line, this.layout.label[c], message));
  }

  private text(i: number, c: Column, required: boolean): string {
    const value = this.cell(i);
    if (value === '' && required) this.fail(c, 'empty');
    return value;
  }

  private number(i: number, c: Column): number | null {
    const cells = this.cells;
    if (i < 0 || cells.from[i] === cells.to[i]) return null;
    const plain = plainNumber(cells.text[i], cells.from[i], cells.to[i]);
    if (plain !== undefined) return plain;
    const raw = this.cell(i);
    const n = sipriNumber(raw);
    if (n === undefined) this.fail(c, `not a number: "${raw}"`);
    return n ?? null;
  }

  private year(i: number, c: Column): number | null | undefined {
    const cells = this.cells;
    if (i < 0 || cells.from[i] === cells.to[i]) return null;
    const plain = plainNumber(cells.text[i], cells.from[i], cells.to[i]);
    if (plain !== undefined && isYear(plain)) return plain;
    const raw = this.cell(i);
    const y = sipriYear(raw);
    if (y === undefined) this.fail(c, `not a year: "${raw}"`);
    return y;
  }

  private years(i: number, c: Column): number[] | undefined {
    const cells = this.cells;
    if (i < 0 || cells.from[i] === cells.to[i]) return [];
    const plain = plainYearList(cells.text[i], cells.from[i], cells.to[i]);
    if (plain) return plain;
    const raw = this.cell(i);
    const years = sipriYearList(raw);
    if (years === undefined) this.fail(c, `not a list of years: "${raw}"`);
    return years;
  }
}

function isBlank(line: string): boolean {
  return line === '' || (line.charCodeAt(0) <= 32 && line.trim() === '');
}

/** Enough lines for any preamble and header (columns.ts looks at the first 60). */
const HEAD_LINES = 64;

/** Offset of the start of line `index` (0-based), or the text's length when there are fewer lines. */
function lineStart(text: string, index: number): number {
  let p = 0;
  for (let i = 0; i < index; i++) {
    const nl = text.indexOf('\n', p);
    if (nl < 0) return text.length;
    p = nl + 1;
  }
  return p;
}

/** `physicalLines(text)` with the offset where each line starts: for the records that need lines. */
function lineTable(text: string): { lines: string[]; starts: number[] } {
  const lines = physicalLines(text);
  const starts: number[] = [];
  for (let p = 0; starts.length < lines.length; p = text.indexOf('\n', p) + 1) starts.push(p);
  return { lines, starts };
}

/** A register whose header is found: its version is known, its rows are read when asked for. */
export interface RegisterFile {
  file: string;
  version: string | null;
  /**
   * Reads every record in file order, handing each kept deal to `onDeal` (nothing is collected),
   * and returns what the reader found wrong and how many records it read and rejected.
   */
  read(onDeal: (deal: Deal) => void): Omit<ReadResult<Deal>, 'rows'>;
}

/**
 * Opens a SIPRI trade register export (bytes as downloaded). Throws only when no register header
 * is found; every row-level fault is a Problem and the row counts as rejected.
 */
export function openSipriRegister(bytes: Buffer | Uint8Array, file: string): RegisterFile {
  const text = decodeText(bytes);
  // The preamble and header as lines; the records are read straight from the text (no array of
  // 28,000 line strings), as lines only where a record has quotes or too few fields.
  const head = physicalLines(text.slice(0, lineStart(text, HEAD_LINES)));
  const header = findHeader(head, isRegisterHeader);
  if (!header) {
    throw new AppError(`${file}: not a SIPRI trade register export (no header with Recipient, Supplier, Weapon designation, Year(s) of delivery)`);
  }
  const version = dataGenerated(head, header.index);
  return {
    file,
    version,
    read(onDeal) {
      const problems: Problem[] = [];
      const layout = layoutColumns(header, COLUMNS, EXPECTED, file, problems);
      for (const c of FIGURES) {
        if (layout.at[c] < 0) throw new AppError(`${file} line ${header.index + 1}: required column "${COLUMNS[c][0]}" not found: its figures would all be missing`, 2, 400);
      }
      const width = layout.width;
      const reader = new RowReader(layout, file, problems, declaredYearRange(head.join('\n')));
      const cells = new Cells(width);
      let table: { lines: string[]; starts: number[] } | null = null;
      let kept = 0;
      let rejected = 0;
      let duplicates = 0;
      // Each record's text → its first line: exact repeats are reported (SIPRI does list a few
      // identical deals, so they are kept; a file with every row twice is refused by the import).
      const seen = new Map<string, number>();
      const account: LineAccount = { total: countLines(text), preamble: header.index + 1, blank: 0, records: 0, continuation: 0, other: 0 };
      const length = text.length;
      let index = header.index + 1; // of the physical line at `pos`
      let pos = lineStart(text, index);
      let nextQuote = -1;
      while (pos < length) {
        let end = text.indexOf('\n', pos);
        if (end < 0) end = length;
        const stop = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        if (stop === pos || (text.charCodeAt(pos) <= 32 && isBlank(text.slice(pos, stop)))) {
          pos = end + 1;
          index++;
          account.blank++;
          continue;
        }
        const line = index + 1;
        account.records++;
        if (nextQuote < pos) {
          nextQuote = text.indexOf('"', pos);
          if (nextQuote < 0) nextQuote = length;
        }
        let key: string;
        // Most records are one line without quotes and with every field: read in place.
        if (nextQuote >= stop && cells.setRange(text, pos, stop)) {
          key = text.slice(pos, stop);
          pos = end + 1;
          index++;
        } else {
          table ??= lineTable(text);
          const lines = table.lines;
          let i = index;
          let fields: string[];
          let unclosed = false;
          if (nextQuote >= stop) {
            fields = lines[i].split(',');
            i++;
          } else {
            const r = readCsvRecord(lines, i);
            fields = r.fields;
            i = r.next;
            // A record over several lines must come out whole; if not, its first quote was a stray.
            if (r.unclosed || (i - index > 1 && fields.length !== width)) {
              fields = lines[index].split(',');
              i = index + 1;
              unclosed = true;
            }
          }
          if (fields.length < width && !unclosed) {
            const cursor = new CsvCursor(lines, index);
            const joined = rejoin(cursor, width);
            if (joined) {
              const cutField = header.labels[fields.length - 1];
              fields = joined.fields;
              cursor.skip(joined.used);
              i = cursor.position();
              problems.push(rowWarning(file, line, cutField, `record continues to line ${joined.lastLine} (raw newline in a field); rejoined`));
            }
          }
          key = lines.slice(index, i).join('\n');
          account.continuation += i - index - 1;
          // Blank lines the cursor stepped over belong to the blank count, not the record.
          for (let b = index + 1; b < i; b++) if (isBlank(lines[b])) (account.continuation--, account.blank++);
          index = i;
          pos = i < lines.length ? table.starts[i] : length;
          if (unclosed) {
            problems.push(rowError(file, line, undefined, `a quote opens a field here and does not close within ${MAX_QUOTED_LINES} lines: this line is rejected, reading goes on at line ${line + 1}`));
            rejected++;
            continue;
          }
          if (fields.length !== width) {
            problems.push(rowError(file, line, undefined, `expected ${width} fields, got ${fields.length}`));
            rejected++;
            continue;
          }
          cells.setFields(fields);
        }
        const first = seen.get(key);
        if (first !== undefined) {
          duplicates++;
          problems.push(rowWarning(file, line, undefined, `exact duplicate of line ${first} (kept: SIPRI lists some identical deals)`));
        } else seen.set(key, line);
        const deal = reader.read(cells, line);
        if (deal) {
          kept++;
          onDeal(deal);
        } else rejected++;
      }
      return { file, version, problems, recordsRead: kept + rejected, rejected, duplicates, lines: account };
    },
  };
}

/** Physical lines of a text (a final newline does not start a line). */
function countLines(text: string): number {
  let n = 0;
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) n++;
  return text.length > 0 && text.charCodeAt(text.length - 1) !== 10 ? n + 1 : n;
}

/**
 * Reads a SIPRI trade register export (bytes as downloaded) into an array of deals. Throws only
 * when no register header is found; every row-level fault is a Problem and the row counts as rejected.
 */
export function readSipriRegister(bytes: Buffer | Uint8Array, file: string): ReadResult<Deal> {
  const rows: Deal[] = [];
  const r = openSipriRegister(bytes, file).read((d) => rows.push(d));
  return { ...r, rows };
}
