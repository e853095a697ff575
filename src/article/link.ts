// Names in the text → entities of the arms engine's registry (states with ISO3, their armed forces,
// non-state armed groups, multinational organisations). Memoised: the registry folds every query.
import { lookupEntity, lookupEntityByName } from '../entities/registry.js';
import { lookupMetonym } from '../entities/metonyms.js';

export interface Link {
  kind: 'country' | 'military' | 'organisation' | 'armed group';
  iso3: string | null;
  /** The registry's name (`Myanmar`, `Russia`); for a military, the state's name. */
  name: string;
}

const cache = new Map<string, Link | null>();
const CACHE_LIMIT = 20_000;

function uncachedLink(text: string): Link | null {
  const metonym = lookupMetonym(text);
  if (metonym) {
    const state = lookupEntity(metonym.iso3);
    const name = state?.name ?? metonym.iso3;
    return { kind: metonym.military ? 'military' : 'country', iso3: metonym.iso3, name };
  }
  const bare = text.replace(/^the\s+/i, '').replace(/['’]s$/u, '');
  if (!/^\p{Lu}/u.test(bare)) return null;
  const entity = lookupEntityByName(bare);
  if (!entity) return null;
  if (entity.kind === 'nonstate') return { kind: 'armed group', iso3: null, name: entity.name.replace(/\s*\(.*\)\*+$|\*+$/g, '') };
  if (entity.kind === 'multinational') return { kind: 'organisation', iso3: null, name: entity.name.replace(/\*+$/g, '') };
  if ((entity.kind === 'state' || entity.kind === 'historical') && entity.iso3) {
    return { kind: 'country', iso3: entity.iso3, name: entity.name };
  }
  return null;
}

/** The entity a name or metonym stands for, or null (`Beijing` → China, `the Tatmadaw` → Myanmar's military). */
export function linkName(text: string): Link | null {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let link: Link | null = null;
  try {
    link = uncachedLink(text);
  } catch {
    link = null;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, link);
  return link;
}

/**
 * The ISO3 of a state when `text` is one of its names as written (`Vietnam`, `Viet Nam`, `Turkey`,
 * `United Arab Emirates`) — not a demonym, capital or other metonym, not an abbreviation — else null.
 */
export function stateNamedAs(text: string): string | null {
  if (/^(?:\p{Lu}\.?){2,4}$/u.test(text)) return null;
  const entity = lookupEntityByName(text.replace(/^the\s+/i, ''));
  return entity && (entity.kind === 'state' || entity.kind === 'historical') ? entity.iso3 ?? null : null;
}

/** The registry's display name for an ISO3 code. */
export function countryName(iso3: string): string {
  return lookupEntity(iso3)?.name ?? iso3;
}

/** A state after these words is what a vote is about or where it was, not who cast it. */
const NOT_A_VOTER = /\b(?:of|in|on|about|against|from|to|over|into|for|by|the|a)\s+$/i;
const CAPITALISED = /\b(?:[A-Z][\p{L}.'’-]*|U\.S\.|U\.K\.)(?:\s+(?:of\s+)?[A-Z][\p{L}.'’-]*){0,3}/gu;

/**
 * The states a stretch of text names, in order (names, demonyms, capitals: `Moscow`, `Brunei’s
 * Foreign Minister`, `Chinese President`), as ISO3 codes. `voters`: only those that can be a vote's
 * subject — not an adjective (`Syrian conflict`) nor after a preposition.
 */
export function statesInText(text: string, voters = false): string[] {
  const out: string[] = [];
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    const word = m[0].replace(/['’]s$/u, '');
    // (`President of Kazakhstan`: the state after `of` in a run that names none as a whole.)
    const words = word.split(/\s+/);
    const link = linkName(word) ?? linkName(words[0].replace(/['’]s$/u, '')) ?? (words.length > 2 && words[words.length - 2] === 'of' ? linkName(words[words.length - 1]) : null);
    // (`Prime Minister of Papua New Guinea`: a run of four words ends inside the state's name; read
    // on from the word after its last `of`, so that `Guinea` alone is not taken for a state.)
    const of = m[0].lastIndexOf(' of ');
    if (!link && of > 0) {
      CAPITALISED.lastIndex = m.index + of + 4;
      continue;
    }
    if (!link?.iso3 || (link.kind !== 'country' && link.kind !== 'military') || out.includes(link.iso3)) continue;
    if (voters && (NOT_A_VOTER.test(text.slice(Math.max(0, m.index - 12), m.index)) || (/(?:an|ese|ish|ic|i)$/.test(word) && !link.name.startsWith(word)))) continue;
    out.push(link.iso3);
  }
  return out;
}

