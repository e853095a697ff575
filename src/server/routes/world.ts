// GET /api/world: the largest importers and exporters over a window (the dashboard's home lists).
import { Hono } from 'hono';
import { worldAnswer } from '../../engine/answers.js';
import { armsStore, type Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

export function worldRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/world', (c) => {
    const q = parseQuery(schemas.world, c.req.query());
    return c.json(worldAnswer(armsStore(deps, q), { from: q.from, to: q.to, limit: q.limit }));
  });
  return r;
}
