// GET /api/trade: a country's trade partners, the same JSON as `counterweight trade --json`.
import { Hono } from 'hono';
import { resolveParty } from '../../engine/party.js';
import { tradeAnswer } from '../../engine/trade.js';
import type { Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

export function tradeRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/trade', (c) => {
    const q = parseQuery(schemas.trade, c.req.query());
    const country = resolveParty(q.country);
    const patrons = q.patrons?.map((p) => resolveParty(p, 'patron').iso3 ?? p);
    return c.json(tradeAnswer(deps.store.current().db, country, { year: q.year, from: q.from, to: q.to, patrons, limit: q.limit ?? 15 }));
  });
  return r;
}
