// Where a verb's clause starts: looked up in a table of clause breaks built once per text. The
// definition is a scan back from the verb; they agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseStart, SUBJECT_REACH } from './phrases.js';

/** The definition: scan back from the verb to a break, an aside between dashes right before it skipped. */
function byScan(text: string, unquoted: string, sentStart: number, verbStart: number): number {
  const floor = Math.max(sentStart, verbStart - SUBJECT_REACH);
  for (let i = verbStart - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if ((c === 0x2014 || c === 0x2013) && !/\S/.test(text.slice(i + 1, verbStart))) {
      const open = floor + text.slice(floor, i).lastIndexOf(text[i]);
      if (open > floor) {
        i = open;
        continue;
      }
    }
    if (c === 59 || c === 0x2014 || c === 0x2013 || ((c === 0x201d || c === 34 || c === 0x2019 || c === 0xbb) && unquoted.charCodeAt(i) === 32)) return i + 1;
  }
  return floor;
}

describe('clauseStart', () => {
  it('agrees with the scan back from the verb', () => {
    const ch = fc.constantFrom('a', 'b', ' ', ' ', '\u00a0', ';', '—', '–', '”', '"', '’', '»', ',');
    const input = fc.tuple(fc.array(fc.tuple(ch, fc.boolean()), { minLength: 1, maxLength: 600 }), fc.nat(), fc.nat()).map(([chars, a, b]) => {
      const text = chars.map(([c]) => c).join('');
      // Quotation marks blanked in the unquoted text, some of them.
      const unquoted = chars.map(([c, blank]) => (blank && '”"’»'.includes(c) ? ' ' : c)).join('');
      const verbStart = a % (text.length + 1);
      return { text, unquoted, sentStart: b % (verbStart + 1), verbStart };
    });
    fc.assert(fc.property(input, ({ text, unquoted, sentStart, verbStart }) => {
      expect(clauseStart(text, unquoted, sentStart, verbStart)).toBe(byScan(text, unquoted, sentStart, verbStart));
    }), { seed: 20261208, numRuns: 3000 });
  });

  it('the examples: a semicolon, an aside between dashes before the verb', () => {
    const t = 'It rained; Martin Plaut — who has followed it for years — writes';
    expect(clauseStart(t, t, 0, t.indexOf('writes'))).toBe(t.indexOf(';') + 1);
  });
});
