import { describe, expect, it } from 'vitest';
import { countedParty, idsFor, RUSSIA_MERGED_NAME } from '../store/context.js';
import { unknownEntity } from '../core/errors.js';
import {
  allEntities,
  isKnownName,
  lookupEntity,
  lookupEntityByName,
  resolveSipriName,
  statesNamedIn,
  mayNameState,
  suggestEntities,
} from './registry.js';

const iso = (query: string) => lookupEntity(query)?.iso3;

describe('lookupEntity', () => {
  it.each([
    ['Burma', 'MMR'],
    ['Myanmar', 'MMR'],
    ['myanmar (burma)', 'MMR'],
    ['MMR', 'MMR'],
    ['mmr', 'MMR'],
    ['USSR', 'SUN'],
    ['Soviet Union', 'SUN'],
    ['Russia', 'RUS'],
    ['Russian Federation', 'RUS'],
    ['US', 'USA'],
    ['USA', 'USA'],
    ['U.S.', 'USA'],
    ['United States of America', 'USA'],
    ['America', 'USA'],
    ['UK', 'GBR'],
    ['Britain', 'GBR'],
    ['South Korea', 'KOR'],
    ['Korea, South', 'KOR'],
    ['Republic of Korea', 'KOR'],
    ['North Korea', 'PRK'],
    ['DPRK', 'PRK'],
    ['Turkey', 'TUR'],
    ['Turkiye', 'TUR'],
    ['Türkiye', 'TUR'],
    ['Iran', 'IRN'],
    ['Syria', 'SYR'],
    ['Vietnam', 'VNM'],
    ['Viet Nam', 'VNM'],
    ['Czechia', 'CZE'],
    ['Czech Republic', 'CZE'],
    ['Macedonia', 'MKD'],
    ['North Macedonia', 'MKD'],
    ['Swaziland', 'SWZ'],
    ['Eswatini', 'SWZ'],
    ['Ivory Coast', 'CIV'],
    ["Côte d'Ivoire", 'CIV'],
    ['Côte d’Ivoire', 'CIV'],
    ['DR Congo', 'COD'],
    ['DRC', 'COD'],
    ['Zaire', 'COD'],
    ['Congo - Kinshasa', 'COD'],
    ['Congo', 'COG'],
    ['Congo - Brazzaville', 'COG'],
    ['Laos', 'LAO'],
    ['East Timor', 'TLS'],
    ['Timor-Leste', 'TLS'],
    ['Cape Verde', 'CPV'],
    ['Cabo Verde', 'CPV'],
    ['UAE', 'ARE'],
    ['United Arab Emirates', 'ARE'],
    ['Kosovo', 'XKX'],
    ['Taiwan', 'TWN'],
    ['Palestine', 'PSE'],
    ['China', 'CHN'],
    ['the Netherlands', 'NLD'],
    ['The Gambia', 'GMB'],
    ['St. Kitts & Nevis', 'KNA'],
    ['St. Vincent & Grenadines', 'VCT'],
    ['São Tomé & Príncipe', 'STP'],
    ['Micronesia (Federated States of)', 'FSM'],
    ['German Federal Republic', 'DEU'],
    ['  Guinea Bissau ', 'GNB'],
  ])('%s → %s', (query, expected) => {
    expect(iso(query)).toBe(expected);
  });

  it('finds non-state actors and organisations by name, alias or id', () => {
    expect(lookupEntity('MTA (Myanmar)*')).toMatchObject({ id: 'mta-myanmar', kind: 'nonstate', iso3: null });
    expect(lookupEntity('mta-myanmar')?.name).toBe('MTA (Myanmar)*');
    expect(lookupEntity('NATO')).toMatchObject({ id: 'nato', name: 'NATO**', kind: 'multinational' });
    expect(lookupEntity('Hezbollah')?.name).toBe('Hezbollah (Lebanon)*');
  });

  it('returns null for what it does not know', () => {
    expect(lookupEntity('Burmah')).toBeNull();
    expect(lookupEntity('Korea')).toBeNull();
    expect(lookupEntity('')).toBeNull();
    expect(lookupEntity('   ')).toBeNull();
  });

  it('lookupEntityByName ignores codes', () => {
    expect(lookupEntityByName('IND')).toBeNull();
    expect(lookupEntityByName('India')?.iso3).toBe('IND');
  });
});

