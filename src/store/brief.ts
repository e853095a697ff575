// Gather the numbers of a balance brief from the store; the measures and sentences are pure (analysis/).
import type { Brief, BriefWindow, PendingDeal, Ref } from '../core/brief.js';
import type { Category, Entity } from '../core/types.js';
import { lookupEntity } from '../entities/registry.js';
import { hhi } from '../analysis/shares.js';
import { rankChanges, rollingShares, type YearlySupplierTiv } from '../analysis/rolling.js';
import { writeNarrative } from '../analysis/narrative.js';
import { AppError } from '../core/errors.js';
import type { ArmsContext } from './context.js';
import type { Db } from './db.js';
import { categoryMix, dealsBehind, idsFor, orders, resolveParty, supplierShares } from './queries.js';
import { alignmentFor } from './alignment.js';

const MAX_REF_ROWS = 200;

export interface BriefOptions {
  patrons?: string[];
  /** Years of the "recent" windows, ending at the dataset's last year. */
  longWindow?: number;
  shortWindow?: number;
  categoriesSince?: number;
}

function cliQuery(parts: (string | number | undefined | false)[]): string {
  return ['counterweight', ...parts.filter((p) => p !== undefined && p !== false)].join(' ');
}

function quoteArg(s: string): string {
  return /\s/.test(s) ? JSON.stringify(s) : s;
}

/** Default patrons: the top suppliers of the last 20 years plus the United States, at most four. */
export function defaultPatrons(recent: { id: string; iso3: string | null; tiv: number }[], self: Entity): string[] {
  const states = recent.filter((s) => s.iso3 && s.iso3 !== self.iso3 && s.tiv > 0).map((s) => s.iso3!) ;
  const top = states.slice(0, 3);
  if (!top.includes('USA') && self.iso3 !== 'USA') top.push('USA');
  else if (states[3]) top.push(states[3]);
  return top.slice(0, 4);
}

