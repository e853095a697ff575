// What the search box offers as the user types: countries and actors by name, ISO3 code or alias,
// best match first, and close spellings when nothing matches (`Burmah` → Myanmar). Pure.
import type { Entity } from '../core/types.js';
import { COUNTRIES, type EntityRecord } from '../entities/countries.js';
import { MULTINATIONAL_ACTORS, NONSTATE_ACTORS } from '../entities/actors.js';
import { lookupEntity, suggestEntities } from '../entities/registry.js';
import { foldKey } from '../entities/text.js';

export interface CountryHit {
  name: string;
  iso3: string | null;
  id: string;
  kind: Entity['kind'];
  /** The alias or code that matched, when it is not the name. */
  matched: string | null;
  /** Whether the store has arms deliveries to it (a brief exists). */
  hasArms: boolean;
}

interface Candidate {
  entity: Entity;
  spellings: { text: string; key: string; alias: boolean }[];
}

let candidates: Candidate[] | null = null;

function allCandidates(): Candidate[] {
  candidates ??= [...COUNTRIES, ...NONSTATE_ACTORS, ...MULTINATIONAL_ACTORS].flatMap((record: EntityRecord) => {
    const entity = lookupEntity(record.iso3 ?? record.name);
    if (!entity) return [];
    const spellings = [record.name, ...(record.aliases ?? [])].map((text, i) => ({ text, key: foldKey(text), alias: i > 0 }));
    return [{ entity, spellings }];
  });
  return candidates;
}

/** 0 = exact code or name … 6 = inside a word; null = no match. */
function score(q: string, raw: string, c: Candidate): { score: number; matched: string | null } | null {
  if (c.entity.iso3 && raw.toUpperCase() === c.entity.iso3) return { score: 0, matched: c.entity.iso3 };
  let best: { score: number; matched: string | null } | null = null;
  for (const s of c.spellings) {
    let v: number | null = null;
    if (s.key === q) v = s.alias ? 1 : 0;
    else if (s.key.startsWith(q)) v = s.alias ? 3 : 2;
    else if (s.key.split(' ').some((w) => w.startsWith(q))) v = s.alias ? 5 : 4;
    else if (q.length >= 3 && s.key.includes(q)) v = 6;
    if (v !== null && (!best || v < best.score)) best = { score: v, matched: s.alias ? s.text : null };
  }
  return best;
}

export function searchCountries(query: string, opts: { limit?: number; withArms?: ReadonlySet<string> } = {}): CountryHit[] {
  const limit = opts.limit ?? 10;
  const q = foldKey(query);
  if (!q) return [];
  const hasArms = (e: Entity) => opts.withArms?.has(e.id) ?? true;
  const hits: { hit: CountryHit; score: number }[] = [];
  for (const c of allCandidates()) {
    const s = score(q, query.trim(), c);
    if (!s) continue;
    const e = c.entity;
    hits.push({ score: s.score, hit: { name: e.name, iso3: e.iso3, id: e.id, kind: e.kind, matched: s.matched, hasArms: hasArms(e) } });
  }
  if (hits.length === 0) {
    // Nothing contains what was typed: offer close spellings instead.
    for (const name of suggestEntities(query, limit)) {
      const e = lookupEntity(name);
      if (e) hits.push({ score: 7, hit: { name: e.name, iso3: e.iso3, id: e.id, kind: e.kind, matched: null, hasArms: hasArms(e) } });
    }
  }
  return hits
    .sort((a, b) => a.score - b.score || Number(b.hit.hasArms) - Number(a.hit.hasArms) || a.hit.name.localeCompare(b.hit.name))
    .slice(0, limit)
    .map((h) => h.hit);
}
