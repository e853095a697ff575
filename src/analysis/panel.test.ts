import { describe, expect, it } from 'vitest';
import type { AllocationDeal } from './allocate.js';
import { buildPanel, csvNumber as formatTiv, panelToCsv, type PanelEntity, type PanelMeta } from './panel.js';

const deals: AllocationDeal[] = [
  { key: 1, supplier: 'RUS', recipient: 'MMR', years: [2011, 2012], tiv: 10 },
  { key: 2, supplier: 'RUS', recipient: 'MMR', years: [2011], tiv: 2.5 },
  { key: 3, supplier: 'CHN', recipient: 'MMR', years: [2012], tiv: 7 },
  { key: 4, supplier: 'unknown-supplier-s', recipient: 'MMR', years: [2012], tiv: 1 / 3 },
];
const cells = [
  { key: 1, year: 2011, tiv: 6 },
  { key: 1, year: 2012, tiv: 4 },
  { key: 2, year: 2011, tiv: 2.5 },
  { key: 3, year: 2012, tiv: 7 },
  { key: 4, year: 2012, tiv: 1 / 3 },
  { key: 99, year: 2012, tiv: 5 },
];
const ENTITIES: Record<string, PanelEntity> = {
  RUS: { name: 'Russia', iso3: 'RUS', kind: 'state' },
  CHN: { name: 'China', iso3: 'CHN', kind: 'state' },
  MMR: { name: 'Myanmar', iso3: 'MMR', kind: 'state' },
  'unknown-supplier-s': { name: 'unknown supplier(s)', iso3: null, kind: 'unknown' },
};
const meta: PanelMeta = {
  entity: (id) => ENTITIES[id],
  dataset: 'trade-register-2024-10-13',
  version: '13 Oct 2024 2:20:11 PM',
  allocation: 'reconciled',
};

describe('buildPanel', () => {
  it('sums cells per supplier, recipient and year, counts the deals, sorts by ids and year', () => {
    expect(buildPanel(cells, deals)).toEqual([
      { supplier: 'CHN', recipient: 'MMR', year: 2012, tiv: 7, deals: 1 },
      { supplier: 'RUS', recipient: 'MMR', year: 2011, tiv: 8.5, deals: 2 },
      { supplier: 'RUS', recipient: 'MMR', year: 2012, tiv: 4, deals: 1 },
      { supplier: 'unknown-supplier-s', recipient: 'MMR', year: 2012, tiv: 1 / 3, deals: 1 },
    ]);
  });

  it('does not depend on the order of the cells', () => {
    expect(buildPanel([...cells].reverse(), deals)).toEqual(buildPanel(cells, deals));
  });
});

describe('panelToCsv', () => {
  it('writes ISO3 codes, entity kinds, allocation and dataset version on every row', () => {
    expect(panelToCsv(buildPanel(cells, deals), meta)).toBe(
      [
        'supplier,supplier_name,supplier_iso3,supplier_kind,recipient,recipient_name,recipient_iso3,recipient_kind,year,tiv,deals,allocation,dataset,dataset_version',
        'CHN,China,CHN,state,MMR,Myanmar,MMR,state,2012,7,1,reconciled,trade-register-2024-10-13,13 Oct 2024 2:20:11 PM',
        'RUS,Russia,RUS,state,MMR,Myanmar,MMR,state,2011,8.5,2,reconciled,trade-register-2024-10-13,13 Oct 2024 2:20:11 PM',
        'RUS,Russia,RUS,state,MMR,Myanmar,MMR,state,2012,4,1,reconciled,trade-register-2024-10-13,13 Oct 2024 2:20:11 PM',
        'unknown-supplier-s,unknown supplier(s),,unknown,MMR,Myanmar,MMR,state,2012,0.333333,1,reconciled,trade-register-2024-10-13,13 Oct 2024 2:20:11 PM',
        '',
      ].join('\n'),
    );
  });

  it('quotes names with commas or quotes', () => {
    const odd: PanelMeta = { ...meta, entity: (id) => ({ name: id === 'MMR' ? 'Burma, "Myanmar"' : id, iso3: null, kind: 'state' }) };
    const csv = panelToCsv([{ supplier: 'X', recipient: 'MMR', year: 2000, tiv: 1, deals: 1 }], odd);
    expect(csv.split('\n')[1]).toBe('X,X,,state,MMR,"Burma, ""Myanmar""",,state,2000,1,1,reconciled,trade-register-2024-10-13,13 Oct 2024 2:20:11 PM');
  });

  it('formats TIV to six decimals without trailing zeros', () => {
    expect([0, 1, 2.5, 1e-7, 123456.1234567, -1e-9].map(formatTiv)).toEqual(['0', '1', '2.5', '0', '123456.123457', '0']);
  });
});
