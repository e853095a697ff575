import { describe, expect, it } from 'vitest';
import { computeShifts, counterMove, type PairTiv } from './shifts.js';

const pair = (supplier: string, recipient: string, tiv: number, lines: number[] = [1]): PairTiv => ({ supplier, recipient, tiv, deals: lines.length, lines: lines.join(',') });

describe('computeShifts', () => {
  const before = [pair('RUS', 'IND', 750, [1, 2]), pair('USA', 'IND', 80, [3]), pair('FRA', 'IND', 170, [4]), pair('CHN', 'PAK', 500, [5]), pair('USA', 'PAK', 500, [6]), pair('RUS', 'TINY', 50)];
  const after = [pair('RUS', 'IND', 380, [2, 7]), pair('FRA', 'IND', 320, [8]), pair('USA', 'IND', 300, [9]), pair('CHN', 'PAK', 900, [10]), pair('USA', 'PAK', 100, [11]), pair('RUS', 'TINY', 500)];

  it('shares per window, change in points, top supplier, HHI; recipients under the threshold in a window left out', () => {
    const r = computeShifts(before, after, { minTiv: 100 });
    expect(r.map((x) => x.recipient)).toEqual(['PAK', 'IND']);
    const ind = r.find((x) => x.recipient === 'IND')!;
    expect(ind.before).toMatchObject({ totalTiv: 1000, deals: 4, top: { supplier: 'RUS', share: 0.75 } });
    expect(ind.before.hhi).toBeCloseTo(75 ** 2 + 8 ** 2 + 17 ** 2, 6);
    expect(ind.after.deals).toBe(4);
    expect(ind.move.supplier).toBe('RUS');
    expect(ind.move.change).toBeCloseTo(-37, 6);
    expect(ind.suppliers.map((s) => [s.supplier, Math.round(s.change)])).toEqual([['RUS', -37], ['USA', 22], ['FRA', 15]]);
    expect(ind.hhiChange).toBeCloseTo(ind.after.hhi - ind.before.hhi, 9);
    const pak = r[0];
    expect(pak.move).toMatchObject({ supplier: 'CHN' });
    expect(pak.move.change).toBeCloseTo(40, 6);
  });

  it('with a patron: its move ranks the recipients, and recipients it never supplied are left out', () => {
    const r = computeShifts(before, after, { minTiv: 100, patron: 'RUS' });
    expect(r.map((x) => [x.recipient, Math.round(x.move.change)])).toEqual([['IND', -37]]);
    expect(computeShifts(before, after, { minTiv: 0, patron: 'RUS' }).map((x) => x.recipient)).toEqual(['IND', 'TINY']);
  });

  it('a supplier of one window only moves from or to zero', () => {
    const r = computeShifts([pair('A', 'X', 100)], [pair('B', 'X', 100)], { minTiv: 1 });
    expect(r[0].suppliers.map((s) => [s.supplier, s.change, s.before.share, s.after.share])).toEqual([['A', -100, 1, 0], ['B', 100, 0, 1]]);
  });

  it('the counter-move is the largest move the other way, if it is at least a point', () => {
    const [pak, ind] = computeShifts(before, after, { minTiv: 100 });
    expect(counterMove(ind)?.supplier).toBe('USA');
    expect(counterMove(pak)?.supplier).toBe('USA');
    const flat = computeShifts([pair('A', 'X', 100), pair('B', 'X', 100)], [pair('A', 'X', 101), pair('B', 'X', 99)], { minTiv: 1 });
    expect(counterMove(flat[0])).toBeNull();
  });

  it('does not depend on the order of the rows', () => {
    const a = computeShifts(before, after, { minTiv: 100 });
    const b = computeShifts([...before].reverse(), [...after].reverse(), { minTiv: 100 });
    expect(b.map((x) => [x.recipient, x.suppliers.map((s) => s.supplier)])).toEqual(a.map((x) => [x.recipient, x.suppliers.map((s) => s.supplier)]));
  });
});
