// Imports that die and imports that race, as whole processes: `kill -9` at many moments leaves the
// store byte-identical and the next import removes what the dead one left; two imports of
// different files on one store run one after the other and both sets of changes are kept.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/db.js';
import { dataDir, dataFile } from './data.js';
import { repoRoot, runCli, tempDir } from './helpers.js';

const tmp = tempDir('cw-crash-');
const cli = join(repoRoot, 'bin/counterweight.cjs');
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

afterAll(() => tmp.cleanup());

function startImport(args: string[]): { done: Promise<{ code: number | null; signal: string | null; stderr: string }>; kill: () => void } {
  const child = spawn(process.execPath, [cli, 'import', '--quiet', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { done, kill: () => child.kill('SIGKILL') };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('an import killed with SIGKILL', () => {
  const dir = join(tmp.dir, 'kill');
  const db = join(dir, 'store.sqlite');
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    const r = runCli(['import', '--quiet', '--json', '--db', db, dataFile('sipri/tiv-imports-2024-10-13.csv'), dataFile('sipri/tiv-exports-2024-10-13.csv')]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('at 12 moments leaves the store byte-identical; the next import removes what it left', async () => {
    const before = hash(db);
    const moments = [15, 40, 70, 100, 140, 180, 230, 300, 380, 480, 600, 750];
    let leftovers = 0;
    for (const ms of moments) {
      const run = startImport(['--db', db, '--data', dataDir]);
      // The later moments count from when the import has begun writing (its lock or temporary file
      // exists): on a loaded machine the process start alone can outlast the early ones.
      if (ms >= 100) {
        for (let waited = 0; waited < 30_000 && !readdirSync(dir).some((n) => n.includes('.importing-') || n.endsWith('.lock')); waited += 5) await sleep(5);
        await sleep(ms - 100);
      } else await sleep(ms);
      run.kill();
      const end = await run.done;
      // Killed, or finished before the kill: either way the store is whole; only a kill keeps it identical.
      if (end.signal === 'SIGKILL') {
        expect(hash(db), `killed after ${ms} ms`).toBe(before);
        leftovers += readdirSync(dir).filter((n) => n.includes('.importing-') || n.endsWith('.lock')).length;
      } else {
        expect(end.code, end.stderr).toBe(0);
        break;
      }
      const store = openStore(db);
      expect(store.prepare('SELECT COUNT(*) FROM datasets').pluck().get()).toBeGreaterThan(0);
      store.close();
    }
    expect(leftovers, 'the kills left temporary files behind (else this test proves nothing)').toBeGreaterThan(0);
    const next = runCli(['import', '--json', '--quiet', '--db', db, '--data', dataDir]);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/removed \d+ file\(s\) left by imports that did not finish/);
    expect(readdirSync(dir).filter((n) => n.includes('.importing-') || n.endsWith('.lock'))).toEqual([]);
  }, 300_000);
});

describe('two imports of different files on one store at once', () => {
  it('run one after the other (the second says it waits) and keep both sets of changes', async () => {
    const dir = join(tmp.dir, 'race');
    mkdirSync(dir, { recursive: true });
    const db = join(dir, 'store.sqlite');
    for (let round = 0; round < 3; round++) {
      const a = startImport(['--db', db, dataFile('sipri/trade-register-2024-10-13.csv')]);
      const b = startImport(['--db', db, dataFile('unga/ideal-points-2024-06.csv')]);
      const [ra, rb] = await Promise.all([a.done, b.done]);
      expect(ra.code, ra.stderr).toBe(0);
      expect(rb.code, rb.stderr).toBe(0);
      expect(`${ra.stderr}${rb.stderr}`).toMatch(/another import \(pid \d+\) is running on .*: waiting for it to finish/);
      const store = openStore(db);
      const kinds = store.prepare('SELECT kind FROM datasets ORDER BY kind').pluck().all();
      store.close();
      expect(kinds, `round ${round}`).toEqual(['sipri-register', 'unga-ideal-points']);
    }
  }, 120_000);

  it('with --no-wait, the second fails clearly and changes nothing', async () => {
    const dir = join(tmp.dir, 'nowait');
    mkdirSync(dir, { recursive: true });
    const db = join(dir, 'store.sqlite');
    copyFileSync(dataFile('sipri/tiv-imports-2024-10-13.csv'), join(dir, 'tiv-imports.csv'));
    const first = runCli(['import', '--quiet', '--db', db, join(dir, 'tiv-imports.csv')]);
    expect(first.code).toBe(0);
    const before = hash(db);
    const a = startImport(['--db', db, '--data', dataDir]);
    // The lock file appears once the first has read its files.
    for (let i = 0; i < 3000 && !readdirSync(dir).some((n) => n.endsWith('.lock')); i++) await sleep(10);
    const b = runCli(['import', '--quiet', '--no-wait', '--db', db, dataFile('unga/ideal-points-2024-06.csv')]);
    expect(b.code).toBe(3);
    expect(b.stderr).toMatch(/another import \(pid \d+\) is running on .*try again when it has finished/);
    const ra = await a.done;
    expect(ra.code, ra.stderr).toBe(0);
    expect(hash(db)).not.toBe(before); // the first one's changes
  }, 120_000);
});
