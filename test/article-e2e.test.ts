// The article check end to end: the reference article, the real arms engine as oracle, the CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { openStore, type Db } from '../src/store/db.js';
import { armsSession } from '../src/engine/open.js';
import { armsOracle, investmentOracle, tradeOracle, unOracle } from '../src/engine/oracle.js';
import { checkArticle } from '../src/article/pipeline.js';
import type { ArticleReport } from '../src/article/types.js';
import { dataFile } from './data.js';
import { importSharedData, runCli, tempDir } from './helpers.js';

const tmp = tempDir();
const dbPath = join(tmp.dir, 'a.sqlite');
const articlePath = dataFile('articles/myanmar-junta-woos-moscow.txt');
let db: Db;
let report: ArticleReport;

beforeAll(async () => {
  await importSharedData(dbPath);
  db = openStore(dbPath);
  report = checkArticle(readFileSync(articlePath, 'utf8'), { oracle: armsOracle(armsSession(db)), un: unOracle(db) });
});
afterAll(() => {
  db?.close();
  tmp.cleanup();
});

const claim = (kind: string, re: RegExp) => report.claims.find((c) => c.kind === kind && re.test(c.text));

describe('reference article against the real arms data', () => {
  it('China and Russia as the main suppliers: supported', () => {
    const c = claim('main suppliers', /main arms suppliers/)!;
    expect(c.verdict).toBe('supported');
    expect(c.evidence).toMatch(/China \d/);
    expect(c.query).toMatch(/^counterweight suppliers/);
  });
  it('more from China over its history: supported with the numbers', () => {
    const c = claim('more from', /over its history/)!;
    expect(c.verdict).toBe('supported');
    expect(c.window.from).toBeLessThanOrEqual(1955);
    expect(c.evidence).toMatch(/China [\d,]+ TIV \(5\d %\)/);
  });
  it('nearly as much from Russia as from China in the past two decades: supported, 2001–2020', () => {
    const c = claim('as much as', /two decades/)!;
    expect(c.verdict).toBe('supported');
    expect(c.window).toEqual({ from: 2001, to: 2020 });
  });
  it('turning to Russia for airpower: supported', () => {
    expect(claim('turning to', /airpower/)!.verdict).toBe('supported');
  });
  it('Russia soon the top supplier: a forecast borne out on data after the article', () => {
    const c = report.claims.find((x) => x.kind === 'forecast')!;
    expect(c.verdict).toBe('borne out');
    expect(c.window.from).toBeGreaterThanOrEqual(2021);
  });
  it('“Beijing and Moscow have blocked efforts in the Security Council”: not supported by records that hold no 2021 vote, with what they do show', () => {
    const c = report.claims.find((x) => x.kind === 'UN vote' && /blocked efforts/.test(x.text))!;
    expect(c.verdict).toBe('unverifiable');
    expect(c.evidence).toMatch(/no Council vote about Myanmar in 2020–2021 in the records \(blocking in negotiation leaves none\)/);
    expect(c.evidence).toMatch(/2007-01-12 S\/2007\/14, vetoed 9–3–3 \(CHN vetoed, RUS vetoed\)/);
    expect(c.evidence).toMatch(/2022-12-21 S\/2022\/980, adopted 12–0–3 \(CHN abstain, RUS abstain\)/);
  });
  it('a change in a state’s arms exports between two periods, checked against the register (SIPRI’s own March 2024 figures)', () => {
    const oracle = armsOracle(armsSession(db));
    const claims = checkArticle('Arms trends\n\nRussian arms exports fell by 53 percent between 2014-18 and 2019-23. French arms exports rose by 47 percent between 2014-18 and 2019-23.', { date: '2024-03-11', oracle }).claims;
    expect(claims.map((c) => c.verdict)).toEqual(['supported', 'supported']);
    expect(claims[0].evidence).toMatch(/Russia’s arms exports: 31,106 TIV in 2014–2018, 14,761 TIV in 2019–2023, −53 %/);
    expect(claims[0].query).toMatch(/^counterweight recipients Russia --from 2014 --to 2018 .* ; counterweight recipients Russia --from 2019 --to 2023 /);
  });

  it('a state’s rank among the world’s importers and exporters, over the last five years of data (SIPRI’s March 2024 ranking)', () => {
    const oracle = armsOracle(armsSession(db));
    const claims = checkArticle('Arms trends\n\nIndia is the world’s largest arms importer. France overtook Russia as the world’s second-largest arms exporter. Pakistan is the world’s largest arms exporter.', { date: '2024-03-11', oracle }).claims;
    expect(claims.map((c) => [c.kind, c.subject, c.verdict])).toEqual([['world standing', 'India', 'supported'], ['world standing', 'France', 'supported'], ['world standing', 'Pakistan', 'contradicted']]);
    expect(claims[0].evidence).toMatch(/^World arms imports, 2019–2023: 1\. India 13,753 TIV \(9\.8 %\), 2\. Saudi Arabia 11,714 TIV/);
    expect(claims[1].evidence).toMatch(/France 2nd of \d+ states; Russia 3rd/);
    expect(claims[0].query).toMatch(/^counterweight panel --from 2019 --to 2023 /);
  });

  it('a state’s share of the world’s arms exports or imports (SIPRI’s March 2024 shares)', () => {
    const oracle = armsOracle(armsSession(db));
    const claims = checkArticle('Arms trends\n\nThe United States accounted for 42 percent of global arms exports in 2019-2023. India received 9.8 percent of world arms imports. China’s share of global arms exports rose to 20 percent.', { date: '2024-03-11', oracle }).claims;
    expect(claims.map((c) => [c.subject, c.value, c.verdict])).toEqual([['United States', 42, 'supported'], ['India', 9.8, 'supported'], ['China', 20, 'contradicted']]);
    expect(claims[2].evidence).toMatch(/^China’s share of world arms exports, 2019–2023: 5\.8 % \(the text: 20 %\)/);
  });

  it('a pair’s yearly trade total against both partners’ reports (the issue’s Myanmar figures for 2019)', () => {
    const trade = tradeOracle(db);
    const claims = checkArticle('Myanmar economy\n\nBilateral trade between China and Myanmar reached $12 billion in 2019. Trade between Russia and Myanmar was worth $400 million in 2019.', { date: '2020-06-01', trade }).claims;
    expect(claims.map((c) => c.verdict)).toEqual(['supported', 'supported']);
    expect(claims[0].evidence).toBe('Myanmar–China goods trade in 2019: US$ 12,193 m as Myanmar reported it, US$ 18,713 m as China reported it (the text: US$ 12,000 m).');
    expect(claims[1].evidence).toMatch(/US\$ 51 m as Myanmar reported it, US\$ 402 m as Russia reported it/);
  });

  it('an amount invested, against the IMF position and the tracker’s deals (the issue’s Myanmar figures)', () => {
    const investment = investmentOracle(db);
    const [c] = checkArticle('Myanmar economy\n\nChina has invested $7 billion in Myanmar.', { date: '2022-06-01', investment }).claims;
    expect(c.verdict).toBe('supported');
    expect(c.evidence).toMatch(/^China held US\$ 7,119 m of direct investment in Myanmar at the end of 2019 .*9 Chinese investments in Myanmar worth US\$ 7,090 m/);
  });

  it('trade and GDP claims are outside the data, naming the dataset that would settle them', () => {
    const out = report.claims.filter((c) => c.kind === 'outside arms data' || c.kind === 'economic ties');
    expect(out.length).toBeGreaterThanOrEqual(2);
    for (const c of out) {
      expect(c.verdict).toBe('outside the data');
      expect(c.evidence).toMatch(/Settled by|outside what the arms-transfer data can check/);
    }
  });
});

