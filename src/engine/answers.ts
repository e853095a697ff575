// The answers of the arms queries, built once: the CLI's `--json` prints them, the HTTP API serves
// them and the dashboard renders them, so the three can never disagree. Inputs are resolved
// entities and checked numbers (parsing stays at the edges, through engine/options.ts).
import { buildPanel, panelToCsv, type PanelMeta, type PanelRow } from '../analysis/panel.js';
import { computeShares } from '../analysis/shares.js';
import type { AllocationDeal } from '../analysis/allocate.js';
import { round2 as round } from '../core/format.js';
import type { Category, Entity, EntityKind } from '../core/types.js';
import { displayName, queryFor, RUSSIA, spanOf } from '../store/context.js';
import { decodeYears, type DealRecord } from '../store/rows.js';
import {
  allCells,
  allDealParties,
  allEntities,
  dealRecords,
  dealsDelivering,
  dyadYears,
  tivByCategory,
  tivByCounterpart,
  tivBySide,
} from '../store/queries.js';
import type { ArmsSession } from './open.js';

export type { DealRecord } from '../store/rows.js';

export interface Party {
  name: string;
  iso3: string | null;
}

export interface SpanOptions {
  from?: number;
  to?: number;
}

function party(e: Entity, s?: ArmsSession): Party {
  return { name: s ? displayName(e, s.ctx) : e.name, iso3: e.iso3 };
}

/** What every arms answer says about where it comes from. */
interface ArmsBasis {
  from: number;
  to: number;
  basis: 'delivered';
  dataset: string;
  datasetVersion: string | null;
  allocation: string;
  mergeSoviet: boolean;
  /** The command that gives the same answer. */
  query: string;
}

function basis(s: ArmsSession, span: { from: number; to: number }, query: string): ArmsBasis {
  return {
    from: span.from, to: span.to, basis: 'delivered', dataset: s.ctx.dataset.id, datasetVersion: s.ctx.dataset.version,
    allocation: s.ctx.allocation, mergeSoviet: s.ctx.mergeSoviet, query,
  };
}

export interface ShareRow {
  name: string;
  iso3: string | null;
  tiv: number;
  share: number;
}

/** `counterweight suppliers|recipients … --json`, `GET /api/suppliers|recipients`. */
export interface SharesAnswer extends ArmsBasis {
  recipient?: Party;
  supplier?: Party;
  category: Category | null;
  totalTiv: number;
  /** Deals with a delivery in the window: the rows behind the figure. */
  dealCount: number;
  suppliers?: ShareRow[];
  recipients?: ShareRow[];
}

function sharesAnswer(s: ArmsSession, side: 'recipient' | 'supplier', e: Entity, opts: SpanOptions & { category?: Category | null }): SharesAnswer {
  const span = spanOf(s.ctx, opts.from, opts.to);
  const category = opts.category ?? null;
  const rows = tivByCounterpart(s.db, s.ctx, side, e, span, category);
  const { totalTiv, shares } = computeShares(rows);
  const list = shares.map((r) => ({ name: r.name, iso3: r.iso3, tiv: round(r.tiv), share: r.share }));
  const command = side === 'recipient' ? 'suppliers' : 'recipients';
  return {
    ...(side === 'recipient' ? { recipient: party(e, s) } : { supplier: party(e, s) }),
    category,
    ...basis(s, span, queryFor(s.ctx, command, [e.name, '--from', span.from, '--to', span.to, category && '--category', category])),
    totalTiv: round(totalTiv),
    dealCount: rows.reduce((n, r) => n + r.deals, 0),
    ...(side === 'recipient' ? { suppliers: list } : { recipients: list }),
  };
}

export function suppliersAnswer(s: ArmsSession, recipient: Entity, opts: SpanOptions & { category?: Category | null } = {}): SharesAnswer {
  return sharesAnswer(s, 'recipient', recipient, opts);
}

