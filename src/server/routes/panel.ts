// GET /api/panel.csv: the supplier × recipient × year panel of delivered TIV, one CSV for R/Stata/pandas.
import { Hono } from 'hono';
import { panelCsvAnswer } from '../../engine/answers.js';
import { armsStore, type Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

export function panelRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/panel.csv', (c) => {
    const q = parseQuery(schemas.panel, c.req.query());
    const s = armsStore(deps, q);
    return c.body(panelCsvAnswer(s, { from: q.from, to: q.to }), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="panel-${s.ctx.dataset.id}-${s.ctx.allocation}.csv"`,
    });
  });
  return r;
}
