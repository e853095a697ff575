// Yearly deliveries that agree with SIPRI's official import and export tables.
//
// The register gives each deal's delivered TIV and the years it was delivered in, not the split.
// SIPRI's TIV tables give the true yearly totals per recipient and per supplier, rounded to whole
// TIV. We take the split that departs least from the even split — in Kullback–Leibler divergence,
// the quantity iterative proportional fitting minimises — such that
//   - every deal's cells sum to its delivered TIV (a register figure, kept exactly),
//   - only the deal's listed years get TIV,
//   - every recipient-year sum lies within the rounding of its official import figure v,
//     [v − ½, v + ½] (`0` in a table, "under 0.5", is [0, ½]; an empty cell in an entity's row,
//     "none identified", forbids the year),
//   - every supplier-year likewise for the export figure.
// Inside its interval a sum feels a mild pull toward v itself, ε·(h − √(h² − (S − v)²)) for
// half-width h, which keeps it off the edges.
//
// The intervals are elastic: a sum may pass an edge by e at a cost of about e²/(2κ), κ = 0.01 (0.1
// TIV past the edge costs as much as the rest of the penalty). Two reasons. The tables round halves
// up and TIVs are often multiples of 0.5, so many true sums lie exactly on an edge (Luxembourg's
// imports 2016 and 2017: one deal of 1.0 TIV over the two years, official 1 and 1, so 0.5 each);
// with rigid intervals the problem has no interior and every method crawls (plain IPF still leaves
// 0.5 TIV of violation after 3 000 sweeps). And when a table cannot be met at all (a register and
// tables from different releases), the answer is the least-squares-like compromise instead of a
// diverging iteration. On the 2024-10 files no sum passes its interval by more than 0.02 TIV.
//
// Why not plain raking: the margins are tied together by a few very large multi-year deals (the
// British engines and bombers for the US in the 1950s, Ukraine 2022–23), which cyclic raking
// settles only slowly. We solve the same problem through its dual (reconcile-solver.ts): one log
// scale factor per recipient-year and supplier-year, as in raking, deal totals eliminated exactly,
// Newton's method with conjugate gradients — 14 Newton steps on the 2024-10 register.
//
// What cannot be met is reported, not forced: a deal whose every year is "none" in a table keeps
// its even split; a constraint already exceeded by deals that have a single possible year, or an
// entity whose register total cannot fit its official years, is dropped; sums left outside their
// interval are listed with the deals involved.
import { AppError } from '../core/errors.js';
import { screenAllocationDeals, type AllocationCell, type AllocationDeal, type PlaceableDeal, type SkippedDeal } from './allocate.js';
import { solveReconciliationDual, type DualProblem } from './reconcile-solver.js';

/** Entity id → year → official TIV. `0` = under 0.5; a year missing from a listed entity's row = none identified. */
export type OfficialTable = Map<string, Map<number, number>>;

export interface OfficialTotals {
  imports: OfficialTable;
  exports: OfficialTable;
}

export type Side = 'imports' | 'exports';

export interface ReconcileOptions {
  /** Newton iterations at most (default 40). */
  maxIterations?: number;
  /** Stop when no sum is more than this many TIV from where the optimum puts it (default 0.05). */
  tolerance?: number;
  /** Half-width of the official figures' rounding (default 0.5: whole TIV). */
  rounding?: number;
  /** ε, weight of the pull toward the official figure inside its interval (default 1). */
  smoothing?: number;
  /** κ: passing an interval's edge by e costs about e²/(2κ) (default 0.01). */
  elasticity?: number;
}

export interface ReconcileProblem {
  kind:
    | 'deal without allowed year'
    | 'official none but deliveries'
    | 'fixed deliveries exceed official'
    | 'entity total cannot fit'
    | 'constraint not met';
  side?: Side;
  entity?: string;
  year?: number;
  /** Deal keys involved (at most 20). */
  keys: number[];
  message: string;
}

