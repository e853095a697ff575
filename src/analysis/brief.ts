// The balance brief from plain rows: windows of supplier shares, patrons, the rolling series and
// its rank changes, each patron's category mix, pending orders, UN agreement, the references behind
// every figure and the sentences that say it. Pure: engine/brief.ts fetches the rows.
import type { BriefEconomy } from '../core/brief.js';
import type { BriefCover } from '../core/brief.js';
import type { AlignmentYear, Brief, BriefWindow, PendingDeal, Ref } from '../core/brief.js';
import { commandLine } from '../core/command-line.js';
import type { Category } from '../core/types.js';
import { writeNarrative, type NarrativeRefs } from './narrative.js';
import { patronColumnNotes } from './representation-caveats.js';
import { rankChanges, rollingShares } from './rolling.js';
import { computeShares, hhi } from './shares.js';

/** References list at most this many source lines (`rowCount` keeps the full count). */
export const MAX_REF_ROWS = 200;

export interface BriefParty {
  id: string;
  name: string;
  iso3: string | null;
}

/** One cell of the country's imports: what one deal (source line) delivered in one year. */
export interface BriefCell {
  line: number;
  supplierId: string;
  supplierName: string;
  supplierIso3: string | null;
  category: Category;
  year: number;
  tiv: number;
}

/** A deal not fully delivered, as the store gives it (the brief's PendingDeal, with the supplier's ISO3 named as the store names it). */
export type BriefPendingRow = Omit<PendingDeal, 'iso3'> & { supplierIso3: string | null };

export interface BriefInput {
  country: BriefParty;
  dataset: { id: string; kind: string; file: string; version: string | null; firstYear: number; lastYear: number; lastYearWithData: number | null };
  allocation: string;
  mergeSoviet: boolean;
  /** The flags that reproduce the context (`--allocation …`), appended to every arms reference. */
  flags: string[];
  cells: BriefCell[];
  pending: BriefPendingRow[];
  /** Patrons given by the user; else chosen by `choosePatrons` (with `fallbackPatron`, the United States). */
  patrons?: BriefParty[];
  fallbackPatron: BriefParty;
  alignment: {
    dataset: { id: string; version: string | null } | null;
    years: AlignmentYear[];
    /** Source lines of the country's ideal-point rows, per year. */
    lines: Map<number, number[]>;
    /** Said in the notes when agreement does not come from the ideal-point file itself. */
    agreementSource?: { note: string | null };
  };
  windows?: { long?: number; short?: number; categoriesSince?: number };
  /** Diplomatic cover, built by `briefCover` (analysis/cover.ts) from the UN voting rows; null or absent when the store has none. */
  cover?: BriefCover | null;
  /** Economic ties and means (analysis/economy.ts); null or absent when the store has neither trade nor spending data. */
  economy?: BriefEconomy | null;
}

export class NoDeliveriesError extends Error {}

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

/** Default patrons: the top three state suppliers of the recent window plus the United States, at most four. */
export function defaultPatrons(recent: { id: string; iso3: string | null; name: string; tiv: number }[], self: BriefParty, fallback: BriefParty): BriefParty[] {
  const states = recent.filter((s) => s.iso3 && s.iso3 !== self.iso3 && s.tiv > 0);
  const top = states.slice(0, 3).map((s) => ({ id: s.id, name: s.name, iso3: s.iso3 }));
  if (!top.some((p) => p.iso3 === fallback.iso3) && self.iso3 !== fallback.iso3) top.push(fallback);
  else if (states[3]) top.push({ id: states[3].id, name: states[3].name, iso3: states[3].iso3 });
  return top.slice(0, 4);
}

/** The default patrons of a country from its import cells over the recent window (see `defaultPatrons`). */
export function choosePatrons(cells: BriefCell[], country: BriefParty, fallback: BriefParty, from: number, to: number): BriefParty[] {
  const recent = sharesOf(inWindow(cells, from, to)).shares;
  // A counted supplier has one display name: the way back from a share to its id.
  const idOfName = new Map(cells.map((c) => [c.supplierName, c.supplierId]));
  return defaultPatrons(recent.map((s) => ({ id: idOfName.get(s.name)!, iso3: s.iso3, name: s.name, tiv: s.tiv })), country, fallback);
}

function inWindow(cells: BriefCell[], from: number, to: number, supplierId?: string): BriefCell[] {
  return cells.filter((c) => c.year >= from && c.year <= to && (supplierId === undefined || c.supplierId === supplierId));
}

/** Source lines of the deals behind some cells: largest contribution first, then by line. */
export function linesBehind(cells: BriefCell[]): number[] {
  const byLine = new Map<number, number>();
  for (const c of cells) byLine.set(c.line, (byLine.get(c.line) ?? 0) + c.tiv);
  return [...byLine].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([line]) => line);
}

function sharesOf(cells: BriefCell[]) {
  return computeShares(cells.map((c) => ({ id: c.supplierId, name: c.supplierName, iso3: c.supplierIso3, tiv: c.tiv })));
}

