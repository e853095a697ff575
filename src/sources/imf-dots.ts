// IMF Direction of Trade Statistics as the IMF's old portal exported them: one workbook per reporting
// country, sheets `Exports, FOB` and `Imports, CIF` (US$ millions), the reporter's name under the
// sheet title, a row of years (text, not contiguous, differing between the two sheets), then one row
// per partner or aggregate. Pure: sheets of cell values in (store/xlsx-values.ts reads the file),
// one row per reported figure out. An empty cell is "not reported", never zero; `27.81 e` is an IMF
// estimate and keeps that flag; the first partner row, repeated further down, counts once.
import { AppError } from '../core/errors.js';
import type { Problem, ReadResult } from '../core/types.js';
import type { CellValue, Sheet, SheetRow } from './sheet.js';

export type TradeFlow = 'exports' | 'imports';

export interface TradeRow {
  flow: TradeFlow;
  /** The partner (or aggregate) as the IMF names it. */
  partner: string;
  year: number;
  /** US$ millions, as reported (exports FOB, imports CIF). */
  value: number;
  /** The IMF marked the figure as its estimate (`27.81 e`). */
  estimate: boolean;
  sheet: string;
  /** The row in the sheet (1-based, as a spreadsheet shows it). */
  row: number;
}

export interface DotsResult extends ReadResult<TradeRow> {
  /** The reporting country (or aggregate) as the IMF names it. */
  reporter: string;
  /** First and last year with any figure. */
  years: { from: number; to: number } | null;
}

const FLOWS: { flow: TradeFlow; sheet: RegExp; title: RegExp }[] = [
  { flow: 'exports', sheet: /^exports\b/i, title: /^exports\b.*\bto partner countries$/i },
  { flow: 'imports', sheet: /^imports\b/i, title: /^imports\b.*\bfrom partner countries$/i },
];
const UNIT = /^us dollars, millions$/i;
// Figures written as text: `27.81`, `1,032.13` (thousands grouped), each maybe followed by ` e`.
const FIGURE_TEXT = '-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const ESTIMATE = new RegExp(`^\\s*(${FIGURE_TEXT})\\s+e\\s*$`, 'i');
const NUMBER = new RegExp(`^\\s*(${FIGURE_TEXT})\\s*$`);

/** The texts of a row's non-empty cells. */
function texts(r: SheetRow): string[] {
  return r.cells.filter((c) => c !== null && c !== '').map((c) => String(c).trim());
}

/**
 * A DOTS workbook: a sheet titled as the IMF titles them ("Exports, FOB to Partner Countries").
 * One is enough to say what the file is; `readDots` then wants both, and says which is missing.
 */
export function isDotsWorkbook(sheets: Sheet[]): boolean {
  return sheets.some((s) => s.rows.slice(0, 3).some((r) => texts(r).some((t) => FLOWS.some((f) => f.title.test(t)))));
}

function yearOf(c: CellValue): number | null {
  const t = typeof c === 'number' ? String(c) : typeof c === 'string' ? c.trim() : '';
  return /^\d{4}$/.test(t) && Number(t) >= 1900 && Number(t) <= 2100 ? Number(t) : null;
}

/** A figure: a number, a numeric text, or an IMF estimate (`27.81 e`); undefined when it is neither. */
export function parseFigure(c: CellValue): { value: number; estimate: boolean } | null | undefined {
  if (c === null || c === '') return null;
  if (typeof c === 'number') return Number.isFinite(c) ? { value: c, estimate: false } : undefined;
  if (typeof c !== 'string') return undefined;
  const e = ESTIMATE.exec(c);
  if (e) return { value: Number(e[1].replace(/,/g, '')), estimate: true };
  const n = NUMBER.exec(c);
  if (n) return { value: Number(n[1].replace(/,/g, '')), estimate: false };
  return undefined;
}

interface SheetHead {
  reporter: string;
  /** Column → year. */
  years: Map<number, number>;
  headerRow: number;
  labelColumn: number;
}

/** Title, reporter, unit, then the row of years; anything else above the years is an error. */
function sheetHead(sheet: Sheet, flow: (typeof FLOWS)[number], file: string): SheetHead {
  const at = (what: string, row?: number) => `${file}, sheet "${sheet.name}"${row ? `, row ${row}` : ''}: ${what}`;
  const rows = sheet.rows;
  const title = rows.findIndex((r) => texts(r).some((t) => flow.title.test(t)));
  if (title < 0 || title > 2) throw new AppError(at('no title "… Partner Countries" in its first rows: not an IMF DOTS sheet'), 2);
  const reporterRow = rows[title + 1];
  const unitRow = rows[title + 2];
  const reporter = reporterRow ? texts(reporterRow)[0] : undefined;
  if (!reporter || yearOf(reporter) !== null) throw new AppError(at('expected the reporting country under the title', reporterRow?.row), 2);
  const unit = unitRow ? texts(unitRow)[0] : undefined;
  if (!unit || !UNIT.test(unit)) throw new AppError(at(`expected the unit "US Dollars, Millions" under the reporter, found "${unit ?? ''}"`, unitRow?.row ?? reporterRow.row + 1), 2);
  const headerRow = rows[title + 3];
  const years = new Map<number, number>();
  headerRow?.cells.forEach((c, i) => {
    const y = yearOf(c);
    if (y !== null) years.set(i, y);
  });
  if (!headerRow || years.size === 0) {
    throw new AppError(at('expected the row of years right under the unit (the header row has moved, or the sheet is not a DOTS sheet)', headerRow?.row ?? unitRow.row + 1), 2);
  }
  const firstYearColumn = Math.min(...years.keys());
  const labelColumn = firstYearColumn - 1;
  if (labelColumn < 0) throw new AppError(at('no column for partner names left of the years', headerRow.row), 2);
  const seen = new Set<number>();
  for (const [col, y] of years) {
    if (seen.has(y)) throw new AppError(at(`year ${y} appears twice in the row of years (column ${col + 1})`, headerRow.row), 2);
    seen.add(y);
  }
  return { reporter, years, headerRow: headerRow.row, labelColumn };
}

