// Chinese finance and investment, and direct investment positions: four sources, four layouts, one
// module of pure readers (they share the reading of amounts, years and names):
// - AidData's Chinese development finance totals per recipient and commitment year (CSV);
// - AidData's project-level file (one workbook sheet, 126 columns; only rows recommended for
//   aggregates may be summed);
// - the China Global Investment Tracker (sheets `Dataset 1` investments, `Dataset 2` construction,
//   `Dataset 3` troubled transactions; title rows above each header; `Dataset 1+2` repeats 1 and 2);
// - the IMF's direct investment positions as its current portal exports them (CSV, `O` reported,
//   `SCC` derived from the counterpart's report).
// Each measures something else in other dollars: never summed across (engine/finance.ts keeps them apart).
import { AppError } from '../core/errors.js';
import type { Problem } from '../core/types.js';
import { findColumn, findHeader } from './columns.js';
import { decodeText, parseNumber, tableLines, TableRecords } from './csv.js';
import { findSheetHeader, type CellValue, type Sheet } from './sheet.js';

interface Counts {
  problems: Problem[];
  recordsRead: number;
  rejected: number;
}

// ---------------------------------------------------------------------------------------------
// AidData totals per recipient and year.

export interface OfficialFinanceRow {
  line: number;
  iso3: string;
  year: number;
  projects: number;
  /** Constant 2021 US$ (not millions). */
  usdConst2021: number;
  /** Share of the amount that AidData estimated. */
  shareEstimated: number | null;
}

export function isAidDataTotalsHeader(keys: string[]): boolean {
  return ['country code', 'year', 'projects', 'usd_const_2021'].every((k) => keys.includes(k));
}

export function readAidDataTotals(bytes: Uint8Array, file: string): Counts & { rows: OfficialFinanceRow[]; duplicates: number; lines: TableRecords['lines'] } {
  const lines = tableLines(decodeText(bytes));
  const header = findHeader(lines, isAidDataTotalsHeader);
  if (!header) throw new AppError(`${file}: not an AidData totals file (no header with Country Code, year, projects, usd_const_2021)`, 2);
  const at = (n: string) => findColumn(header.keys, [n]);
  const c = { iso3: at('country code'), year: at('year'), projects: at('projects'), usd: at('usd_const_2021'), est: at('share_amount_estimated') };
  const problems: Problem[] = [];
  const records = new TableRecords(lines, header.index, header.labels.length, file, problems);
  const rows: OfficialFinanceRow[] = [];
  for (const r of records) {
    const f = r.fields;
    const iso3 = f[c.iso3].trim().toUpperCase();
    const year = parseNumber(f[c.year].trim());
    const projects = parseNumber(f[c.projects].trim());
    const usd = parseNumber(f[c.usd].trim());
    if (!/^[A-Z]{3}$/.test(iso3)) records.reject(r.line, `not an ISO3 code: "${f[c.iso3]}"`, header.labels[c.iso3]);
    else if (year === undefined || !Number.isInteger(year)) records.reject(r.line, `not a year: "${f[c.year]}"`, header.labels[c.year]);
    else if (projects === undefined || usd === undefined) records.reject(r.line, `not a number: "${projects === undefined ? f[c.projects] : f[c.usd]}"`, header.labels[projects === undefined ? c.projects : c.usd]);
    else if (records.exactRepeat(r) === undefined) rows.push({ line: r.line, iso3, year, projects, usdConst2021: usd, shareEstimated: c.est >= 0 ? (parseNumber(f[c.est].trim()) ?? null) : null });
  }
  return { rows, problems, recordsRead: rows.length + records.rejected + records.duplicates, rejected: records.rejected, duplicates: records.duplicates, lines: records.lines };
}

// ---------------------------------------------------------------------------------------------
// IMF direct investment positions.

export interface DirectInvestmentRow {
  line: number;
  /** The reporting economy (ISO3) and its position's direction. */
  reporter: string;
  direction: 'inward' | 'outward';
  counterpart: string;
  counterpartName: string;
  year: number;
  /** US$ millions; null = not available (never zero). Negative positions are real. */
  value: number | null;
  /** `SCC`: derived from the counterpart's own report (a mirror), not reported by the economy itself. */
  derived: boolean;
}

