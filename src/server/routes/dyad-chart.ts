// GET /api/dyad/chart.svg and .png: the yearly series of one supplier → one recipient.
import { Hono } from 'hono';
import { dyadAnswer } from '../../engine/answers.js';
import { resolveParty } from '../../engine/party.js';
import { dyadChart } from '../../web/dyad-chart.js';
import { armsStore, type Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';
import { fileStem } from '../../web/html.js';

export function dyadChartRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/dyad/:file{chart\\.(?:svg|png)}', async (c) => {
    const q = parseQuery(schemas.dyad, c.req.query());
    const supplier = resolveParty(q.supplier, 'supplier');
    const recipient = resolveParty(q.recipient, 'recipient');
    const s = armsStore(deps, q);
    const svg = dyadChart(dyadAnswer(s, supplier, recipient, { from: q.from, to: q.to }), s.ctx.dataset.version);
    const ext = c.req.param('file').endsWith('.png') ? 'png' : 'svg';
    const filename = `${fileStem(supplier.name)}-to-${fileStem(recipient.name)}.${ext}`;
    if (ext === 'svg') {
      return c.body(svg, 200, { 'content-type': 'image/svg+xml; charset=utf-8', 'content-disposition': `inline; filename="${filename}"` });
    }
    const { svgToPng } = await import('../../report/charts-png.js');
    return c.body(new Uint8Array(svgToPng(svg)), 200, { 'content-type': 'image/png', 'content-disposition': `inline; filename="${filename}"` });
  });
  return r;
}
