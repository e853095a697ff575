// The trade dyad-year panel: one row per reporter, partner and year, both flows as the reporter
// recorded them and as the partner recorded them (its imports from the reporter are the reporter's
// exports). Countries only: aggregates are not partners. Pure: stored series in, records out.
import { csvField } from './panel.js';

export interface TradePanelSeries {
  reporterId: string;
  partnerId: string;
  flow: 'exports' | 'imports';
  aggregate: boolean;
  /** The figure of a year, or undefined when not reported. */
  at: (year: number) => { value: number; estimate: boolean } | undefined;
  firstYear: number;
  lastYear: number;
}

export interface TradePanelRecord {
  reporter: string;
  reporter_iso3: string | null;
  partner: string;
  partner_iso3: string | null;
  year: number;
  /** US$ m as the reporter recorded them (exports FOB, imports CIF); null = not reported. */
  exports: number | null;
  imports: number | null;
  exports_estimate: boolean;
  imports_estimate: boolean;
  /** What the partner recorded: its imports from the reporter, its exports to the reporter. */
  partner_reported_imports: number | null;
  partner_reported_exports: number | null;
  dataset: string;
}

export const TRADE_PANEL_COLUMNS: readonly (keyof TradePanelRecord)[] = [
  'reporter', 'reporter_iso3', 'partner', 'partner_iso3', 'year', 'exports', 'imports', 'exports_estimate', 'imports_estimate',
  'partner_reported_imports', 'partner_reported_exports', 'dataset',
];

export function tradePanel(series: readonly TradePanelSeries[], iso3: (id: string) => string | null, dataset: string, from: number, to: number): TradePanelRecord[] {
  const key = (r: string, p: string, f: string) => `${r}\u0000${p}\u0000${f}`;
  const by = new Map(series.map((s) => [key(s.reporterId, s.partnerId, s.flow), s]));
  const pairs = new Map<string, { reporter: string; partner: string }>();
  for (const s of series) if (!s.aggregate && !s.reporterId.startsWith('agg:')) pairs.set(`${s.reporterId}\u0000${s.partnerId}`, { reporter: s.reporterId, partner: s.partnerId });
  const out: TradePanelRecord[] = [];
  for (const { reporter, partner } of [...pairs.values()].sort((a, b) => (a.reporter + a.partner < b.reporter + b.partner ? -1 : 1))) {
    const ex = by.get(key(reporter, partner, 'exports'));
    const im = by.get(key(reporter, partner, 'imports'));
    const mirrorIm = by.get(key(partner, reporter, 'imports'));
    const mirrorEx = by.get(key(partner, reporter, 'exports'));
    const first = Math.max(from, Math.min(ex?.firstYear ?? Infinity, im?.firstYear ?? Infinity));
    const last = Math.min(to, Math.max(ex?.lastYear ?? -Infinity, im?.lastYear ?? -Infinity));
    for (let y = first; y <= last; y++) {
      const e = ex?.at(y);
      const i = im?.at(y);
      if (!e && !i) continue;
      out.push({
        reporter, reporter_iso3: iso3(reporter), partner, partner_iso3: iso3(partner), year: y,
        exports: e?.value ?? null, imports: i?.value ?? null, exports_estimate: e?.estimate ?? false, imports_estimate: i?.estimate ?? false,
        partner_reported_imports: mirrorIm?.at(y)?.value ?? null, partner_reported_exports: mirrorEx?.at(y)?.value ?? null, dataset,
      });
    }
  }
  return out;
}

export function tradePanelToCsv(records: readonly TradePanelRecord[]): string {
  const lines = [TRADE_PANEL_COLUMNS.join(',')];
  for (const r of records) lines.push(TRADE_PANEL_COLUMNS.map((c) => csvField(r[c])).join(','));
  return lines.join('\n') + '\n';
}
