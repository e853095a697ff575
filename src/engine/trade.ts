// `counterweight trade`, `GET /api/trade`: a country's trade partners over a year or a span, as it
// reported them and as each partner reported them, with each patron's share and rank. Rows from
// store/trade.ts, the table from analysis/trade.ts; names, notes and provenance here.
import { tradeTable, type FlowSum, type Series } from '../analysis/trade.js';
import { commandLine } from '../core/command-line.js';
import { round2 } from '../core/format.js';
import { AppError } from '../core/errors.js';
import type { Entity } from '../core/types.js';
import { lookupEntity } from '../entities/registry.js';
import type { Db } from '../store/db.js';
import { figureLookup } from '../sources/trade-figures.js';
import { allTradeRows, tradeDataset, tradeReportedAbout, tradeReportedBy, tradeSources, type TradeDbRow, type TradeSource } from '../store/trade.js';
import { tradePanel, type TradePanelRecord, type TradePanelSeries } from '../analysis/trade-panel.js';

export const DEFAULT_TRADE_PATRONS = ['CHN', 'RUS', 'USA', 'IND', 'JPN'];

export interface TradeFlow {
  /** US$ millions over the reported years of the window; null = not reported (never zero). */
  value: number | null;
  missingYears: number[];
  estimatedYears: number[];
}

export interface TradePartner {
  name: string;
  iso3: string | null;
  rank: number | null;
  exports: TradeFlow;
  imports: TradeFlow;
  total: number | null;
  share: number | null;
  /** As the partner reported it (its imports from the country are the country's exports). */
  mirror: { exports: TradeFlow; imports: TradeFlow; total: number | null } | null;
  /** mirror.total − total, US$ m. */
  gap: number | null;
  /** Workbook, sheet and row of the figures: the country's own, then the partner's. */
  sources: string[];
}

export interface TradeAnswer {
  country: { name: string; iso3: string | null };
  from: number;
  to: number;
  unit: 'US$ millions';
  basis: string;
  dataset: string;
  datasetVersion: string | null;
  /** What the country reported for trade with the world. */
  world: { exports: TradeFlow; imports: TradeFlow; total: number | null };
  patrons: TradePartner[];
  partners: TradePartner[];
  /** Partners shown (of `partnerCount`). */
  partnerCount: number;
  notes: string[];
  query: string;
}

function flow(f: FlowSum): TradeFlow {
  return { value: f.value === null ? null : round2(f.value), missingYears: f.missing, estimatedYears: f.estimated };
}

function series(r: TradeDbRow, partnerId: string): Series {
  return { partnerId, flow: r.flow, aggregate: r.aggregate === 1, at: figureLookup(r.firstYear, r.figures), source: r.id };
}

/** A country's rows, read once per open store: a brief asks for two years, the article check for more. */
const rowCache = new WeakMap<Db, Map<string, { own: TradeDbRow[]; about: TradeDbRow[] }>>();
function rowsOf(db: Db, dataset: string, id: string): { own: TradeDbRow[]; about: TradeDbRow[] } {
  let byKey = rowCache.get(db);
  if (!byKey) rowCache.set(db, (byKey = new Map()));
  const key = `${dataset}|${id}`;
  let rows = byKey.get(key);
  if (!rows) {
    // Each partner's report about the country, keyed by that partner (aggregate reporters left out).
    rows = { own: tradeReportedBy(db, dataset, id), about: tradeReportedAbout(db, dataset, id).filter((r) => !r.reporterId.startsWith('agg:')) };
    byKey.set(key, rows);
  }
  return rows;
}

const source = (s: TradeSource) => `${s.file} "${s.sheet}" row ${s.row}`;

