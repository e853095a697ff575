import { describe, expect, it } from 'vitest';
import type { Category } from '../../core/types.js';
import { myanmarOracle } from '../../../test/fixtures/articles/myanmar-oracle.js';
import type { ArmsOracle, InvestmentOracle, MilexOracle, OracleDeal, OracleUnVote, TradeOracle, UnOracle } from '../oracle.js';
import { checkArticle } from '../pipeline.js';
import { periodsOf } from './07-verdicts.js';
import { lookupEntityByName } from '../../entities/registry.js';

const check = (body: string, oracle: ArmsOracle, date = '2021-06-28') =>
  checkArticle(`A plain test headline\n\n${body}`, { date, oracle }).claims;

/** A literal oracle: one answer for every window, shares from the given TIV. */
function flatOracle(rows: [string, number][], opts: { lastYear?: number; byCategory?: Partial<Record<Category, [string, number][]>>; deals?: OracleDeal[] } = {}): ArmsOracle {
  const answer = (r: [string, number][], query: string) => {
    const total = r.reduce((s, [, t]) => s + t, 0);
    return { totalTiv: total, suppliers: r.map(([name, tiv]) => ({ name, iso3: null, tiv, share: total ? tiv / total : 0 })), query, dataset: 'literal' };
  };
  return {
    // (As the store does: a name as the article writes it, `Vietnam`, is the register's `Viet Nam`.)
    resolve: (name) => ({ name: lookupEntityByName(name)?.name ?? name, iso3: null }),
    coverage: () => ({ firstYear: 1950, lastYear: opts.lastYear ?? 2024 }),
    suppliers: (recipient, from, to, category) => answer(category ? opts.byCategory?.[category] ?? [] : rows, `q(${recipient},${from}-${to}${category ? `,${category}` : ''})`),
    transfers: (recipient, supplier) => ({
      deals: (opts.deals ?? []).filter((d) => d.recipient === recipient && (!supplier || d.supplier === supplier)),
      query: `orders(${recipient}${supplier ? `,${supplier}` : ''})`,
      dataset: 'literal',
    }),
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

/** A register line, as the oracle returns it. */
const deal = (supplier: string, recipient: string, designation: string, orderYear: number, years: number[], n = 10, tiv = 100): OracleDeal => ({
  line: 1000 + orderYear, supplier, supplierIso3: null, recipient, designation, description: 'FGA aircraft', category: 'aircraft',
  orderYear, numberOrdered: n, numberDelivered: years.length ? n : 0, deliveryYears: years, tivDelivered: years.length ? tiv : 0,
});

describe('transfers, prices and claims outside the data', () => {
  const deals = [
    deal('China', 'Pakistan', 'J-10C', 2021, [2022, 2023], 36, 1500),
    deal('Russia', 'Viet Nam', 'Project-636E', 2009, [2013, 2014, 2015, 2016, 2017], 6, 1800),
    deal('United States', 'Pakistan', 'F-16A', 1981, [1983, 1984], 40, 900),
    deal('France', 'Qatar', 'Rafale', 2015, [2019, 2020], 24, 1300),
  ];
  const oracle = flatOracle([], { deals });

  it('a named weapon found among the pair’s deals: supported, with the register line', () => {
    const [c] = check('Pakistan has formally commissioned a first batch of six Chinese J-10C fighter aircraft into its air force.', oracle, '2022-03-13');
    expect(c).toMatchObject({ kind: 'arms transfer', subject: 'Pakistan', about: ['China'], verdict: 'supported', unit: 'items', value: 6 });
    expect(c.evidence).toMatch(/China → Pakistan: 36 J-10C \(FGA aircraft\) ordered 2021, delivered 2022–2023 \[line 3021\]/);
    expect(c.query).toMatch(/orders\(Pakistan,China\)/);
  });

  it('a reporting name the register writes otherwise (`Kilo` is `Project-636`)', () => {
    const [c] = check('Vietnam had earlier bought six Kilo attack submarines from Russia.', oracle, '2018-09-09');
    expect(c).toMatchObject({ verdict: 'supported' });
    expect(c.evidence).toMatch(/Project-636E/);
  });

  it('a named weapon of a stated year that the register records in other years: mixed', () => {
    const [c] = check('In 1990, the United States sold F-16 aircraft to Pakistan.', oracle, '2022-03-13');
    expect(c.verdict).toBe('mixed');
    expect(c.evidence).toMatch(/recorded, but not in 1990/);
  });

  it('a buyer named beside the subject (`Qatar, which has bought 36 of the planes`)', () => {
    const [c] = check('The UAE is following the lead of Qatar, which has bought 36 Rafale jets.', oracle, '2021-12-04');
    expect(c.verdict).toBe('supported');
    expect(c.evidence).toMatch(/France → Qatar/);
  });

  it('a price in money against TIV: not comparable, with the closest register figure and why', () => {
    const [c] = check('Pakistan bought Chinese J-10C fighter jets worth $1.5 billion.', oracle, '2022-03-13');
    expect(c).toMatchObject({ verdict: 'not comparable', unit: 'USD', value: 1.5e9 });
    expect(c.evidence).toMatch(/trend-indicator value \(TIV\) measures the military capability/);
    expect(c.evidence).toMatch(/Closest in the register: China: 36 J-10C/);
    expect(c.evidence).toMatch(/1,500 TIV delivered/);
  });

  it('a pair with no transfer at all in the register: contradicted', () => {
    const [c] = check('India supplied howitzers to Qatar.', oracle, '2021-12-04');
    expect(c.verdict).toBe('contradicted');
    expect(c.evidence).toMatch(/records no transfer for India → Qatar in any year/);
  });

  it('after the end of the register: outside the data', () => {
    const [c] = check('Serbia signed a contract for 12 Rafale jets from France.', flatOracle([], { deals, lastYear: 2023 }), '2024-09-02');
    expect(c.verdict).toBe('outside the data');
    expect(c.evidence).toMatch(/the register ends in 2023/);
  });

  it('UN votes and trade: outside the data, naming the dataset that would settle them', () => {
    const claims = check('Russia vetoed a UN Security Council resolution on Mali. Bilateral trade between China and Mali reached $1 billion.', oracle, '2023-08-31');
    expect(claims.map((c) => [c.kind, c.verdict])).toEqual([['UN vote', 'outside the data'], ['economic ties', 'outside the data']]);
    expect(claims[0].evidence).toMatch(/Security Council voting record/);
    expect(claims[1].evidence).toMatch(/IMF Direction of Trade Statistics/);
    expect(claims[0].query).toBeNull();
  });

  it('`a major arms supplier` is one of the first three, not the first', () => {
    const three = flatOracle([['Russia', 50], ['Israel', 30], ['China', 20]]);
    expect(check('China is a major arms supplier of Myanmar.', three)[0]).toMatchObject({ kind: 'top supplier', verdict: 'supported' });
    expect(check('China is Myanmar’s top arms supplier.', three)[0]).toMatchObject({ verdict: 'contradicted' });
  });
});

describe('a rank among all the world’s importers or exporters', () => {
  const exporters = [['United States', 58_000], ['France', 15_300], ['Russia', 14_800], ['China', 8_100], ['Germany', 7_800], ['Italy', 6_000], ['Pakistan', 40]] as const;
  const windows: string[] = [];
  const oracle: ArmsOracle = {
    ...flatOracle([]),
    coverage: () => ({ firstYear: 1950, lastYear: 2023 }),
    ranking: (side, from, to) => {
      windows.push(`${side} ${from}-${to}`);
      return { rows: exporters.map(([name, tiv]) => ({ name, iso3: null, tiv })), totalTiv: 110_000, query: `panel(${from}-${to})`, dataset: 'literal' };
    },
  };

  it('at the stated place over the last five years of data: supported, with the first five and the window', () => {
    const [c] = check('The United States is the world’s biggest arms exporter.', oracle, '2024-03-11');
    expect(c).toMatchObject({ kind: 'world standing', subject: 'United States', verdict: 'supported', window: { from: 2019, to: 2023 }, query: 'panel(2019-2023)' });
    expect(c.evidence).toMatch(/^World arms exports, 2019–2023: 1\. United States 58,000 TIV \(52\.7 %\), 2\. France 15,300 TIV \(13\.9 %\)/);
    expect(windows).toEqual(['exports 2019-2023']);
  });

  it('a share of the world’s flow: within a point supported, within three mixed, beyond contradicted', () => {
    const [c] = check('The United States accounted for 53 percent of global arms exports.', oracle, '2024-03-11');
    expect(c).toMatchObject({ kind: 'world standing', subject: 'United States', measure: 'arms exports', unit: 'percent', value: 53, verdict: 'supported' });
    expect(c.evidence).toMatch(/^United States’ share of world arms exports, 2019–2023: 53 % \(the text: 53 %\)/);
    expect(check('Russia’s share of global arms exports fell to 11 percent.', oracle, '2024-03-11')[0]).toMatchObject({ subject: 'Russia', value: 11, verdict: 'mixed' });
    expect(check('China’s share of global arms exports rose to 20 percent.', oracle, '2024-03-11')[0].verdict).toBe('contradicted');
  });

  it('the window of its own words, not of the clause after it', () => {
    windows.length = 0;
    check('France was the world’s second-largest arms exporter in 2014-2018.', oracle, '2024-03-11');
    check('Russia is the world’s third-largest arms exporter, and has long been a supplier of India.', oracle, '2024-03-11');
    expect(windows).toEqual(['exports 2014-2018', 'exports 2019-2023']);
  });

  it('one place off: mixed; far off: contradicted; overtaking a state that ranks above: mixed; `one of the largest`: the first five', () => {
    expect(check('Russia is the world’s second-largest arms exporter.', oracle, '2024-03-11')[0].verdict).toBe('mixed');
    expect(check('Pakistan is the world’s largest arms exporter.', oracle, '2024-03-11')[0].verdict).toBe('contradicted');
    expect(check('France overtook Russia as the world’s second-largest arms exporter.', oracle, '2024-03-11')[0]).toMatchObject({ verdict: 'supported', about: ['Russia'] });
    expect(check('Russia overtook France as the world’s second-largest arms exporter.', oracle, '2024-03-11')[0].verdict).toBe('mixed');
    expect(check('Germany is one of the world’s largest arms exporters.', oracle, '2024-03-11')[0].verdict).toBe('supported');
    expect(check('Italy is one of the world’s largest arms exporters.', oracle, '2024-03-11')[0].verdict).toBe('contradicted');
  });
});

describe('a flow of arms said to have changed between two periods', () => {
  /** Totals per state, side and first year of a period. */
  const flows: Record<string, number> = { 'Russia exports 2014': 31_100, 'Russia exports 2019': 14_760, 'India imports 2014': 13_140, 'India imports 2019': 13_750 };
  const asked: string[] = [];
  const oracle: ArmsOracle = {
    ...flatOracle([]),
    flow: (country, side, from, to) => {
      asked.push(`${country} ${side} ${from}-${to}`);
      return { totalTiv: flows[`${country} ${side} ${from}`] ?? 0, query: `flow(${country},${side},${from}-${to})`, dataset: 'literal' };
    },
  };

  it('as far as the text says: supported, with both periods’ totals and the change', () => {
    const [c] = check('Russian arms exports fell by 53 percent between 2014-18 and 2019-23.', oracle, '2024-03-11');
    expect(c).toMatchObject({ kind: 'arms transfer', verdict: 'supported', window: { from: 2014, to: 2023 } });
    expect(c.evidence).toMatch(/Russia’s arms exports: 31,100 TIV in 2014–2018, 14,760 TIV in 2019–2023, −53 % \(the text: −53 %\)/);
    expect(c.query).toBe('flow(Russia,exports,2014-2018) ; flow(Russia,exports,2019-2023)');
    expect(asked).toEqual(['Russia exports 2014-2018', 'Russia exports 2019-2023']);
  });

  it('the wrong way: contradicted; the right way but much further: mixed; imports as imports', () => {
    expect(check('Russian arms exports rose by 10 percent between 2014-18 and 2019-23.', oracle, '2024-03-11')[0].verdict).toBe('contradicted');
    expect(check('Russian arms exports fell by 90 percent between 2014-18 and 2019-23.', oracle, '2024-03-11')[0].verdict).toBe('mixed');
    expect(check('India’s arms imports rose by 4.7 percent from 2014–18 to 2019–23.', oracle, '2024-03-11')[0]).toMatchObject({ verdict: 'supported' });
  });

  it('reads the periods as the press writes them, earlier first', () => {
    expect(periodsOf('fell by 53 percent between 2014-18 and 2019-23')).toEqual([{ from: 2014, to: 2018 }, { from: 2019, to: 2023 }]);
    expect(periodsOf('in 2019–2023 compared with 2014–2018')).toEqual([{ from: 2014, to: 2018 }, { from: 2019, to: 2023 }]);
    expect(periodsOf('rose by a third between 2018 and 2023')).toEqual([{ from: 2018, to: 2018 }, { from: 2023, to: 2023 }]);
    expect(periodsOf('rose sharply in 2023')).toBeNull();
  });

  it('no two periods to compare: unverifiable, saying so', () => {
    const [c] = check('Russian arms exports fell by 53 percent.', oracle, '2024-03-11');
    expect(c).toMatchObject({ verdict: 'unverifiable', evidence: expect.stringMatching(/no two periods to compare Russia’s arms exports/) });
  });
});

describe('claims about UN votes, against the voting records', () => {
  const vote = (date: string, symbol: string, outcome: 'adopted' | 'vetoed' | 'failed', votes: Record<string, 'yes' | 'no' | 'abstain'>, vetoedBy: string[] = []): OracleUnVote => {
    const tally = { yes: 0, no: 0, abstain: 0 };
    for (const v of Object.values(votes)) tally[v]++;
    return { body: 'council', date, symbol, resolution: null, title: 'The situation in Mali', outcome, votes, vetoedBy, tally };
  };
  const mali = [
    vote('2023-06-30', 'S/2023/480', 'adopted', { RUS: 'yes', CHN: 'yes', FRA: 'yes' }),
    vote('2023-08-30', 'S/2023/638', 'vetoed', { RUS: 'no', CHN: 'abstain', FRA: 'yes' }, ['RUS']),
  ];
  const un: UnOracle = {
    resolve: (name) => {
      const codes: Record<string, string> = { Mali: 'MLI', Russia: 'RUS', China: 'CHN', France: 'FRA', Myanmar: 'MMR' };
      const byCode = Object.fromEntries(Object.entries(codes).map(([n, c]) => [c, n]));
      return codes[name] ? { name, iso3: codes[name] } : byCode[name] ? { name: byCode[name], iso3: name } : { name, iso3: null };
    },
    council: (c) => (c === 'MLI' || c === 'Mali' ? { votes: mali, coverage: { from: '1994-06-01', to: '2025-12-31' }, query: 'counterweight unsc Mali', dataset: 'sc-test' } : { votes: [], coverage: { from: '1994-06-01', to: '2025-12-31' }, query: `counterweight unsc ${c}`, dataset: 'sc-test' }),
    assembly: () => null,
  };
  const checkUn = (body: string, date: string) => checkArticle(`Mali at the UN\n\n${body}`, { date, un }).claims.filter((c) => c.kind === 'UN vote');

  it('a veto the records hold: supported, with the draft and who did what', () => {
    const [c] = checkUn('Russia on Wednesday vetoed a UN Security Council resolution on sanctions against Mali, while China abstained.', '2023-08-31');
    expect(c).toMatchObject({ verdict: 'supported', query: 'counterweight unsc Mali' });
    expect(c.evidence).toMatch(/2023-08-30 S\/2023\/638, vetoed 1–1–1 \(RUS vetoed, CHN abstain\)/);
  });

  it('the wrong member named: contradicted, with what the records show', () => {
    const [c] = checkUn('France vetoed a UN Security Council resolution on Mali on Wednesday.', '2023-08-31');
    expect(c.verdict).toBe('contradicted');
    expect(c.evidence).toMatch(/where FRA vetoed; the records show: .*S\/2023\/638/);
  });

  it('blocking with no recorded vote in the window: unverifiable, saying what the records do show', () => {
    const [c] = checkUn('Beijing and Moscow have blocked efforts in the Security Council to pressure Mali’s junta.', '2021-06-28');
    expect(c.verdict).toBe('unverifiable');
    expect(c.evidence).toMatch(/no Council vote about Mali in 2020–2021 in the records \(blocking in negotiation leaves none\); they show: .*S\/2023\/638/);
  });

  it('after the end of the records: outside the data', () => {
    const late: UnOracle = { ...un, council: (c) => ({ ...un.council(c)!, coverage: { from: '1994-06-01', to: '2022-12-31' } }) };
    const [c] = checkArticle('Mali at the UN\n\nRussia vetoed a Security Council resolution on Mali on Tuesday.', { date: '2024-05-02', un: late }).claims.filter((x) => x.kind === 'UN vote');
    expect(c.verdict).toBe('outside the data');
  });
});

describe('claims about trade partners, against the IMF’s bilateral trade', () => {
  const partners = [
    { name: 'China', iso3: 'CHN', total: 11903, share: 0.344, rank: 1, mirrorTotal: 18904 },
    { name: 'Thailand', iso3: 'THA', total: 5400, share: 0.156, rank: 2, mirrorTotal: 7600 },
    { name: 'Singapore', iso3: 'SGP', total: 3700, share: 0.107, rank: 3, mirrorTotal: 3300 },
    { name: 'Russia', iso3: 'RUS', total: 58, share: 0.0017, rank: 34, mirrorTotal: 381 },
  ];
  const asked: [string, number][] = [];
  const trade: TradeOracle = {
    trade: (country, year) => {
      asked.push([country, year]);
      return country === 'Myanmar' ? { year: Math.min(year, 2020), lastYear: 2020, world: 34585, partners, query: 'counterweight trade Myanmar --year 2020', dataset: 'imf-dots-2022' } : null;
    },
  };
  const check = (text: string, date = '2021-06-22') => checkArticle(text, { date, trade }).claims.find((c) => c.kind === 'economic ties')!;

  it('top trade partner: supported with the figures, both reports and the data year', () => {
    const c = check('China is Myanmar’s top trade partner and a major investor.');
    expect(c.verdict).toBe('supported');
    expect(c.evidence).toMatch(/^China ranked 1 among Myanmar’s trade partners in 2020: US\$ 11,903 m, 34 % of its trade with the world as Myanmar reported it \(US\$ 18,904 m as China reported it\)\. The trade data end in 2020, before the article \(2021\)\. The investment part is not checked/);
    expect(c.query).toBe('counterweight trade Myanmar --year 2020');
    expect(asked.at(-1)).toEqual(['Myanmar', 2021]);
  });

  it('a rank the data do not give is contradicted, naming the top partner', () => {
    const c = check('Russia is Myanmar’s largest trading partner.');
    expect(c.verdict).toBe('contradicted');
    expect(c.evidence).toContain('Russia ranked 34 among Myanmar’s trade partners in 2020');
    expect(c.evidence).toContain('the top partner was China (US$ 11,903 m)');
  });

  it('second-largest and one of the largest', () => {
    expect(check('Thailand is Myanmar’s second-largest trading partner.').verdict).toBe('supported');
    expect(check('Singapore is one of Myanmar’s largest trading partners.').verdict).toBe('supported');
    expect(check('Russia is one of Myanmar’s largest trading partners.').verdict).toBe('contradicted');
  });

  it('without trade data for the country, the claim stays outside the data', () => {
    const c = check('China is Laos’s top trade partner.');
    expect(c.verdict).toBe('outside the data');
  });

  it('a pair’s yearly total against both reports: within a tenth of either supported, within a quarter mixed; a change is not a total', () => {
    const c = check('Bilateral trade between China and Myanmar reached $12 billion in 2020.');
    expect(c).toMatchObject({ verdict: 'supported', window: { from: 2020, to: 2020 }, query: 'counterweight trade Myanmar --year 2020' });
    expect(c.evidence).toBe('Myanmar–China goods trade in 2020: US$ 11,903 m as Myanmar reported it, US$ 18,904 m as China reported it (the text: US$ 12,000 m). The trade data end in 2020, before the article (2021).');
    expect(check('Trade between Russia and Myanmar was worth $380 million in 2020.').verdict).toBe('supported');
    expect(check('Myanmar’s trade with Thailand hit $9 billion in 2020.').verdict).toBe('mixed');
    expect(check('Myanmar’s trade with Thailand hit $20 billion in 2020.').verdict).toBe('contradicted');
    const change = check('Trade between China and Myanmar rose by $2 billion.');
    expect(change.verdict).toBe('outside the data');
    expect(change.evidence).toMatch(/the check holds it, but compares ranks, shares and totals, not a statement of this form/);
  });

  it('a share of all trade is compared with the partner’s share; a share of one direction or one good is shown beside it, not comparable', () => {
    const all = check('China accounts for 35 percent of Myanmar’s trade.');
    expect(all.verdict).toBe('supported');
    expect(all.evidence).toMatch(/^China accounted for 34 % of Myanmar’s goods trade with the world in 2020 \(US\$ 11,903 m, exports and imports together, as Myanmar reported it; rank 1\); US\$ 18,904 m as China reported it\./);
    expect(check('China accounts for 60 percent of Myanmar’s trade.').verdict).toBe('contradicted');
    const fuel = check('Myanmar imports almost all of its fuel from Singapore.');
    expect(fuel.verdict).toBe('not comparable');
    expect(fuel.evidence).toContain('Singapore accounted for 11 % of Myanmar’s goods trade');
  });
});

describe('claims about investors, against the IMF’s positions and the investment tracker', () => {
  const investment: InvestmentOracle = {
    investment: (country) => country === 'Myanmar' ? {
      year: 2019,
      investors: [
        { name: 'Singapore', iso3: 'SGP', value: 8487, hostReport: true },
        { name: 'China', iso3: 'CHN', value: 7119, hostReport: true },
        { name: 'Japan', iso3: 'JPN', value: 3142, hostReport: true },
        { name: 'United States', iso3: 'USA', value: 194, hostReport: true },
      ],
      chineseDeals: { count: 9, total: 7090, from: 2007, to: 2021 },
      query: 'counterweight finance Myanmar', dataset: 'dip',
    } : null,
  };
  const check = (text: string) => checkArticle(text, { date: '2021-06-22', investment }).claims.find((c) => c.kind === 'economic ties')!;

  it('the biggest investor: the rank by the host’s own report, with the tracker’s deals for China', () => {
    const c = check('China is Myanmar’s biggest investor.');
    expect(c.verdict).toBe('contradicted');
    expect(c.evidence).toContain('China held US$ 7,119 m of direct investment in Myanmar at the end of 2019 by Myanmar’s report, 2nd of 4 investors with figures (Singapore first, US$ 8,487 m)');
    expect(c.evidence).toContain('The China Global Investment Tracker lists 9 Chinese investments in Myanmar worth US$ 7,090 m (2007–2021, nominal)');
    expect(c.evidence).toContain('The positions end in 2019, before the article (2021)');
    expect(c.query).toBe('counterweight finance Myanmar');
  });

  it('`in Myanmar` names the host as well as `Myanmar’s`; a major investor is one of the first three', () => {
    expect(check('Singapore is the largest foreign investor in Myanmar.').verdict).toBe('supported');
    expect(check('China is a major investor in Myanmar.').verdict).toBe('supported');
    expect(check('The United States is a major investor in Myanmar.').verdict).toBe('contradicted');
  });

  it('a host without positions stays outside the data', () => {
    expect(check('China is Laos’s biggest investor.').verdict).toBe('outside the data');
  });

  it('investment `only from` one source: the other investors’ positions answer it', () => {
    const c = check('Currently there will be investment only from China in Myanmar.');
    expect(c.comparison).toBe('only');
    expect(c.verdict).toBe('contradicted');
    expect(c.evidence).toContain('China held 38 % of the direct investment in Myanmar that investors with figures held at the end of 2019 (IMF positions); others: Singapore US$ 8,487 m, Japan US$ 3,142 m, United States US$ 194 m.');
    expect(check('Singapore is the only foreign investor in Myanmar.').verdict).toBe('contradicted');
  });

  it('an amount invested: against the investor’s position and, for China, the tracker’s deals', () => {
    const c = check('China has invested $7 billion in Myanmar.');
    expect(c.verdict).toBe('supported');
    expect(c.evidence).toBe('China held US$ 7,119 m of direct investment in Myanmar at the end of 2019 (Myanmar’s report; IMF, a year-end stock); the China Global Investment Tracker lists 9 Chinese investments in Myanmar worth US$ 7,090 m (2007–2021, nominal) (the text: US$ 7,000 m). The positions end in 2019, before the article (2021).');
    expect(check('Singapore has invested $8.5 billion in Myanmar.').verdict).toBe('supported');
    expect(check('Japan has invested $4 billion in Myanmar.').verdict).toBe('mixed');
    expect(check('China has invested $30 billion in Myanmar.').verdict).toBe('contradicted');
  });
});

describe('claims about military spending, against SIPRI', () => {
  const milex: MilexOracle = {
    milex: (country) => country === 'Myanmar' ? {
      years: [
        { year: 2020, currentUsd: 2498, constantUsd: 3220, shareOfGdp: 0.0299, uncertain: false, estimate: false },
        { year: 2021, currentUsd: 2643, constantUsd: 3786, shareOfGdp: 0.0425, uncertain: false, estimate: false },
        { year: 2022, currentUsd: 2490, constantUsd: 3732, shareOfGdp: 0.0409, uncertain: true, estimate: false },
      ],
      priceYear: '2022', query: 'counterweight milex Myanmar', dataset: 'milex',
    } : null,
  };
  const check = (text: string) => checkArticle(text, { date: '2022-06-22', milex }).claims.find((c) => c.measure === 'military spending')!;

  it('an amount within 15 % of SIPRI’s and a direction that matches are supported, with SIPRI’s figures and flags', () => {
    const c = check('Myanmar increased its defence budget to $2.7 billion in 2021.');
    expect(c.verdict).toBe('supported');
    expect(c.evidence).toBe('SIPRI: Myanmar spent US$ 2,643 m on its military in 2021 (current US$; 3,786 m at constant 2022 prices, 4.3 % of GDP), up 5.8 % from 2020.');
    expect(c.query).toBe('counterweight milex Myanmar');
  });

  it('a wrong direction or amount is mixed, both wrong contradicted; SIPRI’s uncertainty is said', () => {
    expect(check('Myanmar cut its defence budget to $2.7 billion in 2021.').verdict).toBe('mixed');
    expect(check('Myanmar increased its defence budget to $9 billion in 2021.').verdict).toBe('mixed');
    expect(check('Myanmar cut its defence budget to $9 billion in 2021.').verdict).toBe('contradicted');
    expect(check('Myanmar cut its defence budget to $2.5 billion in 2022.').evidence).toContain('SIPRI marks the figure as highly uncertain.');
  });

  it('a stated change in percent is checked for its size too; `Myanmar’s military budget` and `spent … on its military` are found', () => {
    expect(check('Myanmar’s military budget rose by 17 percent in 2021.').verdict).toBe('mixed');
    expect(check('Myanmar’s military budget rose by 6 percent in 2021.').verdict).toBe('supported');
    expect(check('Myanmar spent $2.7 billion on its military in 2021.').verdict).toBe('supported');
    expect(check('Myanmar spent $5 billion on its military in 2021.').verdict).toBe('contradicted');
  });

  it('an amount in SIPRI’s constant dollars is SIPRI’s too; a share of GDP against SIPRI’s', () => {
    expect(check('Myanmar’s military budget rose to $3.8 billion in 2021.').verdict).toBe('supported');
    expect(check('Myanmar spent 4.2 percent of GDP on its military in 2021.').verdict).toBe('supported');
    expect(check('Myanmar’s military spending reached 6 percent of GDP in 2021.').verdict).toBe('contradicted');
  });
});
