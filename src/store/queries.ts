// Arms rows from the store: plain rows for one dataset and allocation, the Soviet Union counted as
// Russia when the context merges them. No measure is computed here (analysis/ does that) and no
// answer is shaped here (engine/ does that).
import type { BriefCell } from '../analysis/brief.js';
import type { Category, EntityKind } from '../core/types.js';
import { countedId, countedParty, idsFor, type ArmsContext } from './context.js';
import type { Db } from './db.js';
import { DEAL_COLUMNS, DEALS_WITH_PARTIES, PENDING_SQL, rowToDeal, type DealRecord } from './rows.js';

export interface Span {
  from: number;
  to: number;
}

/** Delivered TIV of one counterpart (the other side of the trade), with the deals behind it. */
export interface CounterpartTiv {
  id: string;
  name: string;
  iso3: string | null;
  tiv: number;
  /** Deals with a delivery in the window. */
  deals: number;
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** Delivered TIV grouped by the other side of the trade, one side fixed (a recipient or a supplier). */
export function tivByCounterpart(
  db: Db,
  ctx: ArmsContext,
  side: 'recipient' | 'supplier',
  party: { id: string },
  span: Span,
  category: Category | null,
): CounterpartTiv[] {
  const other = side === 'recipient' ? 'supplier' : 'recipient';
  const ids = idsFor(party, ctx);
  const catJoin = category ? 'JOIN deals x ON x.dataset = d.dataset AND x.line = d.line AND x.category = ?' : '';
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
    .all(...params) as { id: string; name: string | null; iso3: string | null; tiv: number; deals: number }[];
  return rows.map((r) => ({ ...countedParty(r, ctx), tiv: r.tiv, deals: r.deals }));
}

/** Delivered TIV per SIPRI weapon category to a recipient (optionally from one supplier). */
export function tivByCategory(
  db: Db,
  ctx: ArmsContext,
  recipient: { id: string },
  supplier: { id: string } | null,
  span: Span,
): { category: Category; tiv: number }[] {
  const rIds = idsFor(recipient, ctx);
  const sIds = supplier ? idsFor(supplier, ctx) : null;
  return db
    .prepare(
      `SELECT x.category AS category, SUM(d.tiv) AS tiv FROM deliveries d
       JOIN deals x ON x.dataset = d.dataset AND x.line = d.line
       WHERE d.dataset = ? AND d.allocation = ? AND d.recipient_id IN (${placeholders(rIds.length)})
         ${sIds ? `AND d.supplier_id IN (${placeholders(sIds.length)})` : ''}
         AND d.year BETWEEN ? AND ?
       GROUP BY x.category`,
    )
    .all(ctx.dataset.id, ctx.allocation, ...rIds, ...(sIds ?? []), span.from, span.to) as { category: Category; tiv: number }[];
}

/** A recipient's deals (optionally with one supplier, or only those not fully delivered), newest order first. */
export function dealRecords(
  db: Db,
  ctx: ArmsContext,
  recipient: { id: string },
  opts: { supplier?: { id: string }; pending?: boolean } = {},
): DealRecord[] {
  const rIds = idsFor(recipient, ctx);
  const sIds = opts.supplier ? idsFor(opts.supplier, ctx) : null;
  return (
    db
      .prepare(
        `SELECT ${DEAL_COLUMNS} FROM ${DEALS_WITH_PARTIES}
         WHERE x.dataset = ? AND x.recipient_id IN (${placeholders(rIds.length)})
           ${sIds ? `AND x.supplier_id IN (${placeholders(sIds.length)})` : ''}
           ${opts.pending ? `AND ${PENDING_SQL}` : ''}
         ORDER BY x.order_year DESC, x.supplier, x.line`,
      )
      .all(ctx.dataset.id, ...rIds, ...(sIds ?? [])) as Record<string, unknown>[]
  ).map(rowToDeal);
}

/**
 * The deals behind a windowed figure: exactly those with a delivery in the window (the cells the
 * figure sums), largest contribution first, each with what it delivered in the window.
 */
export function dealsDelivering(
  db: Db,
  ctx: ArmsContext,
  q: { recipient?: { id: string }; supplier?: { id: string }; from: number; to: number; category?: Category | null },
): (DealRecord & { windowTiv: number })[] {
  const where: string[] = ['d.dataset = ?', 'd.allocation = ?', 'd.year BETWEEN ? AND ?'];
  const params: unknown[] = [ctx.dataset.id, ctx.allocation, q.from, q.to];
  for (const [side, party] of [['recipient', q.recipient], ['supplier', q.supplier]] as const) {
    if (!party) continue;
    const ids = idsFor(party, ctx);
    where.push(`d.${side}_id IN (${placeholders(ids.length)})`);
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
  ).map((r) => ({ ...rowToDeal(r), windowTiv: r.window_tiv as number }));
}

/** Delivered TIV per year from one supplier to one recipient (only years with deliveries). */
export function dyadYears(db: Db, ctx: ArmsContext, supplier: { id: string }, recipient: { id: string }, span: Span): { year: number; tiv: number }[] {
  const sIds = idsFor(supplier, ctx);
  const rIds = idsFor(recipient, ctx);
  return db
    .prepare(
      `SELECT year, SUM(tiv) AS tiv FROM deliveries
       WHERE dataset = ? AND allocation = ? AND supplier_id IN (${placeholders(sIds.length)})
         AND recipient_id IN (${placeholders(rIds.length)}) AND year BETWEEN ? AND ?
       GROUP BY year ORDER BY year`,
    )
    .all(ctx.dataset.id, ctx.allocation, ...sIds, ...rIds, span.from, span.to) as { year: number; tiv: number }[];
}

/** One allocated cell of a recipient's imports (what one deal delivered in one year), supplier counted as the context says. */
export type RecipientCell = BriefCell;

/** Every cell of a recipient's imports in the context's allocation: all a brief needs of the arms rows. */
export function recipientCells(db: Db, ctx: ArmsContext, recipient: { id: string }): RecipientCell[] {
  const rIds = idsFor(recipient, ctx);
  const rows = db
    .prepare(
      `SELECT d.line AS line, d.supplier_id AS id, e.name AS name, e.iso3 AS iso3, x.category AS category, d.year AS year, d.tiv AS tiv
       FROM deliveries d JOIN deals x ON x.dataset = d.dataset AND x.line = d.line
       LEFT JOIN entities e ON e.id = d.supplier_id
       WHERE d.dataset = ? AND d.allocation = ? AND d.recipient_id IN (${placeholders(rIds.length)})
       ORDER BY d.line, d.year`,
    )
    .all(ctx.dataset.id, ctx.allocation, ...rIds) as { line: number; id: string; name: string | null; iso3: string | null; category: Category; year: number; tiv: number }[];
  return rows.map((r) => {
    const s = countedParty(r, ctx);
    return { line: r.line, supplierId: s.id, supplierName: s.name, supplierIso3: s.iso3, category: r.category, year: r.year, tiv: r.tiv };
  });
}

/** Delivered TIV per importer or exporter over a span, the world over. */
export function tivBySide(db: Db, ctx: ArmsContext, side: 'recipient' | 'supplier', span: Span): Omit<CounterpartTiv, 'deals'>[] {
  // Summed first, then named: one entity lookup per group, not per cell.
  const rows = db
    .prepare(
      `SELECT g.id AS id, e.name AS name, e.iso3 AS iso3, g.tiv AS tiv FROM (
         SELECT d.${side}_id AS id, SUM(d.tiv) AS tiv FROM deliveries d
         WHERE d.dataset = ? AND d.allocation = ? AND d.year BETWEEN ? AND ?
         GROUP BY d.${side}_id
       ) g LEFT JOIN entities e ON e.id = g.id`,
    )
    .all(ctx.dataset.id, ctx.allocation, span.from, span.to) as { id: string; name: string | null; iso3: string | null; tiv: number }[];
  return rows.map((r) => ({ ...countedParty(r, ctx), tiv: r.tiv }));
}

/** Delivered TIV of one supplier to one recipient over a span, with the deals (source lines) behind it. */
export interface DyadTiv {
  supplier: string;
  recipient: string;
  tiv: number;
  /** Deals with a delivery in the span. */
  deals: number;
  /** Their source lines, comma-separated (parsed only where a figure cites them). */
  lines: string;
}

/**
 * Every supplier → recipient pair with deliveries in each of two spans (counted ids: the Soviet
 * Union as Russia when merged): one read of the cells' year index per span.
 */
export function tivByDyad(db: Db, ctx: ArmsContext, spans: [Span, Span]): [DyadTiv[], DyadTiv[]] {
  const out: [Map<string, DyadTiv>, Map<string, DyadTiv>] = [new Map(), new Map()];
  // (One query per span, not both years ranges OR-ed in one: SQLite reads an OR of two ranges of
  // a table without row ids by collecting keys and looking each row up again, twice the time.)
  // (A stored allocation is read from its cells directly: through the view, whose `even` branch
  // is planned too, the query takes half as long again.)
  const q = db.prepare(
    ctx.allocation === 'even'
      ? `SELECT supplier_id, recipient_id, SUM(tiv), COUNT(DISTINCT line), GROUP_CONCAT(DISTINCT line)
         FROM deliveries WHERE dataset = ? AND allocation = ? AND year BETWEEN ? AND ?
         GROUP BY supplier_id, recipient_id`
      : `SELECT supplier_id, recipient_id, SUM(tiv), COUNT(DISTINCT line), GROUP_CONCAT(DISTINCT line)
         FROM cells WHERE allocation_id = (SELECT id FROM allocations WHERE dataset = ? AND allocation = ?) AND year BETWEEN ? AND ?
         GROUP BY supplier_id, recipient_id`,
  ).raw();
  type Row = [string, string, number, number, string];
  const perWindow = spans.map((x) => q.all(ctx.dataset.id, ctx.allocation, x.from, x.to) as Row[]);
  spans.forEach((_span, w) => {
    for (const [s, r, tiv, deals, lines] of perWindow[w]) {
      const supplier = countedId(s, ctx);
      const recipient = countedId(r, ctx);
      // Merged ids can repeat a pair (the Soviet Union's and Russia's deliveries to one recipient).
      const key = `${supplier}\u0000${recipient}`;
      const d = out[w].get(key);
      if (!d) out[w].set(key, { supplier, recipient, tiv, deals, lines });
      else {
        d.tiv += tiv;
        d.deals += deals;
        d.lines += `,${lines}`;
      }
    }
  });
  return [[...out[0].values()], [...out[1].values()]];
}

/** Cells of every deal in a span, keyed by source line: the panel's input. */
export function allCells(db: Db, ctx: ArmsContext, span: Span): { key: number; year: number; tiv: number }[] {
  return db
    .prepare('SELECT line AS key, year, tiv FROM deliveries WHERE dataset = ? AND allocation = ? AND year BETWEEN ? AND ?')
    .all(ctx.dataset.id, ctx.allocation, span.from, span.to) as { key: number; year: number; tiv: number }[];
}

/** Every deal of a dataset as allocation input: parties (counted ids), delivery years, delivered TIV. */
export function allDealParties(db: Db, ctx: ArmsContext): { line: number; supplier: string; recipient: string; years: string; tiv: number | null }[] {
  const rows = db.prepare('SELECT line, supplier_id AS supplier, recipient_id AS recipient, delivery_years AS years, tiv_delivered AS tiv FROM deals WHERE dataset = ?').all(ctx.dataset.id) as {
    line: number; supplier: string; recipient: string; years: string; tiv: number | null;
  }[];
  for (const r of rows) {
    r.supplier = countedId(r.supplier, ctx);
    r.recipient = countedId(r.recipient, ctx);
  }
  return rows;
}

export interface StoredEntity {
  id: string;
  name: string;
  kind: EntityKind;
  iso3: string | null;
}

export function allEntities(db: Db): StoredEntity[] {
  return db.prepare('SELECT id, name, kind, iso3 FROM entities').all() as StoredEntity[];
}

/** Entities that received arms in any dataset of the store (those have a brief). */
export function recipientIds(db: Db): Set<string> {
  return new Set(db.prepare('SELECT DISTINCT recipient_id FROM deals').pluck().all() as string[]);
}
