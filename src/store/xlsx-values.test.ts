import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFile } from '../../test/data.js';
import { readSheets } from './workbook.js';
import { readWorkbookValues } from './xlsx-values.js';

const dir = mkdtempSync(join(tmpdir(), 'cw-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Trailing empty cells dropped: exceljs and this reader differ only in how far a row runs. */
const trimmed = (sheets: { name: string; rowCount: number; rows: { row: number; cells: unknown[] }[] }[]) =>
  sheets.map((s) => ({ name: s.name, rowCount: s.rowCount, rows: s.rows.map((r) => {
    const cells = Array.from(r.cells, (c) => c ?? null);
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    return { row: r.row, cells };
  }) }));

describe('readWorkbookValues', () => {
  it('reads the IMF trade workbooks exactly as exceljs does', async () => {
    for (const n of [1, 27, 135, 180, 221]) {
      const file = dataFile(`trade/imf-dots-2022/DOTS_${n}.xlsx`);
      expect(trimmed(readWorkbookValues(file)), file).toEqual(trimmed(await readSheets(file, () => true)));
    }
  });

  it('reads what exceljs writes: shared and rich strings, escapes, numbers, booleans, gaps', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('A & <B>');
    ws.getCell('A1').value = 'Côte d\'Ivoire & "Curaçao" <x>';
    ws.getCell('C1').value = 27.81;
    ws.getCell('A3').value = { richText: [{ text: 'rich ' }, { text: 'text', font: { bold: true } }] };
    ws.getCell('B3').value = true;
    ws.getCell('AB3').value = -0.5;
    const path = join(dir, 'kinds.xlsx');
    await wb.xlsx.writeFile(path);
    const [sheet] = readWorkbookValues(path);
    expect(sheet.name).toBe('A & <B>');
    expect(sheet.rows).toEqual([
      { row: 1, cells: ['Côte d\'Ivoire & "Curaçao" <x>', null, 27.81] },
      { row: 3, cells: ['rich text', true, ...Array(25).fill(null), -0.5] },
    ]);
  });

  it('refuses a cut-off or foreign file with its name', () => {
    const bytes = readFileSync(dataFile('trade/imf-dots-2022/DOTS_1.xlsx'));
    const cut = join(dir, 'cut.xlsx');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 100));
    expect(() => readWorkbookValues(cut)).toThrow(/cut\.xlsx: not a complete workbook/);
    const text = join(dir, 'text.xlsx');
    writeFileSync(text, 'not a zip');
    expect(() => readWorkbookValues(text)).toThrow(/text\.xlsx: not a complete workbook/);
  });
});
