// The arms engine on the real shared data: import counts, the Myanmar figures, validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { importSources, type ImportSummary } from '../src/store/import.js';
import { openStore, type Db } from '../src/store/db.js';
import { armsContext } from '../src/store/context.js';
import { armsSession } from '../src/engine/open.js';
import { categoriesAnswer, dyadAnswer, ordersAnswer, suppliersAnswer } from '../src/engine/answers.js';
import { resolveParty } from '../src/engine/party.js';
import { validateAnswer } from '../src/engine/validate.js';
import { AppError } from '../src/core/errors.js';
import { dataFile } from './data.js';
import { importSharedData, tempDir } from './helpers.js';

const tmp = tempDir();
const dbPath = join(tmp.dir, 'store.sqlite');
let summary: ImportSummary;
let db: Db;

beforeAll(async () => {
  summary = await importSharedData(dbPath);
  db = openStore(dbPath);
});
afterAll(() => {
  db?.close();
  tmp.cleanup();
});

const share = (rows: { iso3: string | null; share: number; tiv: number }[], iso3: string) => rows.find((r) => r.iso3 === iso3)!;

describe('import of the shared data', () => {
  it('stores 27,951 deals from the register, 0 rejected, every name and label resolved', () => {
    const reg = summary.datasets.find((d) => d.kind === 'sipri-register')!;
    expect(reg.id).toBe('trade-register-2024-10-13');
    expect(reg.version).toBe('13 Oct 2024 2:20:11 PM');
    expect(reg.stored).toBe(27951);
    expect(reg.rejected).toBe(0);
    expect(reg.records).toBe(reg.stored + reg.rejected);
    expect(reg.unknownNames).toEqual([]);
    expect(reg.unmappedLabels).toEqual([]);
    expect(db.prepare("SELECT COUNT(*) FROM deals WHERE dataset = 'trade-register-2024-10-13'").pluck().get()).toBe(27951);
  });

  it('imports the per-delivery-year file (1,414 rows, 0 rejected) with SIPRI categories equal to ours', () => {
    const py = summary.datasets.find((d) => d.kind === 'sipri-per-year')!;
    expect(py.records).toBe(1414);
    expect(py.rejected).toBe(0);
    expect(py.unmappedLabels).toEqual([]);
    const disagree = db
      .prepare(`SELECT COUNT(*) FROM deals WHERE dataset = ? AND lower(category) != lower(sipri_category)`)
      .pluck()
      .get(py.id);
    expect(disagree).toBe(0);
  });

  it('resolves every name of every file (0 unknown)', () => {
    for (const d of summary.datasets) expect(d.unknownNames, d.file).toEqual([]);
  });

  it('chooses the register as the most complete arms dataset and reconciled allocation by default', () => {
    const ctx = armsContext(db);
    expect(ctx.dataset.id).toBe('trade-register-2024-10-13');
    expect(ctx.allocation).toBe('reconciled');
    expect(armsContext(db, { dataset: py() }).allocation).toBe('exact');
  });
});

function py(): string {
  return summary.datasets.find((d) => d.kind === 'sipri-per-year')!.id;
}

