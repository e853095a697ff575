import { describe, expect, it } from 'vitest';
import { keyGroups, keyTest } from './text-tests.js';

describe('keyGroups: several key lists in one pass', () => {
  // Keys that are prefixes of one another, that start inside another, across groups, and non-word keys.
  const groups = [
    ['most', 'bulk', 'nearly all', 'all of'],
    ['most of', 'bulk of', 'majority of'],
    ['travel', 'trip'],
    ['travel ban', 'sanction'],
    ['%', 'per cent', 'u.n', 'un '],
    [],
  ];
  const all = keyGroups(groups);
  const each = groups.map((g) => (g.length ? keyTest(g) : () => false));
  const expected = (s: string) => each.reduce((bits, test, i) => (test(s) ? bits | (1 << i) : bits), 0);

  it('answers as one keyTest per group', () => {
    for (const s of ['', 'most of the arms', 'almost', 'nearly all of them', 'a travel ban', 'travelled', 'the u.n. said', 'un 5%', 'unmost', 'sanctions, trips']) {
      expect(all(s), s).toBe(expected(s));
    }
  });

  it('answers as keyTest on the slice, for a slice and for each span', () => {
    const text = 'they bought most of it. a travel ban. nearly all of. the u.n said 5 per cent';
    const spans = [{ start: 0, end: 23 }, { start: 24, end: 31 }, { start: 38, end: 52 }, { start: 53, end: text.length }];
    const perSpan = all.perSpan(text, spans);
    spans.forEach((s, i) => {
      const slice = text.slice(s.start, s.end);
      expect(all(text, s.start, s.end), slice).toBe(expected(slice));
      expect(perSpan[i], slice).toBe(expected(slice));
    });
  });

  it('matches keyTest on random text', () => {
    const words = ['most', 'of', 'bulk', 'all', 'nearly', 'travel', 'ban', 'trip', 'per', 'cent', '%', 'u.n', 'un', 'x', 'majority', ' ', ' ', '-'];
    let seed = 1;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let k = 0; k < 500; k++) {
      let s = '';
      for (let w = rnd(12); w > 0; w--) s += words[rnd(words.length)] + (rnd(3) ? ' ' : '');
      expect(all(s), s).toBe(expected(s));
      const from = s.indexOf(' ') + 1;
      const to = from + rnd(s.length - from + 1);
      expect(all(s, from, to), `${s} [${from}, ${to})`).toBe(expected(s.slice(from, to)));
    }
  });
});
