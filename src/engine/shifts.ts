// `counterweight shifts`, `GET /api/shifts`, the `/shifts` page: who is switching patrons, for every
// recipient at once. The rows come from the store (one grouped query per window), the measures
// from analysis/shifts.ts; here they get names, UNGA agreement over the same years, a sentence tied
// to its rows, and the commands that reproduce each figure.
import { computeShifts, counterMove, type RecipientShift, type SupplierShift, type WindowSummary } from '../analysis/shifts.js';
import type { NarrativeSentence, Ref } from '../core/brief.js';
import { commandLine } from '../core/command-line.js';
import { formatPercent, formatWindow, round2 as round } from '../core/format.js';
import type { Entity } from '../core/types.js';
import { agreementDataset, agreementSumsOf, hasAgreement, ungaDataset } from '../store/alignment.js';
import { countedId, displayName, queryFor, RUSSIA } from '../store/context.js';
import { allEntities, tivByDyad } from '../store/queries.js';
import type { ArmsSession } from './open.js';

export interface Window {
  from: number;
  to: number;
}

export interface ShiftsOptions {
  fromWindow?: Window;
  toWindow?: Window;
  patron?: Entity;
  /** TIV a recipient must have received in both windows (default 100). */
  minTiv?: number;
  limit?: number;
}

export const DEFAULT_MIN_TIV = 100;
/** Source lines listed per reference (the count is always complete). */
const REF_ROWS = 50;

interface Named {
  name: string;
  iso3: string | null;
}

export interface ShiftAgreement {
  /** Mean yearly UNGA agreement over the window's years with figures (0..1), null without any. */
  before: number | null;
  after: number | null;
  /** after − before, in percentage points. */
  change: number | null;
}

export interface ShiftSupplier extends Named {
  before: { tiv: number; share: number };
  after: { tiv: number; share: number };
  /** Change in share, percentage points. */
  change: number;
  agreement: ShiftAgreement | null;
}

export interface ShiftWindow {
  totalTiv: number;
  deals: number;
  top: (Named & { share: number }) | null;
  hhi: number;
}

export interface ShiftRow {
  recipient: Named;
  before: ShiftWindow;
  after: ShiftWindow;
  hhiChange: number;
  /** The largest move (or the patron's, with `--patron`). */
  move: ShiftSupplier;
  /** With `--patron`: whether the recipient moved toward the patron or away. */
  direction: 'toward' | 'away' | null;
  suppliers: ShiftSupplier[];
  sentence: NarrativeSentence;
  /** The commands that give the figures of this row. */
  queries: string[];
}

export interface ShiftsAnswer {
  fromWindow: Window;
  toWindow: Window;
  /** How the windows were chosen when not given. */
  windowsNote: string | null;
  minTiv: number;
  patron: Named | null;
  basis: 'delivered';
  dataset: string;
  datasetVersion: string | null;
  allocation: string;
  mergeSoviet: boolean;
  agreement: { dataset: string | null; note: string };
  /** Recipients meeting `minTiv` in both windows (before `limit`). */
  count: number;
  recipients: ShiftRow[];
  query: string;
}

/** The windows: as given, or the last five years with deliveries and the five ten years before. */
function windowsOf(s: ArmsSession, o: ShiftsOptions): { fromWindow: Window; toWindow: Window; note: string | null } {
  const last = s.ctx.dataset.data_last_year ?? s.ctx.dataset.last_year ?? new Date().getFullYear();
  const toWindow = o.toWindow ?? { from: last - 4, to: last };
  const length = toWindow.to - toWindow.from;
  const fromWindow = o.fromWindow ?? { from: toWindow.from - 10, to: toWindow.from - 10 + length };
  const note = o.toWindow
    ? null
    : `default windows: ${formatWindow(toWindow.from, toWindow.to)} ends at ${last}, the last year ${s.ctx.dataset.id} holds deliveries for${o.fromWindow ? '' : `, compared with the same years a decade earlier`}`;
  return { fromWindow, toWindow, note };
}

