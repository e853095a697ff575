// Lookups over sorted spans, shared by the stages.
import type { Span } from './types.js';

/** Index of the span containing offset `i` in spans sorted by start, or -1. */
export function spanIndexAt(spans: readonly Span[], i: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (i < s.start) hi = mid - 1;
    else if (i >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Items whose start falls in [from, to), for items sorted by start. */
export function within<T extends Span>(items: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i].start < to; i++) out.push(items[i]);
  return out;
}