describe('suppliers Myanmar (even split, as SIPRI register users compute it)', () => {
  it('2001–2020: China ≈ 1,690 TIV and Russia ≈ 1,684 TIV, each ≈ 42 %', () => {
    const r = suppliersAnswer(armsSession(db, { allocation: 'even' }), resolveParty('Myanmar'), { from: 2001, to: 2020 });
    const rows = r.suppliers!;
    const chn = share(rows, 'CHN');
    const rus = share(rows, 'RUS');
    expect(Math.abs(chn.tiv - 1690) / 1690).toBeLessThan(0.01);
    expect(Math.abs(rus.tiv - 1684) / 1684).toBeLessThan(0.01);
    expect(chn.share).toBeGreaterThan(0.41);
    expect(chn.share).toBeLessThan(0.43);
    expect(rus.share).toBeGreaterThan(0.41);
    expect(rus.share).toBeLessThan(0.43);
    expect(rows[0].iso3).toBe('CHN');
  });

  it('1950–2020: China ≈ 50 %, Russia ≈ 27 %', () => {
    const r = suppliersAnswer(armsSession(db, { allocation: 'even' }), resolveParty('Burma'), { from: 1950, to: 2020 });
    expect(share(r.suppliers!, 'CHN').share).toBeCloseTo(0.5, 1);
    expect(share(r.suppliers!, 'RUS').share).toBeCloseTo(0.27, 1);
  });

  it('--merge-soviet counts the Soviet Union as Russia and says so', () => {
    const plain = suppliersAnswer(armsSession(db), resolveParty('India'), { from: 1960, to: 2020 }).suppliers!;
    const mergedAnswer = suppliersAnswer(armsSession(db, { mergeSoviet: true }), resolveParty('India'), { from: 1960, to: 2020 });
    const merged = mergedAnswer.suppliers!;
    expect(plain.find((r) => r.iso3 === 'SUN')).toBeDefined();
    expect(merged.find((r) => r.iso3 === 'SUN')).toBeUndefined();
    const rus = merged.find((r) => r.iso3 === 'RUS')!;
    expect(rus.name).toMatch(/Soviet Union/);
    // Each figure is rounded to 0.01 TIV in the answer.
    expect(Math.abs(rus.tiv - (plain.find((r) => r.iso3 === 'SUN')!.tiv + plain.find((r) => r.iso3 === 'RUS')!.tiv))).toBeLessThan(0.02);
    expect(mergedAnswer.mergeSoviet).toBe(true);
    expect(mergedAnswer.query).toMatch(/--merge-soviet/);
  });

  it('categories, dyad and orders answer from the same dataset', () => {
    const s = armsSession(db);
    const mm = resolveParty('MMR');
    const rus = resolveParty('Russia');
    const mix = categoriesAnswer(s, mm, { supplier: rus, from: 2010, to: 2024 });
    expect(mix.categories[0].category).toBe('aircraft');
    const d = dyadAnswer(s, rus, mm);
    expect(d.deals.length).toBeGreaterThan(10);
    expect(d.years.reduce((t, y) => t + y.tiv, 0)).toBeCloseTo(d.totalTiv, 6);
    const pending = ordersAnswer(s, mm, { pending: true }).deals;
    expect(pending.every((p) => p.pending)).toBe(true);
  });

  it('dyad: the deals behind a windowed total are exactly the ones that make it, pending ones apart', () => {
    const s = armsSession(db);
    const all = ordersAnswer(s, resolveParty('India'), { supplier: resolveParty('Russia') }).deals;
    const d = dyadAnswer(s, resolveParty('Russia'), resolveParty('India'), { from: 2015 });
    expect(all.length).toBe(134);
    // 37 deals delivered in 2015–2024 and one more is pending: 38, not "Deals (134)".
    expect(d.deals.length).toBe(37);
    expect(d.pending.length).toBe(1);
    expect(d.deals.reduce((t, x) => t + x.windowTiv, 0)).toBeCloseTo(d.totalTiv, 6);
    expect(d.deals.every((x) => x.deliveryYears.some((y) => y >= 2015))).toBe(true);
    expect(d.pending.every((x) => x.pending && !d.deals.some((y) => y.line === x.line))).toBe(true);
  });

  it('dyad: a year inside the window with nothing delivered is a 0, not a gap', () => {
    const d = dyadAnswer(armsSession(db), resolveParty('Russia'), resolveParty('Myanmar'), { from: 2010, to: 2024 });
    expect(d.years.map((y) => y.year)).toEqual(Array.from({ length: 15 }, (_, i) => 2010 + i));
    expect(d.years.find((y) => y.year === 2016)!.tiv).toBe(0);
    expect(d.years.find((y) => y.year === 2021)!.tiv).toBe(0);
  });

  it('unknown country → AppError with exit code 2 and suggestions', () => {
    try {
      resolveParty('Burmah');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).exitCode).toBe(2);
      expect((e as AppError).message).toMatch(/did you mean .*Myanmar/);
    }
  });
});

describe('validate against the official tables', () => {
  it('every recipient and supplier with ≥ 10 TIV is within ±1 % (or ±1 TIV)', () => {
    const r = validateAnswer(armsSession(db));
    const bad = [...r.recipients.rows, ...r.suppliers.rows].filter((x) => !x.within);
    expect(bad).toEqual([]);
    // 214 table rows ≥ 10 TIV name 212 recipients: "North Yemen" and "Yemen Arab Republic (North Yemen)",
    // "Libya" and "Libya GNC" are one entity each, and their rows are added up.
    expect(r.recipients.checked).toBe(212);
    expect(r.suppliers.checked).toBe(99);
  });
});

describe('all-or-nothing import', () => {
  it('a broken file leaves the previous store untouched', async () => {
    const t = tempDir();
    try {
      const path = join(t.dir, 'keep.sqlite');
      copyFileSync(dbPath, path);
      const before = readFileSync(path);
      const bad = join(t.dir, 'trade-register-broken.csv');
      // A register header followed by garbage rows is readable (rows rejected); a file that is not an export is not.
      writeFileSync(bad, 'this is not a SIPRI export\n1,2,3\n');
      await expect(importSources({ dbPath: path, files: [bad] })).rejects.toThrow(/not a SIPRI or UN export/);
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(existsSync(`${path}.importing-${process.pid}`)).toBe(false);
    } finally {
      t.cleanup();
    }
  });

  it('re-importing one file keeps the other datasets and replaces its own kind', async () => {
    const t = tempDir();
    try {
      const path = join(t.dir, 'again.sqlite');
      copyFileSync(dbPath, path);
      const s = await importSources({ dbPath: path, files: [dataFile('sipri/tiv-imports-2024-10-13.csv')] });
      expect(s.datasets.map((d) => d.kind)).toEqual(['sipri-tiv-imports']);
      const db2 = openStore(path);
      try {
        const kinds = db2.prepare('SELECT kind FROM datasets ORDER BY kind').pluck().all();
        expect(kinds).toEqual(['aiddata-projects', 'aiddata-totals', 'cgit', 'imf-dip-inward', 'imf-dip-outward', 'imf-dots', 'sipri-milex', 'sipri-per-year', 'sipri-register', 'sipri-tiv-exports', 'sipri-tiv-imports', 'unga-ideal-points', 'unga-issues', 'unga-roll-calls', 'unga-votes', 'unsc-vetoes', 'unsc-votes']);
        expect(db2.prepare("SELECT COUNT(*) FROM deals").pluck().get()).toBeGreaterThan(27951);
      } finally {
        db2.close();
      }
      expect(statSync(path).size).toBeGreaterThan(0);
    } finally {
      t.cleanup();
    }
  });
});
