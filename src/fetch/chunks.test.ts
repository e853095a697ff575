import { describe, expect, it } from 'vitest';
import { parseYearSpan, planYearChunks, spanLabel } from './chunks.js';

describe('planYearChunks', () => {
  it('covers the span in consecutive chunks, the last one short', () => {
    expect(planYearChunks({ from: 1950, to: 2025 }, 10).map(spanLabel)).toEqual([
      '1950-1959', '1960-1969', '1970-1979', '1980-1989', '1990-1999', '2000-2009', '2010-2019', '2020-2025',
    ]);
  });
  it('gives one chunk per year with size 1, and one chunk when the size exceeds the span', () => {
    expect(planYearChunks({ from: 2000, to: 2002 }, 1)).toEqual([{ from: 2000, to: 2000 }, { from: 2001, to: 2001 }, { from: 2002, to: 2002 }]);
    expect(planYearChunks({ from: 2000, to: 2001 }, 50)).toEqual([{ from: 2000, to: 2001 }]);
  });
  it('refuses a size that is not a whole number of years', () => {
    expect(() => planYearChunks({ from: 2000, to: 2001 }, 0)).toThrow(/invalid chunk size: 0/);
    expect(() => planYearChunks({ from: 2000, to: 2001 }, 1.5)).toThrow(/invalid chunk size/);
  });
});

describe('parseYearSpan', () => {
  it('reads a span, an en dash span and a single year', () => {
    expect(parseYearSpan('1950-2025', 2026)).toEqual({ from: 1950, to: 2025 });
    expect(parseYearSpan('2000–2001', 2026)).toEqual({ from: 2000, to: 2001 });
    expect(parseYearSpan('2001', 2026)).toEqual({ from: 2001, to: 2001 });
  });
  it('names what is wrong', () => {
    expect(() => parseYearSpan('2001-2000', 2026)).toThrow('invalid --years: 2001 is after 2000');
    expect(() => parseYearSpan('1900-2000', 2026)).toThrow(/SIPRI's data cover 1950-2026/);
    expect(() => parseYearSpan('2000-2030', 2026)).toThrow(/SIPRI's data cover 1950-2026/);
    expect(() => parseYearSpan('recent', 2026)).toThrow('invalid --years: "recent" (expected a span such as 1950-2026)');
  });
});
