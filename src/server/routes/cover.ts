// GET /api/unsc, /api/vetoes, /api/resolutions, /api/alignment/by-issue: diplomatic cover, the same
// JSON as `counterweight unsc|vetoes|resolutions|alignment --by-issue --json`.
import { Hono } from 'hono';
import { alignmentByIssueAnswer, resolutionsAnswer, unscAnswer, vetoesAnswer } from '../../engine/cover.js';
import { resolveParty } from '../../engine/party.js';
import type { Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

const ids = (list: string[] | undefined) => list?.map((p) => resolveParty(p, 'patron').iso3 ?? resolveParty(p, 'patron').id);

export function coverRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/unsc', (c) => {
    const q = parseQuery(schemas.unsc, c.req.query());
    return c.json(unscAnswer(deps.store.current().db, resolveParty(q.country), { from: q.from, to: q.to, patrons: ids(q.patrons), mergeSoviet: q.mergeSoviet }));
  });
  r.get('/vetoes', (c) => {
    const q = parseQuery(schemas.vetoes, c.req.query());
    const by = q.by ? resolveParty(q.by, 'by') : undefined;
    const about = q.about ? resolveParty(q.about, 'about') : undefined;
    return c.json(vetoesAnswer(deps.store.current().db, { by, about, from: q.from, to: q.to, mergeSoviet: q.mergeSoviet }));
  });
  r.get('/resolutions', (c) => {
    const q = parseQuery(schemas.resolutions, c.req.query());
    return c.json(resolutionsAnswer(deps.store.current().db, resolveParty(q.country), { from: q.from, to: q.to, issue: q.issue, patrons: ids(q.patrons), mergeSoviet: q.mergeSoviet }));
  });
  r.get('/alignment/by-issue', (c) => {
    const q = parseQuery(schemas.alignmentByIssue, c.req.query());
    return c.json(alignmentByIssueAnswer(deps.store.current().db, resolveParty(q.country), { from: q.from, to: q.to, patrons: ids(q.patrons), mergeSoviet: q.mergeSoviet }));
  });
  return r;
}
