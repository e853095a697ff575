// Which dataset and allocation a query reads (one dataset per figure, chosen in one place), how
// the Soviet Union counts under --merge-soviet, and the command line that reproduces a figure.
import { commandLine } from '../core/command-line.js';
import { AppError } from '../core/errors.js';
import type { Db } from './db.js';
import { compareText } from '../core/compare.js';

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
  /** Weapon labels whose category came from their head noun, and labels with none (stored as other). */
  inferred_labels: number;
  unmapped_labels: number;
}

export interface ArmsContext {
  dataset: DatasetInfo;
  allocation: Allocation;
  mergeSoviet: boolean;
}

export function listDatasets(db: Db): DatasetInfo[] {
  return db
    .prepare('SELECT id, kind, file, version, first_year, last_year, data_last_year, stored, inferred_labels, unmapped_labels FROM datasets ORDER BY kind, id')
    .all() as DatasetInfo[];
}

/** Allocations of a dataset: `even` (computed from the deals), and those with cells (a few rows to read, not the cells). */
export function storedAllocations(db: Db, dataset: string): string[] {
  try {
    return db
      .prepare("SELECT allocation FROM allocations a WHERE dataset = ? AND (allocation = 'even' OR EXISTS (SELECT 1 FROM cells c WHERE c.allocation_id = a.id)) ORDER BY id")
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
    dataset = [...arms].sort((a, b) => span(b) - span(a) || b.stored - a.stored || compareText(a.id, b.id))[0];
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

/** A query's years: those given, else the span the dataset declares. */
export function spanOf(ctx: ArmsContext, from?: number, to?: number): { from: number; to: number } {
  return { from: from ?? ctx.dataset.first_year ?? 1950, to: to ?? ctx.dataset.last_year ?? new Date().getFullYear() };
}

// ---------------------------------------------------------------------------------------------
// The Soviet merge: the one place that knows the Soviet Union counts as Russia under --merge-soviet.

export const SOVIET = 'SUN';
export const RUSSIA = 'RUS';
export const RUSSIA_MERGED_NAME = 'Russia (incl. Soviet Union)';

/** Ids an entity stands for: Russia includes the Soviet Union when merged. */
export function idsFor(e: { id: string }, ctx: { mergeSoviet: boolean }): string[] {
  return ctx.mergeSoviet && e.id === RUSSIA ? [RUSSIA, SOVIET] : [e.id];
}

/** The id a stored id is counted under: the Soviet Union's is Russia's when merged. */
export function countedId(id: string, ctx: { mergeSoviet: boolean }): string {
  return ctx.mergeSoviet && id === SOVIET ? RUSSIA : id;
}

/** A stored party as it is counted and shown: the Soviet Union as `Russia (incl. Soviet Union)` when merged. */
export function countedParty(r: { id: string; name: string | null; iso3: string | null }, ctx: { mergeSoviet: boolean }): { id: string; name: string; iso3: string | null } {
  const id = countedId(r.id, ctx);
  return { id, name: displayName({ id, name: r.name ?? r.id }, ctx), iso3: id === r.id ? r.iso3 : id };
}

/** The name an entity is shown under: `Russia (incl. Soviet Union)` when merged. */
export function displayName(e: { id: string; name: string }, ctx: { mergeSoviet: boolean }): string {
  return ctx.mergeSoviet && countedId(e.id, ctx) === RUSSIA ? RUSSIA_MERGED_NAME : e.name;
}

// ---------------------------------------------------------------------------------------------
// Provenance: the command that reproduces a figure, with every option that shaped it.

/**
 * `counterweight suppliers Myanmar --from 2001 --to 2020 --merge-soviet --allocation even --dataset …`:
 * the arguments given, then the context's flags.
 */
export function queryFor(ctx: ArmsContext, command: string, args: (string | number | undefined | false | null)[] = []): string {
  return commandLine(command, args, contextFlags(ctx));
}

/** The flags that pick the same dataset, allocation and merge. */
export function contextFlags(ctx: ArmsContext): string[] {
  return [...(ctx.mergeSoviet ? ['--merge-soviet'] : []), '--allocation', ctx.allocation, '--dataset', ctx.dataset.id];
}
