// Time-window phrases of arms-supply claims and the span of data each stands for. Years count back
// from the last full year before the article (an article of June 2021 speaks of data up to 2020).
import type { WindowSpec } from '../types.js';

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, several: 3, few: 3,
  'a few': 3, 'half a': 0.5, 'a half': 0.5,
};

function numberWord(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBERS[w] ?? null;
}

export interface WindowRule {
  pattern: RegExp;
  spec: (m: RegExpExecArray) => WindowSpec | null;
}

const N = String.raw`(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|a few|half a)`;

/** In order: the first rule that matches a claim's sentence gives its window. */
export const WINDOW_RULES: WindowRule[] = [
  { pattern: /\b(?:between|from)\s+((?:19|20)\d{2})\s+(?:and|to|through|until)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/i,
    spec: (m) => ({ kind: 'range', from: Number(m[1] ?? m[3]), to: Number(m[2] ?? m[4]) }) },
  { pattern: /\b(?:over|in|throughout|across|for)\s+(?:its|their|the country['’]s|the nation['’]s|the)\s+(?:entire\s+|whole\s+|long\s+)?history\b|\bhistorically\b|\btraditionally\b|\bhas long been\b|\bhave long been\b|\bfor decades\b|\bof all time\b|\bsince independence\b|\bsince the (?:cold war|1950s)\b/i,
    spec: () => ({ kind: 'history' }) },
  { pattern: new RegExp(String.raw`\b(?:in|over|during|for|within)\s+the\s+(?:past|last|previous|preceding)\s+${N}\s+(years?|decades?)\b`, 'i'),
    spec: (m) => {
      const n = numberWord(m[1]);
      if (n == null) return null;
      return { kind: 'last', years: Math.max(1, Math.round(/^decade/i.test(m[2]) ? n * 10 : n)) };
    } },
  { pattern: /\b(?:in|over|during|for|within)\s+the\s+(?:past|last|previous)\s+(year|decade)\b/i,
    spec: (m) => ({ kind: 'last', years: /decade/i.test(m[1]) ? 10 : 1 }) },
  { pattern: /\bsince\s+((?:19|20)\d{2})\b/i, spec: (m) => ({ kind: 'since', from: Number(m[1]) }) },
  { pattern: /\bsince\s+the\s+((?:19|20)\d)0s\b/i, spec: (m) => ({ kind: 'since', from: Number(m[1]) * 10 }) },
  { pattern: /\bin\s+the\s+((?:19|20)\d)0s\b/i, spec: (m) => ({ kind: 'range', from: Number(m[1]) * 10, to: Number(m[1]) * 10 + 9 }) },
  { pattern: /\bin\s+((?:19|20)\d{2})\b/i, spec: (m) => ({ kind: 'range', from: Number(m[1]), to: Number(m[1]) }) },
  { pattern: /\blast\s+year\b/i, spec: () => ({ kind: 'last', years: 1 }) },
  { pattern: /\b(?:lately|recently|in recent years|of late|these days|over recent years|in the recent past|nowadays)\b/i,
    spec: () => ({ kind: 'last', years: RECENT_YEARS }) },
];

/** `lately`, `in recent years`: a decade of deliveries. */
export const RECENT_YEARS = 10;
/** A claim in the present tense with no window (`X is the main supplier`): SIPRI's usual five-year period. */
export const DEFAULT_YEARS = 5;
/** A forecast is judged once this many years of data after the article exist; before that it is too early. */
export const FORECAST_MIN_YEARS = 3;
