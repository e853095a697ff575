// GET /healthz: the process answers, and says whether a store is open (never cached).
import { Hono } from 'hono';
import type { Deps } from '../deps.js';

export function healthRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/healthz', (c) => {
    const version = deps.store.version();
    return c.json({ ok: true, store: version !== null, version }, 200, { 'cache-control': 'no-store' });
  });
  return r;
}
