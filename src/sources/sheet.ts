import { normalizeLabel } from './columns.js';

// Spreadsheet rows as the workbook readers see them: plain cell values by column, with the row number
// a spreadsheet shows. Pure: store/workbook.ts opens the file (exceljs) and hands these on.

/** A cell as the readers see it: text, a number, a date, or empty. */
export type CellValue = string | number | Date | boolean | null;

export interface SheetRow {
  /** The row's number in the sheet (1-based), as a spreadsheet shows it. */
  row: number;
  /** Cell values by column, 0-based. */
  cells: CellValue[];
  /** The font colour (ARGB) of each cell that has one, by column, when styles were read. */
  colours?: (string | null)[];
}

export interface Sheet {
  name: string;
  /** Rows with at least one cell; `rowCount` counts the empty ones in between as well. */
  rows: SheetRow[];
  rowCount: number;
}

/** exceljs's cell value → a plain one (rich text, formulas, hyperlinks and errors unwrapped). */
export function plainCell(v: unknown): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('result' in o) return plainCell(o.result);
    if ('text' in o) return plainCell(o.text);
    if ('error' in o) return null;
  }
  return String(v);
}

/** An Excel serial day (1900 date system) or a Date → `YYYY-MM-DD`, or null. */
export function excelDate(v: CellValue): string | null {
  let d: Date | null = null;
  if (v instanceof Date) d = v;
  else if (typeof v === 'number' && v > 0 && v < 2_958_466) d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000);
  else if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v.trim())) d = new Date(`${v.trim().slice(0, 10)}T00:00:00Z`);
  if (!d || Number.isNaN(d.getTime())) return null;
  return d.toISOString().slice(0, 10);
}

/** A sheet's header row: the first of its first rows whose labels (normalised) satisfy `isHeader`. */
export interface SheetHeader {
  /** Index in `sheet.rows`. */
  index: number;
  /** The row's number in the sheet. */
  row: number;
  labels: string[];
  keys: string[];
}

export function findSheetHeader(sheet: Sheet, isHeader: (keys: string[]) => boolean, within = 30): SheetHeader | null {
  for (let i = 0; i < Math.min(sheet.rows.length, within); i++) {
    const labels = Array.from(sheet.rows[i].cells, (c) => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim()));
    const keys = labels.map(normalizeLabel);
    if (isHeader(keys)) return { index: i, row: sheet.rows[i].row, labels, keys };
  }
  return null;
}
