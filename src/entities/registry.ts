// The one place names become entities: SIPRI's spellings, UN spellings and what users type.
// The tables are data (countries.ts, actors.ts); the index is built once at import, nothing here does I/O.
import type { Entity } from '../core/types.js';
import { COUNTRIES, type EntityRecord } from './countries.js';
import { MULTINATIONAL_ACTORS, NONSTATE_ACTORS, UNKNOWN_ACTORS } from './actors.js';
import { editDistance, foldKey, keyPattern, slugify } from './text.js';

interface Indexed {
  entities: readonly Entity[];
  /** Folded name or alias → entity. */
  byKey: Map<string, Entity>;
  /** ISO3 code and id → entity. */
  byCode: Map<string, Entity>;
  /** Every name and alias as written, for suggestions. */
  spellings: { key: string; entity: Entity }[];
}

function buildIndex(records: readonly EntityRecord[]): Indexed {
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const byCode = new Map<string, Entity>();
  const spellings: Indexed['spellings'] = [];
  for (const record of records) {
    const entity: Entity = Object.freeze({
      id: record.iso3 ?? slugify(record.name),
      name: record.name,
      kind: record.kind ?? 'state',
      iso3: record.iso3 ?? null,
    });
    if (byCode.has(entity.id)) throw new Error(`entity table: duplicate id ${entity.id}`);
    byCode.set(entity.id, entity);
    entities.push(entity);
    for (const spelling of [record.name, ...(record.aliases ?? [])]) {
      const key = foldKey(spelling);
      const taken = byKey.get(key);
      if (taken && taken !== entity) {
        throw new Error(`entity table: "${spelling}" names both ${taken.id} and ${entity.id}`);
      }
      byKey.set(key, entity);
      spellings.push({ key, entity });
    }
  }
  return { entities, byKey, byCode, spellings };
}

const RECORDS = [...COUNTRIES, ...NONSTATE_ACTORS, ...MULTINATIONAL_ACTORS, ...UNKNOWN_ACTORS];
const INDEX = buildIndex(RECORDS);

/**
 * Every spelling the registry holds for an entity (its name and aliases), longest first: what to look
 * for when a free-text title (a UN agenda item, a resolution's title) speaks of it.
 */
export function spellingsOf(id: string): string[] {
  const record = RECORDS.find((r) => (r.iso3 ?? slugify(r.name)) === id);
  if (!record) return [];
  return [...new Set([record.name, ...(record.aliases ?? [])])].sort((a, b) => b.length - a.length);
}

/** `Korea, South` → `South Korea`: the inverted order of UN and World Bank lists. */
function uninverted(key: string, raw: string): string | null {
  const parts = raw.split(',');
  if (parts.length !== 2) return null;
  const swapped = foldKey(`${parts[1]} ${parts[0]}`);
  return swapped === key ? null : swapped;
}

function findByName(name: string): Entity | null {
  const key = foldKey(name);
  if (!key) return null;
  const direct = INDEX.byKey.get(key);
  if (direct) return direct;
  const swapped = uninverted(key, name);
  if (swapped && INDEX.byKey.has(swapped)) return INDEX.byKey.get(swapped)!;
  // A letter lost to a bad decode (`C�te d'Ivoire`): accept a single unambiguous match.
  const pattern = keyPattern(key);
  if (pattern) {
    const hits = new Set(INDEX.spellings.filter((s) => pattern.test(s.key)).map((s) => s.entity));
    if (hits.size === 1) return [...hits][0];
  }
  return null;
}

/**
 * The entity for a name as SIPRI writes it. Never fails: a name the registry does not know comes
 * back as kind `unknown` with a slug id and the name as given, for the caller to report
 * (`isKnownName` tells the two kinds of `unknown` apart).
 */
export function resolveSipriName(name: string): Entity {
  const trimmed = name.trim();
  return findByName(trimmed) ?? { id: slugify(trimmed), name: trimmed, kind: 'unknown', iso3: null };
}

/** Whether the registry knows this name (SIPRI's `unknown supplier(s)` included). */
export function isKnownName(name: string): boolean {
  return findByName(name.trim()) !== null;
}

/**
 * What a user typed: a name or alias in any case (`burma`, `Korea, South`, `Myanmar (Burma)`),
 * an ISO3 code (`mmr`) or an entity id (`mta-myanmar`). Null when nothing matches; see `suggestEntities`.
 */
export function lookupEntity(query: string): Entity | null {
  const trimmed = query.trim();
  if (!trimmed) return null;
  return INDEX.byCode.get(trimmed.toUpperCase()) ?? INDEX.byCode.get(trimmed) ?? findByName(trimmed);
}

/** Like `lookupEntity` but names and aliases only, never codes (for free text, where `IND` is a word). */
export function lookupEntityByName(name: string): Entity | null {
  return findByName(name.trim());
}

const sortedWords = (key: string) => key.split(' ').sort().join(' ');

