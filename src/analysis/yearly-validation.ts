// How well an allocation's yearly sums agree with SIPRI's official tables, and how well its
// deal-years agree with SIPRI's true yearly deliveries where the per-year export gives them.
import type { Deal } from '../core/types.js';
import { resolveSipriName } from '../entities/registry.js';
import type { AllocationCell, AllocationDeal } from './allocate.js';
import { tableYears, type OfficialTable, type OfficialTotals, type Side } from './reconcile.js';
import { compareText } from '../core/compare.js';

export interface YearlyCell {
  entity: string;
  year: number;
  ours: number;
  /** The official figure; 0 where the table has none (or `0`, under 0.5). */
  official: number;
  diff: number;
  /** Deals delivering in this entity-year, largest share first (at most `keysPerCell`). */
  keys: number[];
}

export interface YearlySideCheck {
  side: Side;
  /** Entity-years compared: deliveries in the allocation or a figure in the table (entities with a row, years the table covers). */
  compared: number;
  within: number;
  /** within / compared. */
  share: number;
  meanAbsError: number;
  /** Largest |ours − official| first. */
  worst: YearlyCell[];
  /** Entities with deliveries but no row in the table: not compared. */
  entitiesWithoutRow: string[];
}

export interface YearlyCheck {
  tolerance: number;
  imports: YearlySideCheck;
  exports: YearlySideCheck;
}

/**
 * An allocation's recipient-year and supplier-year sums against the official import and export
 * tables. An entity-year counts when either side has anything (our sum > 0, or a figure in the
 * table, `0` included); it is within when |ours − official| ≤ tolerance (default 1 TIV: the
 * tables are rounded to whole TIV, so ±0.5 is exact agreement and ±1 allows for the register's own
 * rounding). Pure: cells and deals as plain rows, tables as maps.
 */
export function compareWithOfficialTables(
  cells: readonly AllocationCell[],
  deals: readonly AllocationDeal[],
  official: OfficialTotals,
  opts: { tolerance?: number; worst?: number; keysPerCell?: number } = {},
): YearlyCheck {
  const tolerance = opts.tolerance ?? 1;
  const byKey = new Map(deals.map((d) => [d.key, d]));
  const side = (name: Side, table: OfficialTable, entityOf: (d: AllocationDeal) => string) =>
    compareSide(name, table, cells, byKey, entityOf, tolerance, opts.worst ?? 10, opts.keysPerCell ?? 10);
  return {
    tolerance,
    imports: side('imports', official.imports, (d) => d.recipient),
    exports: side('exports', official.exports, (d) => d.supplier),
  };
}

function compareSide(
  side: Side,
  table: OfficialTable,
  cells: readonly AllocationCell[],
  byKey: Map<number, AllocationDeal>,
  entityOf: (d: AllocationDeal) => string,
  tolerance: number,
  worstN: number,
  keysPerCell: number,
): YearlySideCheck {
  const { first, last } = tableYears(table);
  const sums = new Map<string, Map<number, { tiv: number; deals: Map<number, number> }>>();
  const withoutRow = new Set<string>();
  for (const c of cells) {
    const deal = byKey.get(c.key);
    if (!deal) continue;
    const entity = entityOf(deal);
    if (!table.has(entity)) {
      if (c.tiv > 0) withoutRow.add(entity);
      continue;
    }
    if (c.year < first || c.year > last) continue;
    let years = sums.get(entity);
    if (!years) sums.set(entity, (years = new Map()));
    let cell = years.get(c.year);
    if (!cell) years.set(c.year, (cell = { tiv: 0, deals: new Map() }));
    cell.tiv += c.tiv;
    cell.deals.set(c.key, (cell.deals.get(c.key) ?? 0) + c.tiv);
  }
  const rows: YearlyCell[] = [];
  const entities = [...new Set([...table.keys(), ...sums.keys()])].sort();
  for (const entity of entities) {
    const officialYears = table.get(entity) ?? new Map<number, number>();
    const ours = sums.get(entity) ?? new Map();
    const years = [...new Set([...officialYears.keys(), ...[...ours.entries()].filter(([, v]) => v.tiv > 0).map(([y]) => y)])].sort((a, b) => a - b);
    for (const year of years) {
      const cell = ours.get(year);
      const tiv = cell?.tiv ?? 0;
      const off = officialYears.get(year) ?? 0;
      const keys = cell ? [...cell.deals].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, keysPerCell).map(([k]) => k) : [];
      rows.push({ entity, year, ours: tiv, official: off, diff: tiv - off, keys });
    }
  }
  const within = rows.filter((r) => Math.abs(r.diff) <= tolerance).length;
  const mae = rows.length ? rows.reduce((s, r) => s + Math.abs(r.diff), 0) / rows.length : 0;
  const worst = [...rows]
    .sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff) || compareText(a.entity, b.entity) || a.year - b.year)
    .slice(0, worstN);
  return {
    side,
    compared: rows.length,
    within,
    share: rows.length ? within / rows.length : 1,
    meanAbsError: mae,
    worst,
    entitiesWithoutRow: [...withoutRow].sort(),
  };
}

