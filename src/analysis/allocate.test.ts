import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocateDeliveriesEvenly, screenAllocationDeals, type AllocationDeal } from './allocate.js';

const deal = (key: number, years: number[], tiv: number): AllocationDeal => ({ key, supplier: 'RUS', recipient: 'MMR', years, tiv });

describe('allocateDeliveriesEvenly', () => {
  it('divides the delivered TIV equally over the listed years, years ascending', () => {
    expect(allocateDeliveriesEvenly([deal(1, [2012, 2011], 10)])).toEqual([
      { key: 1, year: 2011, tiv: 5 },
      { key: 1, year: 2012, tiv: 5 },
    ]);
  });

  it('counts a year listed twice once', () => {
    expect(allocateDeliveriesEvenly([deal(1, [2011, 2011, 2012], 9)]).map((c) => c.tiv)).toEqual([4.5, 4.5]);
  });

  it('keeps input order of the deals', () => {
    const cells = allocateDeliveriesEvenly([deal(7, [2000], 1), deal(3, [1999], 2)]);
    expect(cells.map((c) => c.key)).toEqual([7, 3]);
  });

  it('reports and skips what cannot be placed: TIV without years, zero TIV, bad values', () => {
    const deals = [deal(1, [], 5), deal(2, [2001], 0), deal(3, [2001], -1), deal(4, [2001], NaN), deal(5, [2001.5], 3), deal(6, [], 0)];
    expect(allocateDeliveriesEvenly(deals)).toEqual([]);
    expect(screenAllocationDeals(deals).skipped).toEqual([
      { key: 1, reason: 'no delivery years' },
      { key: 2, reason: 'zero TIV' },
      { key: 3, reason: 'invalid TIV' },
      { key: 4, reason: 'invalid TIV' },
      { key: 5, reason: 'invalid delivery year' },
    ]);
  });

  it('property: each deal’s cells sum to its TIV, are ≥ 0 and lie in its listed years', () => {
    const arbDeal = fc.record({
      key: fc.integer({ min: 0, max: 1e6 }),
      years: fc.array(fc.integer({ min: 1950, max: 2024 }), { minLength: 1, maxLength: 12 }),
      tiv: fc.double({ min: 0.001, max: 1e5, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(arbDeal, { maxLength: 30 }), (raw) => {
        const deals = raw.map((d, i) => deal(i, d.years, d.tiv));
        const cells = allocateDeliveriesEvenly(deals);
        for (const d of deals) {
          const mine = cells.filter((c) => c.key === d.key);
          expect(mine.every((c) => c.tiv >= 0 && d.years.includes(c.year))).toBe(true);
          expect(mine.reduce((s, c) => s + c.tiv, 0)).toBeCloseTo(d.tiv, 6);
        }
      }),
    );
  });
});