export interface ReconcileReport {
  method: string;
  iterations: number;
  /** Hessian–vector products, the unit of work (one pass over the cells each). */
  cgSteps: number;
  converged: boolean;
  /** Largest distance (TIV) of a sum from where the optimum puts it. */
  residual: number;
  /** Largest distance (TIV) of an active constraint's sum outside official ± rounding. */
  maxOutsideRounding: number;
  deals: {
    input: number;
    placed: number;
    skipped: SkippedDeal[];
    /** One possible year: the deal's TIV goes there. */
    singleYear: number;
    /** No active constraint on any of its years: stays even. */
    unconstrained: number;
    /** Every year forbidden by an official "none": kept even and reported. */
    infeasible: number;
    /** Spread by the reconciliation. */
    adjusted: number;
    /** Deals with some, not all, of their years forbidden by an official "none". */
    withForbiddenYears: number;
    /** Placed deals whose years the register flags as uncertain (`?`): their listed years are used as given. */
    withUncertainYears: number;
  };
  constraints: {
    /** Recipient-years and supplier-years with an official figure that deals deliver in. */
    recipientYears: number;
    supplierYears: number;
    /** With at least one adjustable cell: what the reconciliation fits. */
    active: number;
    /** Fixed entirely by single-year deals: nothing to adjust. */
    determined: number;
    /** Of those, how many the single-year deals leave outside official ± rounding. */
    determinedOff: number;
    dropped: number;
  };
  problems: ReconcileProblem[];
}

export interface ReconcileResult {
  /** In input order of the deals, years ascending, as `allocateDeliveriesEvenly`; forbidden years get no cell. */
  cells: AllocationCell[];
  report: ReconcileReport;
}

const MAX_KEYS = 20;
const NONE = -1;
const enum Kind {
  Adjusted,
  SingleYear,
  Unconstrained,
  Infeasible,
}

function resolveOptions(o: ReconcileOptions): Required<ReconcileOptions> {
  const r = {
    maxIterations: o.maxIterations ?? 40,
    tolerance: o.tolerance ?? 0.05,
    rounding: o.rounding ?? 0.5,
    smoothing: o.smoothing ?? 1,
    elasticity: o.elasticity ?? 0.01,
  };
  if (!(Number.isInteger(r.maxIterations) && r.maxIterations >= 0)) throw new AppError(`invalid maxIterations: ${o.maxIterations}`);
  if (!(r.tolerance > 0)) throw new AppError(`invalid tolerance: ${o.tolerance}`);
  if (!(r.rounding > 0)) throw new AppError(`invalid rounding: ${o.rounding}`);
  if (!(r.smoothing > 0)) throw new AppError(`invalid smoothing: ${o.smoothing}`);
  if (!(r.elasticity > 0)) throw new AppError(`invalid elasticity: ${o.elasticity}`);
  return r;
}

/** First and last year a table speaks for; outside them a year is unconstrained, not "none". */
export function tableYears(table: OfficialTable): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const years of table.values()) {
    for (const y of years.keys()) {
      if (y < first) first = y;
      if (y > last) last = y;
    }
  }
  return { first, last };
}

/** The constraints: one per (side, entity, year) that a deal touches and a table speaks for. */
class Constraints {
  side: Side[] = [];
  entity: string[] = [];
  year: number[] = [];
  /** Official figure, NaN for "none identified". */
  value: number[] = [];
  private sides: Record<Side, { table: OfficialTable; first: number; last: number; ids: Map<string, Int32Array> }>;

  constructor(official: OfficialTotals) {
    this.sides = {
      imports: { table: official.imports, ...tableYears(official.imports), ids: new Map() },
      exports: { table: official.exports, ...tableYears(official.exports), ids: new Map() },
    };
  }

  get size(): number {
    return this.side.length;
  }

  /** The entity's constraint ids by year − first (−1 = not yet made), or null when it has no row. */
  row(side: Side, entity: string): Int32Array | null {
    const t = this.sides[side];
    let ids = t.ids.get(entity);
    if (ids === undefined) {
      ids = t.table.has(entity) && t.last >= t.first ? new Int32Array(t.last - t.first + 1).fill(NONE) : new Int32Array(0);
      t.ids.set(entity, ids);
    }
    return ids.length ? ids : null;
  }

  of(side: Side, entity: string, ids: Int32Array | null, year: number): number {
    if (!ids) return NONE;
    const t = this.sides[side];
    if (year < t.first || year > t.last) return NONE;
    let g = ids[year - t.first];
    if (g === NONE) {
      g = ids[year - t.first] = this.side.length;
      this.side.push(side);
      this.entity.push(entity);
      this.year.push(year);
      this.value.push(t.table.get(entity)!.get(year) ?? NaN);
    }
    return g;
  }

