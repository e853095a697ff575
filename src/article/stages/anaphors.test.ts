// A sentence that opens with `the visit`, `their two-day trip` refers back to an event of that type.
// Found word by word; the definition is one case-blind pattern per type (too costly to compile in
// every run). They agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANAPHOR_NOUNS } from '../model/events.js';
import type { EventType } from '../types.js';
import { anaphorTypes } from './05-events.js';

const DEFINITION = Object.entries(ANAPHOR_NOUNS).map(([type, nouns]) => [type, new RegExp(String.raw`^\W*(?:the|that|this|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:${nouns.join('|')})\b`, 'iu')] as const);
const byDefinition = (before: string) => DEFINITION.filter(([, re]) => re.test(before)).map(([type]) => type as EventType).sort();

const WORDS = [
  'The', 'the', 'THE', 'Their', 'their', 'this', 'That', 'his', 'her', 'Theresa', 'these', 'a', 'visit', 'Visit', 'visits', 'visit’s', 'visitors',
  'trip-planning', 'two-day', 'trip', 'talks', 'TALKS', 'summit', 'drill', 'drills', 'Drills', 'deal', 'deals', 'contract', 'sanctions', 'vote',
  'veto', 'accord', 'remarks', 'new', 'surprise', 'state', 'visité', '2', '2021', '“', '—', '(', 'and', 'included', 'meeting',
];

describe('anaphorTypes', () => {
  it('agrees with the one-pattern-per-type definition on generated sentence openings', () => {
    const opening = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ' ', '  ', ', ', '')), { minLength: 1, maxLength: 6 }).map((p) => p.map(([w, s]) => w + s).join(''));
    fc.assert(fc.property(opening, (before) => { expect([...anaphorTypes(before)].sort()).toEqual(byDefinition(before)); }), { seed: 20261208, numRuns: 4000 });
  });

  it('the examples: a determiner, perhaps a word, then the noun', () => {
    expect(anaphorTypes('The visit included ')).toEqual(['visit']);
    expect(anaphorTypes('“Their two-day trip, which ')).toEqual(['visit']);
    expect(anaphorTypes('The visitors were ')).toEqual([]);
    expect(anaphorTypes('In the visit ')).toEqual([]);
  });
});
