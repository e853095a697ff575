// `validate --yearly`: each stored allocation against SIPRI's yearly tables, and against SIPRI's
// true per-year deliveries where a per-delivery-year export is in the store.
import type { Deal } from '../core/types.js';
import type { AllocationCell, AllocationDeal } from '../analysis/allocate.js';
import {
  compareWithOfficialTables,
  compareWithTrueDeliveries,
  matchRegisterToPerYear,
  type GroundTruthCheck,
  type YearlyCheck,
} from '../analysis/yearly-validation.js';
import { AppError } from '../core/errors.js';
import { loadAllocationDeals, loadOfficialTotals } from './allocations.js';
import { storedAllocations, type ArmsContext } from './context.js';
import type { Db } from './db.js';

export function loadCells(db: Db, dataset: string, allocation: string): AllocationCell[] {
  // In deal and year order, as they were made.
  return db
    .prepare('SELECT line AS key, year, tiv FROM deliveries WHERE dataset = ? AND allocation = ? ORDER BY line, year')
    .all(dataset, allocation) as AllocationCell[];
}

/** Deals of a dataset as the readers give them (enough of them for matching across exports). */
export function loadDeals(db: Db, dataset: string): Deal[] {
  const rows = db.prepare('SELECT * FROM deals WHERE dataset = ? ORDER BY line').all(dataset) as Record<string, unknown>[];
  const exact = new Map<number, { year: number; tiv: number }[]>();
  for (const c of db.prepare("SELECT line, year, tiv FROM deliveries WHERE dataset = ? AND allocation = 'exact' ORDER BY line, year").all(dataset) as { line: number; year: number; tiv: number }[]) {
    const l = exact.get(c.line) ?? [];
    l.push({ year: c.year, tiv: c.tiv });
    exact.set(c.line, l);
  }
  return rows.map((r) => ({
    line: r.line as number,
    sipriId: r.sipri_id as number | null,
    recipient: r.recipient as string,
    supplier: r.supplier as string,
    orderYear: r.order_year as number | null,
    orderYearUncertain: !!r.order_year_unc,
    numberOrdered: r.number_ordered as number | null,
    numberOrderedUncertain: !!r.number_ordered_unc,
    designation: r.designation as string,
    description: r.description as string,
    sipriCategory: r.sipri_category as string | null,
    numberDelivered: r.number_delivered as number | null,
    numberDeliveredUncertain: !!r.number_delivered_unc,
    deliveryYears: (r.delivery_years as string) ? (r.delivery_years as string).split(';').map(Number) : [],
    deliveryYearsUncertain: !!r.delivery_years_unc,
    status: r.status as string,
    comments: r.comments as string,
    tivPerUnit: r.tiv_per_unit as number | null,
    tivOrder: r.tiv_order as number | null,
    tivDelivered: r.tiv_delivered as number | null,
    yearly: exact.has(r.line as number)
      ? exact.get(r.line as number)!.map((y) => ({ year: y.year, yearUncertain: false, number: null, numberUncertain: false, tiv: y.tiv }))
      : null,
  }));
}

export interface YearlyValidation {
  dataset: string;
  datasetVersion: string | null;
  allocations: Record<string, YearlyCheck>;
  groundTruth: (GroundTruthCheck & { perYearDataset: string; candidates: number }) | null;
}

export function validateYearly(db: Db, ctx: ArmsContext, opts: { worst?: number } = {}): YearlyValidation {
  const imports = loadOfficialTotals(db, 'imports');
  const exports = loadOfficialTotals(db, 'exports');
  if (!imports || !exports) throw new AppError('validate --yearly needs the official tiv-imports and tiv-exports tables in the store', 3);
  const deals: AllocationDeal[] = loadAllocationDeals(db, ctx.dataset.id);
  const have = storedAllocations(db, ctx.dataset.id);
  const allocations: Record<string, YearlyCheck> = {};
  const cells: Record<string, AllocationCell[]> = {};
  for (const a of have.filter((x) => x !== 'exact').sort()) {
    cells[a] = loadCells(db, ctx.dataset.id, a);
    allocations[a] = compareWithOfficialTables(cells[a], deals, { imports, exports }, { worst: opts.worst ?? 10 });
  }
  let groundTruth: YearlyValidation['groundTruth'] = null;
  const perYear = db.prepare("SELECT id, first_year, last_year FROM datasets WHERE kind = 'sipri-per-year'").get() as
    | { id: string; first_year: number; last_year: number }
    | undefined;
  if (perYear && ctx.dataset.kind === 'sipri-register') {
    const years = Array.from({ length: perYear.last_year - perYear.first_year + 1 }, (_, i) => perYear.first_year + i);
    const m = matchRegisterToPerYear(loadDeals(db, ctx.dataset.id), loadDeals(db, perYear.id), years);
    groundTruth = { perYearDataset: perYear.id, candidates: m.candidates, ...compareWithTrueDeliveries(m.matches, cells, years) };
  }
  return { dataset: ctx.dataset.id, datasetVersion: ctx.dataset.version, allocations, groundTruth };
}