  where(g: number): string {
    return `${this.side[g] === 'imports' ? 'imports of' : 'exports by'} ${this.entity[g]} in ${this.year[g]}`;
  }
}

/**
 * Reconciled allocation of every deal's delivered TIV over its listed delivery years (see the
 * head of this file). Pure and deterministic: deals are processed in key order whatever the input
 * order, every loop runs in a fixed order, nothing is random. Deals that `screenAllocationDeals`
 * skips get no cells, as in the even split.
 */
export function reconcileWithOfficialTotals(
  deals: readonly AllocationDeal[],
  official: OfficialTotals,
  options: ReconcileOptions = {},
): ReconcileResult {
  const opt = resolveOptions(options);
  const screened = screenAllocationDeals(deals);
  const order = screened.placeable.map((_, i) => i);
  order.sort((a, b) => screened.placeable[a].deal.key - screened.placeable[b].deal.key || a - b);
  const placed = order.map((i) => screened.placeable[i]);
  const nDeals = placed.length;
  const problems: ReconcileProblem[] = [];

  // Every listed year of every deal is a cell, with its recipient-year and supplier-year.
  const cons = new Constraints(official);
  const cellStart = new Int32Array(nDeals + 1);
  for (let d = 0; d < nDeals; d++) cellStart[d + 1] = cellStart[d] + placed[d].years.length;
  const nCells = cellStart[nDeals];
  const cellR = new Int32Array(nCells);
  const cellS = new Int32Array(nCells);
  const forbidden = new Uint8Array(nCells);
  for (let d = 0; d < nDeals; d++) {
    const { deal, years } = placed[d];
    const rowR = cons.row('imports', deal.recipient);
    const rowS = cons.row('exports', deal.supplier);
    for (let j = 0; j < years.length; j++) {
      const k = cellStart[d] + j;
      const r = (cellR[k] = cons.of('imports', deal.recipient, rowR, years[j]));
      const s = (cellS[k] = cons.of('exports', deal.supplier, rowS, years[j]));
      if ((r !== NONE && Number.isNaN(cons.value[r])) || (s !== NONE && Number.isNaN(cons.value[s]))) forbidden[k] = 1;
    }
  }
  const nCons = cons.size;

  const value = new Float64Array(nCells);
  const kind = new Uint8Array(nDeals);
  const fixedSum = new Float64Array(nCons);
  const adjustable = new Int32Array(nCons);
  const consKeys: number[][] = Array.from({ length: nCons }, () => []);
  const withForbiddenYears = classifyDeals(placed, cellStart, cellR, cellS, forbidden, value, kind, problems);
  for (let d = 0; d < nDeals; d++) {
    const adjusting = kind[d] === Kind.Adjusted;
    for (let k = cellStart[d]; k < cellStart[d + 1]; k++) {
      for (let side = 0; side < 2; side++) {
        const g = side === 0 ? cellR[k] : cellS[k];
        if (g === NONE) continue;
        if (consKeys[g].length < MAX_KEYS) consKeys[g].push(placed[d].deal.key);
        if (adjusting && !forbidden[k]) adjustable[g]++;
        else fixedSum[g] += value[k];
      }
    }
  }

  // Intervals, and which constraints the solver fits.
  const lo = new Float64Array(nCons);
  const hi = new Float64Array(nCons);
  const active = new Uint8Array(nCons);
  let determined = 0;
  let determinedOff = 0;
  let dropped = 0;
  for (let g = 0; g < nCons; g++) {
    const v = cons.value[g];
    const at = { side: cons.side[g], entity: cons.entity[g], year: cons.year[g], keys: consKeys[g] };
    if (Number.isNaN(v)) {
      if (fixedSum[g] > 0) {
        problems.push({
          kind: 'official none but deliveries',
          ...at,
          message: `${cons.where(g)}: the official table has none, but deals with no other possible year deliver ${fixedSum[g].toFixed(2)} TIV`,
        });
      }
      continue;
    }
    // `0` (under 0.5) is the interval [0, 0.5]: centre ¼.
    const centre = v > 0 ? v : opt.rounding / 2;
    const width = v > 0 ? opt.rounding : opt.rounding / 2;
    lo[g] = centre - width;
    hi[g] = centre + width;
    if (adjustable[g] === 0) {
      determined++;
      if (fixedSum[g] < lo[g] - opt.tolerance || fixedSum[g] > hi[g] + opt.tolerance) determinedOff++;
    } else if (fixedSum[g] >= hi[g]) {
      dropped++;
      problems.push({
        kind: 'fixed deliveries exceed official',
        ...at,
        message: `${cons.where(g)}: deals with a single possible year already deliver ${fixedSum[g].toFixed(2)} TIV against an official ${v}; constraint dropped`,
      });
    } else {
      active[g] = 1;
    }
  }
  const fitting: Fitting = { placed, cellStart, cellR, cellS, forbidden, kind, cons, fixedSum, lo, hi, active };
  dropped += dropUnfittableEntities(fitting, consKeys, problems);

  const { problem, cellOf } = dualProblem(fitting);
  const solved = solveReconciliationDual(problem, opt);
  for (let i = 0; i < cellOf.length; i++) value[cellOf[i]] = solved.x[i];

  // What is left outside the intervals, with the deals involved.
  const sums = new Float64Array(nCons);
  for (let k = 0; k < nCells; k++) {
    if (cellR[k] !== NONE) sums[cellR[k]] += value[k];
    if (cellS[k] !== NONE) sums[cellS[k]] += value[k];
  }
  let maxOutsideRounding = 0;
  for (let g = 0; g < nCons; g++) {
    if (!active[g]) continue;
    const v = cons.value[g];
    maxOutsideRounding = Math.max(maxOutsideRounding, lo[g] - sums[g], sums[g] - hi[g]);
    if (sums[g] < lo[g] - opt.tolerance || sums[g] > hi[g] + opt.tolerance) {
      problems.push({
        kind: 'constraint not met',
        side: cons.side[g],
        entity: cons.entity[g],
        year: cons.year[g],
        keys: consKeys[g],
        message: `${cons.where(g)}: reconciled ${sums[g].toFixed(2)} TIV, official ${v} (allowed ${lo[g].toFixed(2)}–${hi[g].toFixed(2)})`,
      });
    }
  }

  // Cells in input order of the deals.
  const rank = new Int32Array(nDeals);
  for (let d = 0; d < nDeals; d++) rank[order[d]] = d;
  const cells: AllocationCell[] = [];
  for (let i = 0; i < nDeals; i++) {
    const d = rank[i];
    const { deal, years } = placed[d];
    for (let j = 0; j < years.length; j++) {
      const k = cellStart[d] + j;
      if (forbidden[k] && kind[d] !== Kind.Infeasible) continue;
      cells.push({ key: deal.key, year: years[j], tiv: value[k] });
    }
  }

  const count = (c: Kind) => kind.reduce((n, x) => n + (x === c ? 1 : 0), 0);
  const untouched = unconstrainedAdjusted(problem);
  const officialOn = (side: Side) => cons.value.filter((v, g) => cons.side[g] === side && !Number.isNaN(v)).length;
  return {
    cells,
    report: {
      method:
        `least departure (KL) from the even split with recipient-year and supplier-year sums within ` +
        `official ±${opt.rounding} (elastic, κ ${opt.elasticity}; pull to the figure ε ${opt.smoothing}); dual Newton–CG`,
      iterations: solved.iterations,
      cgSteps: solved.cgSteps,
      converged: solved.converged,
      residual: solved.residual,
      maxOutsideRounding: Math.max(0, maxOutsideRounding),
      deals: {
        input: deals.length,
        placed: nDeals,
        skipped: screened.skipped,
        singleYear: count(Kind.SingleYear),
        unconstrained: count(Kind.Unconstrained) + untouched,
        infeasible: count(Kind.Infeasible),
        adjusted: count(Kind.Adjusted) - untouched,
        withForbiddenYears,
        withUncertainYears: placed.filter((p) => p.deal.yearsUncertain).length,
      },
      constraints: {
        recipientYears: officialOn('imports'),
        supplierYears: officialOn('exports'),
        active: problem.n,
        determined,
        determinedOff,
        dropped,
      },
      problems,
    },
  };
}

