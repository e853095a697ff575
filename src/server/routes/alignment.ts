// GET /api/alignment: UNGA voting agreement, the same JSON as `counterweight alignment --json`.
import { Hono } from 'hono';
import { alignmentFor } from '../../store/alignment.js';
import { resolveParty } from '../../store/queries.js';
import type { Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

export function alignmentRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/alignment', (c) => {
    const q = parseQuery(schemas.alignment, c.req.query());
    const country = resolveParty(q.country);
    const patrons = q.patrons?.map((p) => resolveParty(p).iso3 ?? p);
    const { db } = deps.store.current();
    return c.json(alignmentFor(db, country, { from: q.from, to: q.to, patrons, required: true }));
  });
  return r;
}
