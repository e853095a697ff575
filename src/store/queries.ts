// Arms queries over the store. Each returns plain data with the dataset and allocation it used;
// the measures themselves live in analysis/.
import { unknownEntity } from '../core/errors.js';
import type { Category, Entity, Share } from '../core/types.js';
import { lookupEntity, suggestEntities } from '../entities/registry.js';
import { computeShares, type TivByEntity } from '../analysis/shares.js';
import type { ArmsContext } from './context.js';
import type { Db } from './db.js';

const SOVIET = 'SUN';
const RUSSIA = 'RUS';

/** User input → entity, or exit 2 / HTTP 404 with suggestions. */
export function resolveParty(query: string): Entity {
  const e = lookupEntity(query.trim());
  if (!e) throw unknownEntity(query, suggestEntities(query, 3));
  return e;
}

export interface Party {
  name: string;
  iso3: string | null;
}

export interface SharesResult {
  recipient?: Party;
  supplier?: Party;
  from: number;
  to: number;
  category: Category | null;
  basis: 'delivered';
  dataset: string;
  datasetVersion: string | null;
  allocation: string;
  mergeSoviet: boolean;
  totalTiv: number;
  /** Suppliers (for a recipient) or recipients (for a supplier), largest first. */
  rows: Share[];
  /** Deals (source lines in the dataset file) behind the figures. */
  dealCount: number;
}

