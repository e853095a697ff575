// Trade on the real IMF Direction of Trade workbooks: all 235 read (every name a country or a named
// aggregate, the repeated first partner row once, the one duplicated workbook said and left out),
// `trade Myanmar` as the issue measured it both ways, estimates flagged through to the output, and
// damaged workbooks refused with the file, sheet and row named while the store stays as it was.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupEntity } from '../src/entities/registry.js';
import { tradeAnswer, type TradeAnswer } from '../src/engine/trade.js';
import { importSources, type ImportSummary } from '../src/store/import.js';
import { openStore, type Db } from '../src/store/db.js';
import { TRADE_ABOUT_PARTNER, TRADE_BY_REPORTER } from '../src/store/trade.js';
import { createApp, type App } from '../src/server/app.js';
import { dataFile } from './data.js';
import { hasChromium, launchChromium } from './browser.js';
import { startServer } from '../src/server/serve.js';
import { importSharedData, runCli, tempDir } from './helpers.js';

const tmp = tempDir('cw-trade-');
const dbPath = join(tmp.dir, 'store.sqlite');
let summary: ImportSummary;
let db: Db;
let app: App;
const e = (n: string) => lookupEntity(n)!;

beforeAll(async () => {
  summary = await importSharedData(dbPath);
  db = openStore(dbPath);
  app = createApp({ dbPath });
});
afterAll(async () => {
  db?.close();
  await app?.close();
  tmp.cleanup();
});

const partner = (r: TradeAnswer, iso3: string) => r.partners.find((p) => p.iso3 === iso3) ?? r.patrons.find((p) => p.iso3 === iso3)!;

describe('the 235 IMF trade workbooks, imported', () => {
  it('every workbook read, every row stored or reported; the duplicate Nicaragua workbook said and left out', () => {
    const d = summary.datasets.find((x) => x.kind === 'imf-dots')!;
    expect(d).toMatchObject({ id: 'imf-dots-2022', records: 97859, stored: 97401, rejected: 0, duplicates: 458 });
    expect(d.records).toBe(d.stored + d.rejected + d.duplicates);
    expect(d.problems).toEqual([{ file: 'DOTS_144.xlsx', line: 4, field: 'reporter', message: 'repeats DOTS_143.xlsx (Nicaragua, the same figures): left out', severity: 'warning' }]);
    expect(readdirSync(dataFile('trade/imf-dots-2022')).filter((f) => f.endsWith('.xlsx'))).toHaveLength(235);
    expect(db.prepare("SELECT COUNT(DISTINCT file) FROM trade WHERE dataset = 'imf-dots-2022'").pluck().get()).toBe(234);
  });

  it('every reporter and partner is one country or a named aggregate, and aggregates are never ranked', () => {
    const names = db.prepare('SELECT DISTINCT partner_name AS name, partner_id AS id, aggregate FROM trade').all() as { name: string; id: string; aggregate: number }[];
    expect(names.filter((n) => !n.aggregate && n.id.startsWith('agg:'))).toEqual([]);
    const aggregates = names.filter((n) => n.aggregate).map((n) => n.name).sort();
    expect(aggregates).toEqual([
      'Advanced Economies', 'Africa', 'Africa not specified', 'Asia not specified', 'Belgium-Luxembourg', 'Countries & Areas not specified',
      'Emerging Market and Developing Economies by Source of Export Earnings: Fuel', 'Emerging Market and Developing Economies by Source of Export Earnings: Nonfuel',
      'Emerging and Developing Asia', 'Emerging and Developing Economies', 'Emerging and Developing Europe', 'Euro Area', 'Europe not specified', 'European Union',
      'Malaysia, West', 'Middle East', 'Middle East and Central Asia', 'Middle East and Central Asia not specified', 'Other Countries not included elsewhere',
      'Special Categories', 'Sub-Saharan Africa', 'Western Hemisphere', 'Western Hemisphere not specified', 'World',
    ]);
    // Each country id has one IMF spelling per reporter and flow.
    const ids = db.prepare("SELECT partner_id, COUNT(DISTINCT partner_name) AS n FROM trade WHERE aggregate = 0 GROUP BY partner_id HAVING n > 1").all();
    expect(ids).toEqual([]);
    for (const country of ['Myanmar', 'Germany', 'United States', 'China', 'Brazil']) {
      const r = tradeAnswer(db, e(country), { year: 2019, limit: 500 });
      expect(r.partners.some((p) => p.iso3 === null && aggregates.includes(p.name)), country).toBe(false);
      expect(r.partners.map((p) => p.name)).not.toContain('World');
    }
  });

  it('the repeated first partner row counts once', () => {
    const rows = db.prepare("SELECT COUNT(*) FROM trade WHERE reporter_id = 'AFG' AND partner_id = 'AUS'").pluck().get();
    expect(rows).toBe(2); // one per flow
  });
});

