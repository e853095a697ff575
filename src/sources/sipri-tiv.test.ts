import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../../test/data.js';
import { AppError } from '../core/errors.js';
import { readSipriTiv } from './sipri-tiv.js';

type Result = ReturnType<typeof readSipriTiv>;

function table(header: string, rows: string[]): Buffer {
  const preamble = ['Volume of transfers of major arms', 'Data generated: 13 Oct 2024 12:33:29 PM', ''];
  return Buffer.from([...preamble, header, ...rows].join('\n'), 'latin1');
}
const HEADER = 'Recipient,2022,2023,2024,2022-2024,Percentage,Sum total years,Percentage of total';

describe('readSipriTiv on the real tables', () => {
  let imports: Result;
  let exports: Result;
  beforeAll(() => {
    imports = readSipriTiv(readDataFile('sipri/tiv-imports-2024-10-13.csv'), 'tiv-imports-2024-10-13.csv');
    exports = readSipriTiv(readDataFile('sipri/tiv-exports-2024-10-13.csv'), 'tiv-exports-2024-10-13.csv');
  });

  it('reads 261 recipients and 136 suppliers, 1950-2024, rejecting none', () => {
    expect(imports.table).toMatchObject({ kind: 'imports', firstYear: 1950, lastYear: 2024 });
    expect(exports.table).toMatchObject({ kind: 'exports', firstYear: 1950, lastYear: 2024 });
    expect([imports.rows.length, imports.recordsRead, imports.rejected]).toEqual([261, 261, 0]);
    expect([exports.rows.length, exports.recordsRead, exports.rejected]).toEqual([136, 136, 0]);
    expect(imports.problems).toEqual([]);
    expect(exports.problems).toEqual([]);
    expect(imports.version).toBe('13 Oct 2024 12:33:29 PM');
    expect(exports.version).toBe('13 Oct 2024 12:33:53 PM');
    expect(imports.table.rows).toBe(imports.rows);
  });

  it('takes the Total world row apart, and the rows add up to it within rounding', () => {
    for (const [r, name] of [
      [imports, 'Total world import'],
      [exports, 'Total world export'],
    ] as const) {
      expect(r.table.world).toMatchObject({ name, total: 2_065_055 });
      expect(r.rows.some((x) => /world/i.test(x.name))).toBe(false);
      for (const w of r.table.world!.years) {
        const sum = r.rows.reduce((a, x) => a + (x.years.find((y) => y.year === w.year)?.tiv ?? 0), 0);
        expect(Math.abs(sum - w.tiv)).toBeLessThanOrEqual(11);
      }
    }
    expect(imports.rows.find((x) => x.name === 'India')).toMatchObject({ line: 11, total: 134_469 });
    expect(exports.rows.find((x) => x.name === 'United States')).toMatchObject({ line: 11, total: 741_384 });
  });

  it('reads `0 ` as below half a million and omits empty cells; 2024 is still empty in an October 2024 export', () => {
    const belowHalf = (r: Result) => r.rows.reduce((n, x) => n + x.years.filter((y) => y.belowHalf).length, 0);
    expect(belowHalf(imports)).toBe(247);
    expect(belowHalf(exports)).toBe(86);
    const cells = [...imports.rows, ...exports.rows].flatMap((x) => x.years);
    expect(cells.filter((y) => y.belowHalf !== (y.tiv === 0))).toEqual([]);
    expect(cells.filter((y) => y.year === 2024)).toEqual([]);
    expect(imports.rows.find((x) => x.name === 'MTA (Myanmar)*')).toMatchObject({
      total: 0,
      years: [
        { year: 1993, tiv: 0, belowHalf: true },
        { year: 1994, tiv: 0, belowHalf: true },
      ],
    });
  });

  it('has Myanmar and the Myanmar non-state actors among recipients', () => {
    const names = imports.rows.map((x) => x.name).filter((n) => n.includes('Myanmar'));
    expect(names).toEqual(['Myanmar', 'United Wa State (Myanmar)*', 'MTA (Myanmar)*']);
    const myanmar = imports.rows.find((x) => x.name === 'Myanmar')!;
    expect(myanmar.total).toBe(7033);
    expect(myanmar.years.slice(-5)).toEqual([
      { year: 2019, tiv: 196, belowHalf: false },
      { year: 2020, tiv: 217, belowHalf: false },
      { year: 2021, tiv: 67, belowHalf: false },
      { year: 2022, tiv: 229, belowHalf: false },
      { year: 2023, tiv: 121, belowHalf: false },
    ]);
  });
});

describe('readSipriTiv on small tables', () => {
  it('reads `0 `, `0`, empty and numbers, and the first of the two totals', () => {
    const r = readSipriTiv(table(HEADER, ['Chad,0 ,,7,7,1.0%,7,1.0%', 'Fiji,,0,,0 ,0.0%,0 ,0.0%', 'Total world import,10,20,30,60,100%,60,']), 'f.csv');
    expect(r.rows).toEqual([
      { line: 5, name: 'Chad', total: 7, years: [{ year: 2022, tiv: 0, belowHalf: true }, { year: 2024, tiv: 7, belowHalf: false }] },
      { line: 6, name: 'Fiji', total: 0, years: [{ year: 2023, tiv: 0, belowHalf: true }] },
    ]);
    expect(r.table.world?.total).toBe(60);
    expect(r.problems).toEqual([]);
  });

  it('knows the table by its first header cell', () => {
    const kinds = ['Recipient', 'Imports by', 'Supplier', 'Exports by'].map(
      (first) => readSipriTiv(table(HEADER.replace('Recipient', first), ['Chad,1,,,1,1%,1,1%']), 'f.csv').table.kind,
    );
    expect(kinds).toEqual(['imports', 'imports', 'exports', 'exports']);
  });

  it('rejects a row with a bad cell or field count, and warns when its totals disagree', () => {
    const r = readSipriTiv(table(HEADER, ['Chad,1,x,,1,1%,1,1%', 'Fiji,1', 'Peru,1,2,,3,1%,4,1%']), 'f.csv');
    expect(r.rows.map((x) => x.name)).toEqual(['Peru']);
    expect([r.recordsRead, r.rejected]).toEqual([3, 2]);
    expect(r.table.world).toBeNull();
    expect(r.problems.map((p) => [p.line, p.field, p.severity, p.message])).toEqual([
      [5, '2023', 'error', 'not a TIV value (0 to 100,000): "x"'],
      [6, undefined, 'error', 'expected 8 fields, got 2'],
      [7, 'Sum total years', 'warning', 'total 3 vs 4 disagrees; the first is kept'],
    ]);
  });

  it('throws an AppError naming the file when there is no table header', () => {
    expect(() => readSipriTiv(Buffer.from('Recipient,Supplier,Year of order\n'), 'register.csv')).toThrow(AppError);
    expect(() => readSipriTiv(Buffer.from('nothing here'), 'x.csv')).toThrow(/^x\.csv: not a SIPRI TIV table/);
  });
});
