// The one option model: every value a user can give on the command line (`--from 2001`) or in an
// API query (`?from=2001`) is parsed and checked here, so the two shells accept and refuse the same
// values with the same words. Plain functions (no zod: loading it costs a quick query more than the
// query itself); the API wraps them in its zod schemas (server/params.ts).
import { AppError } from '../core/errors.js';
import { CATEGORIES, type Category } from '../core/types.js';
import { ALLOCATIONS, type Allocation } from '../store/context.js';

function invalid(name: string, value: string, expected: string): AppError {
  return new AppError(`invalid ${name}: ${JSON.stringify(value)} (${expected})`, 2, 400, { option: name, value });
}

/** A year 1900–2100 (`2001`). */
export function parseYear(value: string, name = 'year'): number {
  const n = /^\s*\d{4}\s*$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1900 && n <= 2100)) throw invalid(name, value, 'expected a year such as 2001');
  return n;
}

/** Both ends of a span, checked together: `from` after `to` is refused. */
export function checkSpan<T extends { from?: number; to?: number }>(span: T): T {
  if (span.from !== undefined && span.to !== undefined && span.from > span.to) {
    throw new AppError(`invalid years: from ${span.from} is after to ${span.to}`, 2, 400, { from: span.from, to: span.to });
  }
  return span;
}

/** A SIPRI weapon category by name, hyphenated name or prefix (`air-defence`, `missiles`, `ship`). */
export function parseCategory(value: string): Category {
  const v = value.trim().toLowerCase().replace(/-/g, ' ');
  const hit = v ? CATEGORIES.find((c) => c === v || c.startsWith(v)) : undefined;
  if (!hit) throw invalid('category', value, `use one of: ${CATEGORIES.join(', ')}`);
  return hit;
}

export function parseAllocation(value: string): Allocation {
  const v = value.trim().toLowerCase();
  if (!(ALLOCATIONS as string[]).includes(v)) throw invalid('allocation', value, `use ${ALLOCATIONS.join(', ')}`);
  return v as Allocation;
}

/** `true`, `1`, `yes` or empty (a bare `?pending`) is true; `false`, `0`, `no` false. */
export function parseFlag(value: string, name = 'flag'): boolean {
  const v = value.trim().toLowerCase();
  if (v === '' || v === '1' || v === 'true' || v === 'yes') return true;
  if (v === '0' || v === 'false' || v === 'no') return false;
  throw invalid(name, value, 'expected true or false');
}

/** A comma-separated list (`China,Russia`), empty items dropped; at most 2,000 characters. */
export function parseList(value: string, name = 'list'): string[] {
  if (value.length > 2000) throw invalid(name, `${value.slice(0, 40)}…`, 'at most 2,000 characters');
  const items = value.split(',').map((p) => p.trim()).filter(Boolean);
  if (!items.length) throw invalid(name, value, 'expected a comma-separated list');
  return items;
}

/** A whole number within bounds. */
export function parseInteger(value: string, name: string, min: number, max: number): number {
  const n = /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) throw invalid(name, value, `expected a whole number from ${min} to ${max}`);
  return n;
}

