// Diplomatic cover on the real UN files: the Security Council workbook, the veto list and the General
// Assembly's vote-level data imported whole (every row stored or reported, every member name
// resolved), and the answers the issue names — `unsc Myanmar`, `unsc Mali`, `vetoes --by`,
// `resolutions Myanmar --issue human-rights`, `alignment --by-issue` — through the engine, the CLI
// and the API, and in the brief.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/server/app.js';
import { alignmentByIssueAnswer, resolutionsAnswer, unscAnswer, vetoesAnswer } from '../src/engine/cover.js';
import { lookupEntity } from '../src/entities/registry.js';
import type { ImportSummary } from '../src/store/import.js';
import { openStore, type Db } from '../src/store/db.js';
import { importSharedData, runCli, tempDir } from './helpers.js';

const tmp = tempDir();
const dbPath = join(tmp.dir, 'cover.sqlite');
let summary: ImportSummary;
let db: Db;
let app: App;
const e = (name: string) => lookupEntity(name)!;

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

describe('the UN files, imported whole', () => {
  const dataset = (kind: string) => summary.datasets.find((d) => d.kind === kind)!;

  it('every row of each file stored, none rejected, every member name resolved', () => {
    expect(dataset('unsc-votes')).toMatchObject({ records: 29929, stored: 29929, rejected: 0, unknownNames: [] });
    expect(dataset('unsc-votes').lines).toEqual({ total: 30257, preamble: 1, blank: 327, records: 29929, continuation: 0, other: 0 });
    expect(dataset('unsc-vetoes')).toMatchObject({ records: 214, stored: 214, rejected: 0, unknownNames: [] });
    expect(dataset('unga-votes')).toMatchObject({ records: 869937, stored: 869937, rejected: 0, unknownNames: [] });
    expect(dataset('unga-roll-calls')).toMatchObject({ records: 6202, stored: 6202, rejected: 0 });
    expect(dataset('unga-issues')).toMatchObject({ records: 5745, stored: 5745, rejected: 0 });
  });

  it('the misspelt member and the Soviet Union: Ethipia is Ethiopia; `Russia` before 1992 votes as the Soviet Union', () => {
    expect(db.prepare("SELECT DISTINCT member_id FROM sc_votes WHERE member_name = 'Ethipia'").pluck().all()).toEqual(['ETH']);
    const rus = db.prepare("SELECT v.member_id, MIN(r.date) AS first, MAX(r.date) AS last FROM ga_votes v JOIN ga_roll_calls r ON r.rcid = v.rcid WHERE v.member_id IN ('SUN', 'RUS') GROUP BY v.member_id ORDER BY v.member_id").all() as { member_id: string; first: string; last: string }[];
    expect(rus.map((r) => r.member_id)).toEqual(['RUS', 'SUN']);
    expect(rus[1].last < '1991-12-26').toBe(true);
    expect(rus[0].first >= '1991-12-26').toBe(true);
  });
});

describe('unsc', () => {
  it('Myanmar: S/2007/14 vetoed by China and Russia with South Africa also voting no; resolution 2669 (2022) with China, Russia and India abstaining', () => {
    const r = unscAnswer(db, e('Myanmar'), { patrons: ['CHN', 'RUS', 'IND', 'USA'] });
    const veto = r.drafts.find((d) => d.draft === 'S/2007/14')!;
    expect(veto).toMatchObject({ date: '2007-01-12', outcome: 'vetoed', vetoedBy: ['CHN', 'RUS'], votes: { CHN: 'no', RUS: 'no', USA: 'yes', IND: 'not a member' } });
    expect(veto.against).toEqual(['CHN', 'RUS', 'ZAF']);
    const adopted = r.drafts.find((d) => d.draft === 'S/2022/980')!;
    expect(adopted).toMatchObject({ outcome: 'adopted', resolution: expect.stringMatching(/2669 \(2022\)/), votes: { CHN: 'abstain', RUS: 'abstain', IND: 'abstain', USA: 'yes' } });
    expect(r.summary.CHN).toMatchObject({ vetoes: 1, no: 1, abstain: 1 });
  });

  it('Mali: the 2023 draft vetoed by Russia, China abstaining', () => {
    const r = unscAnswer(db, e('Mali'), { from: 2023, to: 2023 });
    const veto = r.drafts.find((d) => d.outcome === 'vetoed')!;
    expect(veto).toMatchObject({ draft: 'S/2023/638', vetoedBy: ['RUS'], votes: { RUS: 'no', CHN: 'abstain' } });
  });

  it('a country with no draft about it: the answer says so', () => {
    const r = unscAnswer(db, e('Kazakhstan'));
    expect(r.drafts).toEqual([]);
    expect(r.notes[0]).toMatch(/no draft whose agenda names Kazakhstan was put to a vote/);
  });
});

