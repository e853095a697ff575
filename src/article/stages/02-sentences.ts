// Stage 2 — sentences: pair the quotation marks, then split paragraphs into sentences without
// breaking inside a quotation (`“He knows China … follow it,” he said.` is one sentence).
import { ABBREVIATIONS } from '../model/abbreviations.js';
import { pairQuoteMarks, quoteAt } from '../quote-marks.js';
import type { ArticleDoc, Paragraph, QuoteSpan, Sentence } from '../types.js';

const BOUNDARY = /[.!?…]+[”"’')\]]*(?=\s+[“"‘'(\[]?[\p{Lu}\p{N}])/gu;
const LAST_WORD = /(\S+)$/;

function isAbbreviation(text: string, paraStart: number, at: number): boolean {
  const before = text.slice(Math.max(paraStart, at - 24), at);
  const m = LAST_WORD.exec(before);
  if (!m) return false;
  const word = m[1].replace(/^[“"‘'(\[]+/, '').toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // An initial (`J. Smith`) or an acronym with periods (`U.S.`).
  return /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

export function splitSentences(text: string, paragraphs: Paragraph[], quotes: QuoteSpan[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((para, p) => {
    let start = para.start;
    if (para.kind === 'body' || para.kind === 'caption') {
      const slice = text.slice(para.start, para.end);
      BOUNDARY.lastIndex = 0;
      for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
        const at = para.start + m.index;
        const end = at + m[0].length;
        if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(text, para.start, at)) continue;
        const q = quoteAt(quotes, at);
        // Inside a quotation the sentence goes on, unless the quotation closes right here.
        if (q >= 0 && !(quotes[q].close >= at && quotes[q].close < end)) continue;
        out.push({ start, end, para: p });
        start = end;
        while (start < para.end && /\s/.test(text[start])) start++;
      }
    }
    if (start < para.end) out.push({ start, end: para.end, para: p });
  });
  return out;
}

/** Every character but line breaks as a space (a per-character pattern replace is far slower). */
function blank(s: string): string {
  return s.includes('\n') ? s.split('\n').map((line) => ' '.repeat(line.length)).join('\n') : ' '.repeat(s.length);
}

/** The text with quotations blanked, so later stages look only at the reporter's own words. */
export function blankQuotations(text: string, quotes: QuoteSpan[]): string {
  if (!quotes.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    const from = Math.max(at, q.open);
    const to = Math.min(text.length, q.close + 1);
    if (to <= from) continue;
    parts.push(text.slice(at, from), blank(text.slice(from, to)));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export function sentences(doc: ArticleDoc): void {
  doc.quoteSpans = pairQuoteMarks(doc.text, doc.paragraphs);
  doc.sentences = splitSentences(doc.text, doc.paragraphs, doc.quoteSpans);
  doc.unquoted = blankQuotations(doc.text, doc.quoteSpans);
}
