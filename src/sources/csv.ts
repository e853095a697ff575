// Text and CSV splitting shared by every reader. Hand-written rather than csv-parse because the
// readers need each record's physical line number and the trade register must parse in well under
// 200 ms (csv-parse/sync takes ~230 ms on it); csv-parse is the oracle in csv.test.ts instead.

import { isUtf8 } from 'node:buffer';

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

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  /** Physical lines it spans (more than 1 only when a quoted field holds a newline). */
  span: number;
  fields: string[];
}

const QUOTE = 34;

/**
 * Fields of the record starting at `lines[start]`, reading on into later lines while a quoted
 * field is open. RFC 4180, leniently: a quote opens a field only at its start; text after a closing
 * quote is kept; an unterminated quote runs to the end of the file.
 */
export function readCsvRecord(lines: string[], start: number): { fields: string[]; next: number } {
  let i = start;
  let text = lines[i];
  if (!text.includes('"')) return { fields: text.split(','), next: i + 1 };
  const fields: string[] = [];
  let p = 0;
  for (;;) {
    if (text.charCodeAt(p) === QUOTE) {
      let value = '';
      p++;
      for (;;) {
        const q = text.indexOf('"', p);
        if (q < 0) {
          value += text.slice(p);
          p = text.length;
          if (i + 1 >= lines.length) break;
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

  constructor(
    private readonly lines: string[],
    private next: number,
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
    const { fields, next } = readCsvRecord(this.lines, start);
    this.next = next;
    return { line: start + 1, span: next - start, fields };
  }
}

/** Every record from `lines[from]` on, one at a time; blank lines hold no record and are skipped. */
export function* csvRecords(lines: string[], from: number): Generator<CsvRecord> {
  const cursor = new CsvCursor(lines, from);
  for (let r = cursor.peek(); r; r = cursor.peek()) {
    cursor.skip();
    yield r;
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal number, or undefined when `text` is not one (`Number('')` would say 0). */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : undefined;
}
