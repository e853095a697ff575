// Text and CSV splitting shared by every reader. Hand-written rather than csv-parse because the
// readers need each record's physical line number and the trade register must parse in well under
// 200 ms (csv-parse/sync takes ~230 ms on it); csv-parse is the oracle in csv.test.ts instead.

import { isUtf8 } from 'node:buffer';
import type { LineAccount, Problem } from '../core/types.js';
import { rowError } from './problem.js';

const utf8 = new TextDecoder('utf-8');
/**
 * Windows-1252 for bytes 0x80–0x9F, which WHATWG 'latin1' means but Node >= 20.18.3 decodes as C1
 * controls (nodejs/node#60888): mapped here so curly quotes read the same on every Node version.
 */
const CP1252_C1 = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
const C1 = /[\u0080-\u009F]/;
const C1_ALL = /[\u0080-\u009F]/g;

/**
 * The text of a data file. SIPRI exports are Latin-1 (Windows-1252), but a file re-saved by a
 * spreadsheet (and the UNGA file) is UTF-8: bytes that are valid UTF-8 are read as UTF-8 (BOM
 * dropped), anything else as Windows-1252. Latin-1 text with accents is practically never valid
 * UTF-8, so the test is safe.
 */
export function decodeText(bytes: Uint8Array): string {
  // isUtf8 validates without building a string: a Latin-1 file is decoded once, not twice.
  if (isUtf8(bytes)) return utf8.decode(bytes);
  // Buffer's latin1 is a plain byte → code point copy, many times faster than TextDecoder's;
  // 0x80–0x9F then come out as C1 controls on every Node version and are mapped below.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return C1.test(text) ? text.replace(C1_ALL, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]) : text;
}

/** Physical lines, without `\r`; a final newline does not add an empty line. */
export function physicalLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.charCodeAt(l.length - 1) === 13) lines[i] = l.slice(0, -1);
  }
  return lines;
}

/**
 * Whether a file is tab-separated, told by its first line: Dataverse serves the tables it ingests
 * as `.tab` (tabs, strings in double quotes), and the header of such a file has tabs and no commas.
 */
export function isTabSeparated(lines: string[]): boolean {
  const first = lines.find((l) => l.trim() !== '') ?? '';
  return first.includes('\t') && !first.includes(',');
}

