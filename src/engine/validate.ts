// `validate`: our totals against SIPRI's official tables, all years (per recipient and supplier) and
// year by year (per allocation, and against SIPRI's true per-year deliveries when imported).
import { compareTotals } from '../analysis/validate-totals.js';
import {
  compareWithOfficialTables,
  compareWithTrueDeliveries,
  matchRegisterToPerYear,
  type GroundTruthCheck,
  type YearlyCheck,
} from '../analysis/yearly-validation.js';
import type { AllocationCell } from '../analysis/allocate.js';
import { AppError } from '../core/errors.js';
import { loadAllocationDeals, loadOfficialTotals } from '../store/allocations.js';
import { storedAllocations } from '../store/context.js';
import { deliveredTotals, officialTotals } from '../store/validate.js';
import { loadCells, loadDeals, perYearDataset } from '../store/yearly.js';
import type { ArmsSession } from './open.js';
import type { VetoCheck } from '../analysis/cover.js';
import { datasetOfKind } from '../store/un.js';
import { vetoesAnswer } from './cover.js';

/** All-years delivered TIV per recipient and supplier against the official import/export tables. */
export function validateAnswer(s: ArmsSession, opts: { minTiv?: number } = {}) {
  const side = (col: 'recipient' | 'supplier', kind: 'imports' | 'exports') => {
    const official = officialTotals(s.db, kind);
    if (!official) throw new AppError(`validate: no official ${kind} table in the store (import tiv-${kind}-*.csv)`, 3);
    return { table: official.table, tableVersion: official.tableVersion, ...compareTotals(deliveredTotals(s.db, s.ctx, col), official.totals, opts) };
  };
  return {
    dataset: s.ctx.dataset.id,
    datasetVersion: s.ctx.dataset.version,
    tolerance: '±1 % or ±1 TIV, whichever is larger',
    /** Weapon labels no rule knew: categorised from their head noun (inferred) or stored as other (unmapped). */
    labels: { inferred: s.ctx.dataset.inferred_labels, unmapped: s.ctx.dataset.unmapped_labels },
    minTiv: opts.minTiv ?? 10,
    recipients: side('recipient', 'imports'),
    suppliers: side('supplier', 'exports'),
    /** The veto list against the Security Council's voting records where both cover (null without both). */
    vetoes: vetoCheck(s),
  };
}

function vetoCheck(s: ArmsSession): VetoCheck | null {
  if (!datasetOfKind(s.db, 'unsc-vetoes') || !datasetOfKind(s.db, 'unsc-votes')) return null;
  return vetoesAnswer(s.db).check;
}

export type ValidateAnswer = ReturnType<typeof validateAnswer>;

export interface YearlyValidation {
  dataset: string;
  datasetVersion: string | null;
  allocations: Record<string, YearlyCheck>;
  groundTruth: (GroundTruthCheck & { perYearDataset: string; candidates: number }) | null;
}

export function validateYearlyAnswer(s: ArmsSession, opts: { worst?: number } = {}): YearlyValidation {
  const { db, ctx } = s;
  const imports = loadOfficialTotals(db, 'imports');
  const exports = loadOfficialTotals(db, 'exports');
  if (!imports || !exports) throw new AppError('validate --yearly needs the official tiv-imports and tiv-exports tables in the store', 3);
  const deals = loadAllocationDeals(db, ctx.dataset.id);
  const allocations: Record<string, YearlyCheck> = {};
  const cells: Record<string, AllocationCell[]> = {};
  for (const a of storedAllocations(db, ctx.dataset.id).filter((x) => x !== 'exact').sort()) {
    cells[a] = loadCells(db, ctx.dataset.id, a);
    allocations[a] = compareWithOfficialTables(cells[a], deals, { imports, exports }, { worst: opts.worst ?? 10 });
  }
  let groundTruth: YearlyValidation['groundTruth'] = null;
  const perYear = perYearDataset(db);
  if (perYear && ctx.dataset.kind === 'sipri-register') {
    const years = Array.from({ length: perYear.last_year - perYear.first_year + 1 }, (_, i) => perYear.first_year + i);
    const m = matchRegisterToPerYear(loadDeals(db, ctx.dataset.id), loadDeals(db, perYear.id), years);
    groundTruth = { perYearDataset: perYear.id, candidates: m.candidates, ...compareWithTrueDeliveries(m.matches, cells, years) };
  }
  return { dataset: ctx.dataset.id, datasetVersion: ctx.dataset.version, allocations, groundTruth };
}
