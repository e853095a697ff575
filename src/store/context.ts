// Which dataset and allocation a query reads: one dataset per figure, chosen in one place.
import { AppError } from '../core/errors.js';
import type { Db } from './db.js';

export type Allocation = 'even' | 'reconciled' | 'exact';
export const ALLOCATIONS: Allocation[] = ['even', 'reconciled', 'exact'];

export interface DatasetInfo {
  id: string;
  kind: string;
  file: string;
  version: string | null;
  first_year: number | null;
  last_year: number | null;
  /** Last year with any delivery or order in the rows (may precede last_year). */
  data_last_year: number | null;
  stored: number;
}

export interface ArmsContext {
  dataset: DatasetInfo;
  allocation: Allocation;
  mergeSoviet: boolean;
}

export function listDatasets(db: Db): DatasetInfo[] {
  return db
    .prepare('SELECT id, kind, file, version, first_year, last_year, data_last_year, stored FROM datasets ORDER BY kind, id')
    .all() as DatasetInfo[];
}

/** Allocations with cells for a dataset (a few rows to read, not the cells). */
export function storedAllocations(db: Db, dataset: string): string[] {
  try {
    return db
      .prepare('SELECT allocation FROM allocations a WHERE dataset = ? AND EXISTS (SELECT 1 FROM cells c WHERE c.allocation_id = a.id) ORDER BY id')
      .pluck()
      .all(dataset) as string[];
  } catch (e) {
    if (/no such table: (allocations|cells)/.test((e as Error).message)) {
      throw new AppError(`the store at ${db.name} was built by an older counterweight: run \`counterweight import\` again`, 3, 503);
    }
    throw e;
  }
}

/** The most complete arms dataset (widest span of years, then most deals), or the one named. */
export function armsContext(
  db: Db,
  opts: { dataset?: string; allocation?: string; mergeSoviet?: boolean } = {},
): ArmsContext {
  const arms = listDatasets(db).filter((d) => d.kind === 'sipri-register' || d.kind === 'sipri-per-year');
  if (arms.length === 0) throw new AppError('the store has no arms dataset: run `counterweight import` with a SIPRI export', 3, 503);
  let dataset: DatasetInfo | undefined;
  if (opts.dataset) {
    dataset = arms.find((d) => d.id === opts.dataset);
    if (!dataset) {
      throw new AppError(`unknown dataset "${opts.dataset}" (have: ${arms.map((d) => d.id).join(', ')})`, 2, 404);
    }
  } else {
    const span = (d: DatasetInfo) => (d.last_year ?? 0) - (d.first_year ?? 0);
    dataset = [...arms].sort((a, b) => span(b) - span(a) || b.stored - a.stored || a.id.localeCompare(b.id))[0];
  }
  const have = new Set(storedAllocations(db, dataset.id));
  let allocation: Allocation;
  if (opts.allocation) {
    if (!ALLOCATIONS.includes(opts.allocation as Allocation)) {
      throw new AppError(`invalid allocation: ${opts.allocation} (use ${ALLOCATIONS.join(', ')})`, 2, 400);
    }
    allocation = opts.allocation as Allocation;
    if (!have.has(allocation)) {
      throw new AppError(`allocation "${allocation}" is not available for ${dataset.id} (have: ${[...have].join(', ')})`, 2, 400);
    }
  } else {
    allocation = have.has('exact') ? 'exact' : have.has('reconciled') ? 'reconciled' : 'even';
  }
  return { dataset, allocation, mergeSoviet: opts.mergeSoviet ?? false };
}