/**
 * Which deals the solver adjusts; the others get their cells now. A deal with one possible year
 * puts everything there; one untouched by any table stays even; one whose every year is "none"
 * keeps its even split and is reported. Returns how many deals lost some (not all) years.
 */
function classifyDeals(
  placed: PlaceableDeal[],
  cellStart: Int32Array,
  cellR: Int32Array,
  cellS: Int32Array,
  forbidden: Uint8Array,
  value: Float64Array,
  kind: Uint8Array,
  problems: ReconcileProblem[],
): number {
  let withForbiddenYears = 0;
  for (let d = 0; d < placed.length; d++) {
    const a = cellStart[d];
    const b = cellStart[d + 1];
    const { deal, years } = placed[d];
    let allowed = 0;
    let constrained = false;
    for (let k = a; k < b; k++) {
      if (forbidden[k]) continue;
      allowed++;
      if (cellR[k] !== NONE || cellS[k] !== NONE) constrained = true;
    }
    if (allowed > 0 && allowed < b - a) withForbiddenYears++;
    if (allowed === 0) {
      kind[d] = Kind.Infeasible;
      for (let k = a; k < b; k++) value[k] = deal.tiv / (b - a);
      problems.push({
        kind: 'deal without allowed year',
        keys: [deal.key],
        message: `deal ${deal.key} (${deal.supplier} → ${deal.recipient}, ${years.join(', ')}): every delivery year is "none" in an official table; kept even`,
      });
    } else if (allowed === 1 || !constrained) {
      kind[d] = allowed === 1 ? Kind.SingleYear : Kind.Unconstrained;
      for (let k = a; k < b; k++) if (!forbidden[k]) value[k] = deal.tiv / allowed;
    } else {
      kind[d] = Kind.Adjusted;
    }
  }
  return withForbiddenYears;
}

