// The arms queries of the CLI, one endpoint each, answering the same JSON as `--json`:
// /api/suppliers, /api/recipients, /api/categories, /api/dyad, /api/orders, /api/validate,
// plus /api/deals (the deals behind a figure's source lines).
import { Hono } from 'hono';
import { resolveParty } from '../../store/queries.js';
import {
  categoriesAnswer,
  dealsAnswer,
  dyadAnswer,
  ordersAnswer,
  recipientsAnswer,
  suppliersAnswer,
} from '../../store/answers.js';
import { validateAllYears } from '../../store/validate.js';
import { armsStore, type Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

export function armsRoutes(deps: Deps): Hono {
  const r = new Hono();

  r.get('/suppliers', (c) => {
    const q = parseQuery(schemas.suppliers, c.req.query());
    const recipient = resolveParty(q.recipient);
    const { db, ctx } = armsStore(deps, q);
    return c.json(suppliersAnswer(db, ctx, recipient, { from: q.from, to: q.to, category: q.category ?? null }));
  });

  r.get('/recipients', (c) => {
    const q = parseQuery(schemas.recipients, c.req.query());
    const supplier = resolveParty(q.supplier);
    const { db, ctx } = armsStore(deps, q);
    return c.json(recipientsAnswer(db, ctx, supplier, { from: q.from, to: q.to, category: q.category ?? null }));
  });

  r.get('/categories', (c) => {
    const q = parseQuery(schemas.categories, c.req.query());
    const recipient = resolveParty(q.recipient);
    const supplier = q.supplier ? resolveParty(q.supplier) : undefined;
    const { db, ctx } = armsStore(deps, q);
    return c.json(categoriesAnswer(db, ctx, recipient, { supplier, from: q.from, to: q.to }));
  });

  r.get('/dyad', (c) => {
    const q = parseQuery(schemas.dyad, c.req.query());
    const supplier = resolveParty(q.supplier);
    const recipient = resolveParty(q.recipient);
    const { db, ctx } = armsStore(deps, q);
    return c.json(dyadAnswer(db, ctx, supplier, recipient, { from: q.from, to: q.to }));
  });

  r.get('/orders', (c) => {
    const q = parseQuery(schemas.orders, c.req.query());
    const recipient = resolveParty(q.recipient);
    const supplier = q.supplier ? resolveParty(q.supplier) : undefined;
    const { db, ctx } = armsStore(deps, q);
    return c.json(ordersAnswer(db, ctx, recipient, { supplier, pending: q.pending }));
  });

  r.get('/deals', (c) => {
    const q = parseQuery(schemas.deals, c.req.query());
    const recipient = resolveParty(q.recipient);
    const { db, ctx } = armsStore(deps, q);
    return c.json(dealsAnswer(db, ctx, recipient, q.lines));
  });

  r.get('/validate', (c) => {
    const q = parseQuery(schemas.validate, c.req.query());
    const { db, ctx } = armsStore(deps, q);
    return c.json(validateAllYears(db, ctx, { minTiv: q.min }));
  });

  return r;
}