type AgreementIndex = {
  dataset: string | null;
  note: string;
  /** Reads the figures of these countries in one statement (else each is read on first use). */
  load: (ids: string[]) => void;
  mean: (a: string, b: string, w: Window) => number | null;
};

/**
 * Mean yearly agreement of a pair over a window, from the estimates file's agreement columns (its
 * reference states) or the release's agreement pairs file. Read per country through the table's
 * key, only for the countries asked about: a scan of the whole table by year costs more than the
 * rest of the answer.
 */
function agreementIndex(s: ArmsSession, w1: Window, w2: Window): AgreementIndex {
  const ideal = ungaDataset(s.db);
  const pairs = agreementDataset(s.db);
  const dataset = ideal && hasAgreement(s.db, ideal.id) ? ideal.id : pairs && hasAgreement(s.db, pairs.id) ? pairs.id : null;
  const note = !dataset
    ? 'no UNGA agreement figures in the store: agreement shows –'
    : dataset === ideal?.id
      ? `UNGA agreement from ${dataset} (its reference states only: others show –)`
      : `UNGA agreement from the agreement file ${dataset}`;
  // Country → patron → [sum, years] per window, for the countries `load` was given.
  const loaded = new Map<string, Map<string, [number, number][]>>();
  const load = (ids: string[]) => {
    const todo = [...new Set(ids)].filter((id) => !loaded.has(id));
    for (const id of todo) loaded.set(id, new Map());
    for (const [entity, patron, k, sum, years] of dataset ? agreementSumsOf(s.db, dataset, todo, [w1, w2]) : []) {
      const m = loaded.get(entity)!;
      const spans = m.get(patron) ?? [[0, 0], [0, 0]];
      spans[k] = [sum, years];
      m.set(patron, spans);
    }
  };
  const rowsOf = (id: string) => {
    if (!loaded.has(id)) load([id]);
    return loaded.get(id)!;
  };
  const mean = (a: string, b: string, w: Window) => {
    // Agreement is symmetric: the pair may be stored under either country.
    const spans = rowsOf(a).get(b) ?? rowsOf(b).get(a);
    const k = w === w1 ? 0 : w === w2 ? 1 : -1;
    if (!spans || k < 0) return null;
    const [sum, years] = spans[k];
    return years ? sum / years : null;
  };
  return { dataset, note, load, mean };
}

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

/** "India: Russia’s share fell from 75 % to 38 % (2009–13 → 2019–23); France rose to 31 %". */
function sentenceText(recipient: string, move: ShiftSupplier, other: ShiftSupplier | null, w1: Window, w2: Window): string {
  const verb = (s: ShiftSupplier) => (s.change >= 0 ? 'rose' : 'fell');
  const span = (s: ShiftSupplier) =>
    s.before.share >= 0.005 ? `from ${formatPercent(s.before.share)} to ${formatPercent(s.after.share)}` : `to ${formatPercent(s.after.share)}`;
  const head = `${recipient}: ${possessive(move.name)} share ${verb(move)} ${span(move)} (${formatWindow(w1.from, w1.to)} → ${formatWindow(w2.from, w2.to)})`;
  return other ? `${head}; ${other.name} ${verb(other)} ${span(other)}` : head;
}

function capped(lists: string[]): { rows: number[]; rowCount: number } {
  const all = [...new Set(lists.filter(Boolean).flatMap((l) => l.split(',').map(Number)))].sort((a, b) => a - b);
  return { rows: all.slice(0, REF_ROWS), rowCount: all.length };
}

