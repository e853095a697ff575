// The CLI as a user runs it: every query command, JSON and table output, exit codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { importSharedData, runCli, tempDir } from './helpers.js';

const tmp = tempDir();
const db = join(tmp.dir, 'cli.sqlite');
beforeAll(async () => void (await importSharedData(db)));
afterAll(() => tmp.cleanup());

const cli = (...args: string[]) => runCli([...args, '--db', db]);
const json = (...args: string[]) => {
  const r = cli(...args, '--json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('queries', () => {
  it('suppliers: the documented JSON shape, sorted by TIV, shares summing to 1', () => {
    const j = json('suppliers', 'Myanmar', '--from', '2001', '--to', '2020', '--allocation', 'even');
    expect(j.recipient).toEqual({ name: 'Myanmar', iso3: 'MMR' });
    expect(j).toMatchObject({ from: 2001, to: 2020, basis: 'delivered', dataset: 'trade-register-2024-10-13', allocation: 'even' });
    expect(j.suppliers[0]).toMatchObject({ name: 'China', iso3: 'CHN' });
    expect(Math.abs(j.suppliers[0].tiv - 1690)).toBeLessThan(17);
    const tivs = j.suppliers.map((s: { tiv: number }) => s.tiv);
    expect(tivs).toEqual([...tivs].sort((a: number, b: number) => b - a));
    expect(j.suppliers.reduce((s: number, x: { share: number }) => s + x.share, 0)).toBeCloseTo(1, 6);
  });

  it('suppliers: an aligned table with the source line', () => {
    const r = cli('suppliers', 'mmr', '--from', '2001', '--to', '2020');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Supplier\s+ISO3\s+TIV\s+Share$/m);
    expect(r.stdout).toMatch(/^China\s+CHN\s+1,\d{3}\s+4\d\.\d %$/m);
    expect(r.stdout).toMatch(/Source: SIPRI Arms Transfers Database, trade-register-2024-10-13\.csv \(data generated 13 Oct 2024/);
  });

  it('recipients: whom Russia supplies', () => {
    const j = json('recipients', 'Russia', '--from', '2014', '--to', '2023');
    expect(j.supplier.iso3).toBe('RUS');
    expect(j.recipients[0].iso3).toBe('IND');
  });

  it('--merge-soviet is stated in JSON and in the table', () => {
    expect(json('suppliers', 'India', '--merge-soviet').mergeSoviet).toBe(true);
    expect(cli('suppliers', 'India', '--merge-soviet').stdout).toMatch(/Soviet Union counted as Russia/);
  });

  it('--category filters to one SIPRI category', () => {
    const j = json('suppliers', 'Myanmar', '--category', 'aircraft', '--from', '2010');
    expect(j.category).toBe('aircraft');
    expect(j.suppliers[0].iso3).toBe('RUS');
  });

  it('categories, dyad, orders --pending', () => {
    const c = json('categories', 'Myanmar', '--supplier', 'Russia', '--from', '2010');
    expect(c.categories[0].category).toBe('aircraft');
    const d = json('dyad', 'Russia', 'Myanmar');
    expect(d.years.length).toBeGreaterThan(5);
    expect(d.deals.some((x: { designation: string }) => /MiG-29|Su-30|Yak-130/.test(x.designation))).toBe(true);
    const o = json('orders', 'Myanmar', '--pending');
    expect(o.count).toBeGreaterThan(0);
    expect(o.deals.every((x: { pending: boolean }) => x.pending)).toBe(true);
  });

  it('alignment: per year, with the caveat from 2021 on', () => {
    const a = json('alignment', 'Myanmar', '--from', '2019', '--to', '2023');
    expect(a.years.map((y: { year: number }) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(a.years[0].agreement).toHaveProperty('CHN');
    expect(a.years[2].caveat).toMatch(/coup/);
    expect(cli('alignment', 'Myanmar', '--from', '2020').stdout).toMatch(/\[1\] After the February 2021 coup/);
  });

  it('alignment: a note column only when a year has a note, and named', () => {
    const quiet = cli('alignment', 'Myanmar', '--from', '2010', '--to', '2012', '--patrons', 'CHN').stdout.split('\n');
    const head = quiet.findIndex((l) => l.startsWith('Year'));
    expect(quiet[head]).toMatch(/with CHN$/);
    expect(quiet[head + 1]).toMatch(/^----  -----  --------  --------$/);
    const noted = cli('alignment', 'Myanmar', '--from', '2020', '--to', '2022', '--patrons', 'CHN').stdout;
    expect(noted).toMatch(/with CHN {2}Note\n/);
  });

  it('alignment "with Russia" before 1992 says it is the Soviet Union\'s votes (text and JSON)', () => {
    const a = json('alignment', 'Myanmar', '--from', '1989', '--to', '1993', '--patrons', 'RUS');
    expect(a.notes).toEqual([expect.stringMatching(/^Agreement "with Russia" in 1989–1991 is agreement with the Soviet Union's votes/)]);
    expect(cli('alignment', 'Myanmar', '--from', '1989', '--to', '1993', '--patrons', 'RUS').stdout).toMatch(/Note: Agreement "with Russia" in 1989–1991/);
    expect(json('alignment', 'Myanmar', '--from', '1995', '--to', '1996', '--patrons', 'RUS').notes).toEqual([]);
    expect(json('brief', 'Myanmar').alignmentNotes).toEqual([expect.stringMatching(/Soviet Union's votes/)]);
  });

  it('validate: all within tolerance', () => {
    const v = json('validate');
    expect(v.recipients.within).toBe(v.recipients.checked);
    expect(v.suppliers.within).toBe(v.suppliers.checked);
  });
});

describe('yearly allocations and the panel', () => {
  it('validate --yearly: reconciled within ±1 TIV for ≥ 95 % of recipient- and supplier-years, even split far below', () => {
    const y = json('validate', '--yearly');
    expect(y.allocations.reconciled.imports.share).toBeGreaterThanOrEqual(0.95);
    expect(y.allocations.reconciled.exports.share).toBeGreaterThanOrEqual(0.95);
    expect(y.allocations.even.imports.share).toBeLessThan(0.6);
    // SIPRI's true deliveries of 2000–2001: the reconciled split errs less than the even one.
    expect(y.groundTruth.matchedDeals).toBeGreaterThan(300);
    expect(y.groundTruth.allocations.reconciled.meanAbsError).toBeLessThan(y.groundTruth.allocations.even.meanAbsError);
    expect(cli('validate', '--yearly').stdout).toMatch(/^reconciled\s+1\d\d\.\d %|^reconciled\s+9\d\.\d %/m);
  });

  it('panel: CSV with ISO3 codes, kinds and the dataset version; JSON twin; parquet refused clearly', () => {
    const r = cli('panel', '--from', '2011', '--to', '2012');
    expect(r.code, r.stderr).toBe(0);
    const [head, ...rows] = r.stdout.trimEnd().split('\n');
    expect(head.split(',')).toEqual(expect.arrayContaining(['supplier_iso3', 'recipient_iso3', 'supplier_kind', 'year', 'tiv', 'dataset_version']));
    expect(rows.length).toBeGreaterThan(100);
    const j = json('panel', '--from', '2011', '--to', '2012', '--format', 'json');
    const mmr2011 = j.filter((x: { recipient_iso3: string; year: number }) => x.recipient_iso3 === 'MMR' && x.year === 2011);
    expect(Math.abs(mmr2011.reduce((s: number, x: { tiv: number }) => s + x.tiv, 0) - 668)).toBeLessThanOrEqual(1);
    expect(j[0].dataset_version).toBe('13 Oct 2024 2:20:11 PM');
    const p = cli('panel', '--format', 'parquet');
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/Parquet is binary: give --out/);
  });

  it('panel --format parquet: a Parquet file that reads back to the same rows', async () => {
    const out = join(tmp.dir, 'panel.parquet');
    const r = cli('panel', '--from', '2011', '--to', '2012', '--format', 'parquet', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const { parquetReadObjects } = await import('hyparquet');
    const buf = readFileSync(out);
    const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) });
    const j = json('panel', '--from', '2011', '--to', '2012', '--format', 'json');
    expect(rows.length).toBe(j.length);
    expect(rows[0]).toEqual(j[0]);
    expect(rows.some((x) => x.supplier_iso3 === null)).toBe(j.some((x: { supplier_iso3: string | null }) => x.supplier_iso3 === null));
  });
});

describe('errors', () => {
  it('unknown country → exit 2 with suggestions', () => {
    const r = cli('suppliers', 'Burmah');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: unknown country or actor: "Burmah" (did you mean Myanmar?)\n');
  });
  it('bad years → exit 2 naming the flag', () => {
    expect(cli('suppliers', 'Myanmar', '--from', 'x').stderr).toMatch(/invalid --from: "x"/);
    expect(cli('suppliers', 'Myanmar', '--category', 'air-defence').code).toBe(0);
    expect(cli('suppliers', 'Myanmar', '--from', '2020', '--to', '2001').code).toBe(2);
  });
  it('unknown category and dataset are named', () => {
    expect(cli('suppliers', 'Myanmar', '--category', 'lasers').stderr).toMatch(/invalid category: "lasers"/);
    expect(cli('suppliers', 'Myanmar', '--dataset', 'nope').stderr).toMatch(/unknown dataset "nope"/);
  });
  it('no store → exit 3 saying how to create one', () => {
    const r = runCli(['suppliers', 'Myanmar', '--db', join(tmp.dir, 'missing.sqlite')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/run `counterweight import` first/);
  });
});

describe('output into a pipe that closes early', () => {
  it('`shifts --json | head -c 100` ends quietly: no EPIPE, no stack trace', () => {
    const bin = join(import.meta.dirname, '../bin/counterweight.cjs');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" shifts --json --db "${db}" | head -c 100 >/dev/null`], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(r.status).toBe(0);
  });
});
