// Spread each deal's delivered TIV over its delivery years and store the cells, per allocation.
import { allocateDeliveriesEvenly, type AllocationCell, type AllocationDeal } from '../analysis/allocate.js';
import { reconcileWithOfficialTotals } from '../analysis/reconcile.js';
import type { Db } from './db.js';

interface DealRow {
  line: number;
  supplier_id: string;
  recipient_id: string;
  delivery_years: string;
  tiv_delivered: number;
}

export function loadAllocationDeals(db: Db, dataset: string): AllocationDeal[] {
  const rows = db
    .prepare(
      `SELECT line, supplier_id, recipient_id, delivery_years, tiv_delivered FROM deals
       WHERE dataset = ? AND tiv_delivered IS NOT NULL AND delivery_years != '' ORDER BY line`,
    )
    .all(dataset) as DealRow[];
  return rows.map((r) => ({
    key: r.line,
    supplier: r.supplier_id,
    recipient: r.recipient_id,
    years: r.delivery_years.split(';').map(Number),
    tiv: r.tiv_delivered,
  }));
}

export function loadOfficialTotals(db: Db, kind: 'imports' | 'exports'): Map<string, Map<number, number>> | null {
  const ds = db.prepare('SELECT id FROM datasets WHERE kind = ?').pluck().get(`sipri-tiv-${kind}`) as string | undefined;
  if (!ds) return null;
  const out = new Map<string, Map<number, number>>();
  const rows = db.prepare('SELECT entity_id, year, tiv FROM official_tiv WHERE dataset = ?').all(ds) as {
    entity_id: string;
    year: number;
    tiv: number;
  }[];
  for (const r of rows) {
    let m = out.get(r.entity_id);
    if (!m) out.set(r.entity_id, (m = new Map()));
    m.set(r.year, (m.get(r.year) ?? 0) + r.tiv);
  }
  return out;
}

function insertCells(db: Db, dataset: string, allocation: string, deals: AllocationDeal[], cells: AllocationCell[]): void {
  const byKey = new Map(deals.map((d) => [d.key, d]));
  const ins = db.prepare('INSERT INTO deliveries VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const c of cells) {
    const d = byKey.get(c.key)!;
    ins.run(dataset, c.key, allocation, c.year, d.recipient, d.supplier, c.tiv);
  }
}

/** Deals as allocation input: delivered TIV known and at least one delivery year. */
export function allocationDeal(line: number, supplier: string, recipient: string, years: number[], tiv: number | null): AllocationDeal | null {
  return tiv != null && years.length > 0 ? { key: line, supplier, recipient, years, tiv } : null;
}

/** (Re)compute the even and, where SIPRI's yearly tables are present, the reconciled allocation. */
export function allocateAll(db: Db, fresh: Map<string, AllocationDeal[]> = new Map()): { allocations: string[]; report: unknown } {
  const allocations = new Set<string>();
  let report: unknown;
  const imports = loadOfficialTotals(db, 'imports');
  const exports = loadOfficialTotals(db, 'exports');
  const datasets = db
    .prepare("SELECT id, kind FROM datasets WHERE kind IN ('sipri-register', 'sipri-per-year')")
    .all() as { id: string; kind: string }[];
  for (const ds of datasets) {
    db.prepare("DELETE FROM deliveries WHERE dataset = ? AND allocation IN ('even', 'reconciled')").run(ds.id);
    const deals = fresh.get(ds.id) ?? loadAllocationDeals(db, ds.id);
    insertCells(db, ds.id, 'even', deals, allocateDeliveriesEvenly(deals));
    allocations.add('even');
    if (ds.kind === 'sipri-per-year') allocations.add('exact');
    if (ds.kind === 'sipri-register' && imports && exports) {
      const r = reconcileWithOfficialTotals(deals, { imports, exports });
      insertCells(db, ds.id, 'reconciled', deals, r.cells);
      allocations.add('reconciled');
      report = r.report;
    }
  }
  return { allocations: [...allocations], report };
}
