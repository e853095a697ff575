// SIPRI's Military Expenditure Database workbook: one sheet per measure, each with its own preamble
// and header (`Country`, then `Currency`/`Notes`/`Reporting year` columns that differ by sheet, then
// the years as numbers), region headings among the countries, `...` = not available and `xxx` = the
// country did not exist, and meaning carried by the font colour: blue = a SIPRI estimate, red =
// highly uncertain. Pure: sheets with cell colours in (store/workbook.ts reads them), rows out.
import { AppError } from '../core/errors.js';
import type { Problem } from '../core/types.js';
import { findSheetHeader, type CellValue, type Sheet } from './sheet.js';

export type MilexMeasure = 'constant-usd' | 'current-usd' | 'share-gdp' | 'share-govt' | 'per-capita';

/** The sheets read, by the start of their name. */
export const MILEX_SHEETS: { measure: MilexMeasure; sheet: RegExp; unit: string }[] = [
  { measure: 'constant-usd', sheet: /^constant \(\d{4}\) us\$/i, unit: 'US$ m at constant prices' },
  { measure: 'current-usd', sheet: /^current us\$/i, unit: 'US$ m at current prices' },
  { measure: 'share-gdp', sheet: /^share of gdp/i, unit: 'share of GDP' },
  { measure: 'share-govt', sheet: /^share of govt/i, unit: 'share of government spending' },
  { measure: 'per-capita', sheet: /^per capita/i, unit: 'current US$ per person' },
];

export type MilexStatus = 'value' | 'not available' | 'did not exist';

export interface MilexRow {
  country: string;
  measure: MilexMeasure;
  year: number;
  value: number | null;
  status: MilexStatus;
  /** Blue in the workbook: a SIPRI estimate. */
  estimate: boolean;
  /** Red in the workbook: highly uncertain data. */
  uncertain: boolean;
  /** Footnote marks of the country's row (†, ‡, §, ¶ …). */
  notes: string;
  sheet: string;
  row: number;
}

export interface MilexResult {
  rows: MilexRow[];
  problems: Problem[];
  recordsRead: number;
  rejected: number;
  /** `Constant (2022) US$` → 2022: the price base of the constant series. */
  priceYear: number | null;
}

/** A SIPRI military expenditure workbook: a front page and the measure sheets. */
export function isMilexWorkbook(sheets: { name: string }[]): boolean {
  return sheets.some((s) => s.name === 'Front page') && MILEX_SHEETS.filter((m) => sheets.some((s) => m.sheet.test(s.name))).length >= 3;
}

/** `FFFF0000`-like reds and `FF0000FF`-like blues (SIPRI's palette), by channel. */
function hue(argb: string | null | undefined): 'red' | 'blue' | null {
  if (!argb || argb.length < 6) return null;
  const [r, g, b] = [argb.slice(-6, -4), argb.slice(-4, -2), argb.slice(-2)].map((h) => parseInt(h, 16));
  if (r >= 0xb0 && g <= 0x60 && b <= 0x60) return 'red';
  if (b >= 0xb0 && r <= 0x60 && g <= 0x90) return 'blue';
  return null;
}

function text(c: CellValue | undefined): string {
  return c === null || c === undefined ? '' : String(c).trim();
}

export function readMilex(sheets: Sheet[], file: string): MilexResult {
  const rows: MilexRow[] = [];
  const problems: Problem[] = [];
  let recordsRead = 0;
  let rejected = 0;
  let priceYear: number | null = null;
  for (const m of MILEX_SHEETS) {
    const sheet = sheets.find((s) => m.sheet.test(s.name));
    if (!sheet) {
      problems.push({ file, line: 0, field: m.measure, message: `no sheet for ${m.unit} (sheets: ${sheets.map((s) => s.name).join(', ')})`, severity: 'warning' });
      continue;
    }
    if (m.measure === 'constant-usd') priceYear = Number(/\((\d{4})\)/.exec(sheet.name)?.[1] ?? NaN) || null;
    const found = findSheetHeader(sheet, (keys) => keys[0] === 'country' && keys.some((k) => /^(19|20)\d\d$/.test(k)));
    if (!found) throw new AppError(`${file}, sheet "${sheet.name}": no header row (Country, …, then the years)`, 2);
    const header = sheet.rows[found.index];
    const years = new Map<number, number>();
    header.cells.forEach((c, i) => {
      if (typeof c === 'number' && Number.isInteger(c) && c >= 1900 && c <= 2100) years.set(i, c);
    });
    const notesAt = header.cells.findIndex((c) => text(c).toLowerCase() === 'notes');
    for (const r of sheet.rows) {
      if (r.row <= header.row) continue;
      const country = text(r.cells[0]);
      const figures = [...years.keys()].filter((i) => text(r.cells[i]) !== '');
      // Region and subregion headings (`Africa`, `North Africa`) stand alone on their row.
      if (!country || figures.length === 0) continue;
      recordsRead++;
      let bad = false;
      for (const [i, year] of years) {
        const c = r.cells[i];
        const t = text(c);
        if (t === '') continue;
        const colour = hue(r.colours?.[i]);
        const base = { country, measure: m.measure, year, estimate: colour === 'blue', uncertain: colour === 'red', notes: notesAt >= 0 ? text(r.cells[notesAt]) : '', sheet: sheet.name, row: r.row };
        if (typeof c === 'number' && Number.isFinite(c)) rows.push({ ...base, value: c, status: 'value' });
        else if (/^\.\s*\.\s*\.?$/.test(t)) rows.push({ ...base, value: null, status: 'not available' });
        else if (/^x{3}$/i.test(t)) rows.push({ ...base, value: null, status: 'did not exist' });
        else {
          bad = true;
          problems.push({ file, line: r.row, field: `${sheet.name}: ${country} ${year}`, message: `not a figure: "${t}"`, severity: 'error' });
        }
      }
      if (bad) rejected++;
    }
  }
  return { rows, problems, recordsRead, rejected, priceYear };
}
