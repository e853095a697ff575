// GET /api/countries?q=: the search box's suggestions (names, ISO3 codes, aliases).
import { Hono } from 'hono';
import type { Db } from '../../store/db.js';
import { recipientIds } from '../../store/queries.js';
import { searchCountries } from '../country-search.js';
import type { Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

const withArmsByDb = new WeakMap<Db, Set<string>>();

/** Entities that received arms in any dataset of the store: those have a brief. */
export function recipientsInStore(db: Db): Set<string> {
  let ids = withArmsByDb.get(db);
  if (!ids) {
    ids = recipientIds(db);
    withArmsByDb.set(db, ids);
  }
  return ids;
}

export function countriesRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/countries', (c) => {
    const q = parseQuery(schemas.countries, c.req.query());
    const version = deps.store.version();
    const withArms = version === null ? undefined : recipientsInStore(deps.store.current().db);
    return c.json({ query: q.q, results: searchCountries(q.q, { limit: q.limit, withArms }) });
  });
  return r;
}
