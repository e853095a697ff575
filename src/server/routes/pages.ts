// The dashboard: server-rendered pages over the same answers as the API (each page links its JSON
// twin). GET pages are cached like the API; the article form posts back here.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../core/errors.js';
import { dealsAnswer, dyadAnswer, worldAnswer } from '../../engine/answers.js';
import { resolveParty } from '../../engine/party.js';
import { enc, queryString } from '../../web/html.js';
import { dyadChart } from '../../web/dyad-chart.js';
import { renderArticleForm, renderArticleResult } from '../../web/pages/article.js';
import { renderCountryPage } from '../../web/pages/country.js';
import { renderDealsPage } from '../../web/pages/deals.js';
import { renderDyadPage } from '../../web/pages/dyad.js';
import { renderHomePage } from '../../web/pages/home.js';
import { renderVotesPage } from '../../web/pages/votes.js';
import { renderShiftsPage } from '../../web/pages/shifts.js';
import { shiftsChart } from '../../web/shifts-chart.js';
import { shiftsFor } from './shifts.js';
import { tradeAnswer, tradeSeriesAnswer } from '../../engine/trade.js';
import { tradeChart } from '../../web/trade-chart.js';
import { renderTradePage } from '../../web/pages/trade.js';
import { alignmentAnswer } from '../../engine/alignment.js';
import { readArticleInput } from '../article-input.js';
import { armsStore, type Deps } from '../deps.js';
import { BODY_LIMIT, toHttpError } from '../errors.js';
import { parseQuery, schemas } from '../params.js';
import { briefFor } from './brief.js';
import { checkInWorker } from './article.js';
import { searchCountries } from '../country-search.js';
import { recipientsInStore } from './countries.js';

/** Only the options a page passes on to its links, as given. */
function pick(query: Record<string, string>, keys: string[]): Record<string, string | undefined> {
  return Object.fromEntries(keys.filter((k) => query[k] !== undefined).map((k) => [k, query[k]]));
}

export function pageRoutes(deps: Deps): Hono {
  const r = new Hono();

  r.get('/', (c) => {
    const q = parseQuery(schemas.world, c.req.query());
    const s = armsStore(deps, q);
    const lastYear = s.ctx.dataset.last_year ?? new Date().getFullYear();
    const firstYear = s.ctx.dataset.first_year ?? 1950;
    const w = worldAnswer(s, { from: q.from ?? lastYear - 4, to: q.to ?? lastYear, limit: q.limit });
    return c.html(renderHomePage(w, { firstYear, lastYear }));
  });

  // The search form without scripts: straight to the country, or to the closest match.
  r.get('/country', (c) => {
    const text = (c.req.query('q') ?? '').trim();
    if (!text) return c.redirect('/', 303);
    const withArms = deps.store.version() === null ? undefined : recipientsInStore(deps.store.current().db);
    const best = searchCountries(text, { limit: 1, withArms })[0];
    if (!best) resolveParty(text); // throws 404 with suggestions
    return c.redirect(`/country/${enc(best.name)}`, 303);
  });

  r.get('/country/:name', (c) => {
    const query = c.req.query();
    const q = parseQuery(schemas.brief, query);
    const brief = briefFor(deps, c.req.param('name'), q);
    return c.html(renderCountryPage(brief, { query: pick(query, ['patrons', 'dataset', 'allocation', 'mergeSoviet']) }));
  });

  r.get('/dyad/:supplier/:recipient', (c) => {
    const query = c.req.query();
    const q = parseQuery(schemas.dyad.omit({ supplier: true, recipient: true }), query);
    const supplier = resolveParty(c.req.param('supplier'), 'supplier');
    const recipient = resolveParty(c.req.param('recipient'), 'recipient');
    const s = armsStore(deps, q);
    const d = dyadAnswer(s, supplier, recipient, { from: q.from, to: q.to });
    const chartSvg = dyadChart(d, s.ctx.dataset.version);
    return c.html(renderDyadPage(d, { query: pick(query, ['from', 'to', 'dataset', 'allocation', 'mergeSoviet']), datasetVersion: s.ctx.dataset.version, chartSvg }));
  });

  r.get('/trade/:country', (c) => {
    const country = resolveParty(c.req.param('country'));
    const db = deps.store.current().db;
    const series = tradeSeriesAnswer(db, country);
    return c.html(renderTradePage(series, tradeAnswer(db, country, { year: series.to, limit: 30 }), tradeChart(series)));
  });

  r.get('/shifts', (c) => {
    const query = c.req.query();
    const q = parseQuery(schemas.shifts, query);
    const answer = shiftsFor(deps, q);
    const s = armsStore(deps, q);
    const patrons = worldAnswer(s, { from: answer.toWindow.from, to: answer.toWindow.to, limit: 20 }).exporters;
    const chartSvg = answer.patron ? shiftsChart(answer) : null;
    return c.html(renderShiftsPage(answer, { query: pick(query, ['fromWindow', 'toWindow', 'patron', 'minTiv', 'limit', 'dataset', 'allocation', 'mergeSoviet']), patrons, chartSvg }));
  });

  r.get('/deals', (c) => {
    const query = c.req.query();
    const q = parseQuery(schemas.deals, query);
    const recipient = resolveParty(q.recipient, 'recipient');
    return c.html(renderDealsPage(dealsAnswer(armsStore(deps, q), recipient, q.lines), `/api/deals${queryString(query)}`));
  });

  r.get('/votes', (c) => {
    const query = c.req.query();
    const q = parseQuery(schemas.alignment, query);
    const country = resolveParty(q.country);
    const patrons = q.patrons?.map((p) => resolveParty(p, 'patron').iso3 ?? p);
    const a = alignmentAnswer(deps.store.current().db, country, { from: q.from, to: q.to, patrons });
    return c.html(renderVotesPage(a, `/api/alignment${queryString(query)}`));
  });

  r.get('/article', (c) => c.html(renderArticleForm()));

  r.post('/article', bodyLimit({ maxSize: BODY_LIMIT }), async (c) => {
    let article;
    try {
      article = await readArticleInput(c);
    } catch (e) {
      // A form mistake is shown on the form itself.
      if (e instanceof AppError && e.status === 400) return c.html(renderArticleForm({ error: toHttpError(e).body.error }), 400);
      throw e;
    }
    const checked = await checkInWorker(deps, article);
    return c.html(renderArticleResult({ text: checked.text, paragraphs: checked.paragraphs, report: checked.report }, { date: article.date }));
  });

  return r;
}
