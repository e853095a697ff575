// What every route needs: the store handle and the response cache, plus the arms context of a
// request's options (memoised per store version: choosing it scans the deliveries table).
import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';
import { armsContext, type ArmsContext } from '../store/context.js';
import type { Db } from '../store/db.js';
import type { ResponseCache } from './response-cache.js';
import type { StoreHandle } from './store-handle.js';

export interface Deps {
  store: StoreHandle;
  cache: ResponseCache;
}

export interface ArmsQuery {
  dataset?: string;
  allocation?: string;
  mergeSoviet?: boolean;
}

const contexts = new WeakMap<Db, Map<string, ArmsContext>>();

/** The open store and the arms context a request asks for. */
export function armsStore(deps: Deps, q: ArmsQuery): { db: Db; ctx: ArmsContext; version: string } {
  const { db, version } = deps.store.current();
  let byKey = contexts.get(db);
  if (!byKey) contexts.set(db, (byKey = new Map()));
  const key = `${q.dataset ?? ''}|${q.allocation ?? ''}|${q.mergeSoviet ? 1 : 0}`;
  let ctx = byKey.get(key);
  if (!ctx) {
    ctx = armsContext(db, { dataset: q.dataset, allocation: q.allocation, mergeSoviet: q.mergeSoviet });
    byKey.set(key, ctx);
  }
  return { db, ctx, version };
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
