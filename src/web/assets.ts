// The dashboard's static files (client script, stylesheet, icon), read once from web/static/.
// Served by name from this fixed list only: a request can never name a path on disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Asset {
  body: Uint8Array;
  type: string;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Next to this module in src/ (tests, tsx); from dist/ the build copies no non-TS files beyond the
 * schema, so fall back to the sources shipped in the package (`files` includes src/).
 */
export function staticDir(): string {
  for (const rel of ['./static/', '../../src/web/static/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  throw new Error('dashboard static files not found (src/web/static)');
}

let assets: Map<string, Asset> | null = null;

export function loadAssets(dir: string = staticDir()): Map<string, Asset> {
  if (assets) return assets;
  const found = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (!type || !/^[a-z0-9][a-z0-9.-]*$/.test(name)) continue;
    found.set(name, { body: readFileSync(join(dir, name)), type });
  }
  assets = found;
  return found;
}
