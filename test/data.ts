// Where tests find the shared real data files: COUNTERWEIGHT_DATA, else ../shared/data beside the repo.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from '../src/core/data-dir.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const dataDir: string = defaultDataDir(repoRoot);

export function dataFile(relPath: string): string {
  return resolve(dataDir, relPath);
}

export function readDataFile(relPath: string): Buffer {
  return readFileSync(dataFile(relPath));
}
