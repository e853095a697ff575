import { describe, expect, it } from 'vitest';
import { resolveImfName } from './imf-names.js';

const id = (n: string) => {
  const r = resolveImfName(n);
  return r === null ? null : 'entity' in r ? r.entity.id : `agg:${r.aggregate}`;
};

describe('resolveImfName', () => {
  it('turns the IMF’s inverted names round and spells out their abbreviations', () => {
    expect(id('Korea, Rep. of')).toBe('KOR');
    expect(id("Korea, Dem. People's Rep. of")).toBe('PRK');
    expect(id('Congo, Dem. Rep. of the')).toBe('COD');
    expect(id('Congo, Rep. of')).toBe('COG');
    expect(id('Yemen, Rep. of')).toBe('YEM');
    expect(id("Yemen, People's Dem. Rep. of")).toBe('YMD');
    expect(id('Yemen Arab Rep.')).toBe('YAR');
    expect(id('Netherlands, The')).toBe('NLD');
    expect(id('Afghanistan, Islamic Rep. of')).toBe('AFG');
    expect(id('Kyrgyz Rep.')).toBe('KGZ');
    expect(id('Venezuela, Rep. Bolivariana de')).toBe('VEN');
    expect(id('São Tomé and Príncipe, Dem. Rep. of')).toBe('STP');
    expect(id('Russian Federation')).toBe('RUS');
  });

  it('China’s regions: Mainland is China, Hong Kong and Macao are themselves; parts of the Kingdom of the Netherlands too', () => {
    expect(id('China, P.R.: Mainland')).toBe('CHN');
    expect(id('China, P.R.: Hong Kong')).toBe('HKG');
    expect(id('China, P.R.: Macao')).toBe('MAC');
    expect(id('Aruba, Kingdom of the Netherlands')).toBe('ABW');
    expect(id('Curaçao, Kingdom of the Netherlands')).toBe('CUW');
  });

  it('groups, rests and parts of a country are aggregates, never a country', () => {
    for (const n of ['World', 'Euro Area', 'Advanced Economies', 'Asia not specified', 'Countries & Areas not specified', 'Belgium-Luxembourg', 'Malaysia, West',
      'Emerging Market and Developing Economies by Source of Export Earnings: Fuel', 'Some New Region not specified']) {
      expect(id(n), n).toBe(`agg:${n}`);
    }
  });

  it('an unknown name is null (reported by the import, not guessed)', () => {
    expect(id('Narnia, Rep. of the')).toBeNull();
  });
});
