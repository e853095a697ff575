// `shifts` on the real data: the table (2009–13 against 2019–23, reconciled allocation)
// reproduced, who moved toward and away from Russia and China, the sentences tied to their rows,
// the CLI's JSON equal to the API's, and the /shifts page in Chromium.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupEntity } from '../src/entities/registry.js';
import { armsSession } from '../src/engine/open.js';
import { shiftsAnswer, type ShiftsAnswer } from '../src/engine/shifts.js';
import { openStore, type Db } from '../src/store/db.js';
import { startServer, type Running } from '../src/server/serve.js';
import { hasChromium, launchChromium } from './browser.js';
import { importSharedData, runCli, tempDir } from './helpers.js';

const tmp = tempDir('cw-shifts-');
const dbPath = join(tmp.dir, 'store.sqlite');
let db: Db;
let all: ShiftsAnswer;
let server: Running;

beforeAll(async () => {
  await importSharedData(dbPath);
  db = openStore(dbPath);
  all = shiftsAnswer(armsSession(db));
  server = await startServer({ dbPath, port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  db?.close();
  await server?.stop();
  tmp.cleanup();
});

const e = (name: string) => lookupEntity(name)!;

/** The table: shares in percent, 2009–13 and 2019–23. */
const TABLE: Record<string, [Record<string, number>, Record<string, number>]> = {
  IND: [{ RUS: 75, USA: 8 }, { RUS: 38, FRA: 31, USA: 13 }],
  PAK: [{ CHN: 50, USA: 28 }, { CHN: 82, USA: 0.3 }],
  EGY: [{ USA: 48, RUS: 37 }, { DEU: 27, ITA: 22, FRA: 19, RUS: 19, USA: 7 }],
  VNM: [{ RUS: 95 }, { RUS: 52, BLR: 18 }],
  DZA: [{ RUS: 90 }, { RUS: 48, DEU: 14, CHN: 14 }],
  MMR: [{ CHN: 53, RUS: 44 }, { RUS: 39, CHN: 24, IND: 18 }],
};

describe('shifts on the 2024-10 register', () => {
  it('defaults to 2009–13 against 2019–23, the later window ending at the last year with deliveries, and says so', () => {
    expect([all.fromWindow, all.toWindow]).toEqual([{ from: 2009, to: 2013 }, { from: 2019, to: 2023 }]);
    expect(all.windowsNote).toMatch(/ends at 2023, the last year trade-register-2024-10-13 holds deliveries for/);
    expect(all.allocation).toBe('reconciled');
    expect(all.minTiv).toBe(100);
  });

  it('reproduces the issue’s table within a point', () => {
    for (const [iso3, windows] of Object.entries(TABLE)) {
      const row = all.recipients.find((r) => r.recipient.iso3 === iso3);
      expect(row, iso3).toBeDefined();
      windows.forEach((shares, i) => {
        for (const [supplier, pct] of Object.entries(shares)) {
          const s = row!.suppliers.find((x) => x.iso3 === supplier);
          const got = (i === 0 ? s?.before.share : s?.after.share) ?? 0;
          expect(Math.abs(got * 100 - pct), `${iso3} ${supplier} window ${i + 1}: ${got * 100}`).toBeLessThanOrEqual(1);
        }
      });
      // Top supplier of each window, and the change is the difference of the shares.
      expect(row!.before.top!.iso3).toBe(Object.keys(windows[0])[0]);
      expect(row!.after.top!.iso3).toBe(Object.keys(windows[1])[0]);
      for (const s of row!.suppliers) expect(s.change).toBeCloseTo((s.after.share - s.before.share) * 100, 9);
    }
  });

  it('ranks every recipient by its largest move, with HHI and agreement, each row with its queries', () => {
    const moves = all.recipients.map((r) => Math.abs(r.move.change));
    expect(moves).toEqual([...moves].sort((a, b) => b - a));
    expect(all.count).toBe(all.recipients.length);
    expect(all.count).toBeGreaterThan(50);
    const india = all.recipients.find((r) => r.recipient.iso3 === 'IND')!;
    expect(india.move.iso3).toBe('RUS');
    expect(india.hhiChange).toBeLessThan(-2000);
    // UNGA agreement with Russia over the same years, from the ideal-point file.
    expect(india.move.agreement!.before).toBeGreaterThan(0.6);
    expect(india.move.agreement!.after).toBeLessThan(india.move.agreement!.before!);
    expect(india.queries.slice(0, 2)).toEqual([
      'counterweight suppliers India --from 2009 --to 2013 --allocation reconciled --dataset trade-register-2024-10-13',
      'counterweight suppliers India --from 2019 --to 2023 --allocation reconciled --dataset trade-register-2024-10-13',
    ]);
    expect(india.queries[2]).toMatch(/^counterweight alignment India --patrons .*RUS.* --from 2009 --to 2023$/);
  });

  it('says it in sentences tied to the rows', () => {
    const india = all.recipients.find((r) => r.recipient.iso3 === 'IND')!;
    expect(india.sentence.text).toMatch(/^India: Russia’s share fell from 75 % to 38 % \(2009–13 → 2019–23\); (France|United States) rose (from [\d.]+ % )?to \d+ %$/);
    const [w1, w2] = india.sentence.refs;
    expect(w1.query).toBe(india.queries[0]);
    expect(w1.rowCount).toBeGreaterThan(10);
    // The rows are Russia's (and the other mover's) deals to India delivering in the window.
    const lines = db.prepare(`SELECT DISTINCT line FROM deliveries WHERE dataset = 'trade-register-2024-10-13' AND allocation = 'reconciled' AND recipient_id = 'IND' AND supplier_id = 'RUS' AND year BETWEEN 2019 AND 2023`).pluck().all() as number[];
    for (const l of lines) expect(w2.rows.length < w2.rowCount || w2.rows.includes(l)).toBe(true);
  });

  it('--patron Russia: India, Viet Nam and Algeria among the ten largest moves away', () => {
    const r = shiftsAnswer(armsSession(db), { patron: e('Russia') });
    const away = r.recipients.filter((x) => x.direction === 'away').slice(0, 10).map((x) => x.recipient.iso3);
    expect(away).toEqual(expect.arrayContaining(['IND', 'VNM', 'DZA']));
    expect(r.recipients.every((x) => x.move.iso3 === 'RUS')).toBe(true);
  });

  it('--patron China: Pakistan among the largest moves toward it', () => {
    const r = shiftsAnswer(armsSession(db), { patron: e('China') });
    const toward = r.recipients.filter((x) => x.direction === 'toward').slice(0, 5).map((x) => x.recipient.iso3);
    expect(toward).toContain('PAK');
  });

  it('--min-tiv and the windows are honoured, and a window after the data is no error', () => {
    const strict = shiftsAnswer(armsSession(db), { minTiv: 2000 });
    expect(strict.recipients.every((r) => r.before.totalTiv >= 2000 && r.after.totalTiv >= 2000)).toBe(true);
    expect(strict.count).toBeLessThan(all.count);
    const old = shiftsAnswer(armsSession(db), { fromWindow: { from: 1980, to: 1989 }, toWindow: { from: 1995, to: 2004 } });
    expect(old.windowsNote).toBeNull();
    expect(old.recipients.find((r) => r.recipient.iso3 === 'IND')?.before.top?.iso3).toBe('SUN');
    expect(shiftsAnswer(armsSession(db), { toWindow: { from: 2030, to: 2034 } }).recipients).toEqual([]);
  });
});

describe('shifts through the shells', () => {
  it('the CLI’s --json equals the API’s JSON', async () => {
    const cli = runCli(['shifts', '--patron', 'Russia', '--from-window', '2009-2013', '--to-window', '2019-2023', '--json', '--db', dbPath]);
    expect(cli.code, cli.stderr).toBe(0);
    const api = await (await fetch(`${server.url}/api/shifts?patron=Russia&fromWindow=2009-2013&toWindow=2019-2023`)).json();
    expect(JSON.parse(cli.stdout)).toEqual(api);
  });

  it('the text lists who moved away and toward, with sentences and the command that gives the same answer', () => {
    const r = runCli(['shifts', '--patron', 'Russia', '--db', dbPath]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Who moved toward and away from Russia, 2009–13 → 2019–23: \d+ recipients with at least 100 TIV delivered in both windows\n/);
    expect(r.stdout).toMatch(/\nMoved away from Russia \(its share fell\): \d+\n/);
    expect(r.stdout).toMatch(/\nMoved toward Russia \(its share rose or held\): \d+\n/);
    expect(r.stdout).toContain('India: Russia’s share fell from 75 % to 38 % (2009–13 → 2019–23)');
    expect(r.stdout).toContain('Same answer: counterweight shifts --from-window 2009-2013 --to-window 2019-2023 --min-tiv 100 --patron Russia');
  });

  it('refuses bad windows and an unknown patron with the option’s name', () => {
    const bad = runCli(['shifts', '--from-window', '2013-2009', '--db', dbPath]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('from 2013 is after to 2009');
    const narnia = runCli(['shifts', '--patron', 'Narnia', '--db', dbPath]);
    expect(narnia.code).toBe(2);
  });

  it('the chart needs a patron; with one it is an SVG naming it', async () => {
    expect((await fetch(`${server.url}/api/shifts/chart.svg`)).status).toBe(400);
    const res = await fetch(`${server.url}/api/shifts/chart.svg?patron=China`);
    expect(res.status).toBe(200);
    const svg = await res.text();
    expect(svg).toContain('Who moved toward and away from China');
    expect(svg).toContain('Pakistan');
  });
});

describe.skipIf(!hasChromium)('the /shifts page in Chromium', () => {
  it('opens with no console errors, a non-empty chart, a sortable table linking each brief, and its JSON twin', async () => {
    const browser = await launchChromium();
    const problems: string[] = [];
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
      page.on('pageerror', (err) => problems.push(err.message));
      await page.goto(`${server.url}/shifts?patron=Russia`, { waitUntil: 'load' });
      const chart = await page.$eval('figure.chart > svg', (svg) => ({ w: svg.getBoundingClientRect().width, dots: svg.querySelectorAll('circle').length }));
      expect(chart.w).toBeGreaterThan(600);
      expect(chart.dots).toBeGreaterThan(20);
      const first = async () => (await page.locator('#shifts-table tbody tr').first().innerText()).split('\t')[0];
      expect(await first()).toBe('Venezuela');
      // Sort by the later window's share, largest first.
      await page.locator('#shifts-table thead').getByRole('button', { name: '2019–23', exact: true }).click();
      const top = await page.$$eval('#shifts-table tbody tr td:nth-child(3)', (tds) => tds.slice(0, 3).map((td) => Number(td.getAttribute('data-value'))));
      expect(top).toEqual([...top].sort((a, b) => b - a));
      expect(await page.locator('#shifts-table a', { hasText: 'India' }).getAttribute('href')).toBe('/country/IND');
      const twin = await page.locator('[data-json-twin]').getAttribute('href');
      const json = await (await fetch(`${server.url}${twin}`)).json();
      expect(json.patron.name).toBe('Russia');
      expect(await page.locator('#shifts-table tbody tr').count()).toBe(json.recipients.length);
      expect(await page.locator('button.csv').isVisible()).toBe(true);
    } finally {
      await browser.close();
    }
    expect(problems).toEqual([]);
  });
});

describe('both windows in one pass', () => {
  it('gives each window the totals it gets alone, overlapping windows included', async () => {
    const { tivByDyad } = await import('../src/store/queries.js');
    const s = armsSession(db);
    const key = (rows: { supplier: string; recipient: string; tiv: number; deals: number }[]) =>
      rows.map((r) => `${r.supplier}>${r.recipient}:${r.tiv.toFixed(6)}:${r.deals}`).sort();
    for (const [a, b] of [[{ from: 2009, to: 2013 }, { from: 2019, to: 2023 }], [{ from: 2010, to: 2016 }, { from: 2014, to: 2020 }]]) {
      const [x, y] = tivByDyad(s.db, s.ctx, [a, b]);
      expect(key(x)).toEqual(key(tivByDyad(s.db, s.ctx, [a, a])[0]));
      expect(key(y)).toEqual(key(tivByDyad(s.db, s.ctx, [b, b])[1]));
      expect(x.length).toBeGreaterThan(100);
    }
  });
});
