import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../../test/data.js';
import { AppError } from '../core/errors.js';
import { CATEGORIES, type Deal, type ReadResult } from '../core/types.js';
import { readSipriPerYear, readSipriPerYearRows, type PerYearRow } from './sipri-per-year.js';

const FILE = 'deliveries-per-year-2000-2001-2025-02-10.csv';
const HEADER =
  'SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production';

function perYear(rows: string[]): Buffer {
  return Buffer.from(['Source: SIPRI Arms Transfers Database (c) SIPRI.', 'Data generated: 10 Feb 2025 10:52:58 AM', HEADER, ...rows].join('\n'), 'latin1');
}

describe('readSipriPerYear on the real export', () => {
  let rows: ReadResult<PerYearRow>;
  let deals: ReadResult<Deal>;
  beforeAll(() => {
    const bytes = readDataFile(`sipri/${FILE}`);
    rows = readSipriPerYearRows(bytes, FILE);
    deals = readSipriPerYear(bytes, FILE);
  });

  it('reads 1,414 rows, rejects none, and groups them into 1,086 deals', () => {
    expect(rows.rows).toHaveLength(1_414);
    expect(rows.rejected).toBe(0);
    expect(rows.recordsRead).toBe(1_414);
    expect(rows.problems).toEqual([]);
    expect(rows.version).toBe('10 Feb 2025 10:52:58 AM');
    // `rows` are deals here; recordsRead still counts the file's rows.
    expect(deals.rows).toHaveLength(1_086);
    expect(deals.recordsRead).toBe(1_414);
    expect(deals.rejected).toBe(0);
    expect(deals.problems).toEqual([]);
    expect(deals.version).toBe('10 Feb 2025 10:52:58 AM');
  });

  it('fills a deal from its yearly rows', () => {
    const c802 = deals.rows.find((d) => d.sipriId === 32502)!;
    expect(c802).toEqual({
      line: 13,
      sipriId: 32502,
      recipient: 'Algeria',
      supplier: 'China',
      orderYear: 1999,
      orderYearUncertain: true,
      numberOrdered: null,
      numberOrderedUncertain: false,
      designation: 'C-802',
      description: 'anti-ship missile',
      sipriCategory: 'Missiles',
      numberDelivered: 17,
      numberDeliveredUncertain: true,
      deliveryYears: [2000, 2001],
      deliveryYearsUncertain: true,
      status: 'New',
      comments: '',
      tivPerUnit: 0.9,
      tivOrder: null,
      tivDelivered: 15.3,
      yearly: [
        { year: 2000, yearUncertain: true, number: 8, numberUncertain: true, tiv: 7.2 },
        { year: 2001, yearUncertain: true, number: 9, numberUncertain: true, tiv: 8.1 },
      ],
    });
  });

  it('keeps every row: deliveries and TIV add up the same as deals and as rows', () => {
    const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;
    expect(sum(deals.rows.map((d) => d.tivDelivered ?? 0))).toBe(38_157.77);
    expect(sum(rows.rows.map((r) => r.tivDelivered ?? 0))).toBe(38_157.77);
    expect(deals.rows.reduce((n, d) => n + d.yearly!.length, 0)).toBe(1_414);
    expect(deals.rows.filter((d) => d.yearly!.length === 2)).toHaveLength(328);
    expect(new Set(deals.rows.flatMap((d) => d.deliveryYears))).toEqual(new Set([2000, 2001]));
  });

  it('gives one Armament category per Description, each one of our categories', () => {
    const byDescription = new Map<string, Set<string>>();
    for (const r of rows.rows) byDescription.set(r.description, (byDescription.get(r.description) ?? new Set()).add(r.category));
    expect(byDescription.size).toBe(118);
    const conflicting = [...byDescription].filter(([, cats]) => cats.size > 1);
    expect(conflicting).toEqual([]);
    const categories = new Set(rows.rows.map((r) => r.category.toLowerCase()));
    expect(categories.size).toBe(10);
    for (const c of categories) expect(CATEGORIES).toContain(c);
  });

  it('has TIV deal unit = SIPRI estimate less the second-hand discount (40 %, or 66 % refurbished)', () => {
    const factor: Record<string, number> = { New: 1, 'Second hand': 0.4, 'Second hand but modernized': 0.66 };
    const off = rows.rows.filter((r) => Math.abs(r.tivDealUnit! - factor[r.status] * r.sipriEstimate!) > 0.005 + 1e-9);
    expect(off).toEqual([]);
    expect(rows.rows.filter((r) => r.localProduction)).toHaveLength(276);
  });

  it('holds Myanmar deliveries of 2000-2001', () => {
    const myanmar = deals.rows.filter((d) => d.recipient === 'Myanmar');
    expect(myanmar).toHaveLength(9);
    expect(new Set(myanmar.map((d) => d.supplier))).toEqual(new Set(['China', 'Russia', 'Serbia', 'Israel', 'India']));
  });
});

describe('readSipriPerYear on small exports', () => {
  const row = (id: number, year: number | string, tiv: string, extra: Partial<Record<'supplier' | 'estimate' | 'local', string>> = {}) =>
    `${id},${extra.supplier ?? 'Ukraine'},Zimbabwe,An-12,transport aircraft,Aircraft,2000,Yes,1,${extra.estimate ?? 'No'},${year},Yes,Second hand,23,9.2,${tiv},${extra.local ?? 'No'}`;

  it('reads Yes/No flags as uncertainty and sums the years of a deal', () => {
    const r = readSipriPerYear(perYear([row(1, 2001, '9.2', { estimate: 'Yes' }), row(1, 2000, '0'), row(2, 2000, '4.6', { local: 'Yes' })]), 'f.csv');
    expect(r.problems).toEqual([]);
    expect(r.rows.map((d) => [d.sipriId, d.deliveryYears, d.numberDelivered, d.numberDeliveredUncertain, d.tivDelivered])).toEqual([
      [1, [2000, 2001], 2, true, 9.2],
      [2, [2000], 1, false, 4.6],
    ]);
    expect(r.rows[0].yearly!.map((y) => y.tiv)).toEqual([0, 9.2]);
  });

  it('rejects a row with a bad year or field count, and keeps the rest of the deal', () => {
    const r = readSipriPerYear(perYear([row(1, 2001, '9.2'), row(1, '20x0', '9.2'), '3,Ukraine,Zimbabwe']), 'f.csv');
    expect(r.recordsRead).toBe(3);
    expect(r.rejected).toBe(2);
    expect(r.rows).toHaveLength(1);
    expect(r.problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [5, 'Delivery year', 'not a year: "20x0"'],
      [6, undefined, 'expected 17 fields, got 3'],
    ]);
  });

  it('warns when the rows of one deal disagree on a deal-level field', () => {
    const r = readSipriPerYear(perYear([row(1, 2001, '9.2'), row(1, 2000, '9.2', { supplier: 'Russia' })]), 'f.csv');
    expect(r.rows[0].supplier).toBe('Ukraine');
    expect(r.problems).toEqual([
      expect.objectContaining({ line: 5, field: 'Supplier', severity: 'warning', message: expect.stringContaining('differs from "Ukraine" on line 4') }),
    ]);
  });

  it('throws an AppError naming the file for another format', () => {
    expect(() => readSipriPerYear(Buffer.from('Recipient,Supplier,Year of order\n'), 'register.csv')).toThrow(AppError);
    expect(() => readSipriPerYear(Buffer.from('Recipient,Supplier,Year of order\n'), 'register.csv')).toThrow(/^register\.csv: /);
  });
});