/** One tab-separated line as a CSV line: each field unquoted, then quoted again only where CSV needs it. */
function tabLineToCsv(line: string): string {
  return line
    .split('\t')
    .map((f) => {
      const v = f.length >= 2 && f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f;
      return /[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(',');
}

/**
 * The physical lines of a table file as CSV, whether it came comma- or tab-separated; line numbers
 * stay those of the file, so problems still point at the right line.
 */
export function tableLines(text: string): string[] {
  const lines = physicalLines(text);
  return isTabSeparated(lines) ? lines.map(tabLineToCsv) : lines;
}

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  /** Physical lines it spans (more than 1 only when a quoted field holds a newline). */
  span: number;
  fields: string[];
  /**
   * A quote opened on this line and did not close where a record of the file's width could end
   * (within the reader's line limit, with the right number of fields): the line is taken alone,
   * for the caller to reject, and reading resumes on the next line. One stray `"` costs one row.
   */
  unclosed?: boolean;
}

/** How many physical lines one quoted field may run over before its opening quote is taken for a stray one. */
export const MAX_QUOTED_LINES = 8;

const QUOTE = 34;

/**
 * Fields of the record starting at `lines[start]`, reading on into later lines while a quoted
 * field is open, each quoted field over at most `maxLines` lines. RFC 4180, leniently: a quote opens
 * a field only at its start; text after a closing quote is kept. A quote still open after
 * `maxLines` lines (or at the end of the file) is a stray: the record is this one line, read as it
 * stands, `unclosed`.
 */
export function readCsvRecord(lines: string[], start: number, maxLines = MAX_QUOTED_LINES): { fields: string[]; next: number; unclosed?: boolean } {
  let i = start;
  let text = lines[i];
  if (!text.includes('"')) return { fields: text.split(','), next: i + 1 };
  const fields: string[] = [];
  let p = 0;
  for (;;) {
    if (text.charCodeAt(p) === QUOTE) {
      let value = '';
      const opened = i;
      p++;
      for (;;) {
        const q = text.indexOf('"', p);
        if (q < 0) {
          value += text.slice(p);
          p = text.length;
          if (i + 1 >= lines.length || i + 1 - opened >= maxLines) return { fields: lines[start].split(','), next: start + 1, unclosed: true };
          value += '\n';
          i++;
          text = lines[i];
          p = 0;
          continue;
        }
        value += text.slice(p, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          p = q + 2;
          continue;
        }
        p = q + 1;
        break;
      }
      // After a closing quote comes a comma or the end of the line. Text there, in a field that ran
      // over lines, means the quotes were paired wrongly: the opening one was a stray.
      if (i > opened && p < text.length && text.charCodeAt(p) !== 44) return { fields: lines[start].split(','), next: start + 1, unclosed: true };
      const comma = text.indexOf(',', p);
      fields.push(value + text.slice(p, comma < 0 ? text.length : comma));
      if (comma < 0) break;
      p = comma + 1;
    } else {
      const comma = text.indexOf(',', p);
      if (comma < 0) {
        fields.push(text.slice(p));
        break;
      }
      fields.push(text.slice(p, comma));
      p = comma + 1;
    }
  }
  return { fields, next: i + 1 };
}

function isBlank(line: string): boolean {
  return line === '' || (line.charCodeAt(0) <= 32 && line.trim() === '');
}

/**
 * Reads records one at a time with a little look-ahead (to rejoin split records), so a big file's
 * field arrays die young instead of all living at once.
 */
export class CsvCursor {
  private readonly ahead: CsvRecord[] = [];

  /**
   * `width`: the file's fields per record, when known. A record running over several lines must
   * come out with exactly that many fields; otherwise its first line's quote was a stray, and that
   * line is taken alone (`unclosed`) so the next line is read as the record it is.
   */
  constructor(
    private readonly lines: string[],
    private next: number,
    private readonly width?: number,
  ) {}

  /** The record `offset` places ahead (0 = the next one), or undefined past the end. */
  peek(offset = 0): CsvRecord | undefined {
    while (this.ahead.length <= offset) {
      const record = this.read();
      if (!record) return undefined;
      this.ahead.push(record);
    }
    return this.ahead[offset];
  }

  /** Index of the physical line where the next record (or blank lines before it) starts. */
  position(): number {
    return this.ahead.length > 0 ? this.ahead[0].line - 1 : this.next;
  }

  /** Moves past `count` records. */
  skip(count = 1): void {
    for (let i = 0; i < count; i++) if (this.ahead.shift() === undefined) this.read();
  }

  private read(): CsvRecord | undefined {
    while (this.next < this.lines.length && isBlank(this.lines[this.next])) this.next++;
    if (this.next >= this.lines.length) return undefined;
    const start = this.next;
    let r = readCsvRecord(this.lines, start);
    if (this.width !== undefined && r.next - start > 1 && r.fields.length !== this.width) {
      r = { fields: this.lines[start].split(','), next: start + 1, unclosed: true };
    }
    this.next = r.next;
    return { line: start + 1, span: r.next - start, fields: r.fields, ...(r.unclosed ? { unclosed: true } : {}) };
  }
}

export function emptyAccount(total: number, preamble: number): LineAccount {
  return { total, preamble, blank: 0, records: 0, continuation: 0, other: 0 };
}

/** Whether an account adds up. */
export function accountBalances(a: LineAccount): boolean {
  return a.total === a.preamble + a.blank + a.records + a.continuation + a.other;
}

/** Every record from `lines[from]` on, one at a time; blank lines hold no record and are skipped (and counted in `account`). */
export function* csvRecords(lines: string[], from: number, width?: number, account?: LineAccount): Generator<CsvRecord> {
  const cursor = new CsvCursor(lines, from, width);
  let at = from;
  for (let r = cursor.peek(); r; r = cursor.peek()) {
    cursor.skip();
    if (account) {
      account.blank += r.line - 1 - at;
      account.records++;
      account.continuation += r.span - 1;
      at = r.line - 1 + r.span;
    }
    yield r;
  }
  if (account) account.blank += lines.length - at;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal number, or undefined when `text` is not one (`Number('')` would say 0). */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : undefined;
}

/**
 * The records of a table under its header, with the check every reader applies: a record with the
 * wrong number of fields, or whose opening quote never closes, is rejected with its line (and
 * counted), the others are handed on. `lines` accounts for every physical line; `exactRepeat`
 * tells a record that repeats an earlier one field for field.
 */
export class TableRecords {
  rejected = 0;
  duplicates = 0;
  readonly lines: LineAccount;
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly all: string[],
    private readonly headerIndex: number,
    private readonly width: number,
    private readonly file: string,
    private readonly problems: Problem[],
  ) {
    this.lines = emptyAccount(all.length, headerIndex + 1);
  }

  *[Symbol.iterator](): Generator<CsvRecord> {
    for (const r of csvRecords(this.all, this.headerIndex + 1, this.width, this.lines)) {
      if (r.unclosed) {
        this.reject(r.line, `a quote opens a field here and does not close within ${MAX_QUOTED_LINES} lines: this line is rejected, reading goes on at line ${r.line + 1}`);
      } else if (r.fields.length !== this.width) {
        this.reject(r.line, `expected ${this.width} fields, got ${r.fields.length}`);
      } else yield r;
    }
  }

  reject(line: number, message: string, field?: string): void {
    this.rejected++;
    this.problems.push(rowError(this.file, line, field, message));
  }

  /** The line of an earlier record with the same fields, or undefined (and this one is remembered). */
  exactRepeat(r: CsvRecord): number | undefined {
    const key = r.fields.join('\u0001');
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.duplicates++;
      return first;
    }
    this.seen.set(key, r.line);
    return undefined;
  }
}