/** `sources: false`: partners without the workbook rows behind them (the article check's verdicts need the figures only). */
export function tradeAnswer(db: Db, c: Entity, opts: { year?: number; from?: number; to?: number; patrons?: string[]; limit?: number; sources?: boolean } = {}): TradeAnswer {
  if (opts.year !== undefined && (opts.from !== undefined || opts.to !== undefined)) throw new AppError('give a year or a span (from, to), not both', 2, 400);
  const o = { ...opts, from: opts.year ?? opts.from, to: opts.year ?? opts.to };
  const ds = tradeDataset(db);
  if (!ds) throw new AppError('the store has no trade data: import the IMF Direction of Trade workbooks (trade/imf-dots-*/DOTS_*.xlsx)', 3, 503);
  const { own, about } = rowsOf(db, ds.id, c.id);
  const last = ds.lastYear ?? 2020;
  const to = o.to ?? o.from ?? last;
  const from = o.from ?? to;
  if (from > last) throw new AppError(`no trade data after ${last} in ${ds.id} (asked for ${from}${to !== from ? `–${to}` : ''})`, 2, 404);
  const table = tradeTable(own.map((r) => series(r, r.partnerId)), about.map((r) => series(r, r.reporterId)), from, to);
  // Only the partners shown and the patrons are turned into answers (names, provenance): a brief
  // shows a handful of ~200.
  const iso3Of = (id: string) => lookupEntity(id)?.iso3 ?? null;
  const shownRows = o.limit ? table.partners.slice(0, o.limit) : table.partners;
  const patronIds = o.patrons ?? DEFAULT_TRADE_PATRONS;
  const patronRows = patronIds.map((id) => table.partners.find((p) => iso3Of(p.partnerId) === id));
  const prov = opts.sources === false ? new Map<number, TradeSource>() : tradeSources(db, [...shownRows, ...patronRows].flatMap((p) => (p ? [...p.sources, ...p.mirrorSources] : [])));
  const partner = (p: (typeof table.partners)[number]): TradePartner => {
    const e = lookupEntity(p.partnerId);
    const sources = opts.sources === false ? [] : [...p.sources, ...p.mirrorSources].map((id) => prov.get(id)!);
    return {
      // (The name the country's own report gives the partner: a mirror row names the country itself.)
      name: e?.name ?? (p.sources.length ? prov.get(p.sources[0])?.partnerName : undefined) ?? p.partnerId, iso3: e?.iso3 ?? null, rank: p.rank,
      exports: flow(p.exports), imports: flow(p.imports), total: p.total === null ? null : round2(p.total), share: p.share,
      mirror: p.mirror ? { exports: flow(p.mirror.exports), imports: flow(p.mirror.imports), total: p.mirror.total === null ? null : round2(p.mirror.total) } : null,
      gap: p.mirror?.total != null && p.total !== null ? round2(p.mirror.total - p.total) : null,
      sources: sources.map(source),
    };
  };
  const shown = shownRows.map(partner);
  const none: TradeFlow = { value: null, missingYears: [], estimatedYears: [] };
  const patrons = patronIds.map((id, i): TradePartner => {
    const row = patronRows[i];
    return row ? (shown[shownRows.indexOf(row)] ?? partner(row)) : {
      name: lookupEntity(id)?.name ?? id, iso3: id, rank: null, exports: none, imports: none, total: null, share: null, mirror: null, gap: null, sources: [],
    };
  });
  const notes: string[] = [];
  if (!own.length) notes.push(`${c.name} has no trade report of its own in ${ds.id}: only its partners' reports (the mirror columns) are there`);
  const missing = table.world.exports.missing.length || table.world.imports.missing.length;
  if (own.length && missing) notes.push(`${c.name} reported no trade with the world for ${[...new Set([...table.world.exports.missing, ...table.world.imports.missing])].join(', ')}: those years are missing, not zero`);
  if (to > last || last < new Date().getFullYear() - 1) notes.push(`the trade data end in ${last}`);
  notes.push('exports FOB and imports CIF as each side recorded them; the two sides of a pair often differ (valuation, timing, re-exports, unrecorded trade)');
  return {
    country: { name: c.name, iso3: c.iso3 }, from, to, unit: 'US$ millions', basis: 'merchandise trade, current US$ (IMF Direction of Trade Statistics)',
    dataset: ds.id, datasetVersion: ds.version,
    world: { exports: flow(table.world.exports), imports: flow(table.world.imports), total: table.world.total === null ? null : round2(table.world.total) },
    patrons, partners: shown, partnerCount: table.partners.length, notes,
    query: commandLine('trade', [c.name, ...(from === to ? ['--year', from] : ['--from', from, '--to', to]), o.patrons && '--patrons', o.patrons?.join(',')]),
  };
}

