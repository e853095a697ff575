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

  it('reads sheet XML by position: `<col>` is not a cell, `xr=` is not `r=`, cells without a reference follow on, and a damaged row is named', () => {
    const sheet = (rows: string) => `<?xml version="1.0"?><worksheet><cols><col min="1" max="2" width="9"/></cols><sheetData>${rows}</sheetData></worksheet>`;
    const path = storedWorkbook('hand.xlsx', sheet(
      '<row r="2" spans="1:3"><c r="B2" xr="Z9" t="s"><v>1</v></c><c t="inlineStr"><is><t>in</t><t>line</t></is></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2"/></row>' +
      '<row r="4"/><row r="5"><c r="A5" t="str"><v>a &amp; b</v></c><c r="B5" t="b"><v>0</v></c><c r="C5"><v>1.5E3</v></c></row>',
    ), ['zero', 'one']);
    const [s] = readWorkbookValues(path);
    expect(s.rowCount).toBe(5);
    expect(s.rows).toEqual([
      { row: 2, cells: [null, 'one', 'inline', null, null, null] },
      { row: 5, cells: ['a & b', false, 1500] },
    ]);
    const open = storedWorkbook('open.xlsx', sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="7"><c r="A7"><v>2</v></c>'), []);
    expect(() => readWorkbookValues(open)).toThrow(/open\.xlsx: sheet "S" row 7: damaged workbook \(the row is not closed\)/);
    const unclosedCell = storedWorkbook('cell.xlsx', sheet('<row r="3"><c r="A3"><v>1</v></row>'), []);
    expect(() => readWorkbookValues(unclosedCell)).toThrow(/cell\.xlsx: sheet "S" row 3: damaged workbook \(a cell is not closed\)/);
    const missing = storedWorkbook('missing.xlsx', sheet('<row r="1"><c r="A1" t="s"><v>4</v></c></row>'), ['only']);
    expect(() => readWorkbookValues(missing)).toThrow(/missing\.xlsx: sheet "S" row 1: a shared string that is not there \(4\)/);
  });
});

/** A workbook of one sheet `S` written by hand: a zip of stored (uncompressed) entries. */
function storedWorkbook(name: string, sheetXml: string, strings: string[]): string {
  const files: [string, string][] = [
    ['xl/workbook.xml', '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'],
    ['xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'],
    ['xl/sharedStrings.xml', `<sst>${strings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`],
    ['xl/worksheets/sheet1.xml', sheetXml],
  ];
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [file, text] of files) {
    const nameBytes = Buffer.from(file);
    const data = Buffer.from(text);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    local.push(head, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat([...local, directory, end]));
  return path;
}
