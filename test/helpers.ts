// Shared by the cross-layer tests: one real import of the shared data per test file, in a temp folder.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { inject } from 'vitest';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { importSources, type ImportSummary } from '../src/store/import.js';
import { dataDir } from './data.js';

export const repoRoot = resolve(import.meta.dirname, '..');

export function tempDir(prefix = 'cw-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A store holding every shared data file, built the way `counterweight import` builds it: a copy of
 * the one test/global-setup.ts imported for this run (the summary is that import's, at this path).
 */
export async function importSharedData(dbPath: string): Promise<ImportSummary> {
  const shared = inject('sharedStore');
  copyFileSync(shared.db, dbPath);
  const summary = JSON.parse(readFileSync(shared.summary, 'utf8')) as ImportSummary;
  return { ...summary, dbPath };
}

/** A fresh import of the shared data into `dbPath`, for tests of the import itself. */
export function importSharedDataFresh(dbPath: string): Promise<ImportSummary> {
  return importSources({ dbPath, dataDir });
}

/** Run the built CLI as a user would (needs `npm run build`, which `npm test` does first). */
export function runCli(args: string[], env: Record<string, string> = {}, input?: string) {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/counterweight.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, COUNTERWEIGHT_DATA: dataDir, ...env },
    input,
    cwd: repoRoot,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