describe('historical states', () => {
  it.each([
    ['Soviet Union', 'SUN'],
    ['Czechoslovakia', 'CSK'],
    ['Yugoslavia', 'YUG'],
    ['East Germany (GDR)', 'DDR'],
    ['North Yemen', 'YAR'],
    ['Yemen Arab Republic (North Yemen)', 'YAR'],
    ['South Yemen', 'YMD'],
    ['South Vietnam', 'RVN'],
    ['Serbia and Montenegro', 'SCG'],
  ])('%s is historical with code %s', (name, code) => {
    expect(resolveSipriName(name)).toEqual({ id: code, name: expect.any(String), kind: 'historical', iso3: code });
  });

  it('has Biafra and Katanga without a code', () => {
    expect(resolveSipriName('Biafra')).toEqual({ id: 'biafra', name: 'Biafra', kind: 'historical', iso3: null });
    expect(resolveSipriName('Katanga').iso3).toBeNull();
  });

  it('merges the Soviet Union into Russia only when asked (store/context.ts, the one place)', () => {
    const soviet = resolveSipriName('Soviet Union');
    const russia = resolveSipriName('Russia');
    expect(countedParty(soviet, { mergeSoviet: true })).toEqual({ id: russia.id, name: RUSSIA_MERGED_NAME, iso3: 'RUS' });
    expect(countedParty(soviet, { mergeSoviet: false })).toEqual({ id: soviet.id, name: soviet.name, iso3: soviet.iso3 });
    const czechoslovakia = resolveSipriName('Czechoslovakia');
    expect(countedParty(czechoslovakia, { mergeSoviet: true }).id).toBe(czechoslovakia.id);
    expect(idsFor(russia, { mergeSoviet: true })).toEqual(['RUS', 'SUN']);
  });
});

describe('resolveSipriName', () => {
  it('reads SIPRI’s kinds from the table', () => {
    expect(resolveSipriName('Myanmar')).toEqual({ id: 'MMR', name: 'Myanmar', kind: 'state', iso3: 'MMR' });
    expect(resolveSipriName('MTA (Myanmar)*')).toEqual({ id: 'mta-myanmar', name: 'MTA (Myanmar)*', kind: 'nonstate', iso3: null });
    expect(resolveSipriName('African Union**')).toMatchObject({ id: 'african-union', kind: 'multinational' });
    expect(resolveSipriName('unknown supplier(s)')).toEqual({
      id: 'unknown-suppliers',
      name: 'unknown supplier(s)',
      kind: 'unknown',
      iso3: null,
    });
    expect(resolveSipriName('unknown recipient(s)').id).toBe('unknown-recipients');
  });

  it('tolerates case, spacing and Latin-1/UTF-8 variants', () => {
    const ivory = resolveSipriName("Cote d'Ivoire");
    for (const variant of ["Côte d'Ivoire", "  COTE D'IVOIRE ", "CÃ´te d'Ivoire", 'CÃ´te dâ€™Ivoire', "C\uFFFDte d'Ivoire"]) {
      expect(resolveSipriName(variant), variant).toBe(ivory);
    }
    const turkiye = resolveSipriName('Turkiye');
    for (const variant of ['Turkey', 'Türkiye', 'TÃ¼rkiye', 'T\uFFFDrkiye']) expect(resolveSipriName(variant), variant).toBe(turkiye);
  });

  it('makes an unknown entity with a slug id for a name it does not know', () => {
    expect(resolveSipriName(' Atlantis rebels (Atlantis)* ')).toEqual({
      id: 'atlantis-rebels-atlantis',
      name: 'Atlantis rebels (Atlantis)*',
      kind: 'unknown',
      iso3: null,
    });
    expect(isKnownName('Atlantis')).toBe(false);
    expect(isKnownName('unknown supplier(s)')).toBe(true);
  });
});

