import { describe, expect, it } from 'vitest';
import { windowSpecOf } from './windows.js';

describe('claim windows', () => {
  // One phrase per rule of model/windows.ts: the cheap test before the rules must let each through.
  const phrases: [string, unknown][] = [
    ['between 2010 and 2020', { kind: 'range', from: 2010, to: 2020 }],
    ['in 2015–2019', { kind: 'range', from: 2015, to: 2019 }],
    ['over its entire history', { kind: 'history' }],
    ['historically', { kind: 'history' }],
    ['traditionally', { kind: 'history' }],
    ['has long been', { kind: 'history' }],
    ['for decades', { kind: 'history' }],
    ['of all time', { kind: 'history' }],
    ['since independence', { kind: 'history' }],
    ['since the Cold War', { kind: 'history' }],
    ['in the past five years', { kind: 'last', years: 5 }],
    ['over the last two decades', { kind: 'last', years: 20 }],
    ['during the previous decade', { kind: 'last', years: 10 }],
    ['since 2014', { kind: 'since', from: 2014 }],
    ['since the 1990s', { kind: 'since', from: 1990 }],
    ['in the 1980s', { kind: 'range', from: 1980, to: 1989 }],
    ['in 2021', { kind: 'range', from: 2021, to: 2021 }],
    ['last year', { kind: 'last', years: 1 }],
    ['lately', { kind: 'last', years: 10 }],
    ['in recent years', { kind: 'last', years: 10 }],
    ['of late', { kind: 'last', years: 10 }],
    ['these days', { kind: 'last', years: 10 }],
    ['nowadays', { kind: 'last', years: 10 }],
  ];
  for (const [phrase, spec] of phrases) {
    it(`reads “${phrase}”`, () => {
      expect(windowSpecOf(`Russia was the main supplier ${phrase}.`).spec).toEqual(spec);
    });
  }

  it('gives the five-year default to a sentence with no window', () => {
    expect(windowSpecOf('Russia is the main supplier of the junta.')).toEqual({ spec: { kind: 'last', years: 5 }, phrase: null });
  });
});
