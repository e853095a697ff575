import { describe, expect, it } from 'vitest';
import type { Category } from '../../core/types.js';
import { myanmarOracle } from '../../../test/fixtures/articles/myanmar-oracle.js';
import type { ArmsOracle } from '../oracle.js';
import { checkArticle } from '../pipeline.js';

const check = (body: string, oracle: ArmsOracle, date = '2021-06-28') =>
  checkArticle(`A plain test headline\n\n${body}`, { date, oracle }).claims;

/** A literal oracle: one answer for every window, shares from the given TIV. */
function flatOracle(rows: [string, number][], opts: { lastYear?: number; byCategory?: Partial<Record<Category, [string, number][]>> } = {}): ArmsOracle {
  const answer = (r: [string, number][], query: string) => {
    const total = r.reduce((s, [, t]) => s + t, 0);
    return { totalTiv: total, suppliers: r.map(([name, tiv]) => ({ name, iso3: null, tiv, share: total ? tiv / total : 0 })), query, dataset: 'literal' };
  };
  return {
    resolve: (name) => ({ name, iso3: null }),
    coverage: () => ({ firstYear: 1950, lastYear: opts.lastYear ?? 2024 }),
    suppliers: (recipient, from, to, category) => answer(category ? opts.byCategory?.[category] ?? [] : rows, `q(${recipient},${from}-${to}${category ? `,${category}` : ''})`),
  };
}

describe('verdicts on the Myanmar figures (SIPRI)', () => {
  const oracle = myanmarOracle();
  const body = [
    'Beijing and Moscow protect the junta. The two are also Myanmar’s main arms suppliers.',
    'The Tatmadaw has bought more military hardware from China over its history.',
    'In the past two decades, though, it has sourced nearly as much from Russia as from China.',
    'The same data show the Tatmadaw lately turning to Russia mainly for airpower, from surface-to-air missiles to helicopters and fighter jets.',
    'Davis said more planes could soon make Russia Myanmar’s top arms supplier.',
  ].join('\n\n');
  const claims = check(body, oracle, '2021-06-22');

  it('main suppliers: supported', () => {
    expect(claims[0]).toMatchObject({ kind: 'main suppliers', verdict: 'supported', window: { from: 2016, to: 2020 } });
    expect(claims[0].evidence).toMatch(/China 459 TIV \(43 %\), Russia 235 TIV \(22 %\)/);
    expect(claims[0].evidence).toMatch(/none in the text, so the last 5 years before the article/);
  });

  it('more from China over its history: supported, 50 % against 27 %', () => {
    expect(claims[1]).toMatchObject({ verdict: 'supported', query: 'suppliers(recipient=Myanmar, 1950-2020)' });
    expect(claims[1].evidence).toMatch(/China 3,325 TIV \(50 %\), Russia 1,772 TIV \(27 %\)/);
  });

  it('nearly as much from Russia as from China in two decades: supported, 1,684 against 1,690', () => {
    expect(claims[2]).toMatchObject({ verdict: 'supported', window: { from: 2001, to: 2020 } });
    expect(claims[2].evidence).toMatch(/Russia\/China = 1\.00/);
    expect(claims[2].evidence).toMatch(/“In the past two decades” read as 2001–2020/);
  });

  it('turning to Russia for airpower: supported, most of Russia’s deliveries are aircraft', () => {
    expect(claims[3].verdict).toBe('supported');
    expect(claims[3].evidence).toMatch(/864 TIV, of which aircraft 716 TIV \(71 % of Myanmar’s aircraft imports, rank 1\)/);
    expect(claims[3].query).toContain('category=aircraft');
  });

  it('Russia soon the top supplier: borne out on the data after the article', () => {
    expect(claims[4]).toMatchObject({ kind: 'forecast', verdict: 'borne out', window: { from: 2021, to: 2024 } });
    expect(claims[4].evidence).toMatch(/Russia 221 TIV \(51 %\), China 176 TIV \(40 %\)/);
  });

  it('the same forecast is too early when the data stop soon after the article', () => {
    const [c] = check('More planes could soon make Russia Myanmar’s top arms supplier.', myanmarOracle(2021), '2021-06-22');
    expect(c).toMatchObject({ verdict: 'too early', window: { from: 2021, to: 2021 } });
  });

  it('asks the oracle only the queries the claims need', () => {
    const o = myanmarOracle();
    check('The Tatmadaw has bought more military hardware from China over its history.', o, '2021-06-22');
    expect(o.calls).toEqual(['suppliers(recipient=Myanmar, 1950-2020)']);
  });
});

