// GET /api/milex: military spending, the same JSON as `counterweight milex --json`.
import { Hono } from 'hono';
import { milexAnswer } from '../../engine/milex.js';
import { resolveParty } from '../../engine/party.js';
import type { Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

export function milexRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/milex', (c) => {
    const q = parseQuery(schemas.milex, c.req.query());
    const country = resolveParty(q.country);
    return c.json(milexAnswer(deps.store.current().db, country, { from: q.from, to: q.to, arms: { dataset: q.dataset } }));
  });
  return r;
}
