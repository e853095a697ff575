import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFigures, figureLookup, type Figure } from './trade-figures.js';

/** The stored form read back year by year: the reported figures, unreported years left out. */
function decodeFigures(firstYear: number, figures: string): Figure[] {
  const at = figureLookup(firstYear, figures);
  const out: Figure[] = [];
  for (let y = firstYear; figures && y < firstYear + figures.split(',').length; y++) {
    const f = at(y);
    if (f) out.push(f);
  }
  return out;
}

describe('trade figures as stored', () => {
  it('keeps unreported years out (never zero) and the estimate flag', () => {
    const e = encodeFigures([[1962, 58.9, 0], [1960, 49.9, 0], [1963, 27.81, 1]]);
    expect(e).toEqual({ firstYear: 1960, figures: '49.9,,58.9,27.81e' });
    expect(decodeFigures(e.firstYear, e.figures)).toEqual([
      { year: 1960, value: 49.9, estimate: false },
      { year: 1962, value: 58.9, estimate: false },
      { year: 1963, value: 27.81, estimate: true },
    ]);
  });

  it('round-trips any series', () => {
    const series = fc.uniqueArray(fc.tuple(fc.integer({ min: 1948, max: 2030 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 1)), { selector: (t) => t[0], maxLength: 40 });
    fc.assert(fc.property(series, (triples) => {
      const { firstYear, figures } = encodeFigures(triples);
      const back = decodeFigures(firstYear, figures).map((f) => [f.year, f.value, f.estimate ? 1 : 0]);
      expect(back).toEqual([...triples].sort((a, b) => a[0] - b[0]).map(([y, v, e]) => [y, Object.is(v, -0) ? 0 : v, e]));
    }));
  });

  it('answers years asked in any order, and years outside the series as missing', () => {
    const series = fc.uniqueArray(fc.tuple(fc.integer({ min: 1948, max: 2030 }), fc.integer({ min: -1e6, max: 1e6 }), fc.constantFrom(0, 1)), { selector: (t) => t[0], maxLength: 40 });
    const asks = fc.array(fc.integer({ min: 1940, max: 2040 }), { maxLength: 60 });
    fc.assert(fc.property(series, asks, (triples, years) => {
      const { firstYear, figures } = encodeFigures(triples);
      const at = figureLookup(firstYear, figures);
      for (const y of years) {
        const t = triples.find((x) => x[0] === y);
        expect(at(y)).toEqual(t ? { year: y, value: t[1], estimate: t[2] === 1 } : undefined);
      }
    }));
  });
});