describe('trade Myanmar', () => {
  it('reads the country’s own report and its mirror each through an index made for it, never a scan of the dataset', () => {
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x', 'MMR') as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan(TRADE_BY_REPORTER)).toMatch(/SEARCH trade USING INDEX sqlite_autoindex_trade_1 \(dataset=\? AND reporter_id=\?\)/);
    expect(plan(TRADE_ABOUT_PARTNER)).toMatch(/SEARCH trade USING COVERING INDEX trade_partner \(dataset=\? AND partner_id=\?\)/);
  });

  it('2019 as Myanmar reported it, and as its partners did (the issue’s figures)', () => {
    const r = tradeAnswer(db, e('Myanmar'), { year: 2019 });
    expect([r.world.total, r.world.exports.value, r.world.imports.value].map((x) => Math.round(x!))).toEqual([36708, 18112, 18596]);
    const top = r.partners.slice(0, 6).map((p) => [p.name, Math.round(p.total!)]);
    expect(top).toEqual([['China', 12193], ['Thailand', 5449], ['Singapore', 3729], ['Japan', 1937], ['India', 1337], ['United States', 1182]]);
    expect(partner(r, 'CHN').share! * 100).toBeCloseTo(33.2, 1);
    expect(partner(r, 'THA').share! * 100).toBeCloseTo(14.8, 1);
    expect(partner(r, 'SGP').share! * 100).toBeCloseTo(10.2, 1);
    const rus = partner(r, 'RUS');
    expect(Math.round(rus.total!)).toBe(51);
    expect(rus.share! * 100).toBeCloseTo(0.14, 2);
    expect(Math.round(partner(r, 'CHN').mirror!.total!)).toBe(18713);
    expect(Math.round(rus.mirror!.total!)).toBe(402);
    expect(r.patrons.map((p) => [p.iso3, p.rank])).toEqual([['CHN', 1], ['RUS', 33], ['USA', 6], ['IND', 5], ['JPN', 4]]);
    expect(partner(r, 'CHN').sources).toEqual(['DOTS_135.xlsx "Exports, FOB" row 58', 'DOTS_135.xlsx "Imports, CIF" row 59', expect.stringMatching(/^DOTS_\d+\.xlsx "Imports, CIF" row \d+$/), expect.stringMatching(/^DOTS_\d+\.xlsx "Exports, FOB" row \d+$/)]);
  });

  it('2020: China 34.4 %, Russia 58', () => {
    const r = tradeAnswer(db, e('Myanmar'), { year: 2020 });
    expect(Math.round(partner(r, 'CHN').total!)).toBe(11903);
    expect(partner(r, 'CHN').share! * 100).toBeCloseTo(34.4, 1);
    expect(Math.round(partner(r, 'RUS').total!)).toBe(58);
  });

  it('a year after the data is refused; a year without a report is missing, never zero', () => {
    expect(() => tradeAnswer(db, e('Myanmar'), { year: 2023 })).toThrow(/no trade data after 2020/);
    const r = tradeAnswer(db, e('South Sudan'), { year: 2010 });
    expect(r.world.total).toBeNull();
    expect(r.world.exports.missingYears).toEqual([2010]);
  });

  it('an IMF estimate keeps its flag through to the output', () => {
    const r = tradeAnswer(db, e('Jamaica'), { year: 1992 });
    const usa = partner(r, 'USA');
    expect(usa.imports.value).toBeCloseTo(1032.13, 2);
    expect(usa.imports.estimatedYears).toEqual([1992]);
    expect(runCli(['trade', 'Jamaica', '--year', '1992', '--db', dbPath]).stdout).toMatch(/United States\s+USA\s+[\d,]+\*?\s+1,032\*/);
  });

  it('the CLI’s --json equals the API’s JSON; the text shows the issue’s figures', async () => {
    const cli = runCli(['trade', 'Myanmar', '--year', '2019', '--json', '--db', dbPath]);
    expect(cli.code, cli.stderr).toBe(0);
    const api = await (await app.app.request('/api/trade?country=Myanmar&year=2019')).json();
    expect(JSON.parse(cli.stdout)).toEqual(api);
    const text = runCli(['trade', 'Myanmar', '--year', '2019', '--db', dbPath]).stdout;
    expect(text).toContain('With the world: 36,708 (exports 18,112, imports 18,596)');
    expect(text).toMatch(/1\s+China\s+CHN\s+5,746\s+6,447\s+12,193\s+33\.2 %\s+18,713/);
    expect(runCli(['trade', 'Myanmar', '--year', '2019', '--from', '2010', '--db', dbPath]).code).toBe(2);
  });
});

