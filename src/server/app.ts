// The Hono app: JSON API under /api, the dashboard pages, static client files, and /healthz.
// Everything thrown is mapped to `{error, detail}` in one place (onError); pages show the same
// error as HTML.
import { Hono, type Context } from 'hono';
import { renderErrorPage } from '../web/pages/error.js';
import type { Deps } from './deps.js';
import { notFoundError, toHttpError, type HttpError } from './errors.js';
import { responseCache, sameOriginWrites, securityHeaders, SECURITY_HEADERS } from './middleware.js';
import { ResponseCache } from './response-cache.js';
import { StoreHandle } from './store-handle.js';
import { ArticlePool, type PoolOptions } from './article-pool.js';
import { alignmentRoutes } from './routes/alignment.js';
import { armsRoutes } from './routes/arms.js';
import { articleRoutes } from './routes/article.js';
import { briefRoutes } from './routes/brief.js';
import { countriesRoutes } from './routes/countries.js';
import { coverRoutes } from './routes/cover.js';
import { dyadChartRoutes } from './routes/dyad-chart.js';
import { healthRoutes } from './routes/health.js';
import { openApiRoutes } from './routes/openapi.js';
import { pageRoutes } from './routes/pages.js';
import { panelRoutes } from './routes/panel.js';
import { staticRoutes } from './routes/static.js';
import { worldRoutes } from './routes/world.js';
import { shiftsRoutes } from './routes/shifts.js';
import { tradeRoutes } from './routes/trade.js';
import { milexRoutes } from './routes/milex.js';
import { financeRoutes } from './routes/finance.js';

export interface AppOptions {
  /** Store file (read-only). */
  dbPath: string;
  /** How often the store file is checked for a new import (ms, default 1000). */
  checkIntervalMs?: number;
  /** The article workers (size, queue, time budget); started on the first article. */
  articles?: PoolOptions;
}

export interface App {
  app: Hono;
  deps: Deps;
  close: () => void;
}

function isApi(path: string): boolean {
  return path.startsWith('/api/') || path === '/api' || path === '/healthz';
}

function respond(c: Context, e: HttpError): Response {
  const res = isApi(c.req.path) ? c.json(e.body, e.status as 400) : c.html(renderErrorPage(e.status, e.body), e.status as 400);
  for (const [k, v] of Object.entries(e.headers ?? {})) res.headers.set(k, v);
  return res;
}

export function createApp(opts: AppOptions): App {
  const store = new StoreHandle(opts.dbPath, { checkIntervalMs: opts.checkIntervalMs });
  const cache = new ResponseCache();
  store.onChange = (version) => cache.clear(version);
  let pool: ArticlePool | null = null;
  const deps: Deps = {
    store,
    cache,
    articles: () => (pool ??= new ArticlePool(opts.articles)),
  };

  const app = new Hono();
  app.use('*', responseCache(deps));
  app.use('*', securityHeaders());
  app.use('*', sameOriginWrites());
  app.route('/', healthRoutes(deps));
  for (const routes of [armsRoutes, coverRoutes, alignmentRoutes, briefRoutes, dyadChartRoutes, worldRoutes, shiftsRoutes, tradeRoutes, milexRoutes, financeRoutes, countriesRoutes, panelRoutes, articleRoutes, openApiRoutes]) {
    app.route('/api', routes(deps));
  }
  app.route('/static', staticRoutes());
  app.route('/', pageRoutes(deps));
  app.notFound((c) => {
    const e = notFoundError(c.req.path);
    const res = respond(c, e);
    // notFound runs outside the middleware chain when no route matched at all.
    for (const name in SECURITY_HEADERS) res.headers.set(name, SECURITY_HEADERS[name]);
    return res;
  });
  app.onError((err, c) => respond(c, toHttpError(err)));
  return {
    app,
    deps,
    close: () => {
      store.close();
      void pool?.close();
    },
  };
}