export function recipientsAnswer(s: ArmsSession, supplier: Entity, opts: SpanOptions & { category?: Category | null } = {}): SharesAnswer {
  return sharesAnswer(s, 'supplier', supplier, opts);
}

/** `counterweight categories … --json`, `GET /api/categories`. */
export interface CategoriesAnswer extends ArmsBasis {
  recipient: Party;
  supplier: Party | null;
  totalTiv: number;
  categories: { category: Category; tiv: number; share: number }[];
}

export function categoriesAnswer(s: ArmsSession, recipient: Entity, opts: SpanOptions & { supplier?: Entity } = {}): CategoriesAnswer {
  const span = spanOf(s.ctx, opts.from, opts.to);
  const rows = tivByCategory(s.db, s.ctx, recipient, opts.supplier ?? null, span);
  const { totalTiv, shares } = computeShares(rows.map((r) => ({ id: r.category, name: r.category, iso3: null, tiv: r.tiv })));
  return {
    recipient: party(recipient, s), supplier: opts.supplier ? party(opts.supplier, s) : null,
    ...basis(s, span, queryFor(s.ctx, 'categories', [recipient.name, opts.supplier && '--supplier', opts.supplier?.name, '--from', span.from, '--to', span.to])),
    totalTiv, categories: shares.map((c) => ({ category: c.name as Category, tiv: c.tiv, share: c.share })),
  };
}

/** A deal behind a windowed figure, with what it delivered in the window. */
export interface WindowDeal extends DealRecord {
  windowTiv: number;
}

/** `counterweight dyad … --json`, `GET /api/dyad`. */
export interface DyadAnswer extends ArmsBasis {
  supplier: Party;
  recipient: Party;
  totalTiv: number;
  /** Every year of the window from the first delivery (or `--from`) to its end; 0 where nothing was delivered. */
  years: { year: number; tiv: number }[];
  /** Exactly the deals that make the total: those with a delivery in the window, largest first. */
  deals: WindowDeal[];
  /** Deals not fully delivered, ordered by the window's end, that delivered nothing in it. */
  pending: DealRecord[];
}

/** Every year from `from` to `to`, 0 where the series has none. */
export function fillYears(series: { year: number; tiv: number }[], from: number, to: number): { year: number; tiv: number }[] {
  const by = new Map(series.map((y) => [y.year, y.tiv]));
  const out: { year: number; tiv: number }[] = [];
  for (let y = from; y <= to; y++) out.push({ year: y, tiv: by.get(y) ?? 0 });
  return out;
}

export function dyadAnswer(s: ArmsSession, supplier: Entity, recipient: Entity, opts: SpanOptions = {}): DyadAnswer {
  const span = spanOf(s.ctx, opts.from, opts.to);
  const series = dyadYears(s.db, s.ctx, supplier, recipient, span);
  // A window the user set starts where they said; the whole record starts at the first delivery.
  const first = opts.from ?? series[0]?.year ?? span.to;
  const deals = dealsDelivering(s.db, s.ctx, { supplier, recipient, from: span.from, to: span.to });
  const counted = new Set(deals.map((d) => d.line));
  const pending = dealRecords(s.db, s.ctx, recipient, { supplier, pending: true })
    .filter((d) => !counted.has(d.line) && (d.orderYear === null || d.orderYear <= span.to));
  return {
    supplier: party(supplier, s), recipient: party(recipient, s),
    ...basis(s, span, queryFor(s.ctx, 'dyad', [supplier.name, recipient.name, '--from', span.from, '--to', span.to])),
    totalTiv: series.reduce((t, y) => t + y.tiv, 0),
    years: series.length ? fillYears(series, first, span.to) : [],
    deals, pending,
  };
}

/** `counterweight orders … --json`, `GET /api/orders`. */
export interface OrdersAnswer {
  recipient: Party;
  supplier: Party | null;
  pendingOnly: boolean;
  dataset: string;
  datasetVersion: string | null;
  query: string;
  count: number;
  deals: DealRecord[];
}

