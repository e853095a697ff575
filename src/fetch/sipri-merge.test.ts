import { describe, expect, it } from 'vitest';
import { readSipriPerYearRows } from '../sources/sipri-per-year.js';
import { checkPerYearChunk, mergePerYearChunks, verifyPerYearFile } from './sipri-merge.js';

const HEADER =
  'SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,' +
  'Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production';

function chunk(from: number, to: number, rows: string[]): { years: { from: number; to: number }; bytes: Buffer } {
  const preamble = [`Transfers of major conventional arms from All countries  to All countries . Deals with deliveries made for the year range '${from}' to '${to}' `, '', 'Source: SIPRI Arms Transfers Database (c) SIPRI.', 'Data generated: 10 Feb 2025 10:52:58 AM'];
  // Latin-1, as SIPRI's exports are: "Côte d'Ivoire" must come out right in the UTF-8 merged file.
  return { years: { from, to }, bytes: Buffer.from([...preamble, HEADER, ...rows].join('\r\n') + '\r\n', 'latin1') };
}

const row = (id: number, year: number, recipient = 'Algeria', tiv = '8.1') =>
  `${id},China,${recipient},C-802,anti-ship missile,Missiles,1999,Yes,9,Yes,${year},No,New,0.9,0.9,${tiv},No`;

describe('year chunks into one file', () => {
  it('keeps one preamble (its year range widened) and one header, and every row in order', () => {
    const a = checkPerYearChunk(chunk(2000, 2000, [row(1, 2000), row(2, 2000, "Côte d'Ivoire")]));
    const b = checkPerYearChunk(chunk(2001, 2001, [row(1, 2001)]));
    const empty = checkPerYearChunk(chunk(2002, 2002, []));
    const merged = mergePerYearChunks([a, b, empty], { from: 2000, to: 2002 });
    expect(merged).toMatchObject({ rows: 3, duplicates: 0 });
    const lines = merged.text.split('\n');
    expect(lines[0]).toContain("for the year range '2000' to '2002'");
    expect(lines.filter((l) => l === HEADER)).toHaveLength(1);
    expect(lines.slice(5, 8)).toEqual([row(1, 2000), row(2, 2000, "Côte d'Ivoire"), row(1, 2001)]);
    const read = verifyPerYearFile(Buffer.from(merged.text, 'utf8'), 'merged.csv', 3);
    expect(read).toEqual({ version: '10 Feb 2025 10:52:58 AM', rows: 3, deals: 2 });
    expect(readSipriPerYearRows(Buffer.from(merged.text, 'utf8'), 'm').rows[1].recipient).toBe("Côte d'Ivoire");
  });

  it('leaves out a (deal, delivery year) an earlier chunk gave, but keeps repeats inside one chunk', () => {
    const a = checkPerYearChunk(chunk(2000, 2001, [row(1, 2000), row(1, 2001)]));
    const b = checkPerYearChunk(chunk(2001, 2002, [row(1, 2001), row(5, 2002), row(5, 2002)]));
    const merged = mergePerYearChunks([a, b], { from: 2000, to: 2002 });
    expect(merged).toMatchObject({ rows: 4, duplicates: 1 });
  });

  it('refuses chunks whose columns differ', () => {
    const a = checkPerYearChunk(chunk(2000, 2000, [row(1, 2000)]));
    const other = chunk(2001, 2001, []);
    other.bytes = Buffer.from(other.bytes.toString('latin1').replace(',Local production', ''), 'latin1');
    expect(() => mergePerYearChunks([a, checkPerYearChunk(other)], { from: 2000, to: 2001 })).toThrow(/SIPRI deliveries 2001: columns differ from 2000/);
  });

  it('refuses a chunk cut off inside its last row, whether or not the row still has enough fields', () => {
    const short = chunk(2000, 2000, [row(1, 2000), row(2, 2000).slice(0, 30)]);
    expect(() => checkPerYearChunk(short)).toThrow(/SIPRI deliveries 2000: 1 of 2 rows rejected by the reader: .*line 7: expected 17 fields, got 5/);
    // "Yes" cut to "Ye": 17 fields still, but the reader doubts the flag.
    const cutInLastField = chunk(2000, 2000, [row(1, 2000), row(2, 2000).replace(/No$/, 'Ye')]);
    expect(() => checkPerYearChunk(cutInLastField)).toThrow(/SIPRI deliveries 2000: the last row looks cut off: .*\(Local production\): expected Yes or No, got "Ye"/);
  });

  it('refuses an answer that is not the per-year export', () => {
    expect(() => checkPerYearChunk({ years: { from: 2000, to: 2000 }, bytes: Buffer.from('<html>Service maintenance</html>') })).toThrow(/not a SIPRI per-delivery-year export/);
  });

  it('checks the file read back: every row, none rejected, not empty', () => {
    const merged = mergePerYearChunks([checkPerYearChunk(chunk(2000, 2000, [row(1, 2000)]))], { from: 2000, to: 2000 });
    expect(() => verifyPerYearFile(Buffer.from(merged.text), 'm.csv', 2)).toThrow('m.csv: 1 rows read back, expected 2');
    const none = mergePerYearChunks([checkPerYearChunk(chunk(2000, 2000, []))], { from: 2000, to: 2000 });
    expect(() => verifyPerYearFile(Buffer.from(none.text), 'm.csv', 0)).toThrow(/no rows at all/);
  });
});
