import { describe, expect, it } from 'vitest';
import { searchCountries } from './country-search.js';

const names = (q: string, opts = {}) => searchCountries(q, opts).map((h) => h.name);

describe('country search', () => {
  it('finds by name prefix, ISO3 code and alias, best first', () => {
    expect(names('myan')[0]).toBe('Myanmar');
    expect(searchCountries('MMR')[0]).toMatchObject({ name: 'Myanmar', matched: 'MMR' });
    expect(searchCountries('burma')[0]).toMatchObject({ name: 'Myanmar', matched: 'Burma' });
    expect(names('korea')).toEqual(expect.arrayContaining(['South Korea', 'North Korea']));
    expect(names('russian fed')[0]).toBe('Russia');
  });

  it('offers close spellings when nothing matches, and nothing for empty input', () => {
    expect(names('Burmah')).toContain('Myanmar');
    expect(names('  ')).toEqual([]);
  });

  it('ranks countries with arms data first and says which have none', () => {
    const hits = searchCountries('guinea', { withArms: new Set(['PNG']) });
    expect(hits[0].name).toBe('Papua New Guinea');
    expect(hits.slice(1).every((h) => !h.hasArms)).toBe(true);
  });
});
