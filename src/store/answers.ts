// The JSON answers of the queries, built once: the CLI's `--json` prints them and the HTTP API
// serves them, so the two can never disagree. Inputs are resolved entities and checked numbers;
// parsing stays at the edges (cli/options.ts, server/params.ts).
import type { Entity, EntityKind } from '../core/types.js';
import type { AllocationCell, AllocationDeal } from '../analysis/allocate.js';
import { buildPanel, panelToCsv, type PanelMeta, type PanelRow } from '../analysis/panel.js';
import { computeShares, type TivByEntity } from '../analysis/shares.js';
import type { ArmsContext } from './context.js';
import type { Db } from './db.js';
import {
  categoryMix,
  dyadSeries,
  orders,
  recipientShares,
  supplierShares,
  yearSpan,
  type DealRecord,
  type Party,
  type SharesResult,
} from './queries.js';

const SOVIET = 'SUN';
const RUSSIA = 'RUS';
const RUSSIA_MERGED = 'Russia (incl. Soviet Union)';

function party(e: Entity): Party {
  return { name: e.name, iso3: e.iso3 };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The shares answer: the shape, with `suppliers` or `recipients`. */
export function sharesJson(r: SharesResult) {
  const list = r.rows.map((s) => ({ name: s.name, iso3: s.iso3, tiv: round(s.tiv), share: s.share }));
  const { rows: _rows, ...rest } = r;
  return { ...rest, totalTiv: round(r.totalTiv), ...(r.recipient ? { suppliers: list } : { recipients: list }) };
}

export interface SpanOptions {
  from?: number;
  to?: number;
}

/** `counterweight suppliers <recipient> --json` and `GET /api/suppliers`. */
export function suppliersAnswer(db: Db, ctx: ArmsContext, recipient: Entity, opts: Parameters<typeof supplierShares>[3] = {}) {
  return sharesJson(supplierShares(db, ctx, recipient, opts));
}

/** `counterweight recipients <supplier> --json` and `GET /api/recipients`. */
export function recipientsAnswer(db: Db, ctx: ArmsContext, supplier: Entity, opts: Parameters<typeof recipientShares>[3] = {}) {
  return sharesJson(recipientShares(db, ctx, supplier, opts));
}

/** `counterweight categories <recipient> --json` and `GET /api/categories`. */
export function categoriesAnswer(db: Db, ctx: ArmsContext, recipient: Entity, opts: SpanOptions & { supplier?: Entity } = {}) {
  const r = categoryMix(db, ctx, recipient, opts);
  return {
    recipient: party(recipient),
    supplier: opts.supplier ? party(opts.supplier) : null,
    from: r.from, to: r.to, basis: 'delivered' as const, dataset: ctx.dataset.id, allocation: ctx.allocation,
    totalTiv: r.totalTiv, categories: r.categories,
  };
}

/** `counterweight dyad <supplier> <recipient> --json` and `GET /api/dyad`. */
export function dyadAnswer(db: Db, ctx: ArmsContext, supplier: Entity, recipient: Entity, opts: SpanOptions = {}) {
  const d = dyadSeries(db, ctx, supplier, recipient, opts);
  return {
    supplier: party(supplier), recipient: party(recipient),
    from: d.from, to: d.to, basis: 'delivered' as const, dataset: ctx.dataset.id, allocation: ctx.allocation,
    totalTiv: d.totalTiv, years: d.years, deals: d.deals,
  };
}

/** `counterweight orders <recipient> --json` and `GET /api/orders`. */
export function ordersAnswer(db: Db, ctx: ArmsContext, recipient: Entity, opts: { supplier?: Entity; pending?: boolean } = {}) {
  const deals = orders(db, ctx, recipient, opts);
  return {
    recipient: party(recipient), supplier: opts.supplier ? party(opts.supplier) : null,
    pendingOnly: !!opts.pending, dataset: ctx.dataset.id, datasetVersion: ctx.dataset.version, count: deals.length, deals,
  };
}

/**
 * The deals behind a figure, by their source lines (what a brief's `Ref` lists): the recipient's
 * deals in the context's dataset, in the order the lines were given. Lines of other recipients are
 * not returned, so a reference can only ever show rows about the country it belongs to.
 */
export function dealsAnswer(db: Db, ctx: ArmsContext, recipient: Entity, lines: number[]) {
  const byLine = new Map<number, DealRecord>(orders(db, ctx, recipient).map((d) => [d.line, d]));
  const deals = [...new Set(lines)].map((l) => byLine.get(l)).filter((d): d is DealRecord => d !== undefined);
  return {
    recipient: party(recipient), dataset: ctx.dataset.id, datasetVersion: ctx.dataset.version,
    requested: lines.length, count: deals.length, deals,
  };
}

interface TivRow {
  id: string;
  name: string | null;
  iso3: string | null;
  tiv: number;
}

/** Delivered TIV per importer or exporter over a span; the Soviet Union counted as Russia when merged. */
function worldSide(db: Db, ctx: ArmsContext, side: 'recipient' | 'supplier', span: { from: number; to: number }): TivByEntity[] {
  // Summed first, then named: one entity lookup per group, not per cell.
  const rows = db
    .prepare(
      `SELECT g.id AS id, e.name AS name, e.iso3 AS iso3, g.tiv AS tiv FROM (
         SELECT d.${side}_id AS id, SUM(d.tiv) AS tiv FROM deliveries d
         WHERE d.dataset = ? AND d.allocation = ? AND d.year BETWEEN ? AND ?
         GROUP BY d.${side}_id
       ) g LEFT JOIN entities e ON e.id = g.id`,
    )
    .all(ctx.dataset.id, ctx.allocation, span.from, span.to) as TivRow[];
  return rows.map((r) => {
    if (ctx.mergeSoviet && (r.id === SOVIET || r.id === RUSSIA)) return { id: RUSSIA, name: RUSSIA_MERGED, iso3: RUSSIA, tiv: r.tiv };
    return { id: r.id, name: r.name ?? r.id, iso3: r.iso3, tiv: r.tiv };
  });
}

/** The world's largest importers and exporters of major arms over a span (delivered TIV). */
export function worldAnswer(db: Db, ctx: ArmsContext, opts: SpanOptions & { limit?: number } = {}) {
  const span = yearSpan(ctx, opts.from, opts.to);
  const limit = opts.limit ?? 15;
  const top = (side: 'recipient' | 'supplier') => {
    const { totalTiv, shares } = computeShares(worldSide(db, ctx, side, span));
    return { totalTiv, list: shares.slice(0, limit).map((s) => ({ name: s.name, iso3: s.iso3, tiv: round(s.tiv), share: s.share })) };
  };
  const importers = top('recipient');
  const exporters = top('supplier');
  return {
    from: span.from, to: span.to, basis: 'delivered' as const, dataset: ctx.dataset.id, datasetVersion: ctx.dataset.version,
    allocation: ctx.allocation, mergeSoviet: ctx.mergeSoviet, totalTiv: round(importers.totalTiv),
    importers: importers.list, exporters: exporters.list,
  };
}

/**
 * The supplier × recipient × year panel as CSV (analysis/panel.ts), from the store's allocated
 * cells of one dataset and allocation; the Soviet Union counted as Russia when merged.
 */
/** The supplier × recipient × year panel as rows plus what names and cites them. */
export function panelData(db: Db, ctx: ArmsContext, opts: SpanOptions = {}): { rows: PanelRow[]; meta: PanelMeta } {
  const span = yearSpan(ctx, opts.from, opts.to);
  const merge = (id: string) => (ctx.mergeSoviet && id === SOVIET ? RUSSIA : id);
  const cells = db
    .prepare('SELECT line AS key, year, tiv FROM deliveries WHERE dataset = ? AND allocation = ? AND year BETWEEN ? AND ?')
    .all(ctx.dataset.id, ctx.allocation, span.from, span.to) as AllocationCell[];
  const deals = (
    db.prepare('SELECT line, supplier_id, recipient_id, delivery_years, tiv_delivered FROM deals WHERE dataset = ?').all(ctx.dataset.id) as {
      line: number; supplier_id: string; recipient_id: string; delivery_years: string; tiv_delivered: number | null;
    }[]
  ).map((d): AllocationDeal => ({
    key: d.line, supplier: merge(d.supplier_id), recipient: merge(d.recipient_id),
    years: d.delivery_years ? d.delivery_years.split(';').map(Number) : [], tiv: d.tiv_delivered ?? 0,
  }));
  const entities = new Map(
    (db.prepare('SELECT id, name, kind, iso3 FROM entities').all() as { id: string; name: string; kind: EntityKind; iso3: string | null }[]).map((e) => [e.id, e]),
  );
  const meta: PanelMeta = {
    entity: (id) => {
      const e = entities.get(id);
      if (ctx.mergeSoviet && id === RUSSIA) return { name: RUSSIA_MERGED, iso3: RUSSIA, kind: 'state' };
      return e ? { name: e.name, iso3: e.iso3, kind: e.kind } : { name: id, iso3: null, kind: 'unknown' };
    },
    dataset: ctx.dataset.id,
    version: ctx.dataset.version,
    allocation: ctx.allocation,
  };
  return { rows: buildPanel(cells, deals), meta };
}

export function panelCsvAnswer(db: Db, ctx: ArmsContext, opts: SpanOptions = {}): string {
  const p = panelData(db, ctx, opts);
  return panelToCsv(p.rows, p.meta);
}
