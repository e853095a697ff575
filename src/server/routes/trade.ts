// GET /api/trade: a country's trade partners, the same JSON as `counterweight trade --json`.
import { Hono } from 'hono';
import { resolveParty } from '../../engine/party.js';
import { tradeAnswer, tradeSeriesAnswer } from '../../engine/trade.js';
import { tradeChart } from '../../web/trade-chart.js';
import { fileStem } from '../../web/html.js';
import type { Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

export function tradeRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/trade', (c) => {
    const q = parseQuery(schemas.trade, c.req.query());
    const country = resolveParty(q.country);
    const patrons = q.patrons?.map((p) => resolveParty(p, 'patron').iso3 ?? p);
    return c.json(tradeAnswer(deps.store.current().db, country, { year: q.year, from: q.from, to: q.to, patrons, limit: q.limit ?? 15 }));
  });
  r.get('/trade/series', (c) => {
    const q = parseQuery(schemas.trade, c.req.query());
    const country = resolveParty(q.country);
    const patrons = q.patrons?.map((p) => resolveParty(p, 'patron').iso3 ?? p);
    return c.json(tradeSeriesAnswer(deps.store.current().db, country, { from: q.from, to: q.to, patrons }));
  });
  r.get('/trade/:file{chart\\.(?:svg|png)}', async (c) => {
    const q = parseQuery(schemas.trade, c.req.query());
    const country = resolveParty(q.country);
    const svg = tradeChart(tradeSeriesAnswer(deps.store.current().db, country, { from: q.from, to: q.to }));
    const ext = c.req.param('file').endsWith('.png') ? 'png' : 'svg';
    const filename = `trade-${fileStem(country.name)}.${ext}`;
    if (ext === 'svg') return c.body(svg, 200, { 'content-type': 'image/svg+xml; charset=utf-8', 'content-disposition': `inline; filename="${filename}"` });
    const { svgToPng } = await import('../../report/charts-png.js');
    return c.body(new Uint8Array(svgToPng(svg)), 200, { 'content-type': 'image/png', 'content-disposition': `inline; filename="${filename}"` });
  });
  return r;
}
