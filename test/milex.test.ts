// SIPRI's military expenditure workbook on the real file: every country row read with its font
// colours (blue estimates, red highly uncertain), "not available" apart from "did not exist", and
// `milex Myanmar` as the issue measured it, with arms imports beside; the CLI's JSON equals the API's.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupEntity } from '../src/entities/registry.js';
import { milexAnswer } from '../src/engine/milex.js';
import type { ImportSummary } from '../src/store/import.js';
import { openStore, type Db } from '../src/store/db.js';
import { createApp, type App } from '../src/server/app.js';
import { importSharedData, runCli, tempDir } from './helpers.js';

const tmp = tempDir('cw-milex-');
const dbPath = join(tmp.dir, 'store.sqlite');
let summary: ImportSummary;
let db: Db;
let app: App;
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

describe('the military expenditure workbook, imported', () => {
  it('every country row of the five measure sheets stored, none rejected, every name resolved', () => {
    const d = summary.datasets.find((x) => x.kind === 'sipri-milex')!;
    expect(d).toMatchObject({ records: 870, stored: 870, rejected: 0, unknownNames: [] });
    expect(d.version).toBe('milex-1948-2023.xlsx (constant 2022 US$)');
    const status = Object.fromEntries(db.prepare('SELECT status, COUNT(*) AS n FROM milex GROUP BY status').all().map((r) => [(r as { status: string }).status, (r as { n: number }).n]));
    expect(status).toEqual({ value: 34701, 'not available': 16399, 'did not exist': 1100 });
    // Colours: blue estimates and red uncertain figures are both there, and never both on one cell.
    expect(db.prepare('SELECT COUNT(*) FROM milex WHERE estimate = 1').pluck().get()).toBeGreaterThan(1000);
    expect(db.prepare('SELECT COUNT(*) FROM milex WHERE uncertain = 1').pluck().get()).toBeGreaterThan(100);
    expect(db.prepare('SELECT COUNT(*) FROM milex WHERE estimate = 1 AND uncertain = 1').pluck().get()).toBe(0);
  });
});

describe('milex Myanmar', () => {
  const myanmar = () => milexAnswer(db, lookupEntity('Myanmar')!, { from: 2018, to: 2023 });

  it('2021: 3,786 (constant 2022 US$ m) and 4.25 % of GDP; 2018, 2022 and 2023 highly uncertain', () => {
    const r = myanmar();
    const y = (n: number) => r.years.find((x) => x.year === n)!;
    expect(Math.round(y(2021).constantUsd.value!)).toBe(3786);
    expect((y(2021).shareOfGdp.value! * 100).toFixed(2)).toBe('4.25');
    expect(y(2021).constantUsd).toMatchObject({ status: 'value', estimate: false, uncertain: false });
    for (const year of [2018, 2022, 2023]) expect(y(year).constantUsd.uncertain, String(year)).toBe(true);
    expect(r.notes).toContain('SIPRI marks 2018, 2022, 2023 as highly uncertain (red in the workbook)');
    expect(r.footnotes).toEqual(['§ figures are for the adopted budget, rather than actual expenditure', '¶ figures do not include spending on paramilitary forces']);
    // Arms imports beside, from the arms dataset.
    expect(y(2021).armsImportsTiv).toBeGreaterThan(0);
  });

  it('keeps "not available" apart from "did not exist"', () => {
    const su = milexAnswer(db, lookupEntity('Soviet Union')!, { from: 1990, to: 1993, arms: false });
    expect(su.years.find((y) => y.year === 1993)!.constantUsd.status).toBe('did not exist');
    const mm = milexAnswer(db, lookupEntity('Myanmar')!, { from: 1948, to: 1949, arms: false });
    expect(mm.years.map((y) => y.constantUsd.status)).toEqual(['not available', 'not available']);
    expect(mm.years[0].armsImportsTiv).toBeNull();
  });

  it('the CLI’s --json equals the API’s; the table marks uncertain figures', async () => {
    const cli = runCli(['milex', 'Myanmar', '--from', '2018', '--to', '2023', '--json', '--db', dbPath]);
    expect(cli.code, cli.stderr).toBe(0);
    const api = await (await app.app.request('/api/milex?country=Myanmar&from=2018&to=2023')).json();
    expect(JSON.parse(cli.stdout)).toEqual(api);
    const text = runCli(['milex', 'Myanmar', '--from', '2018', '--to', '2023', '--db', dbPath]).stdout;
    expect(text).toMatch(/2021\s+3,786\s+\+17\.6 %\s+4\.25 %/);
    expect(text).toMatch(/2022\s+3,732 \?/);
  });
});

describe('a defence-budget claim in an article, against the real workbook', () => {
  it('is judged with SIPRI’s figure for the year, its change and its flags', () => {
    const r = runCli(['article', '-', '--json', '--date', '2022-06-22', '--db', dbPath], {}, 'Myanmar increased its defence budget to $2.7 billion in 2021.\n');
    expect(r.code, r.stderr).toBe(0);
    const claim = JSON.parse(r.stdout).claims.find((c: { measure: string }) => c.measure === 'military spending');
    expect(claim).toMatchObject({ verdict: 'supported', query: 'counterweight milex Myanmar', window: { from: 2021, to: 2021 } });
    expect(claim.evidence).toBe('SIPRI: Myanmar spent US$ 2,643 m on its military in 2021 (current US$; 3,786 m at constant 2022 prices, 4.3 % of GDP), up 5.8 % from 2020.');
  });
});
