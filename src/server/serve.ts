// Start the app on a port: Node's HTTP server through @hono/node-server. Loopback by default.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Http2Bindings, HttpBindings } from '@hono/node-server';
import { createApp, type App, type AppOptions } from './app.js';
import { cachedResponse, SECURITY_HEADERS } from './middleware.js';

export const DEFAULT_HOST = '127.0.0.1';
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * On loopback, only requests that name this machine: a web page elsewhere cannot reach the server
 * by pointing its own domain at 127.0.0.1 (DNS rebinding).
 */
export function loopbackHostAllowed(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
  return LOOPBACK.has(name.toLowerCase());
}

function forbiddenHost(host: string | undefined): Response {
  const body = JSON.stringify({ error: `forbidden host: ${JSON.stringify(host ?? '')} (this server answers to localhost and 127.0.0.1 only; start it with --host to serve other names)`, detail: null });
  return new Response(body, { status: 403, headers: { 'content-type': 'application/json', ...SECURITY_HEADERS } });
}
export const DEFAULT_PORT = 8080;

/**
 * Slow or silent clients cannot hold the server: headers must arrive within 5 s and a whole request
 * within 30 s (checked every second, not Node's default 30 s), a kept-alive connection idles 5 s.
 */
export const SERVER_TIMEOUTS = { headersTimeout: 5_000, requestTimeout: 30_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 } as const;
/** A connection with no traffic at all is closed after this long. */
export const IDLE_SOCKET_MS = 30_000;
/** Open connections at most (the soft limit on file descriptors here is 20,000). */
export const MAX_CONNECTIONS = 4_000;

export interface Running extends App {
  server: Server;
  url: string;
  port: number;
  stop: () => Promise<void>;
}

export function startServer(opts: AppOptions & { port?: number; host?: string; maxConnections?: number }): Promise<Running> {
  const made = createApp(opts);
  const host = opts.host ?? DEFAULT_HOST;
  return new Promise((resolve, reject) => {
    const guardHost = LOOPBACK.has(host);
    // A cache hit is answered before Hono routes the request; everything else goes through the app.
    const fetch = (req: Request, env: HttpBindings | Http2Bindings) => {
      const headers = env.incoming.headers;
      if (guardHost && !loopbackHostAllowed(headers.host ?? (headers as Record<string, string | undefined>)[':authority'])) {
        return forbiddenHost(headers.host);
      }
      return (
        cachedResponse(made.deps, req.method, env.incoming.url ?? '/', (name) => {
          const v = headers[name];
          return Array.isArray(v) ? v.join(', ') : v;
        }) ?? made.app.fetch(req, env)
      );
    };
    const server = serve({ fetch, port: opts.port ?? DEFAULT_PORT, hostname: host, serverOptions: SERVER_TIMEOUTS }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        ...made,
        server: server as Server,
        port: info.port,
        url: `http://${shown}:${info.port}`,
        stop: () =>
          new Promise<void>((done) => {
            (server as Server).closeAllConnections?.();
            server.close(() => {
              made.close();
              done();
            });
          }),
      });
    }) as Server;
    // Beyond this many open connections new ones are dropped at once: idle connections cannot use
    // up the process's file descriptors (and each one is closed when its timeout runs out).
    server.maxConnections = opts.maxConnections ?? MAX_CONNECTIONS;
    server.setTimeout(IDLE_SOCKET_MS);
    server.once('error', reject);
  });
}
