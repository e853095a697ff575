// The balance brief on the real shared data: Myanmar's acceptance figures, five other countries,
// the HTML page in headless Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, type Db } from '../src/store/db.js';
import { armsSession } from '../src/engine/open.js';
import { briefAnswer } from '../src/engine/brief.js';
import { suppliersAnswer } from '../src/engine/answers.js';
import { resolveParty } from '../src/engine/party.js';
import { readSipriRegister } from '../src/sources/sipri-register.js';
import { resolveSipriName } from '../src/entities/registry.js';
import { renderBriefHtml } from '../src/report/brief-html.js';
import type { Brief } from '../src/core/brief.js';
import { readDataFile } from './data.js';
import { hasChromium, launchChromium } from './browser.js';
import { importSharedData, repoRoot, runCli, tempDir } from './helpers.js';

const tmp = tempDir();
const dbPath = join(tmp.dir, 'store.sqlite');
let db: Db;
let myanmar: Brief;

beforeAll(async () => {
  await importSharedData(dbPath);
  db = openStore(dbPath);
  myanmar = briefAnswer(armsSession(db), resolveParty('Myanmar'));
});
afterAll(() => {
  db?.close();
  tmp.cleanup();
});

const shareOf = (w: Brief['arms']['windows'][number], iso3: string) => w.suppliers.find((s) => s.iso3 === iso3)?.share ?? 0;

describe('brief Myanmar', () => {
  it('names China and Russia among the patrons', () => {
    expect(myanmar.country).toEqual({ name: 'Myanmar', iso3: 'MMR' });
    expect(myanmar.patrons).toContain('CHN');
    expect(myanmar.patrons).toContain('RUS');
    expect(myanmar.patrons.length).toBeLessThanOrEqual(4);
  });

  it('history: China ahead of Russia; last 5 years (2020–2024): Russia ahead of China', () => {
    const [history, , short] = myanmar.arms.windows;
    expect(history.from).toBe(1950);
    expect(shareOf(history, 'CHN')).toBeGreaterThan(shareOf(history, 'RUS'));
    expect([short.from, short.to]).toEqual([2020, 2024]);
    expect(shareOf(short, 'RUS')).toBeGreaterThan(shareOf(short, 'CHN'));
    expect(myanmar.arms.rankChanges.some((c) => c.over === 'RUS' && c.under === 'CHN')).toBe(true);
  });

  it('2001–2020: China and Russia within 2 points of each other', () => {
    const r = suppliersAnswer(armsSession(db), resolveParty('Myanmar'), { from: 2001, to: 2020 });
    const chn = r.suppliers!.find((s) => s.iso3 === 'CHN')!.share;
    const rus = r.suppliers!.find((s) => s.iso3 === 'RUS')!.share;
    expect(Math.abs(chn - rus)).toBeLessThan(0.02);
  });

  it('deliveries from Russia since 2010 are led by aircraft (> 70 %)', () => {
    expect(myanmar.arms.categoriesFrom).toBe(2010);
    const rus = myanmar.arms.categories.RUS;
    expect(rus[0].category).toBe('aircraft');
    expect(rus[0].share).toBeGreaterThan(0.7);
  });

  it('alignment rows from 2021 on carry the representation caveat, earlier ones do not', () => {
    const after = myanmar.alignment.filter((a) => a.year >= 2021);
    expect(after.length).toBeGreaterThan(0);
    for (const a of after) expect(a.caveat).toMatch(/coup/);
    for (const a of myanmar.alignment.filter((x) => x.year < 2021)) expect(a.caveat).toBeUndefined();
    const y2020 = myanmar.alignment.find((a) => a.year === 2020)!;
    expect(y2020.agreement.CHN).toBeGreaterThan(y2020.agreement.USA!);
  });

  it('every narrative sentence carries refs with the rows behind it', () => {
    expect(myanmar.narrative.length).toBeGreaterThanOrEqual(4);
    expect(myanmar.narrative.length).toBeLessThanOrEqual(8);
    for (const s of myanmar.narrative) {
      expect(s.refs.length).toBeGreaterThan(0);
      for (const r of s.refs) {
        expect(r.query).toMatch(/^counterweight /);
        expect(r.rowCount).toBeGreaterThan(0);
        expect(r.rows.length).toBeGreaterThan(0);
      }
    }
    // A sentence's source rows are real register lines of Myanmar deals.
    const line = myanmar.arms.windows[0].ref.rows[0];
    const deal = db.prepare('SELECT recipient FROM deals WHERE dataset = ? AND line = ?').get(myanmar.arms.windows[0].ref.dataset, line) as { recipient: string };
    expect(deal.recipient).toBe('Myanmar');
  });

  it('states provenance: dataset versions and allocation', () => {
    const versions = myanmar.provenance.datasets.map((d) => d.version);
    expect(versions).toContain('13 Oct 2024 2:20:11 PM');
    expect(myanmar.provenance.allocation).toMatch(/^reconciled/);
  });
});

