import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../../test/data.js';
import { AppError } from '../core/errors.js';
import type { Deal, ReadResult } from '../core/types.js';
import { readSipriRegister } from './sipri-register.js';

const FILE = 'trade-register-2024-10-13.csv';
const HEADER =
  'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons';
const PREAMBLE = [
  "Transfers of major conventional arms from All countries  to All countries . Deals with deliveries or orders made for year range '1950' to '2024' ",
  "A '?' in a column indicates uncertain data.",
  '',
  'Source: SIPRI Arms Transfers Database (c) SIPRI.',
  'Data generated: 13 Oct 2024 2:20:11 PM',
];

/** A small export: preamble, header, the given data lines; Latin-1 like SIPRI's unless told. */
function register(rows: string[], opts: { header?: string; encoding?: BufferEncoding; eol?: string } = {}): Buffer {
  const text = [...PREAMBLE, opts.header ?? HEADER, ...rows].join(opts.eol ?? '\n') + (opts.eol ?? '\n');
  return Buffer.from(text, opts.encoding ?? 'latin1');
}
const read = (rows: string[], opts?: Parameters<typeof register>[1]) => readSipriRegister(register(rows, opts), 'fixture.csv');
const errors = (r: ReadResult<Deal>) => r.problems.filter((p) => p.severity === 'error');

describe('readSipriRegister on the real export', () => {
  let r: ReadResult<Deal>;
  beforeAll(() => {
    r = readSipriRegister(readDataFile(`sipri/${FILE}`), FILE);
  });

  it('reads 27,951 deals from 27,953 data lines and rejects none', () => {
    expect(r.rows).toHaveLength(27_951);
    expect(r.rejected).toBe(0);
    expect(r.recordsRead).toBe(27_951);
    expect(r.version).toBe('13 Oct 2024 2:20:11 PM');
    expect(r.rows[0]).toMatchObject({ line: 13, recipient: 'Afghanistan', supplier: 'Brazil', designation: 'EMB-314 Super Tucano' });
    expect(r.rows.at(-1)).toMatchObject({ line: 27_965, recipient: 'Zimbabwe', supplier: 'China', designation: 'Type-85' });
  });

  it('accounts for every line: 27,965 = 12 preamble + 0 blank + 27,951 records + 2 continuation lines', () => {
    expect(r.lines).toEqual({ total: 27_965, preamble: 12, blank: 0, records: 27_951, continuation: 2, other: 0 });
    expect(r.recordsRead).toBe(r.rows.length + r.rejected);
  });

  it('rejoins the two deals split by a newline inside Comments, and says so', () => {
    // Besides the exact repeats (identical deals SIPRI lists more than once; kept, each reported).
    const repeats = r.problems.filter((p) => p.message.startsWith('exact duplicate of line'));
    expect(repeats).toHaveLength(r.duplicates);
    expect(r.duplicates).toBe(9);
    expect(r.problems.filter((p) => !repeats.includes(p))).toEqual([
      expect.objectContaining({ line: 24_336, field: 'Comments', severity: 'warning', message: expect.stringContaining('line 24337') }),
      expect.objectContaining({ line: 26_458, field: 'Comments', severity: 'warning', message: expect.stringContaining('line 26459') }),
    ]);
    const thai = r.rows.find((d) => d.line === 24_336)!;
    expect(thai).toMatchObject({
      recipient: 'Thailand',
      supplier: 'Ukraine',
      designation: 'BTR-3',
      description: 'APC',
      orderYear: 2008,
      numberOrdered: 14,
      numberDelivered: 13,
      numberDeliveredUncertain: true,
      deliveryYears: [2010, 2012],
      tivPerUnit: 0.25,
      tivOrder: 3.5,
      tivDelivered: 3.25,
    });
    expect(thai.comments).toMatch(/^Part of THB4b .* redesign for other engines$/);
    const un = r.rows.find((d) => d.line === 26_458)!;
    expect(un).toMatchObject({
      recipient: 'United Nations**',
      supplier: 'Israel',
      designation: 'Hermes-900',
      description: 'UAV',
      comments: '3-year lease; for use with UN peacekeeping forces in Mali',
      tivPerUnit: 3,
      tivOrder: 9,
      tivDelivered: 9,
    });
    // The lines after each split deal are deals of their own again.
    expect(r.rows.some((d) => d.line === 24_338)).toBe(true);
    expect(r.rows.some((d) => d.line === 26_460)).toBe(true);
  });

  it('reads the ? flag columns, delivery year lists and Latin-1 text', () => {
    const ai25 = r.rows.find((d) => d.recipient === 'Afghanistan' && d.designation === 'AI-25')!;
    expect(ai25).toMatchObject({
      supplier: 'Soviet Union',
      orderYear: 1977,
      orderYearUncertain: true,
      numberOrdered: 26,
      numberOrderedUncertain: false,
      numberDeliveredUncertain: true,
      deliveryYears: [1977, 1978],
      status: 'New',
    });
    // Counted with a plain split of the 27,949 unbroken lines, plus the split Thai deal's `?`.
    expect(r.rows.filter((d) => d.orderYearUncertain)).toHaveLength(14_995);
    expect(r.rows.filter((d) => d.numberOrderedUncertain)).toHaveLength(11_765);
    expect(r.rows.filter((d) => d.numberDeliveredUncertain)).toHaveLength(16_250);
    expect(r.rows.filter((d) => d.numberOrdered === null)).toHaveLength(57);
    expect(new Set(r.rows.map((d) => d.status))).toEqual(new Set(['New', 'Second hand', 'Second hand but modernized']));
    expect(r.rows.filter((d) => d.comments.includes('Wärtsilä')).length).toBeGreaterThan(10);
    expect(r.rows.some((d) => d.comments.includes('Köln'))).toBe(true);
  });

  it('holds Myanmar as recipient and the historical and non-state actors as SIPRI names them', () => {
    const myanmar = r.rows.filter((d) => d.recipient === 'Myanmar');
    expect(myanmar).toHaveLength(221);
    expect(myanmar.some((d) => d.supplier === 'Russia') && myanmar.some((d) => d.supplier === 'China')).toBe(true);
    const names = new Set(r.rows.flatMap((d) => [d.recipient, d.supplier]));
    for (const n of ['Soviet Union', 'unknown supplier(s)', 'United Wa State (Myanmar)*', 'NATO**']) expect(names).toContain(n);
  });
});

