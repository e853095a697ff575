// What SIPRI's CSV exports share: a `Data generated:` line in the preamble, `?` as the mark of an
// uncertain value, years, and the per-year format's Yes/No estimate flags.
import { parseNumber } from './csv.js';

/** The text after `Data generated:` in the lines before the header, e.g. `13 Oct 2024 2:20:11 PM`. */
export function dataGenerated(lines: string[], headerIndex: number): string | null {
  for (let i = 0; i < headerIndex; i++) {
    const m = /^\W*Data generated:\s*(.*?)[\s",]*$/i.exec(lines[i]);
    if (m) return m[1] || null;
  }
  return null;
}

// The cell readers return plain values, not {value, uncertain} objects: the register calls them
// ~200,000 times and the allocations alone cost more than the parsing.

/** `?` anywhere in a cell marks it uncertain. */
export function hasMark(raw: string): boolean {
  return raw.includes('?');
}

/** The cell without its `?` marks. */
export function unmarked(raw: string): string {
  return raw.includes('?') ? raw.replaceAll('?', '').trim() : raw.trim();
}

/** `12`, `12?` → 12; ``, `?` → null; undefined when the cell is not a non-negative number. */
export function sipriNumber(raw: string): number | null | undefined {
  const text = unmarked(raw);
  if (text === '') return null;
  const n = parseNumber(text);
  return n === undefined || n < 0 || !Number.isFinite(n) ? undefined : n;
}

/**
 * The largest value a SIPRI TIV cell can plausibly hold: the largest deal in the 2024 register is
 * about 10,000 TIV and the largest country-year in the official tables about 18,000; a cell beyond
 * this (`1e308`, `1e999`) is a broken file, not a figure.
 */
export const TIV_BOUND = 100_000;

/** Counts of weapons (ordered, delivered): the register's largest is 50,000. */
export const COUNT_BOUND = 10_000_000;

/** SIPRI's years run from the 1940s; anything outside this range is a broken cell, not a year. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

export function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR;
}

/** A year cell (`1977`, `1977?`; empty = null); undefined when it is not a year. */
export function sipriYear(raw: string): number | null | undefined {
  const n = sipriNumber(raw);
  return n === null || n === undefined || isYear(n) ? n : undefined;
}

/** `1977; 1978?` → years in file order (empty = none); undefined when one is not a year. */
export function sipriYearList(raw: string): number[] | undefined {
  const text = unmarked(raw);
  if (text === '') return [];
  if (!text.includes(';') && !text.includes(',')) {
    const n = parseNumber(text);
    return n !== undefined && isYear(n) ? [n] : undefined;
  }
  const years: number[] = [];
  for (const part of text.split(/[;,]/)) {
    if (part.trim() === '') continue;
    const n = parseNumber(part);
    if (n === undefined || !isYear(n)) return undefined;
    years.push(n);
  }
  return years;
}

/** SIPRI's per-year estimate flags: `Yes` = estimated (uncertain); undefined for anything else. */
export function yesNo(raw: string): boolean | undefined {
  const t = raw.trim().toLowerCase();
  if (t === 'yes' || t === 'y' || t === 'true' || t === '1') return true;
  if (t === 'no' || t === 'n' || t === 'false' || t === '0' || t === '') return false;
  return undefined;
}

/** The period an export says it covers: `… for year range '1950' to '2024'` in its first lines. */
export function declaredYearRange(head: string): { from: number; to: number } | null {
  const m = /year range\s*'?(\d{4})'?\s*to\s*'?(\d{4})'?/i.exec(head.slice(0, 4000));
  return m ? { from: Number(m[1]), to: Number(m[2]) } : null;
}
