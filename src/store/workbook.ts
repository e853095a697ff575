// Workbooks (.xlsx) through exceljs: the one place that opens a workbook. The readers that follow
// (sources/unsc-votes.ts, …) take plain rows of cell values (sources/sheet.ts) and stay pure.
// Streaming keeps the memory of a 30,000-row sheet flat; a workbook whose meaning sits in cell
// styles (SIPRI's military spending: the font colour marks estimates) is read whole with its styles.
import ExcelJS from 'exceljs';
import { AppError } from '../core/errors.js';
import { plainCell, type CellValue, type Sheet, type SheetRow } from '../sources/sheet.js';

/**
 * Sheets of a workbook, streamed, values only: those `wanted` picks (the first by default), up to the
 * sheet index `stopAfter`, and of each at most `maxRows` rows (enough to find a header: a workbook
 * is identified without reading it all).
 */
export async function readSheets(path: string, wanted: (name: string, index: number) => boolean = (_, i) => i === 0, stopAfter?: number, maxRows = Infinity): Promise<Sheet[]> {
  const out: Sheet[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
    let index = 0;
    for await (const ws of reader) {
      const sheet = ws as unknown as AsyncIterable<ExcelJS.Row> & { name?: string };
      const name = sheet.name ?? `Sheet${index + 1}`;
      // Past the last sheet asked for (by index), nothing more is parsed.
      if (stopAfter !== undefined && index > stopAfter) break;
      if (!wanted(name, index++)) {
        for await (const _ of sheet); // drained: the reader moves on only after a sheet is read
        continue;
      }
      const rows: SheetRow[] = [];
      let rowCount = 0;
      for await (const row of sheet) {
        rowCount = Math.max(rowCount, row.number);
        const values = row.values as unknown[];
        const cells = values.slice(1).map(plainCell);
        if (cells.some((c) => c !== null && c !== '')) rows.push({ row: row.number, cells });
        if (rows.length >= maxRows) break;
      }
      out.push({ name, rows, rowCount });
      if (rows.length >= maxRows) break;
    }
  } catch (e) {
    throw new AppError(`${path}: not a workbook this tool can read (${(e as Error).message})`, 2);
  }
  return out;
}

/** Excel's legacy palette, first 16 entries (older workbooks name font colours by index; SIPRI's do). */
const INDEXED = ['FF000000', 'FFFFFFFF', 'FFFF0000', 'FF00FF00', 'FF0000FF', 'FFFFFF00', 'FFFF00FF', 'FF00FFFF'];

/** A font colour as ARGB, whether given as ARGB or as an index into the legacy palette; null when neither. */
export function fontColour(c: { argb?: string; indexed?: number } | undefined): string | null {
  if (c?.argb) return c.argb.toUpperCase();
  if (c?.indexed !== undefined && c.indexed >= 0 && c.indexed < 16) return INDEXED[c.indexed % 8];
  return null;
}

/** Every sheet, whole, with each cell's font colour (for workbooks that mark meaning by colour). */
export async function readSheetsWithStyles(path: string): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new AppError(`${path}: not a workbook this tool can read (${(e as Error).message})`, 2);
  }
  return wb.worksheets.map((ws) => {
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: CellValue[] = [];
      const colours: (string | null)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = plainCell(cell.value);
        colours[col - 1] = fontColour(cell.font?.color as { argb?: string; indexed?: number } | undefined);
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      rows.push({ row: number, cells, colours });
    });
    return { name: ws.name, rows, rowCount: ws.rowCount };
  });
}

