import { spanIndexAt } from './spans.js';
import type { ArticleDoc, Span } from './types.js';

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

const lowered = new WeakMap<ArticleDoc, { of: string; lower: string }>();

/** `lowerKeepingOffsets(doc.unquoted)`, computed once per document for the stages that need it. */
export function lowerUnquoted(doc: ArticleDoc): string {
  const hit = lowered.get(doc);
  if (hit && hit.of === doc.unquoted) return hit.lower;
  const lower = lowerKeepingOffsets(doc.unquoted);
  lowered.set(doc, { of: doc.unquoted, lower });
  return lower;
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

export interface KeyGroups {
  /** The groups `lower[from, to)` holds a key of, as bits (bit g for `groups[g]`). */
  (lower: string, from?: number, to?: number): number;
  /** The same for each of `spans` (sorted, not overlapping), in one pass over `lower`. */
  perSpan(lower: string, spans: readonly Span[]): Uint32Array;
}

/**
 * Several key lists tested in one pass: bit g of the answer is set when the slice holds a key of
 * `groups[g]` at a word start, exactly as `keyTest(groups[g])` on that slice would say (at most 31
 * groups, no empty key). The trie pattern finds the longest key at each position; the keys that are
 * prefixes of it match there too, so each key carries the bits of all its prefixes. The scan restarts
 * one character after each hit, so keys that start inside another (`nearly all` / `all of`) are seen
 * as well. A slice must not start right after a word character (where `\b` would differ).
 */
export function keyGroups(groups: readonly (readonly string[])[]): KeyGroups {
  const keys = [...new Set(groups.flat())];
  const own = new Map<string, number>(keys.map((k) => [k, groups.reduce((bits, g, i) => (g.includes(k) ? bits | (1 << i) : bits), 0)]));
  /** For each key, its prefixes that are keys (itself included) with their bits. */
  const prefixes = new Map<string, { length: number; bits: number }[]>(
    keys.map((k) => [k, keys.filter((p) => k.startsWith(p)).map((p) => ({ length: p.length, bits: own.get(p)! }))]),
  );
  const all = new Map<string, number>([...prefixes].map(([k, ps]) => [k, ps.reduce((bits, p) => bits | p.bits, 0)]));
  const re = new RegExp(keyTest(keys).source, 'g');
  /** The bits of a hit of `key` at `at` in a slice ending at `to`. */
  const bitsOf = (key: string, at: number, to: number): number => {
    if (at + key.length <= to) return all.get(key)!;
    // A key running past the end of the slice: only its shorter prefixes are in the slice.
    let bits = 0;
    for (const p of prefixes.get(key)!) if (at + p.length <= to) bits |= p.bits;
    return bits;
  };
  const test = (lower: string, from = 0, to = lower.length): number => {
    let bits = 0;
    re.lastIndex = from;
    for (let m = re.exec(lower); m && m.index < to; m = re.exec(lower)) {
      bits |= bitsOf(m[0], m.index, to);
      re.lastIndex = m.index + 1;
    }
    return bits;
  };
  const perSpan = (lower: string, spans: readonly Span[]): Uint32Array => {
    const out = new Uint32Array(spans.length);
    if (!spans.length) return out;
    let j = 0;
    re.lastIndex = spans[0].start;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      const at = m.index;
      while (j < spans.length && spans[j].end <= at) j++;
      if (j === spans.length) break;
      if (at >= spans[j].start) out[j] |= bitsOf(m[0], at, spans[j].end);
      re.lastIndex = at + 1;
    }
    return out;
  };
  return Object.assign(test, { perSpan });
}