describe('the trade panel', () => {
  it('panel --source trade: reporter × partner × year, both reports of each pair, countries only', () => {
    const out = join(tmp.dir, 'trade-panel.csv');
    const r = runCli(['panel', '--source', 'trade', '--from', '2019', '--to', '2019', '--db', dbPath, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('reporter,reporter_iso3,partner,partner_iso3,year,exports,imports,exports_estimate,imports_estimate,partner_reported_imports,partner_reported_exports,dataset');
    const row = lines.find((l) => l.startsWith('MMR,MMR,CHN,CHN,2019,'))!.split(',');
    expect(Math.round(Number(row[5]) + Number(row[6]))).toBe(12193);
    expect(Math.round(Number(row[9]) + Number(row[10]))).toBe(18713);
    expect(lines.some((l) => /,agg:/.test(l))).toBe(false);
    const jsonOut = join(tmp.dir, 'trade-panel.json');
    expect(runCli(['panel', '--source', 'trade', '--from', '2019', '--to', '2019', '--format', 'json', '--db', dbPath, '--out', jsonOut]).code).toBe(0);
    const json = JSON.parse(readFileSync(jsonOut, 'utf8'));
    expect(json).toHaveLength(lines.length - 1);
  });
});

describe('the trade page', () => {
  it('partner shares over time: the series agree with `trade` year by year; the page opens in Chromium with a chart and no console error', async () => {
    const series = await (await app.app.request('/api/trade/series?country=Myanmar')).json();
    expect([series.from, series.to]).toEqual([2000, 2020]);
    const china = series.partners.find((p: { iso3: string }) => p.iso3 === 'CHN');
    expect(china.shares.at(-1).share).toBeCloseTo(partner(tradeAnswer(db, e('Myanmar'), { year: 2020 }), 'CHN').share!, 9);
    expect(series.partners.map((p: { iso3: string }) => p.iso3)).toEqual(expect.arrayContaining(['CHN', 'THA', 'SGP', 'RUS', 'USA']));
    const svg = await (await app.app.request('/api/trade/chart.svg?country=Myanmar')).text();
    expect(svg).toContain('Who Myanmar trades with, 2000–2020');
    if (!hasChromium) return;
    const server = await startServer({ dbPath, port: 0, host: '127.0.0.1' });
    const browser = await launchChromium();
    const problems: string[] = [];
    try {
      const page = await browser.newPage();
      page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
      page.on('pageerror', (err) => problems.push(err.message));
      await page.goto(`${server.url}/trade/Myanmar`, { waitUntil: 'load' });
      expect(await page.$$eval('figure.chart svg path', (p) => p.length)).toBeGreaterThan(5);
      expect((await page.locator('#trade-partners-table tbody tr').first().innerText()).split('\t').slice(0, 2)).toEqual(['1', 'China']);
      expect(await page.locator('[data-json-twin]').getAttribute('href')).toBe('/api/trade/series?country=MMR&from=2000&to=2020');
    } finally {
      await browser.close();
      await server.stop();
    }
    expect(problems).toEqual([]);
  });
});

describe('the brief’s economic ties', () => {
  it('Myanmar: China the top trade partner in 2020 with both reports, each patron’s share and rank, spending with SIPRI’s flags', () => {
    const r = runCli(['brief', 'Myanmar', '--json', '--db', dbPath]);
    expect(r.code, r.stderr).toBe(0);
    const e = JSON.parse(r.stdout).economy;
    expect(e.trade).toMatchObject({ dataset: 'imf-dots-2022', year: 2020, earlier: 2010, top: { name: 'China', iso3: 'CHN' } });
    expect(Math.round(e.trade.top.total)).toBe(11903);
    expect(e.trade.patrons.RUS.now.rank).toBe(34);
    expect(e.sentences[0].text).toBe('China was Myanmar’s largest trade partner in 2020: 34 % of its trade with the world as Myanmar reported it (US$ 11,903 m; US$ 18,904 m by China’s own report).');
    expect(e.sentences[0].refs[0].query).toMatch(/^counterweight trade Myanmar --year 2020 --patrons /);
    expect(e.milex.years.at(-1)).toMatchObject({ year: 2023, uncertain: true });
    expect(e.sentences.at(-1).text).toMatch(/^Military spending was US\$ 3,563 m in 2023 \(constant US\$, 3\.8 % of GDP\)/);
    const text = runCli(['brief', 'Myanmar', '--db', dbPath]).stdout;
    expect(text).toContain('Economic ties and means');
  });
});

describe('the reference article’s trade claim', () => {
  it('"It is the country’s top trade partner and a major investor" is supported, with the figures and the data year', () => {
    const r = runCli(['article', dataFile('articles/myanmar-junta-woos-moscow.txt'), '--json', '--db', dbPath]);
    expect(r.code, r.stderr).toBe(0);
    const claim = JSON.parse(r.stdout).claims.find((c: { text: string }) => c.text.startsWith('It is the country’s top trade partner'));
    expect(claim).toMatchObject({ verdict: 'supported', query: 'counterweight trade Myanmar --year 2020', window: { from: 2020, to: 2020 } });
    expect(claim.evidence).toContain('China ranked 1 among Myanmar’s trade partners in 2020: US$ 11,903 m, 34 % of its trade with the world as Myanmar reported it (US$ 18,904 m as China reported it)');
    expect(claim.evidence).toContain('The trade data end in 2020, before the article (2021)');
    // The investor half, from the IMF's positions (Myanmar's own report) and the tracker.
    expect(claim.evidence).toContain('Investment: China held US$ 7,119 m of direct investment in Myanmar at the end of 2019 by Myanmar’s report, 2nd of 5 investors with figures (Singapore first, US$ 8,487 m)');
  });
});

describe('a current IMF portal export (IMTS, CSV)', () => {
  it('is recognised by its indicators, read (annual rows, scaled to millions), stored and answered like the DOTS workbooks', async () => {
    const file = fileURLToPath(new URL('./fixtures/imf-portal/imts-myanmar.csv', import.meta.url));
    const path = join(tmp.dir, 'imts.sqlite');
    const s = await importSources({ dbPath: path, files: [file] });
    expect(s.datasets[0]).toMatchObject({ kind: 'imf-imts', id: 'imts-myanmar', records: 8, rejected: 0 });
    expect(s.datasets[0].problems.map((p) => p.message)).toEqual(['left out: 1 monthly or quarterly row(s) (annual figures only) and 1 row(s) without a value (not available, not zero)']);
    const sdb = openStore(path);
    try {
      const r = tradeAnswer(sdb, e('Myanmar'), { year: 2023 });
      expect(r.world.total).toBe(33000);
      expect(partner(r, 'CHN')).toMatchObject({ total: 11700, rank: 1 });
      expect(partner(r, 'CHN').mirror!.imports.value).toBeNull();
      expect(partner(r, 'CHN').mirror!.exports.value).toBe(8100); // China's imports from Myanmar, in units, scaled to millions
      expect(partner(r, 'RUS').imports.value).toBeNull(); // empty: not available, never zero
    } finally {
      sdb.close();
    }
  });
});

/** A small DOTS-like workbook, written the way the IMF's look (title, reporter, unit, years as text). */
async function dotsWorkbook(path: string, o: { reporter?: string; exportsSheet?: string; headerBelowFirstRow?: boolean; cell?: unknown; repeat?: unknown[] } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, title] of [[o.exportsSheet ?? 'Exports, FOB', 'Exports, FOB to Partner Countries'], ['Imports, CIF', 'Imports, CIF from Partner Countries']]) {
    const ws = wb.addWorksheet(sheet);
    ws.getCell('B2').value = title;
    ws.getCell('B4').value = o.reporter ?? 'Narnia, Rep. of';
    ws.getCell('B5').value = 'US Dollars, Millions';
    // The row of years under the unit; moved, it comes after the first partner row.
    const y = o.headerBelowFirstRow ? 8 : 7;
    ['2018', '2019', '2020'].forEach((v, i) => (ws.getRow(y).getCell(3 + i).value = v));
    const rows: [string, unknown[]][] = [['Australia', [1, 2, 3]], ['World', [10, 12, (o.cell ?? 14)]], ['Australia', o.repeat ?? [1, 2, 3]], ['China, P.R.: Mainland', [5, '6.5 e', null]]];
    rows.forEach(([name, values], i) => {
      const row = ws.getRow(o.headerBelowFirstRow ? (i === 0 ? 7 : 8 + i) : 8 + i);
      row.getCell(2).value = name;
      values.forEach((v, j) => (row.getCell(3 + j).value = v as ExcelJS.CellValue));
    });
  }
  await wb.xlsx.writeFile(path);
}

