import { spanIndexAt } from './spans.js';
import type { Span } from './types.js';

// Cheap tests run before the expensive patterns, and word lists compiled to one regular expression.
// A list of keys becomes a trie-shaped alternation (`s(?:aid|ays)`) that V8 scans in one pass with a
// first-character dispatch: far cheaper than a flat alternation or one `includes` call per key.

type Trie = Map<string, Trie>;
const END = '';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toPattern(trie: Trie): string {
  const alternatives: string[] = [];
  let optional = false;
  for (const [ch, child] of trie) {
    if (ch === END) {
      optional = true;
      continue;
    }
    alternatives.push(escape(ch) + toPattern(child));
  }
  if (!alternatives.length) return '';
  const body = alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
  return optional ? `(?:${body})?` : body;
}

/** One pattern matching any of `words` (no anchors, no flags). */
export function trieSource(words: readonly string[]): string {
  const root: Trie = new Map();
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch)!;
    }
    node.set(END, new Map());
  }
  return toPattern(root);
}

/** A test for lower-case text holding one of `keys` at a word start (keys that start with a letter or digit). */
export function keyTest(keys: readonly string[]): ((lower: string) => boolean) & { source: string } {
  const words = keys.filter((k) => /^[a-z0-9]/.test(k));
  const others = keys.filter((k) => !/^[a-z0-9]/.test(k));
  const parts = [];
  if (words.length) parts.push(`\\b${trieSource(words)}`);
  if (others.length) parts.push(trieSource(others));
  const re = new RegExp(parts.join('|'));
  return Object.assign((lower: string) => re.test(lower), { source: re.source });
}

/** Lower case with every offset kept (`İ` lower-cases to two code units; then only ASCII is folded). */
export function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** The sentences of lower-case `text` that hold one of `keys` (one pass over the whole text). */
export function sentencesWith(keys: readonly string[]): (lower: string, sentences: readonly Span[]) => Set<number> {
  const test = keyTest(keys);
  const re = new RegExp(test.source, 'g');
  return (lower, sentences) => {
    const out = new Set<number>();
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      const si = spanIndexAt(sentences, m.index);
      if (si >= 0) {
        out.add(si);
        // Skip to the end of this sentence: one hit is enough.
        re.lastIndex = Math.max(re.lastIndex, sentences[si].end);
      }
    }
    return out;
  };
}
