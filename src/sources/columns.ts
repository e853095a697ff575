// Finding a header under a free-text preamble, and each field in it by label rather than position.
import type { Problem } from '../core/types.js';
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

/** Position of the first of `aliases` among the normalised `keys`, or -1. */
export function findColumn(keys: string[], aliases: readonly string[]): number {
  for (const alias of aliases) {
    const i = keys.indexOf(normalizeLabel(alias));
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
 * Finds each field by its aliases (labels as SIPRI writes them, usual one first). Missing
 * `expected` fields and labels nobody claims are warnings at the header line: newer exports with
 * more or fewer columns should still read.
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
