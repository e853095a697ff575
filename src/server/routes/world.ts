// GET /api/world: the largest importers and exporters over a window (the dashboard's home lists).
import { Hono } from 'hono';
import { worldAnswer } from '../../store/answers.js';
import { armsStore, type Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

export function worldRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/world', (c) => {
    const q = parseQuery(schemas.world, c.req.query());
    const { db, ctx } = armsStore(deps, q);
    return c.json(worldAnswer(db, ctx, { from: q.from, to: q.to, limit: q.limit }));
  });
  return r;
}
