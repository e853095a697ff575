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

  it('between equally good matches, ranks those with arms data first and flags the others', () => {
    expect(searchCountries('korea', { withArms: new Set(['KOR']) }).map((h) => [h.name, h.hasArms])).toEqual([['South Korea', true], ['North Korea', false]]);
    expect(searchCountries('korea', { withArms: new Set(['PRK']) }).map((h) => [h.name, h.hasArms])).toEqual([['North Korea', true], ['South Korea', false]]);
    // A better match still comes first.
    expect(names('guinea', { withArms: new Set(['PNG']) })[0]).toBe('Guinea');
  });
});
