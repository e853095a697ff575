// POST /api/article: a news article (text or a saved page) → actors, quotes, events, and claims
// checked against the arms data. The body is bounded to 1 MB (413 beyond).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ArticleResult } from '../article-pool.js';
import { readArticleInput, type ArticleInput } from '../article-input.js';
import type { Deps } from '../deps.js';
import { BODY_LIMIT } from '../errors.js';

/** The check of an article, in a worker thread, against the store as it is now (none: claims unverifiable). */
export function checkInWorker(deps: Deps, article: ArticleInput): Promise<ArticleResult> {
  const version = deps.store.version();
  return deps.articles().run({ input: article.input, date: article.date, dbPath: version === null ? null : deps.store.path, storeVersion: version });
}

export function articleRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.post('/article', bodyLimit({ maxSize: BODY_LIMIT }), async (c) => {
    const article = await readArticleInput(c);
    return c.json((await checkInWorker(deps, article)).report);
  });
  return r;
}