describe('readSipriRegister on small exports', () => {
  const ok = 'Afghanistan,Brazil,2017,,6,,EMB-314 Super Tucano,trainer/combat aircraft,6,?,2018,New,A-29B version,4.5,27,27';

  it('rejects a bad year with a Problem naming line and field, and keeps the other rows', () => {
    const r = read([ok, 'Chad,France,19x7,,2,,AMX-13,light tank,2,,1970,New,,0.9,1.8,1.8', ok]);
    expect(r.rows.map((d) => d.line)).toEqual([7, 9]);
    expect(r.rejected).toBe(1);
    expect(r.recordsRead).toBe(3);
    expect(errors(r)).toEqual([{ file: 'fixture.csv', line: 8, field: 'Year of order', message: 'not a year: "19x7"', severity: 'error' }]);
  });

  it('rejects a bad delivery year list and a non-numeric TIV', () => {
    const r = read([
      'Chad,France,1967,,2,,AMX-13,light tank,2,,1970; 197,New,,0.9,1.8,1.8',
      'Chad,France,1967,,2,,AMX-13,light tank,2,,1970,New,,0.9,1.8,n/a',
    ]);
    expect(r.rows).toEqual([]);
    expect(errors(r).map((p) => [p.line, p.field])).toEqual([
      [7, 'Year(s) of delivery'],
      [8, 'SIPRI TIV of delivered weapons'],
    ]);
  });

  it('rejects a line with the wrong field count, and a short line the next one does not complete', () => {
    const r = read([ok + ',extra', 'Chad,France,1967,,2,,AMX-13', ok]);
    expect(r.rows.map((d) => d.line)).toEqual([9]);
    expect(r.rejected).toBe(2);
    expect(errors(r).map((p) => `${p.file} line ${p.line}: ${p.message}`)).toEqual([
      'fixture.csv line 7: expected 16 fields, got 17',
      'fixture.csv line 8: expected 16 fields, got 7',
    ]);
  });

  it('reads ? in flag columns and inside values as uncertain', () => {
    const r = read([
      'Egypt,Soviet Union,1955?,,?,?,MiG-15,fighter aircraft,100,,1955?; 1956,Second hand,,0.5,,50',
      'Egypt,Soviet Union,1955,?,100?,,MiG-15,fighter aircraft,,?,,New,,0.5,50,',
    ]);
    expect(errors(r)).toEqual([]);
    expect(r.rows[0]).toMatchObject({
      orderYear: 1955,
      orderYearUncertain: true,
      numberOrdered: null,
      numberOrderedUncertain: true,
      numberDelivered: 100,
      numberDeliveredUncertain: false,
      deliveryYears: [1955, 1956],
      deliveryYearsUncertain: true,
      status: 'Second hand',
    });
    expect(r.rows[1]).toMatchObject({
      orderYearUncertain: true,
      numberOrdered: 100,
      numberOrderedUncertain: true,
      numberDelivered: null,
      numberDeliveredUncertain: true,
      deliveryYears: [],
      deliveryYearsUncertain: false,
    });
  });

  it('keeps an empty TIV as unknown (null) and 0 as 0 (under half a million)', () => {
    const r = read([
      'Fiji,Australia,1995,,1,,Pacific,patrol craft,1,,1996,New,,4,,',
      'Fiji,Australia,1995,,1,,Pacific,patrol craft,1,,1996,New,,0,0,0',
    ]);
    expect(r.rows.map((d) => [d.tivPerUnit, d.tivOrder, d.tivDelivered])).toEqual([
      [4, null, null],
      [0, 0, 0],
    ]);
  });

  it('rejoins a deal split inside Comments, over two or three lines', () => {
    const r = read([
      'Thailand,Ukraine,2008,,14,,BTR-3,APC,13,?,2010; 2012,New,Part of THB4b deal; delivery delayed',
      'after refusal,0.25,3.5,3.25',
      'Chad,France,1967,,2,,AMX-13,light tank,2,,1970,New,first',
      'second',
      'third,0.9,1.8,1.8',
      ok,
    ]);
    expect(r.rejected).toBe(0);
    expect(r.rows.map((d) => [d.line, d.comments, d.tivDelivered])).toEqual([
      [7, 'Part of THB4b deal; delivery delayed after refusal', 3.25],
      [9, 'first second third', 1.8],
      [12, 'A-29B version', 27],
    ]);
    expect(r.problems.map((p) => [p.line, p.severity, p.message])).toEqual([
      [7, 'warning', 'record continues to line 8 (raw newline in a field); rejoined'],
      [9, 'warning', 'record continues to line 11 (raw newline in a field); rejoined'],
    ]);
  });

  it('matches columns by name: reordered columns, SIPRI long labels and header variants', () => {
    const header =
      'Supplier,Recipient,Weapon designation,Weapon description,Year of order, ,Number ordered, ,Number delivered, ,Year(s) of deliveries,Status,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons';
    const r = read(['United States,Taiwan,AIM-9X Sidewinder,short-range air-to-air missile,2017,?,56,,56,?,2021; 2022,New,0.3,16.8,16.8'], { header });
    expect(r.rows[0]).toMatchObject({
      supplier: 'United States',
      recipient: 'Taiwan',
      description: 'short-range air-to-air missile',
      orderYear: 2017,
      orderYearUncertain: true,
      numberDeliveredUncertain: true,
      deliveryYears: [2021, 2022],
      status: 'New',
      comments: '',
      tivDelivered: 16.8,
    });
    // The export had no Comments column: said once, at the header line.
    expect(r.problems).toEqual([{ file: 'fixture.csv', line: 6, field: 'Comments', message: 'column not found; its values are left empty', severity: 'warning' }]);
  });

  it('reads the same names from Latin-1 and UTF-8 bytes, with CRLF line ends', () => {
    const rows = [
      "Cote d'Ivoire,France,2016,,1,,Côte d'Ivoire class,patrol craft,1,,2018,New,Built in Curaçao?,3,3,3",
      'Curaçao,Netherlands,2010,,2,,Wärtsilä-12V26,diesel engine,2,,2011,New,,0.5,1,1',
    ];
    const latin = read(rows);
    const utf = read(rows, { encoding: 'utf8', eol: '\r\n' });
    expect(latin.rows).toEqual(utf.rows);
    expect(latin.rows.map((d) => d.recipient)).toEqual(["Cote d'Ivoire", 'Curaçao']);
    expect(latin.rows[0].designation).toBe("Côte d'Ivoire class");
    // `?` in Comments is text, not a flag.
    expect(latin.rows[0].comments).toBe('Built in Curaçao?');
  });

  it('finds the header after any preamble, and has no version without a Data generated line', () => {
    const bytes = Buffer.from(['Some other preamble', 'of four', 'lines', '', HEADER, ok].join('\n'), 'latin1');
    const r = readSipriRegister(bytes, 'other.csv');
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0].line).toBe(6);
    expect(r.version).toBeNull();
  });

  it('throws an AppError naming the file when it is not a register at all', () => {
    const notRegister = Buffer.from('Recipient,1950,1951\nIndia,141,277\n');
    expect(() => readSipriRegister(notRegister, 'tiv-imports.csv')).toThrow(AppError);
    expect(() => readSipriRegister(notRegister, 'tiv-imports.csv')).toThrow(/^tiv-imports\.csv: not a SIPRI trade register/);
    expect(() => readSipriRegister(new Uint8Array(), 'empty.csv')).toThrow(/empty\.csv/);
  });

  it('never throws on any lines after a valid header, and counts every record as read or rejected', () => {
    const anyLine = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(',', '?', '"', ';', ' ', '1', '9', 'é', '\n', 'x') }),
      fc.array(fc.constantFrom('', '?', '1977', '1977?', '0', '2.5', 'x', 'Chad', '1970; 1971', '"a,b"'), { maxLength: 20 }).map((f) => f.join(',')),
    );
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 30 }), fc.boolean(), (lines, utf8) => {
        const r = read(lines, { encoding: utf8 ? 'utf8' : 'latin1' });
        expect(r.recordsRead).toBe(r.rows.length + r.rejected);
        expect(errors(r).length).toBeGreaterThanOrEqual(r.rejected);
        for (const p of r.problems) expect(p.line).toBeGreaterThan(6);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
