// The two middlewares every response passes: the response cache (outermost, so a hit costs one
// Map lookup) and the security headers (inside it, so cached responses carry them already).
import type { MiddlewareHandler } from 'hono';
import { pathAndQuery, requestHeader, type Deps } from './deps.js';

/**
 * Strict policy: scripts and styles only from this server's own files, no inline code, no
 * plugins, no framing, forms post back here only. Charts are inline SVG without style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
});

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    for (const name in SECURITY_HEADERS) headers.set(name, SECURITY_HEADERS[name]);
  };
}

/** Header `x-counterweight-version`: the store version a response was computed from. */
export const VERSION_HEADER = 'x-counterweight-version';

/**
 * The cached answer to a GET or HEAD, as a Response, or undefined. Synchronous on purpose: called
 * before Hono (see `fastFetch`), a hit returns a plain Response that @hono/node-server writes to
 * the socket at once.
 */
export function cachedResponse(deps: Deps, method: string, key: string, header: (name: string) => string | undefined): Response | undefined {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  const version = deps.store.version();
  if (version === null) return undefined;
  const hit = deps.cache.get(version, key);
  if (!hit) return undefined;
  deps.cache.hits++;
  if (header('if-none-match') === hit.etag) {
    return new Response(null, { status: 304, headers: { etag: hit.etag, ...SECURITY_HEADERS } });
  }
  const gz = hit.gzip !== null && acceptsGzip(header('accept-encoding')) ? deps.cache.gzipped(hit) : null;
  const body = method === 'HEAD' ? null : (gz ?? hit).body;
  // Bytes and a plain header object: @hono/node-server writes these straight to the socket.
  return new Response(body, { status: hit.status, headers: (gz ?? hit).headers });
}

/**
 * Serves a GET from the cache when the store version and path + query match, else runs the route
 * and keeps a 200 answer (unless it says `cache-control: no-store`). Honours If-None-Match and
 * gzip. Without a store it steps aside, and the route reports the missing store.
 */
export function responseCache(deps: Deps): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const key = pathAndQuery(c);
    const hit = cachedResponse(deps, method, key, (name) => requestHeader(c, name));
    if (hit) return hit;
    const version = deps.store.version();
    if (version === null) return next();
    deps.cache.misses++;
    await next();
    const res = c.res;
    if (res.status !== 200 || /no-store/.test(res.headers.get('cache-control') ?? '')) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      if (name !== 'content-length') headers[name] = value;
    });
    headers[VERSION_HEADER] = version;
    headers['cache-control'] ??= 'no-cache';
    const entry = deps.cache.set(version, key, 200, body, headers);
    c.res = undefined;
    c.res = new Response(entry.body, { status: 200, headers: entry.headers });
  };
}

function acceptsGzip(header: string | undefined): boolean {
  return header !== undefined && /\bgzip\b/.test(header) && !/\bgzip\s*;\s*q=0(?:\.0*)?\b/.test(header);
}

/**
 * Writes only from this site: a POST (any method but GET/HEAD/OPTIONS) whose Origin names another
 * host, or that a browser marks as cross-site (Sec-Fetch-Site), is refused with 403 — so no page on
 * the web can make a visitor's browser post hostile articles here. Clients that send neither
 * header (curl, scripts) are not browsers and are served. JSON bodies need a CORS preflight this
 * server never grants, so a browser cannot send them cross-site in the first place.
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    const site = requestHeader(c, 'sec-fetch-site');
    const origin = requestHeader(c, 'origin');
    const host = requestHeader(c, 'host');
    // Sec-Fetch-Site, set by the browser and out of reach of page scripts, decides when present
    // (our pages send `no-referrer`, which makes a same-origin form's Origin `null`); without it
    // (older browsers) the Origin must name this host.
    let crossSite: boolean;
    if (site !== undefined) crossSite = site !== 'same-origin' && site !== 'none';
    else if (origin === undefined) crossSite = false;
    else {
      try {
        crossSite = origin === 'null' || new URL(origin).host !== host;
      } catch {
        crossSite = true;
      }
    }
    if (crossSite) {
      return c.json({ error: `cross-site ${method} refused: this server accepts writes only from its own pages (Origin ${origin ?? 'unset'}, Sec-Fetch-Site ${site ?? 'unset'})`, detail: null }, 403);
    }
    return next();
  };
}
