// The role aside (`X, commander of the force, said`) is found word by word against the role nouns;
// its definition is one pattern holding them all (too costly to compile in every run). They agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLE_NOUNS } from '../model/people.js';
import { trieSource } from '../text-tests.js';
import { roleAsideAt } from './speech.js';

const DEFINITION = new RegExp(`,\\s+(?:(?:[\\p{Lu}][\\p{L}.-]*\\s+){0,2}[\\p{Lu}][\\p{L}.-]*['’]s\\s+)?(?:[\\p{Lu}][\\p{L}.-]*\\s+){0,3}?(?:[\\p{Ll}-]+\\s+){0,2}${trieSource([...ROLE_NOUNS, ...[...ROLE_NOUNS].map((w) => w[0].toUpperCase() + w.slice(1))])}\\b[^,]{0,120},$`, 'u');
const byDefinition = (pre: string) => DEFINITION.exec(pre)?.index ?? -1;

const WORDS = [
  'minister', 'Minister', 'MINISTER', 'ministers', 'ministerial', 'attaché', 'attachés', 'co-founder', 'vice-president', 'head', 'headquarters',
  'chief', 'Chief', 'analyst', 'of', 'the', 'force', 'General', 'Staff', 'Lao', 'People’s', "Mali's", 'Saudi', 'Arabia’s', 'crown', 'prince',
  'U.S.', 'US', 'Special', 'Envoy', 'for', 'South', 'Asia', 'interim', 'president', 'former', 'senior', 'said', 'told', 'Reuters', '2021', '(ret.)',
  'minister’s', 'MP', 'mp', 'MPs', 'CEO', 'Ceo', 'a', 'who', 'Defence', 'Ministry', 'spokesman', 'X', 'é', '—', 'foreign', 'deputy',
];

describe('roleAsideAt', () => {
  it('agrees with the one-pattern definition on clauses built from role nouns, titles, owners and other words', () => {
    const token = fc.constantFrom(...WORDS);
    const sep = fc.constantFrom(' ', ' ', ' ', ', ', '  ', ',');
    const clause = fc.array(fc.tuple(token, sep), { minLength: 1, maxLength: 14 }).map((parts) => `${parts.map(([w, s]) => w + s).join('').trimEnd()},`);
    fc.assert(fc.property(clause, (pre) => roleAsideAt(pre) === byDefinition(pre)), { seed: 20261208, numRuns: 4000 });
  });

  it('finds the examples it is for, and not a clause without a role', () => {
    for (const pre of ['Lt. Gen. John Smith, commander of the force,', 'Mohammed bin Salman, Saudi Arabia’s crown prince,', 'Zalmay Khalilzad, US Special Envoy for South Asia,', 'Maj. Gen. Xaysana, Chief of the General Staff of the Lao People\'s Army,']) {
      expect(roleAsideAt(pre), pre).toBe(pre.lastIndexOf(',', pre.length - 2));
      expect(roleAsideAt(pre)).toBe(byDefinition(pre));
    }
    expect(roleAsideAt('Moscow, the capital of Russia,')).toBe(-1);
    expect(roleAsideAt('In Yangon, a city of millions,')).toBe(-1);
  });
});
