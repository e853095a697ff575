import { it } from 'vitest';
import { searchCountries } from '/work/main/src/server/country-search.js';
it('x', () => { console.log(JSON.stringify(searchCountries('korea', { withArms: new Set(['PRK']) }))); console.log(JSON.stringify(searchCountries('guin', { withArms: new Set(['PNG']) }).map(h=>h.name))); });
