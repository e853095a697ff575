// Which years each request asks for: SIPRI's backend answers one delivery-year range per request.
import { AppError } from '../core/errors.js';

export interface YearSpan {
  from: number;
  to: number;
}

/** SIPRI's arms transfers data start in 1950. */
export const FIRST_SIPRI_YEAR = 1950;

/** `1950-2025`, `1950–2025` or a single year; within [FIRST_SIPRI_YEAR, lastYear]. */
export function parseYearSpan(text: string, lastYear: number): YearSpan {
  const m = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(text);
  if (!m) throw new AppError(`invalid --years: "${text}" (expected a span such as 1950-${lastYear})`, 2, 400);
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (from > to) throw new AppError(`invalid --years: ${from} is after ${to}`, 2, 400);
  if (from < FIRST_SIPRI_YEAR || to > lastYear) {
    throw new AppError(`invalid --years: ${text} (SIPRI's data cover ${FIRST_SIPRI_YEAR}-${lastYear})`, 2, 400);
  }
  return { from, to };
}

/** Consecutive spans of at most `size` years covering `span`, oldest first. */
export function planYearChunks(span: YearSpan, size: number): YearSpan[] {
  if (!Number.isInteger(size) || size < 1) throw new AppError(`invalid chunk size: ${size} (expected a whole number of years >= 1)`, 2, 400);
  const chunks: YearSpan[] = [];
  for (let from = span.from; from <= span.to; from += size) chunks.push({ from, to: Math.min(span.to, from + size - 1) });
  return chunks;
}

export function spanLabel(s: YearSpan): string {
  return s.from === s.to ? String(s.from) : `${s.from}-${s.to}`;
}