describe('verdicts that go the other way', () => {
  it('contradicted: the named state is not the top supplier', () => {
    const [c] = check('China is Thailand’s largest arms supplier.', flatOracle([['United States', 500], ['China', 200], ['Sweden', 100]]));
    expect(c).toMatchObject({ kind: 'top supplier', verdict: 'contradicted' });
  });

  it('mixed: a close second', () => {
    const [c] = check('China is Thailand’s largest arms supplier.', flatOracle([['United States', 505], ['China', 495]]));
    expect(c.verdict).toBe('mixed');
  });

  it('nearly as much, when it is in fact far less: contradicted; when far more: mixed', () => {
    expect(check('Thailand has bought nearly as many weapons from China as from the United States.', flatOracle([['United States', 1000], ['China', 300]]))[0].verdict).toBe('contradicted');
    const [more] = check('Thailand has bought nearly as many weapons from China as from the United States.', flatOracle([['China', 1500], ['United States', 1000]]));
    expect(more.verdict).toBe('mixed');
    expect(more.evidence).toMatch(/more than “nearly as much”/);
  });

  it('a stated share, within and beyond the tolerance', () => {
    expect(check('Russia accounted for 60% of India’s arms imports.', flatOracle([['Russia', 580], ['France', 420]]))[0].verdict).toBe('supported');
    expect(check('Russia accounted for 80% of India’s arms imports.', flatOracle([['Russia', 580], ['France', 420]]))[0].verdict).toBe('contradicted');
    expect(check('Russia supplies more than half of India’s arms imports.', flatOracle([['Russia', 580], ['France', 420]]))[0].verdict).toBe('supported');
  });

  it('turning to a state mainly for a kind of weapon it barely sends: contradicted', () => {
    const oracle = flatOracle([['Russia', 1000], ['China', 500]], { byCategory: { aircraft: [['China', 300], ['Russia', 50]] } });
    const [c] = check('Vietnam is turning to Russia mainly for fighter jets.', oracle);
    expect(c).toMatchObject({ kind: 'turning to', verdict: 'contradicted' });
    expect(c.evidence).toMatch(/5 % in aircraft/);
  });

  it('a forecast not borne out after enough years', () => {
    const [c] = check('Russia could soon become Myanmar’s top arms supplier.', flatOracle([['China', 600], ['Russia', 400]]), '2015-06-01');
    expect(c).toMatchObject({ verdict: 'not borne out', window: { from: 2015, to: 2024 } });
  });
});

describe('unverifiable, with the reason', () => {
  it('when no oracle is given', () => {
    const [c] = checkArticle('Headline for a test\n\nChina is Thailand’s largest arms supplier.', { date: '2021-06-28' }).claims;
    expect(c).toMatchObject({ verdict: 'unverifiable', query: null });
    expect(c.evidence).toMatch(/no arms-transfer data attached/);
  });

  it('when the data do not know the state', () => {
    const oracle: ArmsOracle = { ...flatOracle([]), resolve: () => null };
    expect(check('China is Thailand’s largest arms supplier.', oracle)[0].evidence).toMatch(/do not know “Thailand”/);
  });

  it('when no deliveries are recorded in the window', () => {
    expect(check('China is Thailand’s largest arms supplier.', flatOracle([]))[0].evidence).toMatch(/no deliveries to Thailand recorded in 2016–2020/);
  });
});
