// The reconciled allocation on the shared 2024-10 SIPRI files, read with the project's readers:
// every acceptance figure of the "yearly deliveries that match SIPRI's official totals" issue.
// Measured values are stated in the test names; the assertions leave a little room around them.
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../../test/data.js';
import type { TivTable } from '../core/types.js';
import { resolveSipriName } from '../entities/registry.js';
import { readSipriPerYear } from '../sources/sipri-per-year.js';
import { readSipriRegister } from '../sources/sipri-register.js';
import { readSipriTiv } from '../sources/sipri-tiv.js';
import { allocateDeliveriesEvenly, type AllocationCell, type AllocationDeal } from './allocate.js';
import { buildPanel } from './panel.js';
import { reconcileWithOfficialTotals, type OfficialTable, type OfficialTotals, type ReconcileResult } from './reconcile.js';
import { compareWithOfficialTables, compareWithTrueDeliveries, matchRegisterToPerYear, type YearlyCheck } from './yearly-validation.js';

const REGISTER = 'sipri/trade-register-2024-10-13.csv';
const PER_YEAR = 'sipri/deliveries-per-year-2000-2001-2025-02-10.csv';
const TIV_IMPORTS = 'sipri/tiv-imports-2024-10-13.csv';
const TIV_EXPORTS = 'sipri/tiv-exports-2024-10-13.csv';

const id = (name: string) => resolveSipriName(name).id;
const register = readSipriRegister(readDataFile(REGISTER), REGISTER).rows;
const perYear = readSipriPerYear(readDataFile(PER_YEAR), PER_YEAR).rows;

/** As the store loads them: rows resolved to entity ids, two spellings of one entity summed. */
function officialTable(table: TivTable): OfficialTable {
  const out: OfficialTable = new Map();
  for (const row of table.rows) {
    const years = out.get(id(row.name)) ?? new Map<number, number>();
    for (const y of row.years) years.set(y.year, (years.get(y.year) ?? 0) + y.tiv);
    out.set(id(row.name), years);
  }
  return out;
}
const official: OfficialTotals = {
  imports: officialTable(readSipriTiv(readDataFile(TIV_IMPORTS), TIV_IMPORTS).table),
  exports: officialTable(readSipriTiv(readDataFile(TIV_EXPORTS), TIV_EXPORTS).table),
};
const deals: AllocationDeal[] = register
  .filter((d) => d.tivDelivered !== null && d.deliveryYears.length > 0)
  .map((d) => ({
    key: d.line,
    supplier: id(d.supplier),
    recipient: id(d.recipient),
    years: d.deliveryYears,
    tiv: d.tivDelivered!,
    yearsUncertain: d.deliveryYearsUncertain,
  }));
const byKey = new Map(deals.map((d) => [d.key, d]));

let even: AllocationCell[];
let reconciled: ReconcileResult;
let evenCheck: YearlyCheck;
let reconciledCheck: YearlyCheck;

beforeAll(() => {
  even = allocateDeliveriesEvenly(deals);
  reconciled = reconcileWithOfficialTotals(deals, official);
  evenCheck = compareWithOfficialTables(even, deals, official);
  reconciledCheck = compareWithOfficialTables(reconciled.cells, deals, official);
});

const sumFor = (cells: AllocationCell[], recipient: string, year: number) =>
  cells.filter((c) => c.year === year && byKey.get(c.key)!.recipient === recipient).reduce((s, c) => s + c.tiv, 0);

