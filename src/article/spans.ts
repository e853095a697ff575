// Lookups over sorted spans, shared by the stages.
import type { Span } from './types.js';

/** Index of the item whose [start, end) holds offset `i`, in items sorted by start, or -1. */
export function indexAt<T>(items: readonly T[], i: number, start: (t: T) => number, end: (t: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    if (i < start(item)) hi = mid - 1;
    else if (i >= end(item)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const startOf = (s: Span): number => s.start;
const endOf = (s: Span): number => s.end;

/** Index of the span containing offset `i` in spans sorted by start, or -1. */
export function spanIndexAt(spans: readonly Span[], i: number): number {
  return indexAt(spans, i, startOf, endOf);
}

/** The first index whose key is `x` or more, in items sorted by that key (items.length when none). */
export function firstAtOrAfter<T>(items: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items whose start falls in [from, to), for items sorted by start. */
export function within<T extends Span>(items: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(items, from, startOf); i < items.length && items[i].start < to; i++) out.push(items[i]);
  return out;
}
