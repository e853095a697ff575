import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../pipeline.js';
import { pairQuoteMarks } from '../quote-marks.js';
import type { Paragraph } from '../types.js';
import { blankQuotations } from './02-sentences.js';

const split = (text: string) => {
  const doc = analyzeArticle(`A title for the test\n\n${text}`, {}, 'sentences');
  return doc.sentences.filter((s) => doc.paragraphs[s.para].kind !== 'title').map((s) => doc.text.slice(s.start, s.end));
};

const paragraphs = (text: string): Paragraph[] => {
  const out: Paragraph[] = [];
  let at = 0;
  for (const p of text.split('\n\n')) {
    out.push({ start: at, end: at + p.length, kind: 'body' });
    at += p.length + 2;
  }
  return out;
};
const quoted = (text: string) => pairQuoteMarks(text, paragraphs(text)).map((q) => q.segments.map((s) => text.slice(s.start, s.end)).join(' | '));

describe('sentences', () => {
  it('splits at sentence ends but not after abbreviations, initials or U.S.', () => {
    expect(split('Mr. Smith met Gen. Lee in the U.S. capital. J. R. Doe was there. Then they left! Did it work? Yes.')).toEqual([
      'Mr. Smith met Gen. Lee in the U.S. capital.',
      'J. R. Doe was there.',
      'Then they left!',
      'Did it work?',
      'Yes.',
    ]);
  });

  it('does not split inside a quotation', () => {
    expect(split('“He knows China will not help. China has concerns. That is why,” he said. Then he left.')).toEqual([
      '“He knows China will not help. China has concerns. That is why,” he said.',
      'Then he left.',
    ]);
  });

  it('splits after a quotation that ends a sentence', () => {
    expect(split('“It undercuts U.S. insistence on values,” he said. “The flip side of it is clear.” Analysts agree.')).toEqual([
      '“It undercuts U.S. insistence on values,” he said.',
      '“The flip side of it is clear.”',
      'Analysts agree.',
    ]);
  });

  it('never runs a sentence over a paragraph break', () => {
    expect(split('First paragraph without a stop\n\nSecond paragraph.')).toEqual(['First paragraph without a stop', 'Second paragraph.']);
  });
});

describe('quotation marks', () => {
  it('pairs curly and straight double quotes', () => {
    expect(quoted('“One,” he said. "Two," she said.')).toEqual(['One,', 'Two,']);
  });

  it('pairs right marks used for both ends (”…”, the Nordic convention and a common typo)', () => {
    expect(quoted('The minister said: ”We will buy the jets.” He added that ”the deal is done”, and left.')).toEqual(['We will buy the jets.', 'the deal is done']);
    // A right mark after a word still only closes: `“Yes,” he said` keeps one quotation.
    expect(quoted('“Yes,” he said. It was ”final”.')).toEqual(['Yes,', 'final']);
  });

  it('takes a double prime (″) typed for a quote mark as one', () => {
    expect(quoted('“The F-16 is in the same class as the F-35″, Luis Petri said. He called it ″a good plane″.')).toEqual(['The F-16 is in the same class as the F-35', 'a good plane']);
  });

  it('pairs German and Polish marks („…“) and guillemets', () => {
    expect(quoted('„We are ready“, said Olaf Scholz. «Nous sommes prêts», he added.')).toEqual(['We are ready', 'Nous sommes prêts']);
  });

  it('does not take apostrophes for quotes', () => {
    expect(quoted('Myanmar’s junta and the generals’ plan. It\'s Russia\'s turn.')).toEqual([]);
  });

  it('reads single quotes at the top level, British style', () => {
    expect(quoted("He called it 'a turning point' and 'a deal'. The country's 'friend' is near.")).toEqual(['a turning point', 'a deal', 'friend']);
    expect(quoted('He said: “They called it ‘a gift’ yesterday.”')).toEqual(['They called it ‘a gift’ yesterday.']);
  });

  it('carries a quotation over paragraphs that open with a quote mark', () => {
    const text = '“We rebuilt the air force.\n\n“Nobody will dictate to us,” Saleh said.';
    const [q] = pairQuoteMarks(text, paragraphs(text));
    expect(q.segments.map((s) => text.slice(s.start, s.end))).toEqual(['We rebuilt the air force.', 'Nobody will dictate to us,']);
    expect(q.closed).toBe(true);
  });

  it('ends an unclosed quotation at its paragraph', () => {
    expect(quoted('“This never closes.\n\nThe next paragraph is narration.')).toEqual(['This never closes.']);
  });

  it('blanks quotations without moving any offset', () => {
    const text = 'He said “no way” today.';
    const blank = blankQuotations(text, pairQuoteMarks(text, paragraphs(text)));
    expect(blank).toBe('He said          today.');
    expect(blank.length).toBe(text.length);
  });
});