describe('suggestEntities', () => {
  it('suggests Myanmar for Burmah', () => {
    expect(suggestEntities('Burmah')[0]).toBe('Myanmar');
    expect(unknownEntity('Burmah', suggestEntities('Burmah', 1)).message).toBe(
      'unknown country or actor: "Burmah" (did you mean Myanmar?)',
    );
  });

  it('suggests by edit distance and by prefix', () => {
    expect(suggestEntities('Rusia')[0]).toBe('Russia');
    expect(suggestEntities('Kazak')[0]).toBe('Kazakhstan');
    expect(suggestEntities('Korea')).toEqual(expect.arrayContaining(['North Korea', 'South Korea']));
    expect(suggestEntities('Jermany')).toContain('Germany');
    expect(suggestEntities('Colombia', 5).length).toBeLessThanOrEqual(5);
  });

  it('suggests nothing for nothing', () => {
    expect(suggestEntities('')).toEqual([]);
    expect(suggestEntities('qqqqqqqqqqqq')).toEqual([]);
  });
});

describe('the table', () => {
  const entities = allEntities();

  it('has unique ids, ISO3 ids for every coded entity and a code for every state', () => {
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    for (const e of entities) {
      if (e.iso3) expect(e.id).toBe(e.iso3);
      if (e.iso3) expect(e.iso3).toMatch(/^[A-Z]{3}$/);
      if (e.kind === 'state') expect(e.iso3, e.name).not.toBeNull();
      if (!e.iso3) expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('covers the states of the world, not only those in the shared files', () => {
    const states = entities.filter((e) => e.kind === 'state');
    expect(states.length).toBeGreaterThanOrEqual(200);
    for (const code of ['AND', 'MCO', 'LIE', 'SMR', 'NRU', 'DMA', 'LCA', 'VAT', 'SRB', 'MNE']) {
      expect(entities.some((e) => e.iso3 === code), code).toBe(true);
    }
    expect(entities.filter((e) => e.kind === 'historical').length).toBeGreaterThanOrEqual(10);
  });

  it('hands out a copy of the list and frozen entities', () => {
    allEntities().pop();
    expect(allEntities()).toHaveLength(entities.length);
    expect(Object.isFrozen(entities[0])).toBe(true);
  });
});

describe('statesNamedIn: the states a free-text title names', () => {
  const named = (t: string) => statesNamedIn(t).map((e) => e.iso3);
  it('every spelling, case aside, at word boundaries, the longest at each place', () => {
    expect(named('SITUATION OF HUMAN RIGHTS IN BURMA')).toEqual(['MMR']);
    expect(named('The situation in the Democratic Republic of the Congo')).toEqual(['COD']);
    expect(named('Côte d’Ivoire and Guinea-Bissau')).toEqual(['CIV', 'GNB']);
    expect(named('Belgium’s proposal, supported by ETHIOPIA.')).toEqual(['BEL', 'ETH']);
    expect(named('Omanis and Chinese')).toEqual([]);
  });
});

describe('mayNameState: the cheap test before statesNamedIn', () => {
  it('is true wherever statesNamedIn lists the state (never a false no)', () => {
    const texts = [
      'The situation in Myanmar', 'Letter dated 5 May from Papua New Guinea', 'Nigeria and Niger', 'Guinea-Bissau',
      'the Democratic Republic of the Congo', 'Côte d’Ivoire', 'Cote d\'Ivoire', 'Türkiye and the Syrian Arab Republic',
      'The question concerning Haiti', 'Bosnia and Herzegovina', 'the former Yugoslav Republic of Macedonia', 'Burma',
      'Korea, Democratic People’s Republic of', 'Middle East, including the Palestinian question', 'Viet Nam', 'Vietnam',
    ];
    const ids = [...new Set(texts.flatMap((t) => statesNamedIn(t).map((e) => e.id)).concat(['MMR', 'PNG', 'NGA', 'NER', 'GIN', 'GNB', 'COD', 'COG', 'CIV', 'TUR', 'SYR', 'HTI', 'VNM', 'PRK', 'KOR']))];
    for (const t of texts) for (const id of ids) if (statesNamedIn(t).some((e) => e.id === id)) expect(mayNameState(t, id), `${t} / ${id}`).toBe(true);
    expect(mayNameState('The situation in Haiti', 'MMR')).toBe(false);
  });
});

describe('abbreviations news writes for states', () => {
  it('PNG, KSA, NZ and BiH name their states', () => {
    expect(['PNG', 'KSA', 'NZ', 'BiH'].map((a) => lookupEntityByName(a)?.iso3)).toEqual(['PNG', 'SAU', 'NZL', 'BIH']);
  });
});