/** How far a folded query is from a folded name: whole, as a (misspelt) prefix, or words reordered. */
function distance(key: string, candidate: string): number {
  let score = editDistance(key, candidate);
  if (key.length >= 3 && candidate.length > key.length) {
    // The shorter the rest of the name, the closer: `Viet` → Viet Nam before Viet Cong (South Vietnam)*.
    const rest = Math.min(candidate.length - key.length, 40) / 100;
    score = Math.min(score, editDistance(key, candidate.slice(0, key.length)) + 0.5 + rest);
  }
  if (key.includes(' ')) score = Math.min(score, editDistance(sortedWords(key), sortedWords(candidate)) + 0.25);
  return score;
}

/**
 * Entity names closest to a query, best first, for "did you mean": edit distance over every name
 * and alias, allowing about one slip in three letters; a prefix counts as close (`Burmah` → Myanmar,
 * `Kazak` → Kazakhstan, `Sovet` → Soviet Union).
 */
export function suggestEntities(query: string, n = 3): string[] {
  const key = foldKey(query);
  if (!key) return [];
  const best = new Map<Entity, number>();
  for (const { key: candidate, entity } of INDEX.spellings) {
    const score = distance(key, candidate);
    const tolerance = Math.max(1, Math.floor(Math.max(key.length, Math.min(candidate.length, key.length + 1)) / 3));
    if (score <= tolerance && score < (best.get(entity) ?? Infinity)) best.set(entity, score);
  }
  return [...best]
    .sort((a, b) => a[1] - b[1] || a[0].name.localeCompare(b[0].name))
    .slice(0, n)
    .map(([entity]) => entity.name);
}

/** Every entity the registry knows, in table order. */
export function allEntities(): Entity[] {
  return [...INDEX.entities];
}

let titleIndex: Map<string, { key: string; entity: Entity }[]> | null = null;
const LETTER = /\p{L}/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);
const FIRST_WORD = /^[\p{L}\p{M}]+/u;

/**
 * The states a free-text title names (`The situation in Myanmar`, `SITUATION OF HUMAN RIGHTS IN
 * BURMA`, `Democratic Republic of the Congo`): every spelling of every state at once, case aside,
 * the longest at each place (so `Congo` inside `Democratic Republic of the Congo` is the DRC, not the
 * Republic of the Congo). Short all-capital abbreviations (`CAR`, `UK`) are left out: in a title in
 * capitals they would be words.
 *
 * Read as a lookup, not one pattern of every spelling: at each word's start, the longest spelling
 * that ends at a word's end, tried among the spellings that begin with that word. (A regular
 * expression of ~900 alternatives cost 20 ms to compile, more than a whole article check.)
 */
export function statesNamedIn(text: string): Entity[] {
  if (!titleIndex) {
    // First word of a spelling → its spellings, longest first.
    const byFirst = new Map<string, { key: string; entity: Entity }[]>();
    const seen = new Set<string>();
    for (const r of RECORDS) {
      const entity = INDEX.byCode.get(r.iso3 ?? slugify(r.name))!;
      if (entity.kind !== 'state' && entity.kind !== 'historical') continue;
      for (const sp of [r.name, ...(r.aliases ?? [])]) {
        if (sp.length <= 4 && sp === sp.toUpperCase()) continue;
        const key = plainKey(sp);
        const first = FIRST_WORD.exec(key)?.[0];
        if (!first || seen.has(key)) continue;
        seen.add(key);
        byFirst.set(first, [...(byFirst.get(first) ?? []), { key, entity }]);
      }
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
    titleIndex = byFirst;
  }
  const out = new Map<string, Entity>();
  const plain = plainKey(text);
  for (let i = 0; i < plain.length; ) {
    let matched = 0;
    if (isLetter(plain[i]) && !isLetter(plain[i - 1])) {
      const word = FIRST_WORD.exec(plain.slice(i, i + 40))?.[0] ?? '';
      // The spellings beginning with this word (`democratic …`) or with a shorter word it opens (`côte d'…`).
      for (const c of titleIndex.get(word) ?? []) {
        if (plain.startsWith(c.key, i) && !isLetter(plain[i + c.key.length])) {
          out.set(c.entity.id, c.entity);
          matched = c.key.length;
          break;
        }
      }
    }
    i += matched || 1;
  }
  return [...out.values()];
}

/**
 * Lower case without accents (`Côte d’Ivoire` as `cote d'ivoire`), curly apostrophes as straight
 * ones (`People’s Republic`), every run of spaces one space.
 */
/**
 * Whether `text` may name the state `id`: one of its spellings occurs in it at all. A cheap test
 * before `statesNamedIn`, which reads every state's spellings: false means it would not list `id`.
 */
export function mayNameState(text: string, id: string): boolean {
  let keys = spellingKeys.get(id);
  if (!keys) {
    keys = spellingsOf(id).filter((sp) => !(sp.length <= 4 && sp === sp.toUpperCase())).map(plainKey);
    spellingKeys.set(id, keys);
  }
  const plain = plainKey(text);
  return keys.some((k) => plain.includes(k));
}
const spellingKeys = new Map<string, string[]>();

function plainKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').toLowerCase();
}
