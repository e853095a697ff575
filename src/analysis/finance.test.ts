import { describe, expect, it } from 'vitest';
import { positionsBySource, type PositionRow } from './finance.js';

const row = (r: Partial<PositionRow>): PositionRow => ({ reporter: 'MMR', direction: 'inward', counterpart: 'CHN', counterpartName: 'China', year: 2019, value: 1, derived: 0, ...r });

describe('direct investment positions by source', () => {
  it('the host’s own report first, the investor’s beside it, in the latest year the host reported', () => {
    const p = positionsBySource([
      row({ counterpart: 'SGP', counterpartName: 'Singapore', value: 8487 }),
      row({ value: 7119 }),
      row({ year: 2018, value: 6000 }),
      row({ reporter: 'CHN', direction: 'outward', counterpart: 'MMR', counterpartName: 'Myanmar', value: 1772 }),
      // A host figure derived from the investor's report, for an investor the host did not report.
      row({ reporter: 'JPN', direction: 'outward', counterpart: 'MMR', counterpartName: 'Myanmar', value: 3142, derived: 1 }),
    ]);
    expect(p.year).toBe(2019);
    expect(p.bySource).toEqual([
      { name: 'Singapore', iso3: 'SGP', hostReport: 8487, investorReport: null, hostReportDerived: false },
      { name: 'China', iso3: 'CHN', hostReport: 7119, investorReport: 1772, hostReportDerived: false },
      { name: 'Japan', iso3: 'JPN', hostReport: 3142, investorReport: null, hostReportDerived: true },
    ]);
  });

  it('only investors’ reports: their latest year; groups and regions are not ranked', () => {
    const p = positionsBySource([
      row({ reporter: 'USA', direction: 'outward', counterpart: 'MMR', value: 194, year: 2021 }),
      row({ reporter: 'G001', direction: 'outward', counterpart: 'MMR', value: 9999, year: 2021 }),
    ]);
    expect(p.year).toBe(2021);
    expect(p.bySource.map((x) => x.iso3)).toEqual(['USA']);
    expect(positionsBySource([])).toEqual({ year: null, bySource: [] });
  });
});