/** A number within bounds (`--min 10`, `--min 0.5`). */
export function parseNumber(value: string, name: string, min: number, max: number): number {
  const n = /^\s*-?\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) throw invalid(name, value, `expected a number from ${min} to ${max}`);
  return n;
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function parseDate(value: string, name = 'date'): string {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw invalid(name, value, 'expected a date YYYY-MM-DD');
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** A name typed by a user (country, actor, dataset id): 1–200 characters. Longer input is refused before any lookup. */
export function parseName(value: string, name = 'name'): string {
  const v = value.trim();
  if (!v) throw invalid(name, value, 'expected a country or actor name');
  if (v.length > 200) throw invalid(name, `${v.slice(0, 40)}…`, 'at most 200 characters');
  return v;
}

/** The General Assembly issues, by the name the CLI and the API take. */
export const ISSUES: Record<string, string> = {
  'human-rights': 'Human rights',
  nuclear: 'Nuclear weapons and nuclear material',
  'arms-control': 'Arms control and disarmament',
  colonialism: 'Colonialism',
  palestine: 'Palestinian conflict',
  development: 'Economic development',
};

/** An issue by its name (`human-rights`, `Human rights`, `nuclear`). */
export function parseIssue(value: string, name = 'issue'): string {
  const v = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const hit = Object.keys(ISSUES).find((k) => k === v || ISSUES[k].toLowerCase().replace(/\s+/g, '-') === v || (v.length >= 3 && k.startsWith(v)));
  if (!hit) throw invalid(name, value, `use one of: ${Object.keys(ISSUES).join(', ')}`);
  return hit;
}

/** A window of years `2009-2013` (or `2009–2013`). */
export function parseWindow(value: string, name = 'window'): { from: number; to: number } {
  const m = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(value);
  if (!m) throw invalid(name, value, 'expected two years such as 2009-2013');
  return checkSpan({ from: parseYear(m[1], name), to: parseYear(m[2], name) });
}

/**
 * Every option of the CLI and the API, by its API name: the flag that spells it on the command line
 * and the parser both shells use. `name` is how the error names the option: `--from` on the command
 * line, `from` in the API. `test/options.test.ts` runs each through both shells.
 */
export const OPTIONS = {
  from: { flag: '--from <year>', parse: (v: string, name = 'from') => parseYear(v, name) },
  to: { flag: '--to <year>', parse: (v: string, name = 'to') => parseYear(v, name) },
  category: { flag: '--category <name>', parse: (v: string) => parseCategory(v) },
  allocation: { flag: '--allocation <method>', parse: (v: string) => parseAllocation(v) },
  dataset: { flag: '--dataset <id>', parse: (v: string, name = 'dataset') => parseName(v, name) },
  mergeSoviet: { flag: '--merge-soviet', parse: (v: string, name = 'mergeSoviet') => parseFlag(v, name) },
  pending: { flag: '--pending', parse: (v: string, name = 'pending') => parseFlag(v, name) },
  patrons: { flag: '--patrons <list>', parse: (v: string, name = 'patrons') => parseList(v, name) },
  supplier: { flag: '--supplier <country>', parse: (v: string, name = 'supplier') => parseName(v, name) },
  min: { flag: '--min <tiv>', parse: (v: string, name = 'min') => parseNumber(v, name, 0, 1e9) },
  limit: { flag: '--limit <n>', parse: (v: string, name = 'limit') => parseInteger(v, name, 1, 200) },
  date: { flag: '--date <YYYY-MM-DD>', parse: (v: string, name = 'date') => parseDate(v, name) },
  by: { flag: '--by <country>', parse: (v: string, name = 'by') => parseName(v, name) },
  about: { flag: '--about <country>', parse: (v: string, name = 'about') => parseName(v, name) },
  issue: { flag: '--issue <name>', parse: (v: string, name = 'issue') => parseIssue(v, name) },
  byIssue: { flag: '--by-issue', parse: (v: string, name = 'byIssue') => parseFlag(v, name) },
  year: { flag: '--year <year>', parse: (v: string, name = 'year') => parseYear(v, name) },
  fromWindow: { flag: '--from-window <years>', parse: (v: string, name = 'fromWindow') => parseWindow(v, name) },
  toWindow: { flag: '--to-window <years>', parse: (v: string, name = 'toWindow') => parseWindow(v, name) },
  patron: { flag: '--patron <country>', parse: (v: string, name = 'patron') => parseName(v, name) },
  minTiv: { flag: '--min-tiv <tiv>', parse: (v: string, name = 'minTiv') => parseNumber(v, name, 0, 1e9) },
} as const;

export type OptionName = keyof typeof OPTIONS;
