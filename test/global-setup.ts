// One real import of all the shared data per test run, in the main process before any test file:
// the suites that need a full store copy it (test/helpers.ts `importSharedData`) instead of each
// importing ~900,000 UN votes again. The import is the same `importSources` the CLI runs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { importSources } from '../src/store/import.js';
import { dataDir } from './data.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedStore: { db: string; summary: string };
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'cw-shared-'));
  const db = join(dir, 'shared.sqlite');
  const summary = await importSources({ dbPath: db, dataDir });
  const summaryPath = join(dir, 'summary.json');
  writeFileSync(summaryPath, JSON.stringify(summary));
  project.provide('sharedStore', { db, summary: summaryPath });
  return () => rmSync(dir, { recursive: true, force: true });
}