/** Whether two rows of a partner hold the same figures (the IMF repeats the first partner's row). */
function sameFigures(a: TradeRow[], b: TradeRow[]): boolean {
  return a.length === b.length && a.every((x, i) => x.year === b[i].year && x.value === b[i].value && x.estimate === b[i].estimate);
}

/** Reads both sheets of a DOTS workbook. Throws (naming file, sheet and row) on a layout it cannot trust. */
export function readDots(sheets: Sheet[], file: string): DotsResult {
  const problems: Problem[] = [];
  const rows: TradeRow[] = [];
  let recordsRead = 0;
  let rejected = 0;
  let duplicates = 0;
  let reporter: string | null = null;
  let from = Infinity;
  let to = -Infinity;
  for (const flow of FLOWS) {
    const sheet = sheets.find((s) => flow.sheet.test(s.name));
    if (!sheet) {
      throw new AppError(`${file}: no "${flow.flow === 'exports' ? 'Exports, FOB' : 'Imports, CIF'}" sheet (sheets: ${sheets.map((s) => `"${s.name}"`).join(', ') || 'none'}): not an IMF DOTS workbook, or a sheet was renamed`, 2);
    }
    const head = sheetHead(sheet, flow, file);
    if (reporter !== null && head.reporter !== reporter) {
      throw new AppError(`${file}: the sheets name different reporters ("${reporter}" and "${head.reporter}" on sheet "${sheet.name}")`, 2);
    }
    reporter = head.reporter;
    // Partner → its figures, to tell a repeated row (counted once) from a contradicting one.
    const byPartner = new Map<string, { row: number; figures: TradeRow[] }>();
    for (const r of sheet.rows) {
      if (r.row <= head.headerRow) continue;
      const label = r.cells[head.labelColumn];
      const partner = typeof label === 'string' ? label.trim() : '';
      if (!partner) {
        recordsRead++;
        rejected++;
        problems.push({ file, line: r.row, field: `${sheet.name}: partner`, message: 'a row of figures without a partner name', severity: 'error' });
        continue;
      }
      recordsRead++;
      const figures: TradeRow[] = [];
      let bad = 0;
      for (const [col, year] of head.years) {
        const f = parseFigure(r.cells[col] ?? null);
        if (f === null) continue;
        if (f === undefined) {
          bad++;
          problems.push({ file, line: r.row, field: `${sheet.name}: ${partner} ${year}`, message: `not a figure: "${String(r.cells[col])}"`, severity: 'error' });
          continue;
        }
        figures.push({ flow: flow.flow, partner, year, value: f.value, estimate: f.estimate, sheet: sheet.name, row: r.row });
      }
      for (let col = head.labelColumn + 1; col < r.cells.length; col++) {
        if (!head.years.has(col) && r.cells[col] !== null && r.cells[col] !== '') {
          bad++;
          problems.push({ file, line: r.row, field: `${sheet.name}: ${partner}`, message: `a figure in column ${col + 1}, which has no year`, severity: 'error' });
        }
      }
      if (bad) rejected++;
      const earlier = byPartner.get(partner);
      if (earlier) {
        if (sameFigures(earlier.figures, figures)) {
          duplicates++;
          continue; // the IMF's repeated first row: the same figures twice, counted once
        }
        throw new AppError(`${file}, sheet "${sheet.name}", row ${r.row}: ${partner} appears again (first on row ${earlier.row}) with different figures`, 2);
      }
      byPartner.set(partner, { row: r.row, figures });
      for (const x of figures) {
        from = Math.min(from, x.year);
        to = Math.max(to, x.year);
      }
      rows.push(...figures);
    }
  }
  const total = sheets.reduce((n, s) => n + s.rowCount, 0);
  return {
    file, version: null, reporter: reporter!, rows, problems, recordsRead, rejected, duplicates,
    years: Number.isFinite(from) ? { from, to } : null,
    lines: { total, preamble: 0, blank: 0, records: recordsRead, continuation: 0, other: total - recordsRead },
  };
}