describe('article CLI', () => {
  it('--json gives the documented shape', () => {
    const r = runCli(['article', articlePath, '--json', '--db', dbPath]);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    for (const k of ['title', 'date', 'dateSource', 'removed', 'actors', 'quotes', 'events', 'claims']) expect(j).toHaveProperty(k);
    expect(j.date).toMatch(/^2021-06/);
    expect(j.quotes.some((q: { speaker: string }) => q.speaker === 'Anthony Davis')).toBe(true);
  });
  it('reads stdin and takes --date', () => {
    const r = runCli(['article', '-', '--date', '2021-06-25', '--json', '--db', dbPath], {}, readFileSync(articlePath, 'utf8'));
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ date: '2021-06-25', dateSource: 'option' });
  });
  it('rejects a bad --date and a missing file', () => {
    expect(runCli(['article', articlePath, '--date', 'June', '--db', dbPath]).code).toBe(2);
    expect(runCli(['article', '/nonexistent.txt', '--db', dbPath]).stderr).toMatch(/no such file/);
  });
  it('writes escaped HTML', () => {
    const out = join(tmp.dir, 'a.html');
    const r = runCli(['article', '-', '--html', out, '--db', dbPath], {}, 'Headline\n\n"<script>alert(1)</script>," said John Smith, an analyst at Foo.');
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