describe('vetoes', () => {
  it('Russia and China per decade, the list before its last day and the voting records after it', () => {
    const russia = vetoesAnswer(db, { by: e('Russia') });
    expect(russia.byDecade.RUS).toEqual({ '1990s': 2, '2000s': 4, '2010s': 19, '2020s': 16 });
    const china = vetoesAnswer(db, { by: e('China') });
    expect(china.byDecade.CHN).toEqual({ '1970s': 1, '1990s': 2, '2000s': 2, '2010s': 9, '2020s': 5 });
    // The list's own rows agree with its figures: every veto before its last day comes from it.
    expect(russia.vetoes.filter((v) => v.date <= '2022-07-08').every((v) => v.source === 'veto list')).toBe(true);
    expect(russia.vetoes.some((v) => v.source === 'voting records')).toBe(true);
  });

  it('the Soviet Union apart from Russia, merged only when asked, and said', () => {
    expect(vetoesAnswer(db, { by: e('Russia') }).vetoes.some((v) => v.date < '1991-12-26')).toBe(false);
    const merged = vetoesAnswer(db, { by: e('Russia'), mergeSoviet: true });
    expect(merged.vetoes.filter((v) => v.date < "1991-12-26").length).toBe(90);
    expect(merged.notes[0]).toMatch(/counted as Russia’s \(--merge-soviet\)/);
  });

  it('the overlap of the two sources checked, every mismatch named', () => {
    const r = vetoesAnswer(db);
    expect(r.check).toMatchObject({ from: '1994-06-01', compared: 50, agreeing: 49 });
    expect(r.check!.mismatches).toEqual([{ draft: 'S/1996/952', date: '1996-11-19', list: null, records: ['USA'] }]);
  });
});

describe('resolutions', () => {
  it('Myanmar, human rights: the 2006–2019 resolutions with China’s and Russia’s votes', () => {
    const r = resolutionsAnswer(db, e('Myanmar'), { issue: 'human-rights', patrons: ['CHN', 'RUS'] });
    const years = [...new Set(r.resolutions.map((x) => x.date.slice(0, 4)))];
    expect(years).toEqual(['2006', '2007', '2008', '2009', '2011', '2012', '2017', '2018', '2019']);
    const first = r.resolutions[0];
    expect(first).toMatchObject({ resolution: 'R/61/232', votes: { MMR: 'no', CHN: 'no', RUS: 'no' }, tally: { yes: 82, no: 25, abstain: 45 } });
    expect(r.summary.CHN.no).toBe(8);
  });

  it('an unknown issue is refused with the list', () => {
    expect(() => resolutionsAnswer(db, e('Myanmar'), { issue: 'weather' })).toThrow(/expected one of human-rights, nuclear/);
  });
});

describe('alignment --by-issue', () => {
  it('agreement per issue from the vote-level data, and how far it is from the ideal-point file', () => {
    const r = alignmentByIssueAnswer(db, e('Myanmar'), { patrons: ['CHN', 'USA'] });
    expect(r.issues.map((i) => i.issue)).toEqual(['Arms control and disarmament', 'Colonialism', 'Economic development', 'Human rights', 'Nuclear weapons and nuclear material', 'Palestinian conflict', 'all']);
    const hr = r.issues.find((i) => i.issue === 'Human rights')!;
    expect(hr.patrons.CHN.share!).toBeGreaterThan(0.85);
    expect(hr.patrons.USA.share!).toBeLessThan(0.2);
    // The same definition as the file's agreement columns: within a few points on average.
    expect(r.versusIdealPointFile.CHN.meanAbsoluteDifference!).toBeLessThan(0.05);
    expect(r.versusIdealPointFile.CHN.years).toBeGreaterThan(40);
  });
});

describe('the shells and the brief', () => {
  it('CLI --json and API return the same answer', async () => {
    const cli = runCli(['unsc', 'Myanmar', '--json', '--db', dbPath]);
    expect(cli.code, cli.stderr).toBe(0);
    const res = await app.app.request('/api/unsc?country=Myanmar');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(cli.stdout));
    for (const path of ['/api/vetoes?by=China', '/api/resolutions?country=Myanmar&issue=human-rights', '/api/alignment/by-issue?country=Myanmar&patrons=CHN']) {
      expect((await app.app.request(path)).status, path).toBe(200);
    }
  });

  it('validate shows the veto check', () => {
    const r = runCli(['validate', '--db', dbPath]);
    expect(r.stdout).toMatch(/Vetoes, the Dag Hammarskjöld Library's list against the Council's voting records \(1994-06-01 – 2022-07-08\): 49 of 50 vetoed drafts agree/);
    expect(r.stdout).toMatch(/1996-11-19 S\/1996\/952: list has none, voting records USA/);
  });

  it('the Myanmar brief has the diplomatic cover, its sentences tied to rows', () => {
    const r = runCli(['brief', 'Myanmar', '--json', '--db', dbPath]);
    expect(r.code, r.stderr).toBe(0);
    const brief = JSON.parse(r.stdout);
    expect(brief.cover.council.votes.map((v: { draft: string }) => v.draft)).toEqual(['S/2007/14', 'S/2022/980']);
    expect(brief.cover.sentences[0].text).toBe('China and Russia vetoed draft S/2007/14 on Myanmar in January 2007 (South Africa also voted no).');
    expect(brief.cover.sentences[0].refs[0].query).toMatch(/^counterweight unsc Myanmar/);
    const text = runCli(['brief', 'Myanmar', '--db', dbPath]).stdout;
    expect(text).toMatch(/Diplomatic cover at the UN/);
  });

  it('a brief for a country with no Council draft says so in one line', () => {
    const r = runCli(['brief', 'Kazakhstan', '--json', '--db', dbPath]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).cover.sentences[0].text).toMatch(/^No Security Council draft about Kazakhstan was put to a vote/);
  });
});