/** The cell layout and constraint intervals that the feasibility check and the solver input share. */
interface Fitting {
  placed: PlaceableDeal[];
  /** Cells of deal d are cellStart[d] … cellStart[d + 1] − 1. */
  cellStart: Int32Array;
  /** Recipient-year and supplier-year constraint of each cell (NONE where the table has no row). */
  cellR: Int32Array;
  cellS: Int32Array;
  forbidden: Uint8Array;
  kind: Uint8Array;
  cons: Constraints;
  fixedSum: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  /** Constraints the solver fits (cleared when dropped). */
  active: Uint8Array;
}

/**
 * A necessary condition per entity and side: its adjustable deals must be able to fill the lower
 * ends of its active years and fit under their upper ends. When they cannot (a register total far
 * from the table's, e.g. names resolved differently in the two files), no split satisfies the
 * entity's years, so its constraints on that side are dropped and reported rather than fought over.
 */
function dropUnfittableEntities(f: Fitting, consKeys: number[][], problems: ReconcileProblem[]): number {
  const { placed, cellStart, cellR, cellS, forbidden, kind, cons, fixedSum, lo, hi, active } = f;
  let dropped = 0;
  for (const side of ['imports', 'exports'] as const) {
    const cellCons = side === 'imports' ? cellR : cellS;
    const entityOf = (d: PlaceableDeal) => (side === 'imports' ? d.deal.recipient : d.deal.supplier);
    // TIV of the entity's adjustable deals, and of those that can only land in its active years.
    const anyTiv = new Map<string, number>();
    const insideTiv = new Map<string, number>();
    for (let d = 0; d < placed.length; d++) {
      if (kind[d] !== Kind.Adjusted) continue;
      const entity = entityOf(placed[d]);
      let inside = true;
      for (let k = cellStart[d]; k < cellStart[d + 1]; k++) {
        if (!forbidden[k] && (cellCons[k] === NONE || !active[cellCons[k]])) inside = false;
      }
      anyTiv.set(entity, (anyTiv.get(entity) ?? 0) + placed[d].deal.tiv);
      if (inside) insideTiv.set(entity, (insideTiv.get(entity) ?? 0) + placed[d].deal.tiv);
    }
    const members = new Map<string, number[]>();
    for (let g = 0; g < cons.size; g++) {
      if (!active[g] || cons.side[g] !== side) continue;
      const list = members.get(cons.entity[g]);
      if (list) list.push(g);
      else members.set(cons.entity[g], [g]);
    }
    for (const [entity, list] of members) {
      const need = list.reduce((t, g) => t + Math.max(0, lo[g] - fixedSum[g]), 0);
      const room = list.reduce((t, g) => t + (hi[g] - fixedSum[g]), 0);
      const any = anyTiv.get(entity) ?? 0;
      const inside = insideTiv.get(entity) ?? 0;
      const slack = 1e-9 * (1 + any);
      if (need <= any + slack && inside <= room + slack) continue;
      for (const g of list) active[g] = 0;
      dropped += list.length;
      problems.push({
        kind: 'entity total cannot fit',
        side,
        entity,
        keys: [...new Set(list.flatMap((g) => consKeys[g]))].slice(0, MAX_KEYS),
        message:
          `${side} of ${entity}: adjustable deals total ${any.toFixed(2)} TIV but its official years need ` +
          `${need.toFixed(2)}–${room.toFixed(2)}; its ${list.length} yearly constraints dropped`,
      });
    }
  }
  return dropped;
}

