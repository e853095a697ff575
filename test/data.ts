// Where tests find the shared real data files: COUNTERWEIGHT_DATA, else ../shared/data beside the
// repo. Every real-data suite reads through here and fails loudly, naming the path, when a file is
// missing: a test that needs the data never passes (or skips) without it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const dataDir: string = process.env.COUNTERWEIGHT_DATA ? resolve(repoRoot, process.env.COUNTERWEIGHT_DATA) : resolve(repoRoot, '../shared/data');

/** The path of a shared data file; throws naming it (and how to point the tests elsewhere) when it is missing. */
export function dataFile(relPath: string): string {
  const path = resolve(dataDir, relPath);
  if (!existsSync(path)) {
    throw new Error(`real data missing: ${path} (the tests read the shared data; set COUNTERWEIGHT_DATA to the folder holding it)`);
  }
  return path;
}

export function readDataFile(relPath: string): Buffer {
  return readFileSync(dataFile(relPath));
}
