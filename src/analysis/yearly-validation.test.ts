import { describe, expect, it } from 'vitest';
import type { Deal } from '../core/types.js';
import type { AllocationDeal } from './allocate.js';
import { compareWithOfficialTables, compareWithTrueDeliveries, designationSimilarity, matchRegisterToPerYear } from './yearly-validation.js';

const table = (rows: Record<string, Record<number, number>>) =>
  new Map(Object.entries(rows).map(([e, ys]) => [e, new Map(Object.entries(ys).map(([y, v]) => [Number(y), v]))]));

describe('compareWithOfficialTables', () => {
  const deals: AllocationDeal[] = [
    { key: 1, supplier: 'S', recipient: 'X', years: [2000, 2001], tiv: 10 },
    { key: 2, supplier: 'S', recipient: 'X', years: [2000], tiv: 2 },
    { key: 3, supplier: 'T', recipient: 'Q', years: [2000], tiv: 4 },
  ];
  const cells = [
    { key: 1, year: 2000, tiv: 5 },
    { key: 1, year: 2001, tiv: 5 },
    { key: 2, year: 2000, tiv: 2 },
    { key: 3, year: 2000, tiv: 4 },
  ];
  const check = compareWithOfficialTables(cells, deals, {
    imports: table({ X: { 2000: 9, 2001: 5, 2002: 0 }, Z: { 2000: 3 } }),
    exports: table({ S: { 2000: 7, 2001: 5 } }),
  });

  it('counts entity-years with deliveries on either side, within ±1, and the mean absolute error', () => {
    // X 2000: 7 vs 9 (out), X 2001: 5 vs 5, X 2002: 0 vs `0` (in), Z 2000: 0 vs 3 (out). Q has no row.
    expect(check.imports).toMatchObject({ compared: 4, within: 2, share: 0.5, meanAbsError: 5 / 4, entitiesWithoutRow: ['Q'] });
    expect(check.exports).toMatchObject({ compared: 2, within: 2, share: 1, meanAbsError: 0, entitiesWithoutRow: ['T'] });
  });

  it('lists the worst cells first with the deals involved, largest share first', () => {
    expect(check.imports.worst[0]).toEqual({ entity: 'Z', year: 2000, ours: 0, official: 3, diff: -3, keys: [] });
    expect(check.imports.worst[1]).toEqual({ entity: 'X', year: 2000, ours: 7, official: 9, diff: -2, keys: [1, 2] });
  });
});

describe('designationSimilarity', () => {
  it.each([
    ['Il-78M', 'Il-78M', 3],
    ['RBS-56B Bill-2', 'Bill-2', 2],
    ['Bell-205/UH-1H', 'UH-1H', 2],
    ['Il-78M', 'Il-78', 1],
    ['Standard Missile-2MR', 'SM-2MR', 0],
    ['T-72', 'Leopard-2', 0],
  ])('%s / %s → %i', (a, b, score) => expect(designationSimilarity(a, b)).toBe(score));
});

const base: Deal = {
  line: 0,
  sipriId: null,
  recipient: 'Algeria',
  supplier: 'Russia',
  orderYear: 1998,
  orderYearUncertain: false,
  numberOrdered: null,
  numberOrderedUncertain: false,
  designation: '',
  description: '',
  sipriCategory: null,
  numberDelivered: null,
  numberDeliveredUncertain: false,
  deliveryYears: [],
  deliveryYearsUncertain: false,
  status: 'New',
  comments: '',
  tivPerUnit: null,
  tivOrder: null,
  tivDelivered: null,
  yearly: null,
};
const reg = (line: number, designation: string, description: string, years: number[], tiv: number, unit: number): Deal => ({
  ...base,
  line,
  designation,
  description,
  deliveryYears: years,
  tivDelivered: tiv,
  tivPerUnit: unit,
});
const py = (line: number, designation: string, description: string, yearly: [number, number][], unit: number): Deal => ({
  ...base,
  line,
  designation,
  description,
  deliveryYears: yearly.map(([y]) => y),
  tivDelivered: yearly.reduce((s, [, t]) => s + t, 0),
  tivPerUnit: unit,
  yearly: yearly.map(([year, tiv]) => ({ year, yearUncertain: false, number: null, numberUncertain: false, tiv })),
});

