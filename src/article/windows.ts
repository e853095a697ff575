// A claim's time window: the phrase in its sentence → a span of years of delivery data.
import { DEFAULT_YEARS, WINDOW_RULES } from './model/windows.js';
import type { WindowSpec } from './types.js';

/** A word every window phrase holds (a year's digits, `since`, `last`, `recent`, …): most sentences have none. */
const WINDOW_CUE = /\d|histor|tradition|long been|decades|all time|since|past|last|previous|preceding|lately|recent|of late|these days|nowadays/i;

export function windowSpecOf(sentence: string): { spec: WindowSpec; phrase: string | null } {
  if (!WINDOW_CUE.test(sentence)) return { spec: { kind: 'last', years: DEFAULT_YEARS }, phrase: null };
  for (const rule of WINDOW_RULES) {
    const m = rule.pattern.exec(sentence);
    if (!m) continue;
    const spec = rule.spec(m);
    if (spec) return { spec, phrase: m[0] };
  }
  return { spec: { kind: 'last', years: DEFAULT_YEARS }, phrase: null };
}

/**
 * Years of data a window stands for, for an article of `articleYear` (data up to the year before)
 * and a dataset covering [firstYear, lastYear]. A forecast (`after`) looks at the article's year onward.
 */
export function resolveWindow(
  spec: WindowSpec,
  articleYear: number,
  coverage: { firstYear: number; lastYear: number },
): { from: number; to: number } {
  const last = articleYear - 1;
  let w: { from: number; to: number };
  switch (spec.kind) {
    case 'history': w = { from: coverage.firstYear, to: last }; break;
    case 'last': w = { from: articleYear - spec.years, to: last }; break;
    case 'since': w = { from: spec.from, to: last }; break;
    case 'range': w = { from: Math.min(spec.from, spec.to), to: Math.max(spec.from, spec.to) }; break;
    case 'after': return { from: articleYear, to: coverage.lastYear };
  }
  return { from: Math.max(w.from, coverage.firstYear), to: Math.min(w.to, coverage.lastYear) };
}
