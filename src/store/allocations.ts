// The allocations of each arms dataset: how each deal's delivered TIV is spread over its delivery
// years. Stored cells for `reconciled` and `exact`; `even` is computed by the deliveries view.
import type { AllocationCell, AllocationDeal } from '../analysis/allocate.js';
import { reconcileWithOfficialTotals } from '../analysis/reconcile.js';
import type Database from 'better-sqlite3';
import type { Db } from './db.js';
import { decodeYears } from './rows.js';

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
    years: decodeYears(r.delivery_years),
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

/** The id of a dataset's allocation in `allocations` (created when new): the key of its cells. */
export function allocationId(db: Db, dataset: string, allocation: string): number {
  db.prepare('INSERT INTO allocations (dataset, allocation) VALUES (?, ?) ON CONFLICT DO NOTHING').run(dataset, allocation);
  return db.prepare('SELECT id FROM allocations WHERE dataset = ? AND allocation = ?').pluck().get(dataset, allocation) as number;
}

/** Deletes the cells of some allocations of a dataset (all of them when `allocations` is omitted). */
export function deleteAllocations(db: Db, dataset: string, allocations?: string[]): void {
  const which = allocations ? `AND allocation IN (${allocations.map(() => '?').join(', ')})` : '';
  const ids = db.prepare(`SELECT id FROM allocations WHERE dataset = ? ${which}`).pluck().all(dataset, ...(allocations ?? [])) as number[];
  for (const id of ids) {
    db.prepare('DELETE FROM cells WHERE allocation_id = ?').run(id);
    db.prepare('DELETE FROM allocations WHERE id = ?').run(id);
  }
}

/** Rows per INSERT: one statement call per batch instead of per cell. */
const BATCH = 64;

/**
 * Stores cells (recipient, line, year, supplier, TIV) of one allocation, several rows per statement.
 * `exact` cells can repeat a deal-year (a per-year export with two rows for it): they add up.
 */
export class CellWriter {
  /** Null when merging: a batch could then hit one key twice, so every row goes alone. */
  private readonly many: Database.Statement | null;
  private readonly one: Database.Statement;
  private readonly buf: unknown[] = new Array(BATCH * 5);
  private n = 0;

  constructor(db: Db, allocationId: number, opts: { merge?: boolean } = {}) {
    const row = `(${Math.trunc(allocationId)}, ?, ?, ?, ?, ?)`;
    const conflict = opts.merge ? ' ON CONFLICT DO UPDATE SET tiv = tiv + excluded.tiv' : '';
    this.one = db.prepare(`INSERT INTO cells VALUES ${row}${conflict}`);
    this.many = opts.merge ? null : db.prepare(`INSERT INTO cells VALUES ${Array.from({ length: BATCH }, () => row).join(', ')}`);
  }

  add(recipient: string, line: number, year: number, supplier: string, tiv: number): void {
    if (!this.many) {
      this.one.run(recipient, line, year, supplier, tiv);
      return;
    }
    const b = this.buf;
    let k = this.n * 5;
    b[k++] = recipient;
    b[k++] = line;
    b[k++] = year;
    b[k++] = supplier;
    b[k] = tiv;
    if (++this.n === BATCH) {
      this.many.run(...b);
      this.n = 0;
    }
  }

  /** Writes what is still buffered. */
  flush(): void {
    for (let i = 0; i < this.n; i++) this.one.run(...this.buf.slice(i * 5, i * 5 + 5));
    this.n = 0;
  }
}

function insertCells(db: Db, dataset: string, allocation: string, deals: AllocationDeal[], cells: AllocationCell[]): void {
  const byKey = new Map(deals.map((d) => [d.key, d]));
  const out = new CellWriter(db, allocationId(db, dataset, allocation));
  for (const c of cells) {
    const d = byKey.get(c.key)!;
    out.add(d.recipient, c.key, c.year, d.supplier, c.tiv);
  }
  out.flush();
}

/** Deals as allocation input: delivered TIV known and at least one delivery year. */
export function allocationDeal(line: number, supplier: string, recipient: string, years: number[], tiv: number | null): AllocationDeal | null {
  return tiv != null && years.length > 0 ? { key: line, supplier, recipient, years, tiv } : null;
}

/**
 * The allocations of every arms dataset: `even` is computed by the `deliveries` view from the deals
 * themselves (schema.sql; no cells stored, so importing the register writes deals only), marked
 * here; `reconciled` is fitted and stored where SIPRI's yearly tables are present; `exact` cells
 * are written with the deals of a per-delivery-year export. `fresh`: deals of datasets just stored
 * (others are read back from the store).
 */
export function allocateAll(db: Db, fresh: Map<string, AllocationDeal[]> = new Map()): { allocations: string[]; report: unknown } {
  const allocations = new Set<string>();
  let report: unknown;
  const imports = loadOfficialTotals(db, 'imports');
  const exports = loadOfficialTotals(db, 'exports');
  const datasets = db
    .prepare("SELECT id, kind FROM datasets WHERE kind IN ('sipri-register', 'sipri-per-year')")
    .all() as { id: string; kind: string }[];
  for (const ds of datasets) {
    deleteAllocations(db, ds.id, ['even', 'reconciled']);
    allocationId(db, ds.id, 'even');
    allocations.add('even');
    if (ds.kind === 'sipri-per-year') allocations.add('exact');
    if (ds.kind === 'sipri-register' && imports && exports) {
      const deals = fresh.get(ds.id) ?? loadAllocationDeals(db, ds.id);
      const r = reconcileWithOfficialTotals(deals, { imports, exports });
      insertCells(db, ds.id, 'reconciled', deals, r.cells);
      allocations.add('reconciled');
      report = r.report;
    }
  }
  return { allocations: [...allocations], report };
}