/** `GET /api/trade/series`: partners' shares of a country's trade, year by year (the dashboard's chart). */
export interface TradeSeriesAnswer {
  country: { name: string; iso3: string | null };
  from: number;
  to: number;
  dataset: string;
  /** The largest partners over the span and the patrons asked, each with its share per year (null: not reported). */
  partners: { name: string; iso3: string | null; patron: boolean; shares: { year: number; share: number | null; total: number | null }[] }[];
  query: string;
}

export function tradeSeriesAnswer(db: Db, c: Entity, o: { from?: number; to?: number; patrons?: string[]; top?: number } = {}): TradeSeriesAnswer {
  const ds = tradeDataset(db);
  if (!ds) throw new AppError('the store has no trade data: import the IMF Direction of Trade workbooks (trade/imf-dots-*/DOTS_*.xlsx)', 3, 503);
  const to = Math.min(o.to ?? ds.lastYear ?? 2020, ds.lastYear ?? 2020);
  const from = o.from ?? to - 20;
  const patrons = o.patrons ?? DEFAULT_TRADE_PATRONS;
  const years: TradeAnswer[] = [];
  for (let y = from; y <= to; y++) years.push(tradeAnswer(db, c, { year: y, patrons }));
  // The largest partners over the whole span, by the sum of what the country reported.
  const sums = new Map<string, { name: string; iso3: string | null; total: number }>();
  for (const a of years) for (const p of a.partners) {
    const k = p.iso3 ?? p.name;
    const s = sums.get(k) ?? { name: p.name, iso3: p.iso3, total: 0 };
    s.total += p.total ?? 0;
    sums.set(k, s);
  }
  const top = [...sums.values()].sort((a, b) => b.total - a.total).slice(0, o.top ?? 5);
  const chosen = [...top, ...patrons.filter((p) => !top.some((t) => t.iso3 === p)).map((p) => ({ name: lookupEntity(p)?.name ?? p, iso3: p, total: 0 }))];
  return {
    country: { name: c.name, iso3: c.iso3 }, from, to, dataset: ds.id,
    partners: chosen.map((p) => ({
      name: p.name, iso3: p.iso3, patron: patrons.includes(p.iso3 ?? ''),
      shares: years.map((a) => {
        const hit = a.partners.find((x) => (x.iso3 ?? x.name) === (p.iso3 ?? p.name)) ?? a.patrons.find((x) => x.iso3 === p.iso3);
        return { year: a.from, share: hit?.share ?? null, total: hit?.total ?? null };
      }),
    })),
    query: commandLine('trade', [c.name, '--from', from, '--to', to]),
  };
}

/** The trade dyad-year panel (`panel --source trade`): countries only, both reports of each pair. */
export function tradePanelData(db: Db, o: { from?: number; to?: number } = {}): TradePanelRecord[] {
  const ds = tradeDataset(db);
  if (!ds) throw new AppError('the store has no trade data: import the IMF Direction of Trade workbooks (trade/imf-dots-*/DOTS_*.xlsx)', 3, 503);
  const series: TradePanelSeries[] = allTradeRows(db, ds.id).map((r) => ({
    reporterId: r.reporterId, partnerId: r.partnerId, flow: r.flow, aggregate: r.aggregate === 1, at: figureLookup(r.firstYear, r.figures),
    firstYear: r.firstYear, lastYear: r.firstYear + r.figures.split(',').length - 1,
  }));
  return tradePanel(series, (id) => lookupEntity(id)?.iso3 ?? null, ds.id, o.from ?? 1900, o.to ?? 2100);
}
