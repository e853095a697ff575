// GET /api/shifts (the JSON of `shifts --json`) and its chart as SVG or PNG (needs a patron).
import { Hono } from 'hono';
import type { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { resolveParty } from '../../engine/party.js';
import { shiftsAnswer, type ShiftsAnswer } from '../../engine/shifts.js';
import { shiftsChart } from '../../web/shifts-chart.js';
import { fileStem } from '../../web/html.js';
import { armsStore, type Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';

/** The answer for a parsed query: the one call the API, the chart and the page share. */
export function shiftsFor(deps: Deps, q: z.infer<typeof schemas.shifts>): ShiftsAnswer {
  const patron = q.patron ? resolveParty(q.patron, 'patron') : undefined;
  return shiftsAnswer(armsStore(deps, q), { fromWindow: q.fromWindow, toWindow: q.toWindow, patron, minTiv: q.minTiv, limit: q.limit });
}

export function shiftsRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/shifts', (c) => c.json(shiftsFor(deps, parseQuery(schemas.shifts, c.req.query()))));
  r.get('/shifts/:file{chart\\.(?:svg|png)}', async (c) => {
    const q = parseQuery(schemas.shifts, c.req.query());
    if (!q.patron) throw new AppError('the shifts chart needs a patron (?patron=Russia)', 2, 400, { option: 'patron' });
    const answer = shiftsFor(deps, q);
    const svg = shiftsChart(answer);
    const ext = c.req.param('file').endsWith('.png') ? 'png' : 'svg';
    const filename = `shifts-${fileStem(answer.patron!.name)}.${ext}`;
    if (ext === 'svg') return c.body(svg, 200, { 'content-type': 'image/svg+xml; charset=utf-8', 'content-disposition': `inline; filename="${filename}"` });
    const { svgToPng } = await import('../../report/charts-png.js');
    return c.body(new Uint8Array(svgToPng(svg)), 200, { 'content-type': 'image/png', 'content-disposition': `inline; filename="${filename}"` });
  });
  return r;
}
