// GET /api/finance: the same JSON as `counterweight finance --json`.
import { Hono } from 'hono';
import { financeAnswer } from '../../engine/finance.js';
import { resolveParty } from '../../engine/party.js';
import type { Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

export function financeRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/finance', (c) => {
    const q = parseQuery(schemas.finance, c.req.query());
    return c.json(financeAnswer(deps.store.current().db, resolveParty(q.country)));
  });
  return r;
}
