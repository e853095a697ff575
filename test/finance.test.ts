// Chinese finance and investment and direct investment positions on the real files: AidData's totals
// and project file (which agree year by year), the China Global Investment Tracker, the IMF's
// positions — `finance Myanmar` as the issue measured it, three blocks never summed, and the series
// that do not exist said so.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupEntity } from '../src/entities/registry.js';
import { financeAnswer, type FinanceAnswer } from '../src/engine/finance.js';
import type { ImportSummary } from '../src/store/import.js';
import { openStore, type Db } from '../src/store/db.js';
import { createApp, type App } from '../src/server/app.js';
import { importSharedData, runCli, tempDir } from './helpers.js';

const tmp = tempDir('cw-finance-');
const dbPath = join(tmp.dir, 'store.sqlite');
let summary: ImportSummary;
let db: Db;
let app: App;
let myanmar: FinanceAnswer;
beforeAll(async () => {
  summary = await importSharedData(dbPath);
  db = openStore(dbPath);
  app = createApp({ dbPath });
  myanmar = financeAnswer(db, lookupEntity('Myanmar')!);
});
afterAll(async () => {
  db?.close();
  await app?.close();
  tmp.cleanup();
});

describe('the finance files, imported', () => {
  it('every row stored or reported', () => {
    const d = (k: string) => summary.datasets.find((x) => x.kind === k)!;
    expect(d('aiddata-totals')).toMatchObject({ records: 2525, stored: 2525, rejected: 0 });
    expect(d('aiddata-projects')).toMatchObject({ records: 400, stored: 400, rejected: 0 });
    expect(d('cgit')).toMatchObject({ records: 5024, stored: 5024, rejected: 0 });
    // The lone total far below Dataset 3's rows is said, not read as a deal.
    expect(d('cgit').problems.map((p) => p.message)).toEqual([expect.stringMatching(/^a figure \(458670\) without year, chinese entity or country, below the data: a total\?/)]);
    expect(d('imf-dip-inward')).toMatchObject({ records: 16643, stored: 16613, rejected: 30 });
    expect(d('imf-dip-outward')).toMatchObject({ records: 15721, stored: 15697, rejected: 24 });
    expect(d('imf-dip-inward').problems[0].message).toBe('30 row(s) without a period: left out (no year to place them in)');
    // A series in dollars where the file is in millions, found against the counterpart's report, and said.
    expect(d('imf-dip-inward').problems[1].message).toMatch(/^2 series given in US dollars, not millions .*: USA from GX226, CHN from KOR$/);
    const kor = db.prepare("SELECT value FROM direct_investment WHERE reporter_id = 'CHN' AND counterpart_id = 'KOR' AND year = 2019 AND derived = 0").pluck().get() as number;
    expect(Math.round(kor)).toBe(64006);
  });

  it('Indonesia: the project rows recommended for aggregates sum to 400 projects and US$ 55,187 m, equal to the totals file year by year', () => {
    const projects = db.prepare("SELECT year, COUNT(*) AS n, SUM(amount_const_2021) AS usd FROM finance_projects WHERE recipient_id = 'IDN' AND recommended = 1 GROUP BY year ORDER BY year").all() as { year: number; n: number; usd: number }[];
    const totals = db.prepare("SELECT year, usd_const_2021 AS usd FROM official_finance WHERE entity_id = 'IDN' ORDER BY year").all() as { year: number; usd: number }[];
    expect(projects.reduce((t, p) => t + p.n, 0)).toBe(400);
    expect(Math.round(projects.reduce((t, p) => t + p.usd, 0) / 1e6)).toBe(55187);
    expect(projects.map((p) => p.year)).toEqual(totals.map((t) => t.year));
    for (const [i, p] of projects.entries()) expect(Math.abs(p.usd - totals[i].usd), String(p.year)).toBeLessThan(1);
    const idn = financeAnswer(db, lookupEntity('Indonesia')!);
    expect(idn.official!.projects).toMatchObject({ count: 400 });
    expect(Math.round(idn.official!.projects!.total)).toBe(55187);
    expect(Object.keys(idn.official!.projects!.byFlowClass).sort()).toEqual(expect.arrayContaining(['ODA-like', 'OOF-like']));
  });
});

describe('finance Myanmar (the issue’s figures)', () => {
  it('AidData 2000–2021: US$ 14,535 m (constant 2021), peak 2010 at 5,607', () => {
    expect(Math.round(myanmar.official!.total)).toBe(14535);
    expect(myanmar.official!.peak).toMatchObject({ year: 2010 });
    expect(Math.round(myanmar.official!.peak!.amount)).toBe(5607);
    expect(myanmar.official!.unit).toBe('US$ m, constant 2021');
    expect(myanmar.official!.projects).toBeNull(); // the project file covers Indonesia only
  });

  it('Tracker: 9 investments worth 7,090 (largest 2016, Zhuhai Zhenrong, 2,100), 17 construction contracts worth 3,680, 4 troubled worth 4,820 (2011: 3,600)', () => {
    const d = myanmar.deals!;
    expect([d.investment.count, d.investment.total]).toEqual([9, 7090]);
    expect(d.investment.largest).toMatchObject({ year: 2016, entity: 'Zhuhai Zhenrong', amount: 2100 });
    expect([d.construction.count, d.construction.total]).toEqual([17, 3680]);
    expect([d.troubled.count, d.troubled.total]).toEqual([4, 4820]);
    expect(d.troubled.deals.find((t) => t.year === 2011)!.amount).toBe(3600);
    expect(d.unit).toBe('US$ m, nominal');
  });

  it('direct investment positions in 2019 from Myanmar’s own report: Singapore 8,487, China 7,119, Japan 3,142, United States 194', () => {
    const p = myanmar.positions!;
    expect(p.year).toBe(2019);
    expect(p.bySource.slice(0, 4).map((x) => [x.iso3, Math.round(x.hostReport!), x.hostReportDerived])).toEqual([['SGP', 8487, true], ['CHN', 7119, true], ['JPN', 3142, true], ['USA', 194, true]]);
    expect(Math.round(p.bySource.find((x) => x.iso3 === 'CHN')!.investorReport!)).toBe(1772);
  });

  it('Russian and Indian investment: said to have no open series, never shown as zero', () => {
    expect(myanmar.missing).toEqual([expect.stringMatching(/^direct investment from Russia, India: no open series here/)]);
    expect(myanmar.positions!.bySource.some((x) => x.iso3 === 'RUS' || x.iso3 === 'IND')).toBe(false);
  });

  it('the CLI’s --json equals the API’s; the text keeps the three units apart', async () => {
    const cli = runCli(['finance', 'Myanmar', '--json', '--db', dbPath]);
    expect(cli.code, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(await (await app.app.request('/api/finance?country=Myanmar')).json());
    const text = runCli(['finance', 'Myanmar', '--db', dbPath]).stdout;
    expect(text).toContain('three measures, three units: never added up');
    expect(text).toContain('2000–2021: 14,535; peak 2010: 5,607');
    expect(text).toContain('investments: 9 worth 7,090 (largest: 2016, Zhuhai Zhenrong, 2,100)');
  });
});
