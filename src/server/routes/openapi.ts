// GET /api/openapi.json
import { Hono } from 'hono';
import { openApiDocument } from '../openapi.js';

export function openApiRoutes(): Hono {
  const r = new Hono();
  r.get('/openapi.json', (c) => c.json(openApiDocument()));
  return r;
}
