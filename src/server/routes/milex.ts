// GET /api/milex: military spending, the same JSON as `counterweight milex --json`.
import { Hono } from 'hono';
import { milexAnswer } from '../../engine/milex.js';
import { armsSession } from '../../engine/open.js';
import { resolveParty } from '../../engine/party.js';
import type { Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

export function milexRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/milex', (c) => {
    const q = parseQuery(schemas.milex, c.req.query());
    const country = resolveParty(q.country);
    const db = deps.store.current().db;
    let s = null;
    try {
      s = armsSession(db, { dataset: q.dataset });
    } catch {
      s = null; // no arms data: the spending stands alone, as in the CLI
    }
    return c.json(milexAnswer(s, db, country, { from: q.from, to: q.to }));
  });
  return r;
}
