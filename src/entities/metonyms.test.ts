import { describe, expect, it } from 'vitest';
import { CAPITALS, DEMONYMS, INSTITUTIONS } from './metonym-lexicon.js';
import { lookupMetonym } from './metonyms.js';
import { lookupEntity } from './registry.js';

describe('lookupMetonym', () => {
  it.each([
    ['Chinese', 'CHN', false],
    ['Russian', 'RUS', false],
    ['Burmese', 'MMR', false],
    ["Myanmar's", 'MMR', false],
    ['Myanmar’s', 'MMR', false],
    ['American', 'USA', false],
    ['Americans', 'USA', false],
    ['Beijing', 'CHN', false],
    ['Moscow', 'RUS', false],
    ["Moscow's", 'RUS', false],
    ['Washington', 'USA', false],
    ['Naypyitaw', 'MMR', false],
    ['Naypyidaw', 'MMR', false],
    ['New Delhi', 'IND', false],
    ['Tokyo', 'JPN', false],
    ['the Kremlin', 'RUS', false],
    ['The Kremlin', 'RUS', false],
    ["the Kremlin's", 'RUS', false],
    ['Kremlin', 'RUS', false],
    ['the White House', 'USA', false],
    ['Zhongnanhai', 'CHN', false],
    ['the Tatmadaw', 'MMR', true],
    ['Tatmadaw', 'MMR', true],
    ['the Pentagon', 'USA', true],
    ['PLA', 'CHN', true],
    ['Soviet', 'SUN', false],
    ['Russia', 'RUS', false],
    ['US', 'USA', false],
    ['U.S.', 'USA', false],
    ['Chad', 'TCD', false],
    ['Philippines’', 'PHL', false],
    ['"Beijing,"', 'CHN', false],
  ])('%s → %s', (text, iso3, military) => {
    expect(lookupMetonym(text)).toEqual({ iso3, military });
  });

  it('matches proper nouns only, and acronyms only in capitals', () => {
    for (const text of ['chinese', 'moscow', 'us', 'Us', 'turkey', 'chad', 'Pla', 'the', '', '   ', 'Korean', 'Congolese']) {
      expect(lookupMetonym(text), text).toBeNull();
    }
  });

  it('does not name non-state actors', () => {
    expect(lookupMetonym('Hezbollah')).toBeNull();
    expect(lookupMetonym('NATO')).toBeNull();
  });
});

describe('the lexicon', () => {
  it('uses only codes the registry knows', () => {
    const codes = [...Object.keys(DEMONYMS), ...Object.keys(CAPITALS), ...INSTITUTIONS.map((i) => i.iso3)];
    for (const code of codes) expect(lookupEntity(code)?.iso3, code).toBe(code);
  });

  it('has a capital for every UN member state', () => {
    expect(Object.keys(CAPITALS).length).toBeGreaterThanOrEqual(190);
  });

  it('names no phrase for two states', () => {
    const seen = new Map<string, string>();
    const all: [string, string][] = [
      ...Object.entries(DEMONYMS).flatMap(([iso3, words]) => words.map((w): [string, string] => [w, iso3])),
      ...Object.entries(CAPITALS).flatMap(([iso3, words]) => words.map((w): [string, string] => [w, iso3])),
      ...INSTITUTIONS.map((i): [string, string] => [i.text, i.iso3]),
    ];
    for (const [word, iso3] of all) {
      const key = word.toLowerCase();
      expect(seen.get(key) ?? iso3, word).toBe(iso3);
      seen.set(key, iso3);
    }
  });
});
