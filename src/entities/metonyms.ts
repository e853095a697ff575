// A word or phrase from news text → the state it stands for: `Beijing`, `the Kremlin`, `Burmese`,
// `Myanmar's`, `the Tatmadaw` (military). Text input never throws; no match is null.
import { CAPITALS, DEMONYMS, INSTITUTIONS } from './metonym-lexicon.js';
import { lookupEntityByName } from './registry.js';
import { foldKey } from './text.js';

export interface Metonym {
  iso3: string;
  /** The phrase names the state's armed forces (`the Pentagon`, `the Tatmadaw`), not the state. */
  military: boolean;
}

interface Entry extends Metonym {
  /** Written in capitals (`PLA`, `IDF`): matches only when the text is in capitals too. */
  acronym: boolean;
}

const INDEX = new Map<string, Entry>();
function add(text: string, iso3: string, military: boolean): void {
  const bare = text.replace(/^the\s+/i, '');
  INDEX.set(foldKey(bare), { iso3, military, acronym: bare.length <= 4 && bare === bare.toUpperCase() });
}
for (const [iso3, words] of Object.entries(DEMONYMS)) for (const word of words) add(word, iso3, false);
for (const [iso3, words] of Object.entries(CAPITALS)) for (const word of words) add(word, iso3, false);
for (const { text, iso3, military } of INSTITUTIONS) add(text, iso3, military);

function isUpperCase(text: string): boolean {
  return text === text.toUpperCase();
}

/**
 * The state a phrase stands for, or null. Proper nouns only: the phrase (after a leading `the`)
 * must start with a capital, so `turkey`, `chad` or `us` in running text match nothing, and short
 * acronyms (`US`, `PLA`) must be written in capitals. Possessives and plurals are undone
 * (`Russia's`, `the Kremlin's`, `Americans`). Country names and their aliases count too.
 */
export function lookupMetonym(text: string): Metonym | null {
  const phrase = text
    .trim()
    .replace(/^["'“”‘’([]+|["'“”‘’)\].,;:!?]+$/gu, '')
    .replace(/^the\s+/i, '')
    .replace(/(?<=s)['’]$|['’]s$/u, '');
  if (!/^\p{Lu}/u.test(phrase)) return null;
  const key = foldKey(phrase);
  const entry = INDEX.get(key) ?? (key.endsWith('s') ? INDEX.get(key.slice(0, -1)) : undefined);
  if (entry) {
    return entry.acronym && !isUpperCase(phrase) ? null : { iso3: entry.iso3, military: entry.military };
  }
  const entity = lookupEntityByName(phrase);
  if (!entity?.iso3 || (entity.kind !== 'state' && entity.kind !== 'historical')) return null;
  // Short names must be written as the name is (`Chad`) or in capitals (`US`), never `Us`.
  if (phrase.replace(/[^\p{L}]/gu, '').length <= 4 && phrase !== entity.name && !isUpperCase(phrase)) return null;
  return { iso3: entity.iso3, military: false };
}
