// GET /api/alignment: UNGA voting agreement, the same JSON as `counterweight alignment --json`.
import { Hono } from 'hono';
import { alignmentAnswer } from '../../engine/alignment.js';
import { resolveParty } from '../../engine/party.js';
import type { Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

export function alignmentRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/alignment', (c) => {
    const q = parseQuery(schemas.alignment, c.req.query());
    const country = resolveParty(q.country);
    const patrons = q.patrons?.map((p) => resolveParty(p, 'patron').iso3 ?? p);
    return c.json(alignmentAnswer(deps.store.current().db, country, { from: q.from, to: q.to, patrons }));
  });
  return r;
}