describe('brief for other countries: the top supplier of the last 20 years matches the register', () => {
  // Computed here straight from the reader, even split, independent of the store and the brief.
  const deals = readSipriRegister(readDataFile('sipri/trade-register-2024-10-13.csv'), 'register').rows;
  function topSupplier(recipientIso3: string, from: number, to: number): string {
    const sums = new Map<string, number>();
    for (const d of deals) {
      if (resolveSipriName(d.recipient).iso3 !== recipientIso3 || d.tivDelivered == null || d.deliveryYears.length === 0) continue;
      const each = d.tivDelivered / d.deliveryYears.length;
      const inWindow = d.deliveryYears.filter((y) => y >= from && y <= to).length;
      const s = resolveSipriName(d.supplier).iso3 ?? d.supplier;
      sums.set(s, (sums.get(s) ?? 0) + each * inWindow);
    }
    return [...sums.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }

  it.each([
    ['India', 'IND', 'RUS'],
    ['Egypt', 'EGY', null],
    ['Vietnam', 'VNM', 'RUS'],
    ['Pakistan', 'PAK', 'CHN'],
    ['Indonesia', 'IDN', null],
  ])('%s', (name, iso3, expected) => {
    const b = briefAnswer(armsSession(db, { allocation: 'even' }), resolveParty(name));
    const long = b.arms.windows[1];
    const top = topSupplier(iso3, long.from, long.to);
    expect(long.suppliers[0].iso3).toBe(top);
    if (expected) expect(top).toBe(expected);
    expect(b.patrons).toContain(top);
    expect(b.narrative.length).toBeGreaterThanOrEqual(4);
  });

  it('the patrons differ between countries', () => {
    const sets = ['India', 'Pakistan', 'Egypt'].map((c) => briefAnswer(armsSession(db), resolveParty(c)).patrons.join(','));
    expect(new Set(sets).size).toBe(3);
  });
});

describe('brief CLI', () => {
  it('--json has the documented shape', () => {
    const r = runCli(['brief', 'Burma', '--json', '--db', dbPath]);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.country).toEqual({ name: 'Myanmar', iso3: 'MMR' });
    expect(Object.keys(j.arms)).toEqual(expect.arrayContaining(['windows', 'rolling', 'categories', 'pending']));
    expect(j.arms.windows[0]).toHaveProperty('suppliers');
    expect(j.narrative[0]).toHaveProperty('refs');
    expect(j.provenance.datasets.length).toBeGreaterThanOrEqual(2);
  });

  it('a store built by an older counterweight is rebuilt on first use, not an error', () => {
    const old = join(tmp.dir, 'old.sqlite');
    const d = new Database(old);
    d.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('schema_version', '0');");
    d.close();
    const r = runCli(['brief', 'Myanmar', '--json', '--db', old]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/built by an older counterweight/);
    expect(JSON.parse(r.stdout).country.iso3).toBe('MMR');
  });

  it('a query on a store of another version says to rebuild it, instead of failing on a missing column', () => {
    const old = join(tmp.dir, 'old-query.sqlite');
    const d = new Database(old);
    d.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('schema_version', '4'); CREATE TABLE datasets (id TEXT);");
    d.close();
    for (const args of [['suppliers', 'India'], ['alignment', 'Myanmar'], ['unsc', 'Myanmar']]) {
      const r = runCli([...args, '--db', old]);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toContain(`the store at ${old} was built by another version of Counterweight (store schema 4, this version reads `);
      expect(r.stderr).toContain('run `counterweight import` to rebuild it');
      expect(r.stderr).not.toMatch(/no such (column|table)/);
    }
  });

  it('unknown country exits 2 with a suggestion', () => {
    const r = runCli(['brief', 'Burmah', '--db', dbPath]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did you mean Myanmar/);
  });
});

describe('HTML brief in headless Chromium', () => {
  it.skipIf(!hasChromium)('opens with no console errors and visible, non-empty charts', async () => {
    const file = join(tmp.dir, 'myanmar.html');
    writeFileSync(file, renderBriefHtml(myanmar));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`file://${file}`);
      const boxes = await page.$$eval('svg', (svgs) => svgs.map((s) => {
        const r = s.getBoundingClientRect();
        return { w: r.width, h: r.height, marks: s.querySelectorAll('path, rect, line, circle').length };
      }));
      const charts = boxes.filter((b) => b.w > 300);
      expect(charts.length).toBeGreaterThanOrEqual(3);
      for (const b of charts) {
        expect(b.h).toBeGreaterThan(100);
        expect(b.marks).toBeGreaterThan(10);
      }
      const text = await page.textContent('body');
      expect(text).toContain('China');
      expect(text).toContain('Russia');
      mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
      const shot = join(repoRoot, 'test-results/brief-myanmar-real.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(readFileSync(shot).length).toBeGreaterThan(10_000);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