describe('damaged trade workbooks are refused, the store stays as it was', () => {
  const folder = join(tmp.dir, 'dots');
  const store = join(tmp.dir, 'small.sqlite');
  let before: Buffer;

  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    await dotsWorkbook(join(folder, 'DOTS_1.xlsx'), { reporter: 'Myanmar' });
    await dotsWorkbook(join(folder, 'DOTS_2.xlsx'), { reporter: 'Thailand' });
    const s = await importSources({ dbPath: store, files: [join(folder, 'DOTS_1.xlsx'), join(folder, 'DOTS_2.xlsx')] });
    expect(s.datasets[0]).toMatchObject({ kind: 'imf-dots', records: 16, duplicates: 4, stored: 12, rejected: 0 });
    before = readFileSync(store);
  });

  it('a good small workbook reads as the IMF’s do: the repeated row once, the estimate flagged, empty not zero', () => {
    const sdb = openStore(store);
    try {
      const r = tradeAnswer(sdb, e('Myanmar'), { year: 2019 });
      expect(r.world.total).toBe(24);
      expect(partner(r, 'CHN').exports).toEqual({ value: 6.5, missingYears: [], estimatedYears: [2019] });
      expect(partner(r, 'AUS').total).toBe(4);
      const r2020 = tradeAnswer(sdb, e('Myanmar'), { year: 2020 });
      expect(partner(r2020, 'CHN').exports).toEqual({ value: null, missingYears: [2020], estimatedYears: [] });
    } finally {
      sdb.close();
    }
  });

  it('a re-import reads the workbooks again only when one of them changed', async () => {
    const dir = join(tmp.dir, 'reimport');
    mkdirSync(join(dir, 'trade'), { recursive: true });
    for (const f of ['DOTS_1.xlsx', 'DOTS_2.xlsx']) copyFileSync(join(folder, f), join(dir, 'trade', f));
    const path = join(tmp.dir, 'reimport.sqlite');
    const first = await importSources({ dbPath: path, dataDir: dir });
    expect(first.datasets.map((d) => d.kind)).toEqual(['imf-dots']);
    const again = await importSources({ dbPath: path, dataDir: dir });
    // Nothing else to import: the unchanged set is kept, and said so.
    expect(again.datasets).toEqual([]);
    expect(again.skipped).toEqual([{ file: join(dir, 'trade'), reason: '2 IMF trade workbook(s) unchanged since the last import: kept as stored' }]);
    const sdb = openStore(path);
    try {
      expect(sdb.prepare('SELECT COUNT(*) FROM trade').pluck().get()).toBe(12);
    } finally {
      sdb.close();
    }
    await dotsWorkbook(join(dir, 'trade', 'DOTS_2.xlsx'), { reporter: 'Thailand', cell: 99 });
    const changed = await importSources({ dbPath: path, dataDir: dir });
    expect(changed.datasets.map((d) => [d.kind, d.stored])).toEqual([['imf-dots', 12]]);
  });

  const variants: [string, (file: string) => Promise<void>, RegExp][] = [
    ['a truncated workbook', async (f) => {
      await dotsWorkbook(f);
      const bytes = readFileSync(f);
      writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    }, /DOTS_3\.xlsx: not a (complete )?workbook/],
    ['a renamed sheet', (f) => dotsWorkbook(f, { exportsSheet: 'Sheet1' }), /DOTS_3\.xlsx: no "Exports, FOB" sheet \(sheets: "Sheet1", "Imports, CIF"\)/],
    ['a moved header row', (f) => dotsWorkbook(f, { headerBelowFirstRow: true }), /DOTS_3\.xlsx, sheet "Exports, FOB", row 7: expected the row of years right under the unit/],
    ['a figure like 12.3 x', (f) => dotsWorkbook(f, { cell: '12.3 x' }), /DOTS_3\.xlsx line 9 \(Exports, FOB: World 2020\): not a figure: "12\.3 x"/],
    ['a partner row repeated with other figures', (f) => dotsWorkbook(f, { repeat: [1, 2, 4] }), /DOTS_3\.xlsx, sheet "Exports, FOB", row 10: Australia appears again \(first on row 8\) with different figures/],
    ['two workbooks for one reporter', (f) => dotsWorkbook(f, { reporter: 'Myanmar', cell: 15 }), /DOTS_3\.xlsx and DOTS_1\.xlsx are both the trade workbook of "Myanmar", with different figures/],
  ];
  for (const [what, make, message] of variants) {
    it(what, async () => {
      const dir = join(tmp.dir, `v-${what.replace(/\W+/g, '-')}`);
      mkdirSync(dir, { recursive: true });
      for (const f of ['DOTS_1.xlsx', 'DOTS_2.xlsx']) copyFileSync(join(folder, f), join(dir, f));
      await make(join(dir, 'DOTS_3.xlsx'));
      const files = ['DOTS_1.xlsx', 'DOTS_2.xlsx', 'DOTS_3.xlsx'].map((f) => join(dir, f));
      await expect(importSources({ dbPath: store, files })).rejects.toThrow(message);
      expect(readFileSync(store).equals(before)).toBe(true);
    });
  }
});
