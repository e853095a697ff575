import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../pipeline.js';

const claimsOf = (body: string, date = '2021-06-28', title = 'A plain test headline') =>
  analyzeArticle(`${title}\n\n${body}`, { date }, 'claims').claims.map((c) => ({ kind: c.kind, subject: c.subject, about: c.about, window: c.window, detail: c.detail, measure: c.measure }));

describe('claims about arms supply', () => {
  it('main suppliers, with “the two” resolved to the states named before', () => {
    const [c] = claimsOf('Beijing and Moscow have blocked efforts at the UN. The two are also Myanmar’s main arms suppliers.');
    expect(c).toMatchObject({ kind: 'main suppliers', subject: 'Myanmar', about: ['China', 'Russia'], window: { from: 2016, to: 2020 } });
  });

  it('top supplier, from either side of the sentence', () => {
    expect(claimsOf('Russia has been Vietnam’s largest arms supplier over the past two decades.')[0]).toMatchObject({ kind: 'top supplier', subject: 'Vietnam', about: ['Russia'], window: { from: 2001, to: 2020 } });
    expect(claimsOf('The top supplier of weapons to Serbia is Russia.')[0]).toMatchObject({ kind: 'top supplier', subject: 'Serbia', about: ['Russia'] });
    expect(claimsOf('Russia has supplied the bulk of Kazakhstan’s weapons since independence.')[0]).toMatchObject({ kind: 'top supplier', subject: 'Kazakhstan', about: ['Russia'], detail: { qualifier: 'most' } });
  });

  it('more from one state, with its window, and “it” taken from the claim before', () => {
    const claims = claimsOf('The Tatmadaw has bought more military hardware from China over its history. In the past two decades, though, it has sourced nearly as much from Russia as from China.');
    expect(claims[0]).toMatchObject({ kind: 'more from', subject: 'Myanmar', about: ['China'], window: { from: 1950, to: 2020 } });
    expect(claims[1]).toMatchObject({ kind: 'as much as', subject: 'Myanmar', about: ['Russia', 'China'], window: { from: 2001, to: 2020 }, detail: { qualifier: 'nearly' } });
  });

  it('shares, in figures and in words', () => {
    expect(claimsOf('Russia accounted for 60% of India’s arms imports in 2015–2019.')[0]).toMatchObject({ kind: 'share', subject: 'India', about: ['Russia'], window: { from: 2015, to: 2019 }, detail: { share: 0.6 } });
    expect(claimsOf('China supplies more than half of Pakistan’s arms imports.')[0]).toMatchObject({ kind: 'share', subject: 'Pakistan', about: ['China'], detail: { qualifier: 'more than half' } });
  });

  it('turning to a state for a kind of weapon, with SIPRI’s categories', () => {
    const [c] = claimsOf('The same data show the Tatmadaw lately turning to Russia mainly for airpower, from surface-to-air missiles to helicopters and fighter jets.');
    expect(c).toMatchObject({ kind: 'turning to', subject: 'Myanmar', about: ['Russia'], window: { from: 2011, to: 2020 }, detail: { qualifier: 'mainly' } });
    expect(c.detail.categories).toEqual(['aircraft', 'air defence systems', 'missiles']);
  });

  it('takes the window of the claim’s own clause', () => {
    const claims = claimsOf('Serbia has traditionally bought most of its weapons from Russia, but analysts say it has been turning to China for air defence.', '2022-03-14');
    expect(claims.map((c) => [c.kind, c.about[0], c.window])).toEqual([
      ['top supplier', 'Russia', { from: 1950, to: 2021 }],
      ['turning to', 'China', { from: 2012, to: 2021 }],
    ]);
  });

  it('forecasts, judged on the years after the article', () => {
    const [c] = claimsOf('Analysts said new orders could soon make Russia Myanmar’s top arms supplier.');
    expect(c).toMatchObject({ kind: 'forecast', subject: 'Myanmar', about: ['Russia'], detail: { forecast: true, windowSpec: { kind: 'after' } } });
  });

  it('a supplier growing in importance', () => {
    const [c] = claimsOf('Myanmar buys from many states. To date, Russia has filled that role as an arms supplier, and an ever more important one.');
    expect(c).toMatchObject({ kind: 'rising supplier', subject: 'Myanmar', about: ['Russia'] });
  });
});

describe('claims outside the arms data', () => {
  it('says why trade, investment and GDP cannot be checked', () => {
    const claims = claimsOf('As a neighbor, China has the far older ties to Myanmar. It is the country’s top trade partner and a major investor. Financial forecasters say Myanmar’s gross domestic product may plummet by as much as 20% this year.', '2021-06-28', 'Myanmar and its neighbours');
    expect(claims.map((c) => [c.kind, c.subject, c.about, c.measure])).toEqual([
      ['economic ties', 'Myanmar', ['China'], 'trade and investment'],
      ['outside arms data', 'Myanmar', [], 'GDP'],
    ]);
  });
});

describe('UN decisions', () => {
  it('amendments or a draft defeated, however long the clause between', () => {
    const claims = claimsOf('The UN General Assembly met on Thursday. Amendments tabled by Iran that would have removed most of the operative paragraphs were narrowly defeated.');
    expect(claims.map((c) => [c.kind, c.subject])).toEqual([['UN vote', 'Iran']]);
  });
});

describe('the parties of a transfer', () => {
  it('a maker named by its adjective is one: `its first Chinese-built frigate`', () => {
    expect(claimsOf('Nigeria’s navy will take delivery of its first Chinese-built frigate next year.').map((c) => [c.kind, c.subject])).toEqual([['arms transfer', 'Nigeria']]);
  });
});

describe('no claim', () => {
  it('a UN vote that names neither a state nor a count of voters', () => {
    const body = (s: string) => `The UN General Assembly met on Thursday. ${s}`;
    expect(claimsOf(body('“Many countries from every region voted in favour,” the envoy said.'))).toEqual([]);
    expect(claimsOf(body('In the end 120 nations voted in favour of the text.')).map((c) => c.kind)).toEqual(['UN vote']);
    expect(claimsOf(body('Only five countries voted against the text.')).map((c) => c.kind)).toEqual(['UN vote']);
    expect(claimsOf(body('The draft failed to win the nine votes it needed.')).map((c) => c.kind)).toEqual(['UN vote']);
    expect(claimsOf(body('Gabon and Ghana voted in favour of the text.')).map((c) => c.kind)).toEqual(['UN vote']);
    expect(claimsOf(body('The Security Council unanimously adopted the resolution on Friday.')).map((c) => c.kind)).toEqual(['UN vote']);
  });

  it('in ordinary sentences', () => {
    expect(claimsOf(['Russia and China are close partners.', 'The deal was signed in Moscow.', 'Will Russia sell more jets?'].join(' '))).toEqual([]);
  });

  it('no supplier claim in a quotation or for a buyer: the general detector reads the quotation as an arms fact, the buyer’s standing as a world rank', () => {
    const claims = claimsOf(['“China is our top arms supplier,” he said.', 'India remains the world’s largest arms importer.'].join(' '));
    expect(claims.map((c) => [c.kind, c.subject])).toEqual([['arms transfer', 'China'], ['world standing', 'India']]);
  });
});