export function buildBrief(input: BriefInput): Brief {
  const { country, dataset, cells } = input;
  const first = dataset.firstYear;
  const last = dataset.lastYear;
  const long = input.windows?.long ?? 20;
  const short = input.windows?.short ?? 5;
  const name = country.name;
  const ref = (query: string, lines: number[]): Ref => ({ query, dataset: dataset.id, rows: lines.slice(0, MAX_REF_ROWS), rowCount: lines.length });
  const armsQuery = (command: string, args: (string | number | undefined)[]) => commandLine(command, [name, ...args], input.flags);

  const windowOf = (label: string, from: number, to: number): BriefWindow => {
    const here = inWindow(cells, from, to);
    const { totalTiv, shares } = sharesOf(here);
    return { label, from, to, totalTiv, suppliers: shares, hhi: hhi(shares), ref: ref(armsQuery('suppliers', ['--from', from, '--to', to]), linesBehind(here)) };
  };
  const windows = [windowOf('history', first, last), windowOf(`last ${long} years`, last - long + 1, last), windowOf(`last ${short} years`, last - short + 1, last)];
  if (windows[0].totalTiv === 0) throw new NoDeliveriesError(`no arms deliveries to ${name} in ${dataset.id}: nothing to brief on`);

  const patronParties = input.patrons?.length ? input.patrons : choosePatrons(cells, country, input.fallbackPatron, last - long + 1, last);
  const key = (p: BriefParty) => p.iso3 ?? p.id;
  const patrons = patronParties.map(key);
  const patronNames: Record<string, string> = Object.fromEntries(patronParties.map((p) => [key(p), p.name]));

  const yearly = cells.map((c) => ({ id: c.supplierId, name: c.supplierName, iso3: c.supplierIso3, year: c.year, tiv: c.tiv }));
  const rolling = rollingShares(yearly, patronParties.map((p) => ({ id: p.id, iso3: key(p), name: p.name })), first, last, short);
  const changes = rankChanges(rolling, { since: last - long + 1 });

  const categoriesFrom = input.windows?.categoriesSince ?? last - 14;
  const categories: Brief['arms']['categories'] = {};
  const categoryRefs: Record<string, Ref> = {};
  for (const p of patronParties) {
    const here = inWindow(cells, categoriesFrom, last, p.id);
    const { shares } = computeShares(here.map((c) => ({ id: c.category, name: c.category, iso3: null, tiv: c.tiv })));
    categories[key(p)] = shares.map((s) => ({ category: s.name as Category, tiv: s.tiv, share: s.share }));
    categoryRefs[key(p)] = ref(commandLine('categories', [name, '--supplier', p.name, '--from', categoriesFrom, '--to', last], input.flags), linesBehind(here));
  }

  const pending: PendingDeal[] = input.pending.map((d) => ({
    supplier: d.supplier, iso3: d.supplierIso3, designation: d.designation, description: d.description, category: d.category,
    orderYear: d.orderYear, numberOrdered: d.numberOrdered, numberDelivered: d.numberDelivered, tivOrder: d.tivOrder, status: d.status, line: d.line,
  }));

  const ungaId = input.alignment.dataset?.id ?? '';
  const alignmentRefs: Record<number, Ref> = {};
  for (const y of input.alignment.years) {
    const lines = input.alignment.lines.get(y.year) ?? [];
    alignmentRefs[y.year] = { query: commandLine('alignment', [name, '--from', y.year, '--to', y.year]), dataset: ungaId, rows: lines, rowCount: lines.length };
  }
  const change = changes[0];
  const refs: NarrativeRefs = {
    category: categoryRefs,
    pending: ref(armsQuery('orders', ['--pending']), pending.map((d) => d.line)),
    alignment: alignmentRefs,
    rankChange: change ? ref(armsQuery('suppliers', ['--from', change.from, '--to', change.to]), linesBehind(inWindow(cells, change.from, change.to))) : null,
  };

  const partial: Omit<Brief, 'narrative'> = {
    country: { name, iso3: country.iso3 },
    patrons,
    patronNames,
    arms: { windows, rolling, rankChanges: changes, categoriesFrom, categories, pending },
    alignment: input.alignment.years,
    alignmentNotes: [...patronColumnNotes(patrons, input.alignment.years.map((y) => y.year)), ...(input.alignment.agreementSource?.note ? [input.alignment.agreementSource.note] : [])],
    cover: input.cover ?? null,
    economy: input.economy ?? null,
    provenance: {
      datasets: [
        { id: dataset.id, kind: dataset.kind, file: dataset.file, version: dataset.version },
        ...(input.alignment.dataset ? [{ id: input.alignment.dataset.id, kind: 'unga-ideal-points', file: `${input.alignment.dataset.id}.csv`, version: input.alignment.dataset.version }] : []),
      ],
      allocation: allocationText(input.allocation),
      options: {
        mergeSoviet: input.mergeSoviet, patrons, windows: { long, short }, categoriesFrom,
        coverage: { from: first, to: last, lastYearWithData: dataset.lastYearWithData },
      },
      generatedBy: 'counterweight 0.1.0',
    },
  };
  return { ...partial, narrative: writeNarrative(partial, refs) };
}
