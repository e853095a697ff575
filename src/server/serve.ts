// Start the app on a port: Node's HTTP server through @hono/node-server. Loopback by default.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp, type App, type AppOptions } from './app.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

export interface Running extends App {
  server: Server;
  url: string;
  port: number;
  stop: () => Promise<void>;
}

export function startServer(opts: AppOptions & { port?: number; host?: string }): Promise<Running> {
  const made = createApp(opts);
  const host = opts.host ?? DEFAULT_HOST;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: made.app.fetch, port: opts.port ?? DEFAULT_PORT, hostname: host }, (info: AddressInfo) => {
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
    server.once('error', reject);
  });
}