describe('reconciliation of the 2024-10 register with the official TIV tables', () => {
  it('places all 27,951 deals: 15,009 single-year, 12,942 adjusted, none infeasible, none with `?` years; converges with no problem', () => {
    const r = reconciled.report;
    expect(r.deals).toMatchObject({ input: 27_951, placed: 27_951, singleYear: 15_009, adjusted: 12_942, unconstrained: 0, infeasible: 0, withForbiddenYears: 0, withUncertainYears: 0 });
    expect(r.deals.skipped).toEqual([]);
    expect(r.constraints).toMatchObject({ recipientYears: 7_976, supplierYears: 2_668, active: 8_234, determined: 2_410, determinedOff: 0, dropped: 0 });
    expect(r.converged).toBe(true);
    expect(r.problems).toEqual([]);
    // Measured: 14 Newton steps, 294 Hessian products; no sum more than 0.018 TIV outside official ±0.5.
    expect(r.iterations).toBeLessThanOrEqual(25);
    expect(r.maxOutsideRounding).toBeLessThan(0.025);
  });

  it('recipient-years within ±1 TIV of the import table: reconciled 100.00 % (7,976 of 7,976), even split 42.77 % (3,411)', () => {
    expect(reconciledCheck.imports.compared).toBe(7_976);
    expect(reconciledCheck.imports.share).toBeGreaterThanOrEqual(0.95);
    expect(reconciledCheck.imports.within).toBe(7_976);
    expect(evenCheck.imports.within).toBe(3_411);
    // Mean absolute error: 0.20 TIV reconciled against 31.68 even.
    expect(reconciledCheck.imports.meanAbsError).toBeLessThan(0.25);
    expect(evenCheck.imports.meanAbsError).toBeCloseTo(31.68, 1);
  });

  it('supplier-years within ±1 TIV of the export table: reconciled 100.00 % (2,668 of 2,668), even split 40.52 % (1,081)', () => {
    expect(reconciledCheck.exports.compared).toBe(2_668);
    expect(reconciledCheck.exports.share).toBeGreaterThanOrEqual(0.95);
    expect(reconciledCheck.exports.within).toBe(2_668);
    expect(evenCheck.exports.within).toBe(1_081);
    // Mean absolute error: 0.19 TIV reconciled against 48.98 even.
    expect(reconciledCheck.exports.meanAbsError).toBeLessThan(0.25);
    expect(evenCheck.exports.meanAbsError).toBeCloseTo(48.98, 1);
    expect(reconciledCheck.exports.entitiesWithoutRow).toEqual([]);
  });

  it('Myanmar: 2011 reconciled 667.60 (official 668, even 479.86), 2012 reconciled 398.18 (official 398, even 488.01)', () => {
    expect(Math.abs(sumFor(reconciled.cells, 'MMR', 2011) - 668)).toBeLessThanOrEqual(1);
    expect(Math.abs(sumFor(reconciled.cells, 'MMR', 2012) - 398)).toBeLessThanOrEqual(1);
    expect(sumFor(even, 'MMR', 2011)).toBeCloseTo(479.86, 2);
    expect(sumFor(even, 'MMR', 2012)).toBeCloseTo(488.01, 2);
  });

  it('is deterministic: a second run gives the same cells, bit for bit', () => {
    expect(reconcileWithOfficialTotals(deals, official).cells).toEqual(reconciled.cells);
  });
});

describe('ground truth: SIPRI’s true yearly deliveries for 2000–2001 (per-year export)', () => {
  const match = matchRegisterToPerYear(register, perYear, [2000, 2001]);

  it('matches all 328 register deals delivered in both 2000 and 2001 to a per-year deal, one to one', () => {
    expect(match.candidates).toBe(328);
    expect(match.perYearCandidates).toBe(328);
    expect(match.matches).toHaveLength(328);
    expect(match.unmatched).toEqual([]);
  });

  it('mean absolute error per deal-year (656): reconciled 7.10 TIV, even split 9.43', () => {
    const check = compareWithTrueDeliveries(match.matches, { even, reconciled: reconciled.cells }, [2000, 2001]);
    expect(check.dealYears).toBe(656);
    expect(check.allocations.even.meanAbsError).toBeCloseTo(9.43, 2);
    expect(check.allocations.reconciled.meanAbsError).toBeLessThan(check.allocations.even.meanAbsError);
    expect(check.allocations.reconciled.meanAbsError).toBeLessThan(7.3);
  });
});