export function shiftsAnswer(s: ArmsSession, o: ShiftsOptions = {}): ShiftsAnswer {
  const { fromWindow: w1, toWindow: w2, note } = windowsOf(s, o);
  const minTiv = o.minTiv ?? DEFAULT_MIN_TIV;
  const patronId = o.patron ? countedId(o.patron.id, s.ctx) : undefined;
  const [before, after] = tivByDyad(s.db, s.ctx, [w1, w2]);
  const shifts = computeShifts(before, after, { minTiv, patron: patronId });
  const entities = new Map(allEntities(s.db).map((e) => [e.id, e]));
  const named = (id: string): Named => {
    const e = entities.get(id);
    return { name: e ? displayName(e, s.ctx) : id, iso3: id === RUSSIA && s.ctx.mergeSoviet ? RUSSIA : (e?.iso3 ?? null) };
  };
  const agreement = agreementIndex(s, w1, w2);
  const dataset = s.ctx.dataset.id;
  const window = (w: WindowSummary): ShiftWindow => ({
    totalTiv: round(w.totalTiv), deals: w.deals, hhi: round(w.hhi), top: w.top ? { ...named(w.top.supplier), share: w.top.share } : null,
  });

  const row = (r: RecipientShift): ShiftRow => {
    const recipient = named(r.recipient);
    const supplier = (x: SupplierShift): ShiftSupplier => {
      const n = named(x.supplier);
      const a = recipient.iso3 && n.iso3 ? [agreement.mean(recipient.iso3, n.iso3, w1), agreement.mean(recipient.iso3, n.iso3, w2)] : [null, null];
      return {
        ...n,
        before: { tiv: round(x.before.tiv), share: x.before.share },
        after: { tiv: round(x.after.tiv), share: x.after.share },
        change: x.change,
        agreement: a[0] === null && a[1] === null ? null : { before: a[0], after: a[1], change: a[0] !== null && a[1] !== null ? (a[1] - a[0]) * 100 : null },
      };
    };
    const suppliers = r.suppliers.map(supplier);
    const move = suppliers[r.suppliers.indexOf(r.move)];
    const otherShift = counterMove(r);
    const other = otherShift ? suppliers[r.suppliers.indexOf(otherShift)] : null;
    const q1 = queryFor(s.ctx, 'suppliers', [recipient.name, '--from', w1.from, '--to', w1.to]);
    const q2 = queryFor(s.ctx, 'suppliers', [recipient.name, '--from', w2.from, '--to', w2.to]);
    const movers = [r.move, ...(otherShift ? [otherShift] : [])];
    const refs: Ref[] = [
      { query: q1, dataset, ...capped(movers.map((m) => m.before.lines)) },
      { query: q2, dataset, ...capped(movers.map((m) => m.after.lines)) },
    ];
    const withAgreement = suppliers.filter((x) => x.agreement).map((x) => x.iso3);
    const queries = [q1, q2];
    if (agreement.dataset && withAgreement.length) {
      queries.push(commandLine('alignment', [recipient.name, '--patrons', withAgreement.join(','), '--from', Math.min(w1.from, w2.from), '--to', Math.max(w1.to, w2.to)]));
    }
    return {
      recipient, before: window(r.before), after: window(r.after), hhiChange: round(r.hhiChange), move,
      direction: patronId === undefined ? null : move.change >= 0 ? 'toward' : 'away',
      suppliers,
      sentence: { text: sentenceText(recipient.name, move, other, w1, w2), refs },
      queries,
    };
  };

  const limited = o.limit ? shifts.slice(0, o.limit) : shifts;
  agreement.load(limited.flatMap((r) => [r.recipient, ...r.suppliers.map((x) => x.supplier)]).map((id) => named(id).iso3).filter((x): x is string => x !== null));
  const win = (w: Window) => `${w.from}-${w.to}`;
  return {
    fromWindow: w1, toWindow: w2, windowsNote: note, minTiv,
    patron: o.patron ? named(patronId!) : null,
    basis: 'delivered', dataset, datasetVersion: s.ctx.dataset.version, allocation: s.ctx.allocation, mergeSoviet: s.ctx.mergeSoviet,
    agreement: { dataset: agreement.dataset, note: agreement.note },
    count: shifts.length,
    recipients: limited.map(row),
    query: queryFor(s.ctx, 'shifts', [
      '--from-window', win(w1), '--to-window', win(w2), '--min-tiv', minTiv, o.patron && '--patron', o.patron?.name, o.limit && '--limit', o.limit,
    ]),
  };
}
