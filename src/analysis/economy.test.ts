import { describe, expect, it } from 'vitest';
import { briefEconomy, type EconomyInput } from './economy.js';

const ref = { query: 'q', dataset: 'd', rows: [], rowCount: 1 };
const input: EconomyInput = {
  country: { name: 'Myanmar' },
  names: { CHN: 'China', RUS: 'Russia', USA: 'United States' },
  trade: {
    dataset: 'imf-dots-2022', year: 2020, earlier: 2010, world: 34585,
    top: { name: 'China', iso3: 'CHN', total: 11903, share: 0.344, mirrorTotal: 18904 },
    patrons: {
      CHN: { now: { total: 11903, share: 0.344, rank: 1 }, then: { total: 800, share: 0.095, rank: 4 } },
      RUS: { now: { total: 58, share: 0.0017, rank: 34 }, then: { total: 10, share: 0.001, rank: 38 } },
      USA: { now: { total: null, share: null, rank: null }, then: { total: null, share: null, rank: null } },
    },
    ref,
  },
  milex: {
    dataset: 'milex', ref,
    years: [
      { year: 2012, constantUsd: 3000, shareOfGdp: 0.04, status: 'value', estimate: false, uncertain: false },
      { year: 2013, constantUsd: 3265, shareOfGdp: 0.04, status: 'value', estimate: false, uncertain: true },
      { year: 2023, constantUsd: 3563, shareOfGdp: 0.038, status: 'value', estimate: false, uncertain: true },
    ],
  },
  notes: [],
};

describe('briefEconomy', () => {
  it('says who the top partner is, both reports, each patron’s standing and change, and the spending trend', () => {
    const e = briefEconomy(input);
    expect(e.sentences.map((s) => s.text)).toEqual([
      'China was Myanmar’s largest trade partner in 2020: 34 % of its trade with the world as Myanmar reported it (US$ 11,903 m; US$ 18,904 m by China’s own report).',
      'Its other patrons’ shares of that trade: Russia 0.2 % (rank 34) and United States no reported trade; since 2010: China up from 9.5 %.',
      'Military spending was US$ 3,563 m in 2023 (constant US$, 3.8 % of GDP), up 9.1 % from 2013; SIPRI marks 2013 and 2023 as highly uncertain.',
    ]);
    expect(e.sentences.every((s) => s.refs.length === 1)).toBe(true);
  });

  it('with neither dataset, says nothing', () => {
    expect(briefEconomy({ ...input, trade: null, milex: null }).sentences).toEqual([]);
  });
});
