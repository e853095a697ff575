// Bilateral trade as the IMF's current data portal exports it (IMTS, the successor of the Direction
// of Trade Statistics): the portal's CSV layout — the one its direct investment exports show —
// `COUNTRY.ID, COUNTRY, …, INDICATOR.ID, INDICATOR, COUNTERPART_COUNTRY.ID, COUNTERPART_COUNTRY,
// FREQUENCY.ID, FREQUENCY, TIME_PERIOD, OBS_VALUE[, SCALE.ID, SCALE]`, every field quoted, UTF-8
// with a BOM. Goods exports (FOB) and imports (CIF) in US dollars; annual rows are read, monthly and
// quarterly ones counted and left out. Pure: one compact series per reporter, flow and partner, in
// the form the DOTS workbooks give (store/trade-import.ts stores both alike).
import { AppError } from '../core/errors.js';
import type { LineAccount, Problem } from '../core/types.js';
import { findColumn, findHeader } from './columns.js';
import { decodeText, parseNumber, tableLines, TableRecords } from './csv.js';
import { encodeFigures } from './trade-figures.js';

export interface PortalTradeSeries {
  /** ISO3 of the reporter. */
  reporter: string;
  flow: 'exports' | 'imports';
  /** ISO3 of the partner, or the portal's name of a group (`World`, `Euro Area`) when it has no ISO3 code. */
  partner: string;
  line: number;
  /** Rows of the file behind the series. */
  rows: number;
  firstYear: number;
  lastYear: number;
  figures: string;
}

/** The columns every export of the portal has (the direct investment ones add `DV_TYPE`). */
export const PORTAL_KEYS = ['country.id', 'indicator.id', 'counterpart_country.id', 'time_period', 'obs_value'];

export function isPortalHeader(keys: string[]): boolean {
  return PORTAL_KEYS.every((k) => keys.includes(k));
}

/** Exports or imports of goods, told by the indicator's code or, failing that, its label. */
export function tradeFlowOf(code: string, label: string): 'exports' | 'imports' | null {
  if (/^X[GS]?_/i.test(code) || /\bexports?\b/i.test(label)) return 'exports';
  if (/^M[GS]?_/i.test(code) || /\bimports?\b/i.test(label)) return 'imports';
  return null;
}

/** The portal's layout with a trade indicator in its first row (the same header carries investment positions). */
export function isPortalTradeHead(lines: string[]): boolean {
  const header = findHeader(lines, isPortalHeader);
  if (!header) return false;
  const first = lines[header.index + 1] ?? '';
  return /(^|,)"?[XM]G?_[A-Z_]*(FOB|CIF)/i.test(first) || /Value of (Exports|Imports)/i.test(first);
}

export function readPortalTrade(bytes: Uint8Array, file: string): { series: PortalTradeSeries[]; problems: Problem[]; recordsRead: number; rejected: number; duplicates: number; lines: LineAccount } {
  const lines = tableLines(decodeText(bytes).replace(/^\uFEFF/, ''));
  const header = findHeader(lines, isPortalHeader);
  if (!header) throw new AppError(`${file}: not an IMF data portal export (no header with ${PORTAL_KEYS.join(', ')})`, 2);
  const at = (n: string) => findColumn(header.keys, [n]);
  const c = {
    reporter: at('country.id'), indicator: at('indicator.id'), indicatorName: at('indicator'), cp: at('counterpart_country.id'), cpName: at('counterpart_country'),
    freq: at('frequency.id'), year: at('time_period'), value: at('obs_value'), scale: at('scale.id'),
  };
  const problems: Problem[] = [];
  const records = new TableRecords(lines, header.index, header.labels.length, file, problems);
  const triples = new Map<string, { reporter: string; flow: 'exports' | 'imports'; partner: string; line: number; t: [number, number, number][] }>();
  let notAnnual = 0;
  let empty = 0;
  for (const r of records) {
    const f = r.fields;
    const flow = tradeFlowOf(f[c.indicator].trim(), c.indicatorName >= 0 ? f[c.indicatorName] : '');
    if (!flow) {
      records.reject(r.line, `an indicator that is neither exports nor imports of goods: "${f[c.indicator].trim()}"`, header.labels[c.indicator]);
      continue;
    }
    const period = f[c.year].trim();
    if ((c.freq >= 0 && f[c.freq].trim() && f[c.freq].trim() !== 'A') || !/^\d{4}$/.test(period)) {
      notAnnual++;
      continue;
    }
    const valueText = f[c.value].trim();
    if (valueText === '') {
      empty++; // not available: never zero
      continue;
    }
    const raw = parseNumber(valueText);
    if (raw === undefined) {
      records.reject(r.line, `not a number: "${valueText}"`, header.labels[c.value]);
      continue;
    }
    // SCALE.ID is the power of ten of the unit; the store keeps US$ millions. Without it, US dollars.
    const scale = c.scale >= 0 && f[c.scale].trim() ? Number(f[c.scale].trim()) : 0;
    const code = f[c.cp].trim();
    const partner = /^[A-Z]{3}$/.test(code) ? code : (c.cpName >= 0 ? f[c.cpName].trim() : code) || code;
    const key = `${f[c.reporter].trim()}|${flow}|${partner}`;
    const s = triples.get(key) ?? { reporter: f[c.reporter].trim(), flow, partner, line: r.line, t: [] };
    s.t.push([Number(period), raw * 10 ** (scale - 6), 0]);
    triples.set(key, s);
  }
  if (notAnnual || empty) {
    problems.push({ file, line: header.index + 2, field: header.labels[c.year], message: `left out: ${notAnnual} monthly or quarterly row(s) (annual figures only) and ${empty} row(s) without a value (not available, not zero)`, severity: 'warning' });
  }
  const series = [...triples.values()].map((s) => {
    const { firstYear, figures } = encodeFigures(s.t);
    return { reporter: s.reporter, flow: s.flow, partner: s.partner, line: s.line, rows: s.t.length, firstYear, lastYear: firstYear + figures.split(',').length - 1, figures };
  });
  const stored = series.reduce((n, x) => n + x.rows, 0);
  return { series, problems, recordsRead: stored + records.rejected, rejected: records.rejected, duplicates: records.duplicates, lines: records.lines };
}
