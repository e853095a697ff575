// The arms queries of the CLI, one endpoint each, answering the same JSON as `--json`:
// /api/suppliers, /api/recipients, /api/categories, /api/dyad, /api/orders, /api/validate,
// plus /api/deals (the deals behind a figure's source lines).
import { Hono } from 'hono';
import { categoriesAnswer, dealsAnswer, dyadAnswer, ordersAnswer, recipientsAnswer, suppliersAnswer } from '../../engine/answers.js';
import { resolveParty } from '../../engine/party.js';
import { validateAnswer } from '../../engine/validate.js';
import { armsStore, type Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

export function armsRoutes(deps: Deps): Hono {
  const r = new Hono();

  r.get('/suppliers', (c) => {
    const q = parseQuery(schemas.suppliers, c.req.query());
    const recipient = resolveParty(q.recipient, 'recipient');
    return c.json(suppliersAnswer(armsStore(deps, q), recipient, { from: q.from, to: q.to, category: q.category ?? null }));
  });

  r.get('/recipients', (c) => {
    const q = parseQuery(schemas.recipients, c.req.query());
    const supplier = resolveParty(q.supplier, 'supplier');
    return c.json(recipientsAnswer(armsStore(deps, q), supplier, { from: q.from, to: q.to, category: q.category ?? null }));
  });

  r.get('/categories', (c) => {
    const q = parseQuery(schemas.categories, c.req.query());
    const recipient = resolveParty(q.recipient, 'recipient');
    const supplier = q.supplier ? resolveParty(q.supplier, 'supplier') : undefined;
    return c.json(categoriesAnswer(armsStore(deps, q), recipient, { supplier, from: q.from, to: q.to }));
  });

  r.get('/dyad', (c) => {
    const q = parseQuery(schemas.dyad, c.req.query());
    const supplier = resolveParty(q.supplier, 'supplier');
    const recipient = resolveParty(q.recipient, 'recipient');
    return c.json(dyadAnswer(armsStore(deps, q), supplier, recipient, { from: q.from, to: q.to }));
  });

  r.get('/orders', (c) => {
    const q = parseQuery(schemas.orders, c.req.query());
    const recipient = resolveParty(q.recipient, 'recipient');
    const supplier = q.supplier ? resolveParty(q.supplier, 'supplier') : undefined;
    return c.json(ordersAnswer(armsStore(deps, q), recipient, { supplier, pending: q.pending }));
  });

  r.get('/deals', (c) => {
    const q = parseQuery(schemas.deals, c.req.query());
    const recipient = resolveParty(q.recipient, 'recipient');
    return c.json(dealsAnswer(armsStore(deps, q), recipient, q.lines));
  });

  r.get('/validate', (c) => {
    const q = parseQuery(schemas.validate, c.req.query());
    return c.json(validateAnswer(armsStore(deps, q), { minTiv: q.min }));
  });

  return r;
}