export function ordersAnswer(s: ArmsSession, recipient: Entity, opts: { supplier?: Entity; pending?: boolean } = {}): OrdersAnswer {
  const deals = dealRecords(s.db, s.ctx, recipient, opts);
  return {
    recipient: party(recipient, s), supplier: opts.supplier ? party(opts.supplier, s) : null, pendingOnly: !!opts.pending,
    dataset: s.ctx.dataset.id, datasetVersion: s.ctx.dataset.version,
    query: queryFor(s.ctx, 'orders', [recipient.name, opts.supplier && '--supplier', opts.supplier?.name, opts.pending && '--pending']),
    count: deals.length, deals,
  };
}

/** `GET /api/deals`: the deals behind a figure, by the source lines its reference lists. */
export interface DealsAnswer {
  recipient: Party;
  dataset: string;
  datasetVersion: string | null;
  requested: number;
  count: number;
  deals: DealRecord[];
}

/**
 * The recipient's deals in the context's dataset, in the order the lines were given. Lines of other
 * recipients are not returned, so a reference can only ever show rows about its own country.
 */
export function dealsAnswer(s: ArmsSession, recipient: Entity, lines: number[]): DealsAnswer {
  const byLine = new Map<number, DealRecord>(dealRecords(s.db, s.ctx, recipient).map((d) => [d.line, d]));
  const deals = [...new Set(lines)].map((l) => byLine.get(l)).filter((d): d is DealRecord => d !== undefined);
  return { recipient: party(recipient, s), dataset: s.ctx.dataset.id, datasetVersion: s.ctx.dataset.version, requested: lines.length, count: deals.length, deals };
}

/** `GET /api/world`: the largest importers and exporters of major arms over a span. */
export interface WorldAnswer extends ArmsBasis {
  totalTiv: number;
  importers: ShareRow[];
  exporters: ShareRow[];
}

export function worldAnswer(s: ArmsSession, opts: SpanOptions & { limit?: number } = {}): WorldAnswer {
  const span = spanOf(s.ctx, opts.from, opts.to);
  const limit = opts.limit ?? 15;
  const top = (side: 'recipient' | 'supplier') => {
    const { totalTiv, shares } = computeShares(tivBySide(s.db, s.ctx, side, span));
    return { totalTiv, list: shares.slice(0, limit).map((r) => ({ name: r.name, iso3: r.iso3, tiv: round(r.tiv), share: r.share })) };
  };
  const importers = top('recipient');
  const exporters = top('supplier');
  return {
    ...basis(s, span, queryFor(s.ctx, 'panel', ['--from', span.from, '--to', span.to])),
    totalTiv: round(importers.totalTiv), importers: importers.list, exporters: exporters.list,
  };
}

/** The supplier × recipient × year panel as rows, plus what names and cites them. */
export function panelData(s: ArmsSession, opts: SpanOptions = {}): { rows: PanelRow[]; meta: PanelMeta } {
  const span = spanOf(s.ctx, opts.from, opts.to);
  const deals: AllocationDeal[] = allDealParties(s.db, s.ctx).map((d) => ({
    key: d.line, supplier: d.supplier, recipient: d.recipient, years: decodeYears(d.years), tiv: d.tiv ?? 0,
  }));
  const entities = new Map(allEntities(s.db).map((e) => [e.id, e]));
  const meta: PanelMeta = {
    entity: (id) => {
      const e = entities.get(id);
      if (!e) return { name: id, iso3: null, kind: 'unknown' as EntityKind };
      return { name: displayName(e, s.ctx), iso3: id === RUSSIA && s.ctx.mergeSoviet ? RUSSIA : e.iso3, kind: e.kind };
    },
    dataset: s.ctx.dataset.id,
    version: s.ctx.dataset.version,
    allocation: s.ctx.allocation,
  };
  return { rows: buildPanel(allCells(s.db, s.ctx, span), deals), meta };
}

export function panelCsvAnswer(s: ArmsSession, opts: SpanOptions = {}): string {
  const p = panelData(s, opts);
  return panelToCsv(p.rows, p.meta);
}