const DIP_KEYS = ['country.id', 'dv_type.id', 'indicator.id', 'counterpart_country.id', 'time_period', 'obs_value'];

export function isImfDipHeader(keys: string[]): boolean {
  return DIP_KEYS.every((k) => keys.includes(k));
}

export function readImfDip(bytes: Uint8Array, file: string): Counts & { rows: DirectInvestmentRow[]; duplicates: number; lines: TableRecords['lines']; direction: 'inward' | 'outward' | null } {
  const lines = tableLines(decodeText(bytes).replace(/^\uFEFF/, ''));
  const header = findHeader(lines, isImfDipHeader);
  if (!header) throw new AppError(`${file}: not an IMF direct investment export (no header with ${DIP_KEYS.join(', ')})`, 2);
  const at = (n: string) => findColumn(header.keys, [n]);
  const c = { reporter: at('country.id'), type: at('dv_type.id'), indicator: at('indicator.id'), cp: at('counterpart_country.id'), cpName: at('counterpart_country'), year: at('time_period'), value: at('obs_value'), scale: at('scale.id') };
  const problems: Problem[] = [];
  const records = new TableRecords(lines, header.index, header.labels.length, file, problems);
  const rows: DirectInvestmentRow[] = [];
  let direction: 'inward' | 'outward' | null = null;
  let noPeriod = 0;
  let firstNoPeriod = 0;
  for (const r of records) {
    const f = r.fields;
    const indicator = f[c.indicator].trim();
    const dir = /^INWD_/.test(indicator) ? 'inward' : /^OTWD_/.test(indicator) ? 'outward' : null;
    if (!dir) {
      records.reject(r.line, `an indicator that is not an inward or outward position: "${indicator}"`, header.labels[c.indicator]);
      continue;
    }
    direction ??= dir;
    const yearText = f[c.year].trim();
    if (!yearText) {
      // The portal exports some series without a period: nothing to place in time, said once.
      noPeriod++;
      firstNoPeriod ||= r.line;
      continue;
    }
    const year = parseNumber(yearText);
    if (year === undefined || !Number.isInteger(year)) {
      records.reject(r.line, `not a year: "${yearText}"`, header.labels[c.year]);
      continue;
    }
    const valueText = f[c.value].trim();
    const raw = valueText === '' ? null : parseNumber(valueText);
    if (raw === undefined) {
      records.reject(r.line, `not a number: "${valueText}"`, header.labels[c.value]);
      continue;
    }
    // SCALE.ID is the power of ten of the unit (6 = millions); absent, the figures are millions.
    const scale = c.scale >= 0 && f[c.scale].trim() ? Number(f[c.scale].trim()) : 6;
    const value = raw === null ? null : raw * 10 ** (scale - 6);
    if (records.exactRepeat(r) !== undefined) continue; // counted, and refused above 1 % by the import
    rows.push({ line: r.line, reporter: f[c.reporter].trim(), direction: dir, counterpart: f[c.cp].trim(), counterpartName: c.cpName >= 0 ? f[c.cpName].trim() : f[c.cp].trim(), year, value, derived: f[c.type].trim() === 'SCC' });
  }
  // Counted as rejected (and said once): a row read is stored or reported, and counted either way.
  if (noPeriod) problems.push({ file, line: firstNoPeriod, field: header.labels[c.year], message: `${noPeriod} row(s) without a period: left out (no year to place them in)`, severity: 'error' });
  // Without a SCALE column the unit is not said, and a series may come in dollars where everything
  // else is in millions (China's own inward positions from some counterparts, in the March 2026
  // export): told by the series standing ~10^6 times the figures derived from the counterpart's
  // report for the same pair and years, and divided back, with a warning per series.
  if (c.scale < 0) {
    const pair = (r: DirectInvestmentRow) => `${r.reporter}|${r.counterpart}`;
    const derived = new Map(rows.filter((r) => r.derived && r.value).map((r) => [`${pair(r)}|${r.year}`, r.value!]));
    const ratios = new Map<string, number[]>();
    for (const r of rows) {
      const d = derived.get(`${pair(r)}|${r.year}`);
      if (r.derived || !r.value || !d || Math.sign(d) !== Math.sign(r.value)) continue;
      ratios.set(pair(r), [...(ratios.get(pair(r)) ?? []), r.value / d]);
    }
    const rescaled: string[] = [];
    for (const [key, list] of ratios) {
      const median = [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
      if (list.length < 3 || median < 1e5 || median > 1e7) continue;
      for (const r of rows) if (!r.derived && r.value !== null && pair(r) === key) r.value /= 1e6;
      rescaled.push(key.replace('|', ' from '));
    }
    if (rescaled.length) {
      problems.push({ file, line: 0, field: header.labels[c.value], message: `${rescaled.length} series given in US dollars, not millions (about 10^6 times the figures the counterparts' reports give for the same positions), divided by 10^6: ${rescaled.slice(0, 10).join(', ')}${rescaled.length > 10 ? ', …' : ''}`, severity: 'warning' });
    }
  }
  return { rows, problems, recordsRead: rows.length + records.rejected + records.duplicates + noPeriod, rejected: records.rejected + noPeriod, duplicates: records.duplicates, lines: records.lines, direction };
}

// ---------------------------------------------------------------------------------------------
// Workbooks: their header row found among the first rows of a sheet.

/** The header among a sheet's first rows that has every `wanted` label, and each label's column. */
function headerRow(sheet: Sheet, wanted: string[], within = 12): { row: number; col: Map<string, number> } | null {
  const h = findSheetHeader(sheet, (keys) => wanted.every((w) => keys.includes(w)), within);
  return h ? { row: h.row, col: new Map(h.keys.map((k, i) => [k, i] as [string, number]).filter(([k]) => k !== '')) } : null;
}

const num = (c: CellValue | undefined): number | null => (typeof c === 'number' && Number.isFinite(c) ? c : typeof c === 'string' && c.trim() !== '' && Number.isFinite(Number(c)) ? Number(c) : null);
const str = (c: CellValue | undefined): string => (c === null || c === undefined ? '' : String(c).trim());
/** A marker column: `1`, `Y`, `G` (greenfield) or `Yes` is set; empty, `0` or `No` is not. */
const flag = (c: CellValue | undefined): boolean => {
  const t = str(c).toLowerCase();
  return t !== '' && t !== '0' && t !== 'no' && t !== 'n';
};

// AidData projects.

export interface FinanceProjectRow {
  row: number;
  id: string;
  recommended: boolean;
  recipient: string;
  recipientIso3: string;
  year: number | null;
  title: string;
  flowType: string;
  flowClass: string;
  status: string;
  sector: string;
  /** Constant 2021 US$ and nominal US$ (not millions); null when AidData gives none. */
  amountConst2021: number | null;
  amountNominal: number | null;
}

const PROJECT_KEYS = ['aiddata record id', 'recommended for aggregates', 'recipient iso-3', 'commitment year', 'amount (constant usd 2021)'];

export function isAidDataProjects(sheets: Sheet[]): boolean {
  return sheets.length > 0 && headerRow(sheets[0], PROJECT_KEYS, 3) !== null;
}

export function readAidDataProjects(sheets: Sheet[], file: string): Counts & { rows: FinanceProjectRow[] } {
  const sheet = sheets[0];
  const h = headerRow(sheet, PROJECT_KEYS, 3);
  if (!h) throw new AppError(`${file}: not an AidData project file (no header with ${PROJECT_KEYS.join(', ')})`, 2);
  const col = (k: string) => h.col.get(k) ?? -1;
  const problems: Problem[] = [];
  const rows: FinanceProjectRow[] = [];
  let rejected = 0;
  for (const r of sheet.rows) {
    if (r.row <= h.row) continue;
    const c = (k: string) => r.cells[col(k)];
    const id = str(c('aiddata record id'));
    const recommended = str(c('recommended for aggregates')).toLowerCase();
    const year = num(c('commitment year'));
    if (!id || (recommended !== 'yes' && recommended !== 'no')) {
      rejected++;
      problems.push({ file, line: r.row, field: `${sheet.name}: ${!id ? 'AidData Record ID' : 'Recommended For Aggregates'}`, message: !id ? 'a row without a record id' : `not Yes or No: "${str(c('recommended for aggregates'))}"`, severity: 'error' });
      continue;
    }
    rows.push({
      row: r.row, id, recommended: recommended === 'yes', recipient: str(c('recipient')), recipientIso3: str(c('recipient iso-3')).toUpperCase(), year,
      title: str(c('title')), flowType: str(c('flow type simplified')) || str(c('flow type')), flowClass: str(c('flow class')), status: str(c('status')), sector: str(c('sector name')),
      amountConst2021: num(c('amount (constant usd 2021)')), amountNominal: num(c('amount (nominal usd)')),
    });
  }
  return { rows, problems, recordsRead: rows.length + rejected, rejected };
}

// China Global Investment Tracker.

export type DealKind = 'investment' | 'construction' | 'troubled';

export interface TrackerDealRow {
  kind: DealKind;
  sheet: string;
  row: number;
  year: number;
  month: string;
  /** The Chinese investor, contractor or entity. */
  entity: string;
  /** Nominal US$ millions. */
  amount: number;
  share: number | null;
  party: string;
  sector: string;
  subsector: string;
  /** The host country as the tracker writes it (`USA`, `Britain`, `UAE`, `Myanmar`). */
  country: string;
  region: string;
  bri: boolean;
  greenfield: boolean;
}

const TRACKER_SHEETS: { kind: DealKind; sheet: RegExp; entity: string }[] = [
  { kind: 'investment', sheet: /^dataset 1$/i, entity: 'investor' },
  { kind: 'construction', sheet: /^dataset 2$/i, entity: 'contractor' },
  { kind: 'troubled', sheet: /^dataset 3$/i, entity: 'chinese entity' },
];
const TRACKER_KEYS = ['year', 'month', 'quantity in millions', 'country'];

export function isTrackerWorkbook(sheets: Sheet[]): boolean {
  return TRACKER_SHEETS.every((t) => sheets.some((s) => t.sheet.test(s.name.trim()))) && sheets.some((s) => s.rows.slice(0, 3).some((r) => r.cells.some((c) => /china global investment tracker/i.test(str(c)))));
}

export function readTracker(sheets: Sheet[], file: string): Counts & { rows: TrackerDealRow[] } {
  const problems: Problem[] = [];
  const rows: TrackerDealRow[] = [];
  let recordsRead = 0;
  let rejected = 0;
  for (const t of TRACKER_SHEETS) {
    const sheet = sheets.find((s) => t.sheet.test(s.name.trim()));
    if (!sheet) throw new AppError(`${file}: no sheet "${t.sheet.source.replace(/[\^$\\]/g, '')}" (sheets: ${sheets.map((s) => `"${s.name}"`).join(', ')})`, 2);
    const h = headerRow(sheet, [...TRACKER_KEYS, t.entity]);
    if (!h) throw new AppError(`${file}, sheet "${sheet.name}": no header row (Year, Month, ${t.entity}, Quantity in Millions, Country) in its first rows`, 2);
    const col = (k: string) => h.col.get(k) ?? -1;
    for (const r of sheet.rows) {
      if (r.row <= h.row) continue;
      const c = (k: string) => (col(k) >= 0 ? r.cells[col(k)] : null);
      const year = num(c('year'));
      const amount = num(c('quantity in millions'));
      const country = str(c('country'));
      // Column A's row-number formula runs past the data: a row with nothing else is no record.
      if (year === null && amount === null && !country && !str(c(t.entity))) continue;
      // A lone figure far below the data (a column total): said, not read as a deal.
      if (year === null && !country && !str(c(t.entity))) {
        problems.push({ file, line: r.row, field: `${sheet.name}: Quantity in Millions`, message: `a figure (${amount}) without year, ${t.entity} or country, below the data: a total? Not read as a deal`, severity: 'warning' });
        continue;
      }
      recordsRead++;
      if (year === null || !Number.isInteger(year) || amount === null || !country) {
        rejected++;
        const field = year === null ? 'Year' : amount === null ? 'Quantity in Millions' : 'Country';
        problems.push({ file, line: r.row, field: `${sheet.name}: ${field}`, message: `missing or not a number: "${str(c(field.toLowerCase()))}"`, severity: 'error' });
        continue;
      }
      rows.push({
        kind: t.kind, sheet: sheet.name, row: r.row, year, month: str(c('month')), entity: str(c(t.entity)), amount, share: num(c('share size')),
        party: str(c('transaction party')), sector: str(c('sector')), subsector: str(c('subsector')), country, region: str(c('region')),
        bri: flag(c('bri')), greenfield: flag(c('greenfield')),
      });
    }
  }
  return { rows, problems, recordsRead, rejected };
}