export function buildBrief(db: Db, ctx: ArmsContext, country: Entity, opts: BriefOptions = {}): Brief {
  const first = ctx.dataset.first_year ?? 1950;
  const last = ctx.dataset.last_year ?? new Date().getFullYear();
  const long = opts.longWindow ?? 20;
  const short = opts.shortWindow ?? 5;
  const name = quoteArg(country.name);
  const flags = [ctx.mergeSoviet && '--merge-soviet', `--allocation ${ctx.allocation}`, `--dataset ${ctx.dataset.id}`].filter(Boolean).join(' ');

  const ref = (query: string, lines: number[]): Ref => ({
    query: `${query} ${flags}`,
    dataset: ctx.dataset.id,
    rows: lines.slice(0, MAX_REF_ROWS),
    rowCount: lines.length,
  });

  const windowOf = (label: string, from: number, to: number): BriefWindow => {
    const r = supplierShares(db, ctx, country, { from, to });
    const lines = dealsBehind(db, ctx, { recipient: country, from, to }).map((d) => d.line);
    return {
      label, from, to, totalTiv: r.totalTiv, suppliers: r.rows, hhi: hhi(r.rows),
      ref: ref(cliQuery(['suppliers', name, '--from', from, '--to', to]), lines),
    };
  };
  const windows = [
    windowOf('history', first, last),
    windowOf(`last ${long} years`, last - long + 1, last),
    windowOf(`last ${short} years`, last - short + 1, last),
  ];
  if (windows[0].totalTiv === 0) {
    throw new AppError(`no arms deliveries to ${country.name} in ${ctx.dataset.id}: nothing to brief on`, 2, 404);
  }

  const patronEntities = (opts.patrons?.length ? opts.patrons.map((p) => resolveParty(p)) : defaultPatrons(
    windows[1].suppliers.map((s) => ({ id: s.iso3 ?? s.name, iso3: s.iso3, tiv: s.tiv })),
    country,
  ).map((iso3) => lookupEntity(iso3)!)).filter(Boolean);
  const patrons = patronEntities.map((p) => p.iso3 ?? p.id);
  const patronNames: Record<string, string> = Object.fromEntries(patronEntities.map((p) => [p.iso3 ?? p.id, displayName(p, ctx)]));

  // Yearly supplier series for the rolling windows.
  const rIds = idsFor(country, ctx);
  const yearly = (db
    .prepare(
      `SELECT d.supplier_id AS id, year, SUM(tiv) AS tiv FROM deliveries d
       WHERE d.dataset = ? AND d.allocation = ? AND d.recipient_id IN (${rIds.map(() => '?').join(', ')})
       GROUP BY d.supplier_id, year`,
    )
    .all(ctx.dataset.id, ctx.allocation, ...rIds) as { id: string; year: number; tiv: number }[]).map(
    (r): YearlySupplierTiv => ({ ...r, id: ctx.mergeSoviet && r.id === 'SUN' ? 'RUS' : r.id, name: r.id, iso3: null }),
  );
  const rolling = rollingShares(
    yearly,
    patronEntities.map((p) => ({ id: p.id, iso3: p.iso3 ?? p.id, name: patronNames[p.iso3 ?? p.id] })),
    first,
    last,
    short,
  );
  const changes = rankChanges(rolling, { since: last - long + 1 });

  const categoriesFrom = opts.categoriesSince ?? last - 14;
  const categories: Brief['arms']['categories'] = {};
  for (const p of patronEntities) {
    categories[p.iso3 ?? p.id] = categoryMix(db, ctx, country, { supplier: p, from: categoriesFrom, to: last }).categories;
  }

  const pending: PendingDeal[] = orders(db, ctx, country, { pending: true }).map((d) => ({
    supplier: d.supplier, iso3: d.supplierIso3, designation: d.designation, description: d.description,
    category: d.category as Category, orderYear: d.orderYear, numberOrdered: d.numberOrdered,
    numberDelivered: d.numberDelivered, tivOrder: d.tivOrder, status: d.status, line: d.line,
  }));

  const alignment = alignmentFor(db, country, { patrons });

  const partial: Omit<Brief, 'narrative'> = {
    country: { name: country.name, iso3: country.iso3 },
    patrons,
    patronNames,
    arms: { windows, rolling, rankChanges: changes, categoriesFrom, categories, pending },
    alignment: alignment.years,
    provenance: {
      datasets: [
        { id: ctx.dataset.id, kind: ctx.dataset.kind, file: ctx.dataset.file, version: ctx.dataset.version },
        ...(alignment.dataset ? [{ id: alignment.dataset, kind: 'unga-ideal-points', file: `${alignment.dataset}.csv`, version: alignment.datasetVersion }] : []),
      ],
      allocation: allocationText(ctx.allocation),
      options: { mergeSoviet: ctx.mergeSoviet, patrons, windows: { long, short }, categoriesFrom, coverage: { from: first, to: last, lastYearWithData: ctx.dataset.data_last_year } },
      generatedBy: 'counterweight 0.1.0',
    },
  };
  const categoryRef = (iso3: string) => {
    const p = patronEntities.find((e) => (e.iso3 ?? e.id) === iso3)!;
    const lines = dealsBehind(db, ctx, { recipient: country, supplier: p, from: categoriesFrom, to: last }).map((d) => d.line);
    return ref(cliQuery(['categories', name, '--supplier', quoteArg(p.name), '--from', categoriesFrom, '--to', last]), lines);
  };
  const narrative = writeNarrative(partial, {
    categoryRef,
    pendingRef: ref(cliQuery(['orders', name, '--pending']), pending.map((d) => d.line)),
    alignmentRef: (year) => {
      const lines = alignment.dataset
        ? (db.prepare('SELECT line FROM ideal_points WHERE dataset = ? AND entity_id = ? AND year = ?').pluck().all(alignment.dataset, country.id, year) as number[])
        : [];
      return { query: cliQuery(['alignment', name, '--from', year, '--to', year]), dataset: alignment.dataset ?? '', rows: lines, rowCount: lines.length };
    },
    rollingRef: (from, to) =>
      ref(cliQuery(['suppliers', name, '--from', from, '--to', to]), dealsBehind(db, ctx, { recipient: country, from, to }).map((d) => d.line)),
  });
  return { ...partial, narrative };
}

function displayName(e: Entity, ctx: ArmsContext): string {
  return ctx.mergeSoviet && e.iso3 === 'RUS' ? 'Russia (incl. Soviet Union)' : e.name;
}

export function allocationText(a: string): string {
  switch (a) {
    case 'even':
      return "even: each deal's delivered TIV split equally over its listed delivery years";
    case 'reconciled':
      return "reconciled: each deal's delivered TIV spread over its listed delivery years so that yearly totals match SIPRI's official import and export tables";
    default:
      return "exact: SIPRI's own per-delivery-year values";
  }
}
