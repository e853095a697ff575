// The installed command keeps V8's code cache of each command file beside it (bin/compile-cache.cjs):
// a second run compiles from the cache, a damaged or foreign cache is ignored and rewritten, and the
// files loaded on first use (renderers, the importer) load the same with a cache as without one.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFile } from './data.js';
import { repoRoot, runCli, tempDir } from './helpers.js';

const cacheDir = join(repoRoot, 'dist/bin/.v8-cache');
const cacheOf = (file: string) => {
  const s = statSync(join(repoRoot, 'dist/bin', file));
  return join(cacheDir, `${file}-${s.size}-${Math.floor(s.mtimeMs)}.bin`);
};

describe('the code cache of the command files', () => {
  const tmp = tempDir('cw-cache-');
  afterAll(() => tmp.cleanup());

  it('is written by a first run, read by the next, and gives the same output', () => {
    const file = cacheOf('categories.cjs');
    rmSync(file, { force: true });
    const first = runCli(['categories', '--help']);
    expect(first.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const second = runCli(['categories', '--help']);
    expect(second).toEqual(first);
  });

  it('a damaged cache is ignored (same output) and replaced', () => {
    const file = cacheOf('categories.cjs');
    runCli(['categories', '--help']);
    writeFileSync(file, Buffer.from('not a code cache'));
    const r = runCli(['categories', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: counterweight categories');
    expect(readFileSync(file).length).toBeGreaterThan(1000);
  });

  it('files loaded on first use (the importer, the terminal renderer) run from a cached command file', () => {
    const db = join(tmp.dir, 'x.sqlite');
    // A data folder holding the register only (linked, not copied): `brief` on a missing store
    // imports it on first use, through the importer's lazily loaded file.
    const data = join(tmp.dir, 'data');
    mkdirSync(data, { recursive: true });
    symlinkSync(dataFile('sipri/trade-register-2024-10-13.csv'), join(data, 'trade-register-2024-10-13.csv'));
    const lazy = ['lazy-cli-import.cjs', 'lazy-report-brief-terminal.cjs'];
    for (const f of lazy) rmSync(cacheOf(f), { force: true });
    // Twice: the second run starts from the cache the first wrote.
    for (let i = 0; i < 2; i++) {
      rmSync(db, { force: true });
      const brief = runCli(['brief', 'Myanmar', '--db', db, '--data', data]);
      expect(brief.code, brief.stderr).toBe(0);
      expect(brief.stdout).toContain('Myanmar');
      for (const f of lazy) expect(existsSync(cacheOf(f)), f).toBe(true);
    }
  });
});
