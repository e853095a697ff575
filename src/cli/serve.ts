// `counterweight serve`: the JSON API and the web dashboard over the store, on loopback by default.
import { Command } from 'commander';
import { parseInteger } from '../engine/options.js';
import { resolveDbPath } from '../store/db.js';
import { DATA_OPTION_HELP, ensureStore } from './ensure-store.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API and the web dashboard (http://127.0.0.1:8080 by default)')
    .option('--port <n>', 'port to listen on (0 = any free port)', '8080')
    .option('--host <address>', 'address to bind (default 127.0.0.1: this machine only; 0.0.0.0 exposes it to the network)', '127.0.0.1')
    .option('--db <file>', 'store file (default ./.counterweight/counterweight.sqlite, or $COUNTERWEIGHT_DB)')
    .option('--data <dir>', DATA_OPTION_HELP)
    .option('--fetch', 'when no data folder has the files, download them first (see `counterweight fetch`)')
    .action(async (o: { port: string; host: string; db?: string; data?: string; fetch?: boolean }) => {
      const port = parseInteger(o.port, '--port', 0, 65535);
      // Like the brief: a fresh machine gets a working dashboard, not a 503 on every page.
      await ensureStore(o);
      const { startServer } = await import('../server/serve.js');
      const running = await startServer({ dbPath: resolveDbPath(o.db), port, host: o.host });
      const exposed = !['127.0.0.1', '::1', 'localhost'].includes(o.host);
      process.stderr.write(
        `Counterweight at ${running.url}/ (API: ${running.url}/api/openapi.json)` +
          (exposed ? `\nwarning: bound to ${o.host}: reachable from other machines` : '') +
          '\nCtrl-C to stop.\n',
      );
      await new Promise<void>((resolve) => {
        const stop = () => void running.stop().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
