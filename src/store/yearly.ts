// Rows for `validate --yearly`: the allocated cells, the deals as the readers give them, and the
// per-delivery-year dataset (the comparison is engine/validate.ts over analysis/yearly-validation.ts).
import type { Deal } from '../core/types.js';
import type { AllocationCell } from '../analysis/allocate.js';
import { decodeYears } from './rows.js';
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
    deliveryYears: decodeYears(r.delivery_years as string),
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

/** The per-delivery-year dataset in the store (SIPRI's true yearly deliveries), if any. */
export function perYearDataset(db: Db): { id: string; first_year: number; last_year: number } | null {
  return (db.prepare("SELECT id, first_year, last_year FROM datasets WHERE kind = 'sipri-per-year'").get() as
    | { id: string; first_year: number; last_year: number }
    | undefined) ?? null;
}