describe('what the arms engine’s window shares see', () => {
  const shares = (cells: AllocationCell[], recipient: string, from: number, to: number) => {
    const bySupplier = new Map<string, number>();
    let total = 0;
    for (const c of cells) {
      const d = byKey.get(c.key)!;
      if (d.recipient !== recipient || c.year < from || c.year > to) continue;
      bySupplier.set(d.supplier, (bySupplier.get(d.supplier) ?? 0) + c.tiv);
      total += c.tiv;
    }
    return (supplier: string) => (bySupplier.get(supplier) ?? 0) / total;
  };

  it('Myanmar 2001–2020 moves by under 1 point: China 41.83 → 42.22 %, Russia 41.69 → 41.49 %', () => {
    const e = shares(even, 'MMR', 2001, 2020);
    const r = shares(reconciled.cells, 'MMR', 2001, 2020);
    expect(e('CHN')).toBeCloseTo(0.4183, 4);
    expect(e('RUS')).toBeCloseTo(0.4169, 4);
    expect(Math.abs(r('CHN') - e('CHN'))).toBeLessThan(0.01);
    expect(Math.abs(r('RUS') - e('RUS'))).toBeLessThan(0.01);
  });

  it('5-year windows of every recipient (total ≥ 100 TIV): 95 % of supplier shares move by under 2.5 points (measured 2.29; median 0.09)', () => {
    // One pass per allocation: recipient → supplier → year → TIV.
    const index = (cells: AllocationCell[]) => {
      const m = new Map<string, Map<string, Map<number, number>>>();
      for (const c of cells) {
        const d = byKey.get(c.key)!;
        const bySupplier = m.get(d.recipient) ?? new Map<string, Map<number, number>>();
        m.set(d.recipient, bySupplier);
        const byYear = bySupplier.get(d.supplier) ?? new Map<number, number>();
        bySupplier.set(d.supplier, byYear);
        byYear.set(c.year, (byYear.get(c.year) ?? 0) + c.tiv);
      }
      return m;
    };
    const e = index(even);
    const r = index(reconciled.cells);
    const windowed = (bySupplier: Map<string, Map<number, number>>, from: number, to: number) => {
      const out = new Map<string, number>();
      let total = 0;
      for (const [supplier, years] of bySupplier) {
        let t = 0;
        for (const [y, tiv] of years) if (y >= from && y <= to) t += tiv;
        out.set(supplier, t);
        total += t;
      }
      return { out, total };
    };
    const changes: number[] = [];
    for (const [recipient, bySupplier] of e) {
      for (let to = 1954; to <= 2023; to++) {
        const a = windowed(bySupplier, to - 4, to);
        if (a.total < 100) continue;
        const b = windowed(r.get(recipient)!, to - 4, to);
        for (const [supplier, tiv] of a.out) changes.push(Math.abs(tiv / a.total - (b.out.get(supplier) ?? 0) / b.total));
      }
    }
    changes.sort((x, y) => x - y);
    expect(changes[Math.floor(changes.length * 0.95)]).toBeLessThan(0.025);
    expect(changes[Math.floor(changes.length * 0.5)]).toBeLessThan(0.002);
  });

  it('the whole-period total per dyad is unchanged (only the years move)', () => {
    const total = (cells: AllocationCell[]) => buildPanel(cells, deals).filter((p) => p.recipient === 'MMR' && p.supplier === 'CHN').reduce((s, p) => s + p.tiv, 0);
    expect(total(reconciled.cells)).toBeCloseTo(total(even), 6);
  });
});

describe('the dyad-year panel of the full register', () => {
  it('has 22,953 supplier × recipient × year rows whose TIV adds up to the register’s delivered TIV, in either allocation', () => {
    const registerTiv = deals.reduce((s, d) => s + d.tiv, 0);
    for (const cells of [even, reconciled.cells]) {
      const panel = buildPanel(cells, deals);
      expect(panel.reduce((s, r) => s + r.tiv, 0)).toBeCloseTo(registerTiv, 3);
      expect(panel.reduce((s, r) => s + r.deals, 0)).toBe(cells.length);
    }
    expect(buildPanel(even, deals)).toHaveLength(22_953);
    expect(buildPanel(reconciled.cells, deals)).toHaveLength(22_953);
  });
});
