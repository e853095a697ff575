// A country or actor as the user names it → the registry's entity, or a clear error with suggestions.
import { unknownEntity } from '../core/errors.js';
import type { Entity } from '../core/types.js';
import { lookupEntity, suggestEntities } from '../entities/registry.js';
import { parseName } from './options.js';

/** User input → entity, or exit 2 / HTTP 404 with suggestions. Over-long input is refused before any lookup. */
export function resolveParty(query: string, what = 'country'): Entity {
  const name = parseName(query, what);
  const e = lookupEntity(name);
  if (!e) throw unknownEntity(name, suggestEntities(name, 3));
  return e;
}
