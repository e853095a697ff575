// What SIPRI's CSV exports share: a free-text preamble before the header, a `Data generated:` line,
// and `?` as the mark of an uncertain value.
import type { Problem, Uncertain } from '../core/types.js';
import { readCsvRecord } from './csv.js';
import { rowWarning } from './problem.js';

/** How far to look for a header: SIPRI preambles are ~12 lines; leave room for longer ones. */
const MAX_PREAMBLE_LINES = 60;

/** A column label compared loosely: case, surrounding and repeated spaces do not matter. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface Header {
  /** 0-based index of the header line in the physical lines. */
  index: number;
  /** The labels as written in the file. */
  labels: string[];
  /** The labels normalised with `normalizeLabel`. */
  keys: string[];
}

/** The first line within the preamble allowance whose normalised labels satisfy `isHeader`. */
export function findHeader(lines: string[], isHeader: (keys: string[]) => boolean): Header | null {
  const end = Math.min(lines.length, MAX_PREAMBLE_LINES);
  for (let i = 0; i < end; i++) {
    if (!lines[i].includes(',')) continue;
    // A header never spans lines; reading only this line keeps a stray quote in the preamble harmless.
    const { fields } = readCsvRecord([lines[i]], 0);
    const keys = fields.map(normalizeLabel);
    if (isHeader(keys)) return { index: i, labels: fields.map((f) => f.trim()), keys };
  }
  return null;
}

/** The text after `Data generated:` in the lines before the header, e.g. `13 Oct 2024 2:20:11 PM`. */
export function dataGenerated(lines: string[], headerIndex: number): string | null {
  for (let i = 0; i < headerIndex; i++) {
    const m = /^\W*Data generated:\s*(.*?)[\s",]*$/i.exec(lines[i]);
    if (m) return m[1] || null;
  }
  return null;
}

/** Position of the first label in `aliases` (already normalised), or -1. */
export function findColumn(keys: string[], aliases: readonly string[]): number {
  for (const alias of aliases) {
    const i = keys.indexOf(alias);
    if (i >= 0) return i;
  }
  return -1;
}

/** Where each known field sits in a file, found by label rather than position. */
export interface Layout<C extends string> {
  /** Fields per record, as the header has them. */
  width: number;
  /** Column index per field, -1 when the export lacks it. */
  at: Record<C, number>;
  /** Index of the blank-named `?` column right after a field, -1 when there is none. */
  flag: Record<C, number>;
  /** The label the file uses (or the usual one when absent), for problems. */
  label: Record<C, string>;
}

/**
 * Finds each field by its aliases (normalised labels, usual one first). Missing `expected` fields
 * and labels nobody claims are warnings at the header line: newer exports should still read.
 */
export function layoutColumns<C extends string>(
  header: Header,
  columns: Record<C, readonly string[]>,
  expected: readonly C[],
  file: string,
  problems: Problem[],
): Layout<C> {
  const line = header.index + 1;
  const at = {} as Record<C, number>;
  const flag = {} as Record<C, number>;
  const label = {} as Record<C, string>;
  const claimed = new Set<number>();
  for (const c of Object.keys(columns) as C[]) {
    const i = findColumn(header.keys, columns[c]);
    at[c] = i;
    flag[c] = i >= 0 && header.keys[i + 1] === '' ? i + 1 : -1;
    label[c] = i >= 0 ? header.labels[i] : columns[c][0];
    if (i >= 0) claimed.add(i);
    if (flag[c] >= 0) claimed.add(flag[c]);
    if (i < 0 && expected.includes(c)) problems.push(rowWarning(file, line, label[c], 'column not found; its values are left empty'));
  }
  header.labels.forEach((l, i) => {
    if (!claimed.has(i) && l !== '') problems.push(rowWarning(file, line, l, 'unrecognised column ignored'));
  });
  return { width: header.labels.length, at, flag, label };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal number, or undefined when `text` is not one (`Number('')` would say 0). */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : undefined;
}

/** `?` anywhere in a cell marks it uncertain; the rest is the value. */
export function stripUncertainty(raw: string): Uncertain<string> {
  const uncertain = raw.includes('?');
  return { value: (uncertain ? raw.replaceAll('?', '') : raw).trim(), uncertain };
}

/** `12`, `12?`, `?`, `` → number or null (empty), with its uncertainty; undefined if not a number. */
export function uncertainNumber(raw: string): Uncertain<number | null> | undefined {
  const { value, uncertain } = stripUncertainty(raw);
  if (value === '') return { value: null, uncertain };
  const n = parseNumber(value);
  return n === undefined || n < 0 ? undefined : { value: n, uncertain };
}

/** SIPRI's years run from the 1940s; anything outside this range is a broken cell, not a year. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

export function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR;
}

/** A year cell (`1977`, `1977?`, empty = null); undefined when it is not a year. */
export function uncertainYear(raw: string): Uncertain<number | null> | undefined {
  const cell = uncertainNumber(raw);
  if (cell === undefined || (cell.value !== null && !isYear(cell.value))) return undefined;
  return cell;
}

/** `1977; 1978?` → years in file order, uncertain if any carries `?`; undefined if one is not a year. */
export function uncertainYearList(raw: string): Uncertain<number[]> | undefined {
  const { value, uncertain } = stripUncertainty(raw);
  if (value === '') return { value: [], uncertain };
  const years: number[] = [];
  for (const part of value.split(/[;,]/)) {
    if (part.trim() === '') continue;
    const n = parseNumber(part);
    if (n === undefined || !isYear(n)) return undefined;
    years.push(n);
  }
  return { value: years, uncertain };
}

/** SIPRI's per-year estimate flags: `Yes` = estimated (uncertain); undefined for anything else. */
export function yesNo(raw: string): boolean | undefined {
  const t = raw.trim().toLowerCase();
  if (t === 'yes' || t === 'y' || t === 'true' || t === '1') return true;
  if (t === 'no' || t === 'n' || t === 'false' || t === '0' || t === '') return false;
  return undefined;
}
