// GET /static/:name — the dashboard's client files, looked up by exact name in a fixed table
// (no path is ever built from the request, so `..`, `%2e%2e` or absolute paths are just unknown names).
import { Hono } from 'hono';
import { AppError } from '../../core/errors.js';
import { loadAssets } from '../../web/assets.js';

export function staticRoutes(): Hono {
  const assets = loadAssets();
  const r = new Hono();
  r.get('/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) throw new AppError(`no such file: ${c.req.path}`, 2, 404);
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { 'content-type': asset.type, 'cache-control': 'no-cache' });
  });
  return r;
}
