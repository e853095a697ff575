// GET /api/brief/:country (the JSON of `counterweight brief --json`) and its charts as SVG or PNG.
import { Hono } from 'hono';
import type { Brief } from '../../core/brief.js';
import { AppError } from '../../core/errors.js';
import { briefAnswer } from '../../engine/brief.js';
import { resolveParty } from '../../engine/party.js';
import { briefCharts } from '../../report/charts.js';
import { armsStore, type ArmsQuery, type Deps } from '../deps.js';
import { parseQuery, schemas } from '../params.js';
import { fileStem } from '../../web/html.js';

const MEMO_SIZE = 32;
const memo = new Map<string, Brief>();

/**
 * The brief a request asks for. A page, its JSON twin and its six chart files all need the same
 * brief: the last few are kept (per store version) so a page load computes it once.
 */
export function briefFor(deps: Deps, countryName: string, q: ArmsQuery & { patrons?: string[] }): Brief {
  const country = resolveParty(countryName);
  const patrons = q.patrons?.map((p) => resolveParty(p, 'patron'));
  const s = armsStore(deps, q);
  const key = [s.version, country.id, s.ctx.dataset.id, s.ctx.allocation, s.ctx.mergeSoviet, (patrons ?? []).map((p) => p.id).join(',')].join('|');
  const hit = memo.get(key);
  if (hit) return hit;
  const brief = briefAnswer(s, country, { patrons });
  memo.set(key, brief);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
  return brief;
}

export const CHART_FILES = ['patron-share', 'category', 'alignment', 'balance'] as const;

/** A brief chart by file stem, standalone (with its notes): what the download links serve. */
export function briefChartSvg(brief: Brief, file: string): string {
  const chart = briefCharts(brief).find((c) => c.file === file);
  if (!chart) throw new AppError(`unknown chart "${file}" (have: ${CHART_FILES.join(', ')})`, 2, 404);
  return chart.svg;
}

export function briefRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.get('/brief/:country', (c) => {
    const q = parseQuery(schemas.brief, c.req.query());
    return c.json(briefFor(deps, c.req.param('country'), q));
  });
  r.get('/brief/:country/charts/:file{[a-z-]+\\.(?:svg|png)}', async (c) => {
    const q = parseQuery(schemas.chart, c.req.query());
    const [stem, ext] = c.req.param('file').split('.');
    const brief = briefFor(deps, c.req.param('country'), q);
    const svg = briefChartSvg(brief, stem);
    const filename = `${fileStem(brief.country.name)}-${stem}.${ext}`;
    if (ext === 'svg') {
      return c.body(svg, 200, { 'content-type': 'image/svg+xml; charset=utf-8', 'content-disposition': `inline; filename="${filename}"` });
    }
    const { svgToPng } = await import('../../report/charts-png.js');
    return c.body(new Uint8Array(svgToPng(svg, q.width)), 200, { 'content-type': 'image/png', 'content-disposition': `inline; filename="${filename}"` });
  });
  return r;
}
