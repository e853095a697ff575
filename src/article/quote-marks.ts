// Pair the quotation marks of an article: curly “…” (and ”…”) and straight "…" double quotes, ‘…’ and '…'
// single quotes at the top level (British style), and the news convention for a quote that runs over
// several paragraphs (no closing mark at the end of a paragraph, an opening mark on the next).
import { indexAt } from './spans.js';
import type { Paragraph, QuoteSpan, Span } from './types.js';

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const WORD = /[\p{L}\p{N}]/u;
/** Only these characters can open or close a quotation. */
const QUOTE_CHAR = /[“”„«»"‘’'″]/g;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

interface Open {
  mark: number;
  single: boolean;
  segments: Span[];
  segStart: number;
}

/** Inner span without surrounding spaces. */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export function pairQuoteMarks(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried: Open | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let open: Open | null = null;
    let i = para.start;
    if (carried) {
      const first = text[para.start];
      if (OPEN_DOUBLE.has(first) || first === '"') {
        open = carried;
        open.segStart = para.start + 1;
        i = para.start + 1;
      } else {
        // Unclosed at the end of the last paragraph and no continuation: the quote ends there.
        spans.push(finish(text, carried, null));
      }
      carried = null;
    }
    QUOTE_CHAR.lastIndex = i;
    for (let q = QUOTE_CHAR.exec(text); q && q.index < para.end; q = QUOTE_CHAR.exec(text)) {
      i = q.index;
      const ch = text[i];
      const before = text[i - 1];
      const after = text[i + 1];
      if (ch === '“' && open && !open.single && text[open.mark] === '„') {
        // German and Polish style, „…“: the high mark closes what the low one opened.
        open.segments.push(trimSpan(text, open.segStart, i));
        spans.push(finish(text, open, i));
        open = null;
      } else if (OPEN_DOUBLE.has(ch)) {
        if (open && !open.single) {
          // A second opening mark: the first quote was never closed; end it here.
          open.segments.push(trimSpan(text, open.segStart, i));
          spans.push(finish(text, open, null));
        }
        open = { mark: i, single: false, segments: [], segStart: i + 1 };
      } else if (CLOSE_DOUBLE.has(ch)) {
        if (open && !open.single) {
          open.segments.push(trimSpan(text, open.segStart, i));
          spans.push(finish(text, open, i));
          open = null;
        } else if (open && open.single) {
          open = null; // a stray single quote was not a quote
        } else if (!open && ch === '”' && (before === undefined || /[\s(\[:—–-]/.test(before)) && after !== undefined && !/\s/.test(after)) {
          // `”…”`, the Nordic convention and a common typo: a right mark after a space, before a
          // word, opens (as a straight `"` would).
          open = { mark: i, single: false, segments: [], segStart: i + 1 };
        }
      } else if (ch === '"' || ch === '″') {
        // (`″`, a double prime, is typed for a straight quote mark by some outlets: `… F-35″ he said`.)
        if (open && !open.single) {
          open.segments.push(trimSpan(text, open.segStart, i));
          spans.push(finish(text, open, i));
          open = null;
        } else if (!isWordChar(before) && after !== undefined && !/\s/.test(after)) {
          open = { mark: i, single: false, segments: [], segStart: i + 1 };
        }
      } else if (ch === "'" && after === "'" && open && !open.single) {
        // `''` typed for a closing double quote.
        open.segments.push(trimSpan(text, open.segStart, i));
        spans.push(finish(text, open, i + 1));
        open = null;
        QUOTE_CHAR.lastIndex = i + 2;
      } else if ((ch === '‘' || ch === "'") && !open && !isWordChar(before) && isWordChar(after)) {
        open = { mark: i, single: true, segments: [], segStart: i + 1 };
      } else if ((ch === '’' || ch === "'") && open && open.single && !isWordChar(after) && (isWordChar(before) || /[.,!?]/.test(before ?? ''))) {
        // `’` after a word and before a space or punctuation closes a single quote; `Myanmar’s` does not.
        open.segments.push(trimSpan(text, open.segStart, i));
        spans.push(finish(text, open, i));
        open = null;
      }
    }
    if (open && !open.single) {
      open.segments.push(trimSpan(text, open.segStart, para.end));
      const next = paragraphs[p + 1];
      const nextFirst = next ? text[next.start] : undefined;
      if (next && (OPEN_DOUBLE.has(nextFirst!) || nextFirst === '"') && next.kind === 'body') {
        carried = open;
      } else {
        spans.push(finish(text, open, null));
      }
    }
  }
  if (carried) spans.push(finish(text, carried, null));
  return spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
}

function finish(text: string, open: Open, close: number | null): QuoteSpan {
  const segments = open.segments.filter((s) => s.end > s.start);
  const start = segments[0]?.start ?? open.mark + 1;
  const end = segments[segments.length - 1]?.end ?? start;
  return {
    start,
    end,
    open: open.mark,
    close: close ?? end,
    segments,
    closed: close !== null,
  };
}

const openOf = (q: QuoteSpan): number => q.open;
const pastCloseOf = (q: QuoteSpan): number => q.close + 1;

/** Index of the quotation (marks included) containing offset `i`, or -1. */
export function quoteAt(spans: QuoteSpan[], i: number): number {
  return indexAt(spans, i, openOf, pastCloseOf);
}