/** The solver's input: adjustable cells by deal; active constraints numbered by side, entity, year. */
function dualProblem(f: Fitting): { problem: DualProblem; cellOf: Int32Array } {
  const { placed, cellStart, cellR, cellS, forbidden, kind, cons, fixedSum, lo, hi, active } = f;
  // Numbering by entity and year keeps a deal's constraints next to each other in memory.
  const list: number[] = [];
  for (let g = 0; g < cons.size; g++) if (active[g]) list.push(g);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  list.sort((a, b) => cmp(cons.side[a], cons.side[b]) || cmp(cons.entity[a], cons.entity[b]) || cons.year[a] - cons.year[b]);
  const n = list.length;
  const dual = new Int32Array(cons.size).fill(n);
  list.forEach((g, j) => (dual[g] = j));

  const adjusted: number[] = [];
  let nCells = 0;
  for (let d = 0; d < placed.length; d++) {
    if (kind[d] !== Kind.Adjusted) continue;
    adjusted.push(d);
    for (let k = cellStart[d]; k < cellStart[d + 1]; k++) if (!forbidden[k]) nCells++;
  }
  const problem: DualProblem = {
    n,
    start: new Int32Array(adjusted.length + 1),
    r: new Int32Array(nCells),
    s: new Int32Array(nCells),
    logEven: new Float64Array(nCells),
    total: new Float64Array(adjusted.length),
    base: new Float64Array(n + 1),
    mid: new Float64Array(n + 1),
    half: new Float64Array(n + 1),
    block: new Int32Array(n),
    blocks: 0,
  };
  const cellOf = new Int32Array(nCells);
  let v = 0;
  adjusted.forEach((d, i) => {
    const tiv = placed[d].deal.tiv;
    let allowed = 0;
    for (let k = cellStart[d]; k < cellStart[d + 1]; k++) if (!forbidden[k]) allowed++;
    problem.start[i] = v;
    problem.total[i] = tiv;
    for (let k = cellStart[d]; k < cellStart[d + 1]; k++) {
      if (forbidden[k]) continue;
      cellOf[v] = k;
      problem.r[v] = cellR[k] === NONE ? n : dual[cellR[k]];
      problem.s[v] = cellS[k] === NONE ? n : dual[cellS[k]];
      problem.logEven[v] = Math.log(tiv / allowed);
      v++;
    }
  });
  problem.start[adjusted.length] = v;
  let blocks = 0;
  list.forEach((g, j) => {
    problem.base[j] = fixedSum[g];
    problem.mid[j] = (lo[g] + hi[g]) / 2;
    problem.half[j] = (hi[g] - lo[g]) / 2;
    const prev = j > 0 ? list[j - 1] : -1;
    if (prev >= 0 && (cons.side[prev] !== cons.side[g] || cons.entity[prev] !== cons.entity[g])) blocks++;
    problem.block[j] = blocks;
  });
  problem.blocks = n > 0 ? blocks + 1 : 0;
  return { problem, cellOf };
}

/** Adjusted deals none of whose cells ended up under an active constraint (constraints dropped). */
function unconstrainedAdjusted(p: DualProblem): number {
  let count = 0;
  for (let d = 0; d + 1 < p.start.length; d++) {
    let touched = false;
    for (let k = p.start[d]; k < p.start[d + 1]; k++) if (p.r[k] < p.n || p.s[k] < p.n) touched = true;
    if (!touched) count++;
  }
  return count;
}