/** Ids an entity stands for: Russia includes the Soviet Union when merged. */
export function idsFor(e: Entity, ctx: ArmsContext): string[] {
  return ctx.mergeSoviet && e.id === RUSSIA ? [RUSSIA, SOVIET] : [e.id];
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

export function yearSpan(ctx: ArmsContext, from?: number, to?: number): { from: number; to: number } {
  return { from: from ?? ctx.dataset.first_year ?? 1950, to: to ?? ctx.dataset.last_year ?? new Date().getFullYear() };
}

interface GroupRow {
  id: string;
  name: string | null;
  iso3: string | null;
  tiv: number;
  deals: number;
}

/** Delivered TIV grouped by the other side of the trade, for one side fixed. */
function grouped(
  db: Db,
  ctx: ArmsContext,
  side: 'recipient' | 'supplier',
  party: Entity,
  span: { from: number; to: number },
  category: Category | null,
): { rows: TivByEntity[]; deals: number } {
  const other = side === 'recipient' ? 'supplier' : 'recipient';
  const ids = idsFor(party, ctx);
  const catJoin = category
    ? 'JOIN deals x ON x.dataset = d.dataset AND x.line = d.line AND x.category = ?'
    : '';
  const params: unknown[] = [];
  if (category) params.push(category);
  params.push(ctx.dataset.id, ctx.allocation, ...ids, span.from, span.to);
  const rows = db
    .prepare(
      `SELECT d.${other}_id AS id, e.name AS name, e.iso3 AS iso3, SUM(d.tiv) AS tiv, COUNT(DISTINCT d.line) AS deals
       FROM deliveries d ${catJoin}
       LEFT JOIN entities e ON e.id = d.${other}_id
       WHERE d.dataset = ? AND d.allocation = ? AND d.${side}_id IN (${placeholders(ids.length)})
         AND d.year BETWEEN ? AND ?
       GROUP BY d.${other}_id`,
    )
    .all(...params) as GroupRow[];
  let deals = 0;
  const out: TivByEntity[] = rows.map((r) => {
    deals += r.deals;
    if (ctx.mergeSoviet && r.id === SOVIET) return { id: RUSSIA, name: 'Russia (incl. Soviet Union)', iso3: RUSSIA, tiv: r.tiv };
    const name = ctx.mergeSoviet && r.id === RUSSIA ? 'Russia (incl. Soviet Union)' : (r.name ?? r.id);
    return { id: r.id, name, iso3: r.iso3, tiv: r.tiv };
  });
  return { rows: out, deals };
}

function sharesQuery(
  db: Db,
  ctx: ArmsContext,
  side: 'recipient' | 'supplier',
  party: Entity,
  opts: { from?: number; to?: number; category?: Category | null },
): SharesResult {
  const span = yearSpan(ctx, opts.from, opts.to);
  const category = opts.category ?? null;
  const g = grouped(db, ctx, side, party, span, category);
  const { totalTiv, shares } = computeShares(g.rows);
  const who = { name: ctx.mergeSoviet && party.id === RUSSIA ? 'Russia (incl. Soviet Union)' : party.name, iso3: party.iso3 };
  return {
    ...(side === 'recipient' ? { recipient: who } : { supplier: who }),
    from: span.from,
    to: span.to,
    category,
    basis: 'delivered',
    dataset: ctx.dataset.id,
    datasetVersion: ctx.dataset.version,
    allocation: ctx.allocation,
    mergeSoviet: ctx.mergeSoviet,
    totalTiv,
    rows: shares,
    dealCount: g.deals,
  };
}

export function supplierShares(db: Db, ctx: ArmsContext, recipient: Entity, opts: { from?: number; to?: number; category?: Category | null } = {}): SharesResult {
  return sharesQuery(db, ctx, 'recipient', recipient, opts);
}

export function recipientShares(db: Db, ctx: ArmsContext, supplier: Entity, opts: { from?: number; to?: number; category?: Category | null } = {}): SharesResult {
  return sharesQuery(db, ctx, 'supplier', supplier, opts);
}

export interface CategoryRow {
  category: Category;
  tiv: number;
  share: number;
}

export function categoryMix(
  db: Db,
  ctx: ArmsContext,
  recipient: Entity,
  opts: { supplier?: Entity; from?: number; to?: number } = {},
): { from: number; to: number; totalTiv: number; categories: CategoryRow[] } {
  const span = yearSpan(ctx, opts.from, opts.to);
  const rIds = idsFor(recipient, ctx);
  const sIds = opts.supplier ? idsFor(opts.supplier, ctx) : null;
  const rows = db
    .prepare(
      `SELECT x.category AS category, SUM(d.tiv) AS tiv FROM deliveries d
       JOIN deals x ON x.dataset = d.dataset AND x.line = d.line
       WHERE d.dataset = ? AND d.allocation = ? AND d.recipient_id IN (${placeholders(rIds.length)})
         ${sIds ? `AND d.supplier_id IN (${placeholders(sIds.length)})` : ''}
         AND d.year BETWEEN ? AND ?
       GROUP BY x.category`,
    )
    .all(ctx.dataset.id, ctx.allocation, ...rIds, ...(sIds ?? []), span.from, span.to) as { category: Category; tiv: number }[];
  const { totalTiv, shares } = computeShares(rows.map((r) => ({ id: r.category, name: r.category, iso3: null, tiv: r.tiv })));
  return { ...span, totalTiv, categories: shares.map((s) => ({ category: s.name as Category, tiv: s.tiv, share: s.share })) };
}

export interface DealRecord {
  dataset: string;
  line: number;
  sipriId: number | null;
  supplier: string;
  supplierIso3: string | null;
  recipient: string;
  recipientIso3: string | null;
  orderYear: number | null;
  orderYearUncertain: boolean;
  numberOrdered: number | null;
  numberDelivered: number | null;
  designation: string;
  description: string;
  category: Category;
  deliveryYears: number[];
  status: string;
  comments: string;
  tivPerUnit: number | null;
  tivOrder: number | null;
  tivDelivered: number | null;
  pending: boolean;
}

const DEAL_COLUMNS = `x.dataset, x.line, x.sipri_id, x.supplier, es.iso3 AS supplier_iso3, x.recipient, er.iso3 AS recipient_iso3,
  x.order_year, x.order_year_unc, x.number_ordered, x.number_delivered, x.designation, x.description, x.category,
  x.delivery_years, x.status, x.comments, x.tiv_per_unit, x.tiv_order, x.tiv_delivered`;

/** Not fully delivered: fewer delivered than ordered (an unknown delivered count counts as none). */
const PENDING_SQL = '(x.number_ordered IS NOT NULL AND COALESCE(x.number_delivered, 0) < x.number_ordered)';

function toDeal(r: Record<string, unknown>): DealRecord {
  const ordered = r.number_ordered as number | null;
  const delivered = r.number_delivered as number | null;
  return {
    dataset: r.dataset as string,
    line: r.line as number,
    sipriId: r.sipri_id as number | null,
    supplier: r.supplier as string,
    supplierIso3: r.supplier_iso3 as string | null,
    recipient: r.recipient as string,
    recipientIso3: r.recipient_iso3 as string | null,
    orderYear: r.order_year as number | null,
    orderYearUncertain: !!r.order_year_unc,
    numberOrdered: ordered,
    numberDelivered: delivered,
    designation: r.designation as string,
    description: r.description as string,
    category: r.category as Category,
    deliveryYears: (r.delivery_years as string) ? (r.delivery_years as string).split(';').map(Number) : [],
    status: r.status as string,
    comments: r.comments as string,
    tivPerUnit: r.tiv_per_unit as number | null,
    tivOrder: r.tiv_order as number | null,
    tivDelivered: r.tiv_delivered as number | null,
    pending: ordered != null && (delivered ?? 0) < ordered,
  };
}

export function orders(
  db: Db,
  ctx: ArmsContext,
  recipient: Entity,
  opts: { supplier?: Entity; pending?: boolean } = {},
): DealRecord[] {
  const rIds = idsFor(recipient, ctx);
  const sIds = opts.supplier ? idsFor(opts.supplier, ctx) : null;
  return (
    db
      .prepare(
        `SELECT ${DEAL_COLUMNS} FROM deals x
         LEFT JOIN entities es ON es.id = x.supplier_id LEFT JOIN entities er ON er.id = x.recipient_id
         WHERE x.dataset = ? AND x.recipient_id IN (${placeholders(rIds.length)})
           ${sIds ? `AND x.supplier_id IN (${placeholders(sIds.length)})` : ''}
           ${opts.pending ? `AND ${PENDING_SQL}` : ''}
         ORDER BY x.order_year DESC, x.supplier, x.line`,
      )
      .all(ctx.dataset.id, ...rIds, ...(sIds ?? [])) as Record<string, unknown>[]
  ).map(toDeal);
}

/** Deals behind a figure: those with deliveries in the window (optionally one supplier / category). */
export function dealsBehind(
  db: Db,
  ctx: ArmsContext,
  q: { recipient?: Entity; supplier?: Entity; from: number; to: number; category?: Category | null },
): DealRecord[] {
  const where: string[] = ['d.dataset = ?', 'd.allocation = ?', 'd.year BETWEEN ? AND ?'];
  const params: unknown[] = [ctx.dataset.id, ctx.allocation, q.from, q.to];
  if (q.recipient) {
    const ids = idsFor(q.recipient, ctx);
    where.push(`d.recipient_id IN (${placeholders(ids.length)})`);
    params.push(...ids);
  }
  if (q.supplier) {
    const ids = idsFor(q.supplier, ctx);
    where.push(`d.supplier_id IN (${placeholders(ids.length)})`);
    params.push(...ids);
  }
  if (q.category) {
    where.push('x.category = ?');
    params.push(q.category);
  }
  return (
    db
      .prepare(
        `SELECT ${DEAL_COLUMNS}, SUM(d.tiv) AS window_tiv FROM deliveries d
         JOIN deals x ON x.dataset = d.dataset AND x.line = d.line
         LEFT JOIN entities es ON es.id = x.supplier_id LEFT JOIN entities er ON er.id = x.recipient_id
         WHERE ${where.join(' AND ')}
         GROUP BY x.line ORDER BY window_tiv DESC, x.line`,
      )
      .all(...params) as Record<string, unknown>[]
  ).map(toDeal);
}

export function dyadSeries(
  db: Db,
  ctx: ArmsContext,
  supplier: Entity,
  recipient: Entity,
  opts: { from?: number; to?: number } = {},
): { from: number; to: number; totalTiv: number; years: { year: number; tiv: number }[]; deals: DealRecord[] } {
  const span = yearSpan(ctx, opts.from, opts.to);
  const sIds = idsFor(supplier, ctx);
  const rIds = idsFor(recipient, ctx);
  const years = db
    .prepare(
      `SELECT year, SUM(tiv) AS tiv FROM deliveries
       WHERE dataset = ? AND allocation = ? AND supplier_id IN (${placeholders(sIds.length)})
         AND recipient_id IN (${placeholders(rIds.length)}) AND year BETWEEN ? AND ?
       GROUP BY year ORDER BY year`,
    )
    .all(ctx.dataset.id, ctx.allocation, ...sIds, ...rIds, span.from, span.to) as { year: number; tiv: number }[];
  const deals = (
    db
      .prepare(
        `SELECT ${DEAL_COLUMNS} FROM deals x
         LEFT JOIN entities es ON es.id = x.supplier_id LEFT JOIN entities er ON er.id = x.recipient_id
         WHERE x.dataset = ? AND x.supplier_id IN (${placeholders(sIds.length)}) AND x.recipient_id IN (${placeholders(rIds.length)})
         ORDER BY x.order_year, x.line`,
      )
      .all(ctx.dataset.id, ...sIds, ...rIds) as Record<string, unknown>[]
  ).map(toDeal);
  return { ...span, totalTiv: years.reduce((s, y) => s + y.tiv, 0), years, deals };
}