// ---------------------------------------------------------------------------------------------
// Ground truth: the per-delivery-year export gives SIPRI's true yearly deliveries of deals
// delivered in its years. The register has no deal id, so register deals are matched to per-year
// deals on what both files carry.

export interface DealMatch {
  /** Register deal (its `line` is the allocation key). */
  register: Deal;
  perYear: Deal;
  score: number;
  /** What agreed, e.g. `designation, description, unit TIV`. */
  on: string;
}

export interface MatchResult {
  /** Register deals delivered in every one of the years. */
  candidates: number;
  /** Per-year deals delivered in every one of the years. */
  perYearCandidates: number;
  matches: DealMatch[];
  /** Register candidates with no acceptable counterpart, or two equally good ones. */
  unmatched: { deal: Deal; reason: 'no counterpart' | 'ambiguous' }[];
}

const normal = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');
/** Designation tokens: `RBS-56B Bill-2` → [rbs56b, bill2]; `Bell-205/UH-1H` → [bell205, uh1h]. */
const tokens = (s: string) =>
  s
    .toLowerCase()
    .split(/[\s/,()]+/)
    .map(normal)
    .filter((t) => t.length >= 2);

/** How alike two designations are: 3 equal, 2 one token set within the other, 1 a shared token or prefix, 0 none. */
export function designationSimilarity(a: string, b: string): number {
  const na = normal(a);
  const nb = normal(b);
  if (na === nb) return 3;
  const ta = tokens(a);
  const tb = tokens(b);
  const inB = ta.filter((t) => tb.some((u) => u === t)).length;
  if (inB > 0 && (inB === ta.length || inB === tb.length)) return 2;
  if (inB > 0) return 1;
  // `Il-78M` / `Il-78`, `LAV-25 turret` / `LAV-25 TUR`: one starts with the other's first token.
  const fa = ta[0] ?? na;
  const fb = tb[0] ?? nb;
  if (fa.length >= 3 && fb.length >= 3 && (fa.startsWith(fb) || fb.startsWith(fa))) return 1;
  return 0;
}

function deliveredIn(deal: Deal, years: readonly number[]): boolean {
  if (deal.yearly) return years.every((y) => deal.yearly!.some((d) => d.year === y && d.tiv !== null));
  return years.every((y) => deal.deliveryYears.includes(y));
}

/**
 * Pairs register deals delivered in all of `years` with per-year deals delivered in all of them.
 * Candidates share supplier, recipient (as entities, so spellings may differ) and order year;
 * among them a pair scores on designation (0–3), description (+2), unit TIV (+2, within 1 %) and,
 * when the register deal was delivered only in `years`, equal delivered TIV (+2). A pair needs a
 * score of 3, and the best must beat the runner-up for both deals; matching is one-to-one,
 * greedy by score in a fixed order.
 */