describe('matchRegisterToPerYear', () => {
  const id = (name: string) => name;

  it('matches across designation spellings on description and unit TIV, one to one', () => {
    const register = [reg(10, 'Il-78M', 'tanker/transport aircraft', [2000, 2001], 204, 68), reg(11, 'Garpun', 'sea search radar', [2000, 2001], 10, 5)];
    const perYear = [
      py(100, 'Il-78', 'tanker/transport aircraft', [[2000, 136], [2001, 68]], 68),
      py(101, 'Garpun', 'sea search radar', [[2000, 5], [2001, 5]], 5),
      py(102, 'Kh-35', 'anti-ship missile', [[2000, 30]], 1),
    ];
    const m = matchRegisterToPerYear(register, perYear, [2000, 2001], { entityId: id });
    expect(m.candidates).toBe(2);
    expect(m.perYearCandidates).toBe(2);
    expect(m.matches.map((x) => [x.register.line, x.perYear.line, x.on])).toEqual([
      [10, 100, 'similar designation, description, unit TIV, delivered TIV'],
      [11, 101, 'designation, description, unit TIV, delivered TIV'],
    ]);
  });

  it('leaves out deals the files cannot tell apart', () => {
    const register = [reg(10, 'T-72', 'tank', [2000, 2001], 20, 1), reg(11, 'T-72', 'tank', [1999, 2000, 2001], 30, 1)];
    const perYear = [py(100, 'T-72', 'tank', [[2000, 5], [2001, 5]], 1), py(101, 'T-72', 'tank', [[2000, 10], [2001, 10]], 1)];
    const m = matchRegisterToPerYear(register, perYear, [2000, 2001], { entityId: id });
    // Deal 10 (delivered only in 2000–2001) matches 101 on its delivered TIV of 20; 11 is then alone with 100.
    expect(m.matches.map((x) => [x.register.line, x.perYear.line])).toEqual([
      [10, 101],
      [11, 100],
    ]);
    const tie = matchRegisterToPerYear([reg(11, 'T-72', 'tank', [1999, 2000, 2001], 30, 1)], perYear, [2000, 2001], { entityId: id });
    expect(tie.matches).toEqual([]);
    expect(tie.unmatched.map((u) => u.reason)).toEqual(['ambiguous']);
  });
});

describe('compareWithTrueDeliveries', () => {
  it('takes the mean absolute error per deal-year for each allocation', () => {
    const m = matchRegisterToPerYear(
      [reg(10, 'Il-78M', 'tanker/transport aircraft', [2000, 2001], 204, 68)],
      [py(100, 'Il-78', 'tanker/transport aircraft', [[2000, 136], [2001, 68]], 68)],
      [2000, 2001],
      { entityId: (n) => n },
    );
    const check = compareWithTrueDeliveries(
      m.matches,
      {
        even: [
          { key: 10, year: 2000, tiv: 102 },
          { key: 10, year: 2001, tiv: 102 },
        ],
        reconciled: [
          { key: 10, year: 2000, tiv: 130 },
          { key: 10, year: 2001, tiv: 74 },
        ],
      },
      [2000, 2001],
    );
    expect(check.matchedDeals).toBe(1);
    expect(check.dealYears).toBe(2);
    expect(check.allocations.even.meanAbsError).toBe(34);
    expect(check.allocations.reconciled.meanAbsError).toBe(6);
    expect(check.allocations.even.worst[0]).toEqual({ key: 10, year: 2000, allocated: 102, truth: 136 });
  });
});
