// The article check end to end on the reference article (shared/data/articles), with the literal
// arms oracle for the verdicts, and a property test: any string in, a valid report out, no throw.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { myanmarOracle } from '../../test/fixtures/articles/myanmar-oracle.js';
import { dataFile } from '../../test/data.js';
import { flattenDeepNesting } from './html.js';
import { analyzeArticle, checkArticle, STAGES, toReport } from './pipeline.js';
import { articleReportSchema } from './schema.js';
import type { ArticleReport } from './types.js';

describe('reference article: Myanmar’s Junta Woos Moscow to Balance Beijing', () => {
  // Fails loudly (naming the path) when the shared data are missing, like every real-data suite.
  const input = readFileSync(dataFile('articles/myanmar-junta-woos-moscow.txt'), 'utf8');
  const doc = analyzeArticle(input, { oracle: myanmarOracle() });
  const report: ArticleReport = checkArticle(input, { oracle: myanmarOracle() });
  const quote = (starts: string) => report.quotes.find((q) => q.text.startsWith(starts));
  const claim = (kind: string, ...about: string[]) => report.claims.find((c) => c.kind === kind && about.every((a) => c.about.includes(a)));

  it('is a valid report, with no stage failing', () => {
    expect(() => articleReportSchema.parse(report)).not.toThrow();
    expect(doc.problems).toEqual([]);
  });

  it('removes the page chrome and the duplicate caption, keeps the title', () => {
    expect(report.title).toBe('Myanmar’s Junta Woos Moscow to Balance Beijing');
    expect(report.removed).toEqual(expect.arrayContaining([
      { text: 'Accessibility links', reason: 'page chrome' },
      { text: 'Breaking News', reason: 'page chrome' },
      expect.objectContaining({ reason: 'duplicate caption' }),
    ]));
    expect(doc.text).not.toMatch(/Accessibility links|Breaking News|Vadim Savitskiy/);
    expect(doc.text.match(/walk past the honor guard/g)).toHaveLength(1);
    expect(doc.text.startsWith('Myanmar’s Junta Woos Moscow to Balance Beijing\n\n')).toBe(true);
    expect(doc.paragraphs.filter((p) => p.kind === 'heading').map((p) => doc.text.slice(p.start, p.end)))
      .toEqual(['Foul weather friend', 'Balancing Beijing', 'Value systems']);
  });

  it('infers the date as June 2021 and says so', () => {
    expect(report.date).toMatch(/^2021-06-/);
    expect(report.dateSource).toBe('inferred');
  });

  it('links states to ISO3 through names, metonyms and demonyms', () => {
    const iso = (name: string) => report.actors.find((a) => a.name === name)?.iso3;
    expect(iso('Myanmar')).toBe('MMR');
    expect(iso('Russia')).toBe('RUS');
    expect(iso('China')).toBe('CHN');
    const russia = report.actors.find((a) => a.name === 'Russia')!;
    const china = report.actors.find((a) => a.name === 'China')!;
    expect(russia.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Moscow', 'Kremlin', 'Russian']));
    expect(china.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Beijing', 'Chinese']));
    const military = report.actors.find((a) => a.name === 'Myanmar military')!;
    expect(military).toMatchObject({ kind: 'organisation', iso3: 'MMR' });
    expect(military.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Tatmadaw', 'junta']));
    for (const a of report.actors) for (const m of a.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives each person the role the text gives', () => {
    const role = (name: string) => report.actors.find((a) => a.name === name && a.kind === 'person')?.role;
    expect(role('Sergei Shoigu')).toMatch(/Defense Minister/);
    expect(role('Nikolai Patrushev')).toBe('Security Council Secretary');
    expect(role('Min Aung Hlaing')).toBe('Myanmar’s junta leader');
    expect(role('Anthony Davis')).toBe('Bangkok-based security analyst with Janes defense publications');
    expect(role('Vladimir Putin')).toBe('Russian President');
  });

  it('finds every direct quotation and attributes it, with the role, he/she resolved', () => {
    const direct = report.quotes.filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(7);
    const expectations: [string, string, RegExp][] = [
      ['Moscow’s support for the new regime', 'Anthony Davis', /Janes/],
      ['The relationship with China has been far testier', 'Anthony Davis', /Janes/], // “…,” he said.
      ['Though he did not mention the name', 'Ye Myo Hein', /Tagaung Institute for Political Studies/],
      ['He knows China will not give blank check', 'Ye Myo Hein', /Tagaung Institute/], // “…,” he said.
      ['So the decision to make Russia the destination', 'Moe Thuzar', /Institute of Southeast Asian Studies/], // “…,” she said.
      ['It undercuts U.S. insistence', 'Eugene Rumer', /Carnegie Endowment for International Peace/],
      ['The flip side of it', 'Eugene Rumer', /Carnegie Endowment/],
    ];
    for (const [starts, speaker, role] of expectations) {
      const q = quote(starts);
      expect(q, starts).toBeDefined();
      expect(q!.speaker).toBe(speaker);
      expect(q!.speakerRole).toMatch(role);
    }
    for (const q of report.quotes) expect(doc.text.slice(q.start, q.end)).toContain(q.text.slice(0, 20));
  });

  it('finds the partial quotes and never gives the plan’s words to a person', () => {
    expect(quote('foreign country')).toMatchObject({ kind: 'partial', speaker: 'Min Aung Hlaing' });
    expect(quote('a critical great-power counterbalance')).toMatchObject({ kind: 'partial', speaker: 'Anthony Davis' });
    expect(quote('for the foreseeable future')).toMatchObject({ kind: 'partial', speaker: 'Ian Storey' });
    expect(quote('for the foreseeable future')!.speakerRole).toMatch(/Institute of Southeast Asian Studies/);
    expect(quote('urgently needs more investment')).toMatchObject({ speaker: 'Ye Myo Hein' });
    const plan = quote('all parties concerned')!;
    expect(plan.kind).toBe('partial');
    expect(plan.speaker === null || /plan/.test(plan.speaker)).toBe(true);
    expect(plan.speaker).not.toBe('Min Aung Hlaing');
  });

  it('finds the visit from June 20, the meetings with Shoigu and Patrushev, and the February 1 coup', () => {
    // The page gives no date (it is inferred from the body): `June 20` stays text, undated …
    const undated = report.events.find((e) => e.type === 'visit');
    expect(undated!.actors).toContain('Min Aung Hlaing');
    expect(undated!.date).toBeUndefined();
    // … and with the publication date known, it resolves.
    const dated = checkArticle(input, { date: '2021-06-22', oracle: myanmarOracle() });
    const visit = dated.events.find((e) => e.type === 'visit' && e.date === '2021-06-20');
    expect(visit).toMatchObject({ place: 'Moscow', dateText: 'June 20' });
    expect(visit!.actors).toContain('Min Aung Hlaing');
    const meeting = dated.events.find((e) => e.type === 'meeting' && e.actors.includes('Nikolai Patrushev'));
    expect(meeting).toBeDefined();
    expect(meeting!.actors).toEqual(expect.arrayContaining(['Sergei Shoigu', 'Nikolai Patrushev', 'Min Aung Hlaing']));
    expect(meeting!.date).toBe('2021-06-20');
    const coup = dated.events.find((e) => e.type === 'coup');
    expect(coup).toMatchObject({ date: '2021-02-01', dateText: 'February 1' });
    expect(dated.events.find((e) => e.type === 'UN action')?.actors).toEqual(expect.arrayContaining(['China', 'Russia']));
    expect(dated.events.find((e) => e.type === 'meeting' && e.place === 'Jakarta')?.date).toBe('2021-04');
    // Every speaker quoted makes a statement.
    expect(dated.events.filter((e) => e.type === 'statement').map((e) => e.actors[0])).toEqual(expect.arrayContaining(['Anthony Davis', 'Ye Myo Hein', 'Moe Thuzar', 'Eugene Rumer']));
  });

  it('checks the arms claims against the data, with numbers, window and query', () => {
    const main = claim('main suppliers', 'China', 'Russia')!;
    expect(main).toMatchObject({ subject: 'Myanmar', verdict: 'supported' });
    const history = claim('more from', 'China')!;
    expect(history).toMatchObject({ subject: 'Myanmar', verdict: 'supported', window: { from: 1950, to: 2020 } });
    expect(history.evidence).toMatch(/China 3,325 TIV \(50 %\)/);
    const decades = claim('as much as', 'Russia', 'China')!;
    expect(decades).toMatchObject({ subject: 'Myanmar', verdict: 'supported', window: { from: 2001, to: 2020 } });
    expect(decades.evidence).toMatch(/China 1,690 TIV/);
    expect(decades.evidence).toMatch(/Russia 1,684 TIV/);
    expect(decades.query).toBe('suppliers(recipient=Myanmar, 2001-2020)');
    const airpower = claim('turning to', 'Russia')!;
    expect(airpower.verdict).toBe('supported');
    expect(airpower.evidence).toMatch(/aircraft 716 TIV/);
    const forecast = claim('forecast', 'Russia')!;
    expect(forecast).toMatchObject({ subject: 'Myanmar', verdict: 'borne out', window: { from: 2021, to: 2024 } });
    expect(forecast.evidence).toMatch(/Russia 221 TIV/);
  });

  it('says plainly which claims the arms data cannot check, and which dataset would', () => {
    const outside = report.claims.filter((c) => c.verdict === 'outside the data');
    expect(outside.map((c) => c.text)).toEqual(expect.arrayContaining([
      'It is the country’s top trade partner and a major investor.',
      expect.stringMatching(/gross domestic product may plummet/),
    ]));
    for (const c of outside) expect(c.query).toBeNull();
    const trade = outside.find((c) => /trade partner/.test(c.text))!;
    expect(trade).toMatchObject({ kind: 'economic ties', measure: 'trade and investment', about: ['China'] });
    expect(trade.evidence).toMatch(/IMF Direction of Trade Statistics/);
    expect(trade.evidence).toMatch(/China Global Investment Tracker/);
    expect(outside.find((c) => /gross domestic product/.test(c.text))!.evidence).toMatch(/outside what the arms-transfer data can check/);
  });

  it('without an oracle, leaves arms claims unverifiable and says why', () => {
    const bare = checkArticle(input, {});
    expect(bare.claims.length).toBe(report.claims.length);
    for (const c of bare.claims) expect(c.verdict).toBe(c.kind === 'economic ties' || c.kind === 'UN vote' || c.kind === 'outside arms data' ? 'outside the data' : 'unverifiable');
    expect(bare.claims.find((c) => c.kind === 'more from')!.evidence).toMatch(/no arms-transfer data attached/);
  });

  it('is deterministic', () => {
    expect(checkArticle(input, { oracle: myanmarOracle() })).toEqual(report);
  });
});

describe('pipeline', () => {
  it('states the stage order in one place', () => {
    expect(STAGES.map((s) => s.name)).toEqual(['clean', 'sentences', 'actors', 'quotes', 'events', 'claims', 'verdicts']);
  });

  it('returns an empty, valid report for empty or non-string input', () => {
    for (const input of ['', '   \n\n ', null, undefined, 42, {}] as unknown as string[]) {
      const report = checkArticle(input, {});
      expect(() => articleReportSchema.parse(report)).not.toThrow();
    }
    expect(checkArticle('', {})).toMatchObject({ title: null, date: null, dateSource: 'none', quotes: [], claims: [] });
  });

  it('reports a failing oracle as unverifiable instead of throwing', () => {
    const broken = { ...myanmarOracle(), suppliers: () => { throw new Error('database is locked'); } };
    const report = checkArticle('China is Myanmar’s top arms supplier.', { date: '2021-06-28', oracle: broken });
    expect(report.claims[0]).toMatchObject({ verdict: 'unverifiable' });
    expect(report.claims[0].evidence).toMatch(/database is locked/);
  });

  const fragments = [
    '“', '”', '"', '‘', '’', "'", '\n\n', '. ', ', said ', ' he said.', 'Mr ', 'Russia', 'China’s', 'the Kremlin',
    ' top arms supplier', ' nearly as much from ', ' as from ', ' over its history', ' on June 20', ' four months ago',
    'Defense Minister ', 'Anthony Davis', ', a security analyst with Janes', ' coup', ' visited ', ' sanctions', '<p>', '</p>',
    '<html>', ' 50%', ' of its arms imports', ' could soon become', ' turning to Russia for airpower', '[', ']', '…', '—',
    'İstanbul', 'ß', '\u0130', '\ud83d\ude00', '\u200b', '\r\n', '\u2028', 'Ǆ',
  ];

  it('never throws and always returns a valid report, on any string', () => {
    const arbitrary = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(arbitrary, fc.option(fc.constantFrom('2021-06-28', '2020-02-29', 'not a date', '2021-13-01'), { nil: undefined }), (input, date) => {
        const report = checkArticle(input, { date, oracle: myanmarOracle() });
        articleReportSchema.parse(report);
        return true;
      }),
      { numRuns: 300, seed: 20210628 },
    );
  });

  // The shapes that once made a stage quadratic (deep nesting, runs of quote marks and speech verbs,
  // one huge line): every one must come back as a valid report with no stage failing. How long they
  // take is measured in bench/article-scaling.mjs, never here.
  it('adversarial shapes: deep nesting, runs of quote marks and speech verbs, one huge line', () => {
    const repeat = (unit: string, n: number) => unit.repeat(n);
    const adversarial = fc.oneof(
      fc.tuple(fc.integer({ min: 100, max: 3000 }), fc.constantFrom('div', 'span', 'section')).map(([n, tag]) => `<html><body>${repeat(`<${tag}>`, n)}<p>Russia said “yes” to China.</p>${repeat(`</${tag}>`, n)}</body></html>`),
      fc.tuple(fc.constantFrom('said ', '“ ', '” ', '“a” ', 'said “ ', 'a ', ', said X', 'according to ', 'Plaut — a man — said “x” (who is) said – '), fc.integer({ min: 500, max: 6000 })).map(([unit, n]) => `Headline\n\n${repeat(unit, n)}`),
      fc.array(fc.constantFrom(...fragments), { minLength: 200, maxLength: 2000 }).map((parts) => parts.join('').replace(/\n/g, ' ')),
    );
    fc.assert(
      fc.property(adversarial, (input) => {
        const doc = analyzeArticle(input, { oracle: myanmarOracle() });
        expect(doc.problems).toEqual([]);
        articleReportSchema.parse(toReport(doc));
        return true;
      }),
      { numRuns: 25, seed: 20261207 },
    );
  });
});

describe('deep nesting flattened before the DOM', () => {
  it('keeps every word, bounds the depth, keeps script text whole', () => {
    const html = `<html><body>${'<div>'.repeat(200)}<p>Deep “words” here</p>${'</div>'.repeat(200)}<script>if (a < b) { x = "<div>"; }</script></body></html>`;
    const flat = flattenDeepNesting(html, 64);
    expect(flat.replace(/<[^>]*>|\s+/g, '')).toContain('Deep“words”here');
    expect(flat).toContain('if (a < b) { x = "<div>"; }');
    let depth = 0;
    let max = 0;
    for (const m of flat.replace(/<script>[\s\S]*?<\/script>/, '').matchAll(/<(\/?)(div|p|body|html)\b[^>]*>/g)) {
      depth += m[1] ? -1 : 1;
      max = Math.max(max, depth);
    }
    expect(max).toBeLessThanOrEqual(64);
    expect(depth).toBe(0);
  });

  it('a page nested 10,000 deep is still read', () => {
    const html = `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(10_000)}<p>Russia sold 12 Su-30 fighter jets to Myanmar in 2018, officials said.</p>${'</div>'.repeat(10_000)}</body></html>`;
    const report = checkArticle(html, {});
    expect(report.claims.map((c) => c.kind)).toContain('arms transfer');
  });
});
