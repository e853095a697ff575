// POST /api/article: a news article (text or a saved page) → actors, quotes, events, and claims
// checked against the arms data. The body is bounded to 1 MB (413 beyond).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { checkArticle } from '../../article/pipeline.js';
import type { ArmsOracle } from '../../article/oracle.js';
import { armsOracle } from '../../engine/oracle.js';
import { readArticleInput } from '../article-input.js';
import { armsStore, type Deps } from '../deps.js';
import { BODY_LIMIT } from '../errors.js';

/** The arms oracle over the store, or none while there is no store (claims are then unverifiable). */
export function oracleFor(deps: Deps): ArmsOracle | undefined {
  if (deps.store.version() === null) return undefined;
  return armsOracle(armsStore(deps, {}));
}

export function articleRoutes(deps: Deps): Hono {
  const r = new Hono();
  r.post('/article', bodyLimit({ maxSize: BODY_LIMIT }), async (c) => {
    const { input, date } = await readArticleInput(c);
    return c.json(checkArticle(input, { date, oracle: oracleFor(deps) }));
  });
  return r;
}
