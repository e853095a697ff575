// What every route needs: the store handle and the response cache, plus the arms context of a
// request's options (memoised per open store: choosing it reads the datasets table).
import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';
import { armsSession, type ArmsSession, type ContextOptions } from '../engine/open.js';
import type { Db } from '../store/db.js';
import type { ResponseCache } from './response-cache.js';
import type { StoreHandle } from './store-handle.js';
import type { ArticlePool } from './article-pool.js';

export interface Deps {
  store: StoreHandle;
  cache: ResponseCache;
  /** The article workers, started on first use. */
  articles: () => ArticlePool;
}

export type ArmsQuery = ContextOptions;

const sessions = new WeakMap<Db, Map<string, ArmsSession>>();

/** The arms session a request asks for on the open store (with the store's version, for caches). */
export function armsStore(deps: Deps, q: ArmsQuery): ArmsSession & { version: string } {
  const { db, version } = deps.store.current();
  let byKey = sessions.get(db);
  if (!byKey) sessions.set(db, (byKey = new Map()));
  const key = `${q.dataset ?? ''}|${q.allocation ?? ''}|${q.mergeSoviet ? 1 : 0}`;
  let s = byKey.get(key);
  if (!s) byKey.set(key, (s = armsSession(db, q)));
  return { ...s, version };
}

/**
 * A request header, read from Node's already-parsed headers when served by @hono/node-server
 * (building a fetch `Headers` object costs more than the rest of a cached response).
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming) {
    const v = incoming.headers[name];
    return Array.isArray(v) ? v.join(', ') : v;
  }
  return c.req.header(name);
}

/** Path and query of the request, without scheme and host. */
export function pathAndQuery(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming?.url) return incoming.url;
  const url = c.req.url;
  return url.slice(url.indexOf('/', url.indexOf('//') + 2));
}