export function matchRegisterToPerYear(
  register: readonly Deal[],
  perYear: readonly Deal[],
  years: readonly number[],
  opts: { entityId?: (name: string) => string } = {},
): MatchResult {
  const id = opts.entityId ?? ((name: string) => resolveSipriName(name).id);
  const block = (d: Deal) => `${id(d.supplier)}\u0000${id(d.recipient)}\u0000${d.orderYear ?? ''}`;
  const regs = register.filter((d) => (d.tivDelivered ?? 0) > 0 && deliveredIn(d, years));
  const pys = perYear.filter((d) => d.yearly && deliveredIn(d, years));
  const byBlock = new Map<string, Deal[]>();
  for (const p of pys) {
    const k = block(p);
    const list = byBlock.get(k);
    if (list) list.push(p);
    else byBlock.set(k, [p]);
  }
  const pairs: { r: Deal; p: Deal; score: number; on: string[] }[] = [];
  for (const r of regs) {
    for (const p of byBlock.get(block(r)) ?? []) {
      const on: string[] = [];
      let score = designationSimilarity(r.designation, p.designation);
      if (score === 3) on.push('designation');
      else if (score > 0) on.push('similar designation');
      if (normal(r.description) === normal(p.description)) {
        score += 2;
        on.push('description');
      }
      if (r.tivPerUnit !== null && p.tivPerUnit !== null && Math.abs(r.tivPerUnit - p.tivPerUnit) <= 0.01 * Math.max(r.tivPerUnit, p.tivPerUnit)) {
        score += 2;
        on.push('unit TIV');
      }
      if (r.deliveryYears.every((y) => years.includes(y)) && r.tivDelivered !== null && p.tivDelivered !== null) {
        if (Math.abs(r.tivDelivered - p.tivDelivered) <= 0.01 * Math.max(r.tivDelivered, p.tivDelivered)) {
          score += 2;
          on.push('delivered TIV');
        }
      }
      if (score >= 3) pairs.push({ r, p, score, on });
    }
  }
  // Best first; ties broken by file order so the result never depends on input order.
  pairs.sort((a, b) => b.score - a.score || a.r.line - b.r.line || a.p.line - b.p.line);
  const usedR = new Set<Deal>();
  const usedP = new Set<Deal>();
  const ambiguous = new Set<Deal>();
  const matches: DealMatch[] = [];
  for (const x of pairs) {
    if (usedR.has(x.r) || usedP.has(x.p)) continue;
    // Another still-open pair as good for either deal: the files do not say which is which, so
    // every deal in the tie is left out rather than guessed.
    const tied = pairs.filter((y) => y !== x && y.score === x.score && (y.r === x.r || y.p === x.p) && !usedR.has(y.r) && !usedP.has(y.p));
    if (tied.length > 0) {
      for (const y of [x, ...tied]) {
        ambiguous.add(y.r);
        usedR.add(y.r);
        usedP.add(y.p);
      }
      continue;
    }
    usedR.add(x.r);
    usedP.add(x.p);
    matches.push({ register: x.r, perYear: x.p, score: x.score, on: x.on.join(', ') });
  }
  matches.sort((a, b) => a.register.line - b.register.line);
  const matched = new Set(matches.map((m) => m.register));
  const unmatched = regs
    .filter((r) => !matched.has(r))
    .map((deal) => ({ deal, reason: ambiguous.has(deal) ? ('ambiguous' as const) : ('no counterpart' as const) }));
  return { candidates: regs.length, perYearCandidates: pys.length, matches, unmatched };
}

export interface GroundTruthCheck {
  years: number[];
  matchedDeals: number;
  /** Matched deal-years compared (matched deals × years). */
  dealYears: number;
  /** Per allocation: mean |allocated − true| over the deal-years, and the share within ±1 TIV. */
  allocations: Record<string, { meanAbsError: number; within1: number; worst: { key: number; year: number; allocated: number; truth: number }[] }>;
}

/**
 * Allocations of the matched register deals against SIPRI's true yearly deliveries, per deal-year.
 * `allocations` maps a name (`even`, `reconciled` …) to its cells, keyed by register line.
 */
export function compareWithTrueDeliveries(
  matches: readonly DealMatch[],
  allocations: Record<string, readonly AllocationCell[]>,
  years: readonly number[],
  opts: { worst?: number } = {},
): GroundTruthCheck {
  const out: GroundTruthCheck['allocations'] = {};
  const truthOf = (m: DealMatch, y: number) => m.perYear.yearly!.filter((d) => d.year === y).reduce((s, d) => s + (d.tiv ?? 0), 0);
  for (const [name, cells] of Object.entries(allocations)) {
    const at = new Map<string, number>();
    for (const c of cells) at.set(`${c.key}:${c.year}`, (at.get(`${c.key}:${c.year}`) ?? 0) + c.tiv);
    const errors: { key: number; year: number; allocated: number; truth: number }[] = [];
    for (const m of matches) {
      for (const y of years) errors.push({ key: m.register.line, year: y, allocated: at.get(`${m.register.line}:${y}`) ?? 0, truth: truthOf(m, y) });
    }
    const abs = (e: (typeof errors)[number]) => Math.abs(e.allocated - e.truth);
    out[name] = {
      meanAbsError: errors.length ? errors.reduce((s, e) => s + abs(e), 0) / errors.length : 0,
      within1: errors.length ? errors.filter((e) => abs(e) <= 1).length / errors.length : 1,
      worst: [...errors].sort((a, b) => abs(b) - abs(a) || a.key - b.key || a.year - b.year).slice(0, opts.worst ?? 10),
    };
  }
  return { years: [...years], matchedDeals: matches.length, dealYears: matches.length * years.length, allocations: out };
}
