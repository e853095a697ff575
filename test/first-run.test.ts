// A new user's first `counterweight brief`: the data are found (or fetched) and imported in one
// step, and with no data anywhere the error names every place searched and the fetch command.
// COUNTERWEIGHT_NO_SHARED=1 leaves out ../shared/data beside the checkout, so "no data anywhere"
// can be tested on a machine that has it.
import { copyFileSync, existsSync, mkdirSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSearch, findDataDir, packageRoot } from '../src/cli/data-search.js';
import { discoverSourceFiles } from '../src/store/files.js';
import { dataFile } from './data.js';
import { repoRoot, tempDir } from './helpers.js';
import { startMockServer } from './fixtures/fetch/mock-server.js';
import { runCliAsync } from './fixtures/fetch/run-cli.js';

const discover = (dir: string) => discoverSourceFiles(dir).files.map((f) => f.file);
const sharedBesideCheckout = resolve(repoRoot, '../shared/data');

/** A data folder holding copies of some shared files (under sipri/ or unga/, as `fetch` writes them). */
function dataFolder(dir: string, files: string[]): string {
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    copyFileSync(dataFile(f), join(dir, f));
  }
  return dir;
}

const SMALL = ['sipri/deliveries-per-year-2000-2001-2025-02-10.csv', 'sipri/tiv-imports-2024-10-13.csv', 'sipri/tiv-exports-2024-10-13.csv'];
const FAST_FETCH = { COUNTERWEIGHT_FETCH_PAUSE_MS: '0', COUNTERWEIGHT_FETCH_BACKOFF_MS: '10', COUNTERWEIGHT_FETCH_TIMEOUT_MS: '10000' };

describe('findDataDir', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir('cw-find-');
  });
  afterAll(() => tmp.cleanup());

  it('is computed from the package root, which is the checkout', () => {
    expect(packageRoot()).toBe(repoRoot);
  });

  it('takes --data first, then COUNTERWEIGHT_DATA, ./data, ../shared/data beside the checkout', () => {
    const root = join(tmp.dir, 'order');
    const flag = dataFolder(join(root, 'flag'), SMALL.slice(1, 2));
    const env = dataFolder(join(root, 'env'), SMALL.slice(2));
    const cwd = join(root, 'cwd');
    dataFolder(join(cwd, 'data'), SMALL.slice(1, 2));
    const checkout = join(root, 'checkout');
    dataFolder(join(root, 'shared/data'), SMALL.slice(1, 2));
    const find = (o: { flag?: string; env?: string; noShared?: boolean }) => findDataDir({ ...o, cwd, repoRoot: checkout, discover });

    expect(find({ flag, env }).found).toMatchObject({ kind: 'flag', how: '--data', dir: flag });
    expect(find({ env }).found).toMatchObject({ kind: 'env', how: 'COUNTERWEIGHT_DATA', dir: env });
    expect(find({}).found).toMatchObject({ kind: 'cwd', how: './data in the current folder', dir: join(cwd, 'data') });
    expect(findDataDir({ cwd: root, repoRoot: checkout, discover }).found).toMatchObject({
      kind: 'shared', how: '../shared/data beside the checkout', dir: join(root, 'shared/data'),
    });
  });

  it('a place the user named is the only one looked at: never a quiet fall-back to another folder', () => {
    const root = join(tmp.dir, 'none');
    const empty = join(root, 'empty');
    mkdirSync(empty, { recursive: true });
    // ./data holds data, but a named place wins even when it cannot be used.
    dataFolder(join(root, 'data'), SMALL.slice(1, 2));
    const byFlag = findDataDir({ flag: 'empty', env: join(root, 'nowhere'), cwd: root, repoRoot: join(root, 'checkout'), noShared: true, discover });
    expect(byFlag.found).toBeNull();
    expect(byFlag.explicit).toMatchObject({ how: '--data', status: 'no-files' });
    expect(describeSearch(byFlag.searched)).toBe(`  --data: ${empty} (no recognisable files)`);
    const byEnv = findDataDir({ env: join(root, 'nowhere'), cwd: root, repoRoot: join(root, 'checkout'), noShared: true, discover });
    expect(byEnv.found).toBeNull();
    expect(byEnv.explicit).toMatchObject({ how: 'COUNTERWEIGHT_DATA', status: 'missing' });
    expect(describeSearch(byEnv.searched)).toBe(`  COUNTERWEIGHT_DATA: ${join(root, 'nowhere')} (no such folder)`);
  });

  it('without a named place, lists every default place searched', () => {
    const root = join(tmp.dir, 'defaults');
    mkdirSync(root, { recursive: true });
    const s = findDataDir({ cwd: root, repoRoot: join(root, 'checkout'), noShared: true, discover });
    expect(s.found).toBeNull();
    expect(s.explicit).toBeNull();
    expect(describeSearch(s.searched)).toBe(
      [
        `  ./data in the current folder: ${join(root, 'data')} (no such folder)`,
        `  ../shared/data beside the checkout: ${join(root, 'shared/data')} (skipped: COUNTERWEIGHT_NO_SHARED is set)`,
      ].join('\n'),
    );
  });

  it('looks at a folder once even when two settings name it', () => {
    const root = join(tmp.dir, 'twice');
    const dir = dataFolder(join(root, 'data'), SMALL.slice(1, 2));
    const s = findDataDir({ flag: dir, env: 'data', cwd: root, repoRoot: root, discover });
    expect(s.searched.map((p) => p.how)).toEqual(['--data']);
    expect(s.found?.files).toEqual([join(dir, SMALL[1])]);
  });
});

describe('counterweight brief on a fresh machine', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir('cw-first-');
  });
  afterAll(() => tmp.cleanup());

  it('with no data anywhere and no network, exits 3 naming the places searched and the fetch command', async () => {
    const cwd = join(tmp.dir, 'nodata');
    mkdirSync(cwd);
    const db = join(cwd, 'store/counterweight.sqlite');
    const r = await runCliAsync(['brief', 'Myanmar', '--db', db], { COUNTERWEIGHT_DATA: undefined, COUNTERWEIGHT_NO_SHARED: '1', COUNTERWEIGHT_DB: undefined }, cwd);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`error: no data for the brief: no store at ${db} yet, and no place searched holds data files (SIPRI exports`);
    expect(r.stderr).toContain(`  ./data in the current folder: ${join(cwd, 'data')} (no such folder)\n`);
    expect(r.stderr).toContain(`  ../shared/data beside the checkout: ${sharedBesideCheckout} (skipped: COUNTERWEIGHT_NO_SHARED is set)\n`);
    expect(r.stderr).toContain('Get the data with `counterweight fetch`');
    expect(r.stderr).toContain('run this again with --fetch');
    expect(existsSync(db)).toBe(false);
  });

  it('an explicit COUNTERWEIGHT_DATA naming a missing folder is an error naming it, even when ./data holds data', async () => {
    const cwd = join(tmp.dir, 'envmissing');
    dataFolder(join(cwd, 'data'), SMALL);
    const db = join(cwd, 's.sqlite');
    const r = await runCliAsync(['brief', 'Myanmar', '--db', db], { COUNTERWEIGHT_DATA: join(cwd, 'nowhere'), COUNTERWEIGHT_NO_SHARED: '1' }, cwd);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`COUNTERWEIGHT_DATA names ${join(cwd, 'nowhere')}, which does not exist`);
    expect(r.stderr).not.toContain('Importing');
    expect(existsSync(db)).toBe(false);
    // With a store already built, the named folder is still checked (and still an error).
    const ok = await runCliAsync(['brief', 'Myanmar', '--db', db, '--json'], { COUNTERWEIGHT_DATA: undefined, COUNTERWEIGHT_NO_SHARED: '1' }, cwd);
    expect(ok.code, ok.stderr).toBe(0);
    const again = await runCliAsync(['brief', 'Myanmar', '--db', db, '--json'], { COUNTERWEIGHT_DATA: join(cwd, 'nowhere'), COUNTERWEIGHT_NO_SHARED: '1' }, cwd);
    expect(again.code).toBe(3);
    expect(again.stderr).toContain(`COUNTERWEIGHT_DATA names ${join(cwd, 'nowhere')}: no such folder`);
  }, 120_000);

  it('names an empty --data folder among the places searched', async () => {
    const cwd = join(tmp.dir, 'emptyflag');
    mkdirSync(join(cwd, 'mine'), { recursive: true });
    const r = await runCliAsync(['brief', 'Myanmar', '--db', join(cwd, 's.sqlite'), '--data', 'mine'], { COUNTERWEIGHT_DATA: undefined, COUNTERWEIGHT_NO_SHARED: '1' }, cwd);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`  --data: ${join(cwd, 'mine')} (no recognisable files)\n`);
    expect(r.stderr).not.toContain('COUNTERWEIGHT_DATA:');
  });

  it('imports on first use from --data, again only when the files are newer than the store, and keeps a store when the data are gone', async () => {
    const cwd = join(tmp.dir, 'stale');
    const data = dataFolder(join(cwd, 'mydata'), SMALL);
    const db = join(cwd, 's.sqlite');
    const env = { COUNTERWEIGHT_DATA: undefined, COUNTERWEIGHT_NO_SHARED: '1' };
    const first = await runCliAsync(['brief', 'Myanmar', '--db', db, '--data', data, '--json'], env, cwd);
    expect(first.stderr).toContain(`Importing from ${data} (found via --data): no store at ${db} yet`);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toBeTypeOf('object');

    const second = await runCliAsync(['brief', 'Myanmar', '--db', db, '--data', data, '--json'], env, cwd);
    expect(second.code).toBe(0);
    expect(second.stderr).not.toContain('Importing');

    const later = new Date(Date.now() + 60_000);
    utimesSync(join(data, SMALL[0]), later, later);
    const third = await runCliAsync(['brief', 'Myanmar', '--db', db, '--data', data, '--json'], env, cwd);
    expect(third.code).toBe(0);
    expect(third.stderr).toContain(`Importing from ${data} (found via --data): the data files are newer than the store at ${db}`);

    const offline = await runCliAsync(['brief', 'Myanmar', '--db', db, '--json'], env, cwd);
    expect(offline.code).toBe(0);
    expect(offline.stderr).not.toContain('Importing');
  }, 600_000);

  it('with --fetch and no data anywhere, fetches into ./data, imports and prints the brief', async () => {
    const server = await startMockServer();
    try {
      const cwd = join(tmp.dir, 'fetch');
      mkdirSync(cwd);
      const db = join(cwd, 's.sqlite');
      const r = await runCliAsync(
        ['brief', 'Myanmar', '--db', db, '--fetch'],
        { ...FAST_FETCH, COUNTERWEIGHT_DATA: undefined, COUNTERWEIGHT_NO_SHARED: '1', COUNTERWEIGHT_MIRROR: server.url },
        cwd,
      );
      expect(r.stderr).toContain(`No data found: fetching into ${join(cwd, 'data')}`);
      expect(r.stderr).toContain('Cite as: SIPRI Arms Transfers Database, Stockholm International Peace Research Institute.');
      expect(r.stderr).toContain(`Importing from ${join(cwd, 'data')} (found via ./data in the current folder): no store at ${db} yet`);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^BALANCE BRIEF: MYANMAR/);
      expect(server.maxInFlight()).toBe(1);
    } finally {
      await server.close();
    }
  }, 600_000);

  it('with --fetch and a server that never answers, exits 4 saying the fetch failed and where it looked', async () => {
    const server = await startMockServer({ hang: true });
    try {
      const cwd = join(tmp.dir, 'fetch-fails');
      mkdirSync(cwd);
      const r = await runCliAsync(
        ['brief', 'Myanmar', '--db', join(cwd, 's.sqlite'), '--fetch'],
        { ...FAST_FETCH, COUNTERWEIGHT_FETCH_TIMEOUT_MS: '200', COUNTERWEIGHT_FETCH_RETRIES: '0', COUNTERWEIGHT_DATA: undefined, COUNTERWEIGHT_NO_SHARED: '1', COUNTERWEIGHT_MIRROR: server.url },
        cwd,
      );
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(/sipri: fetch failed: SIPRI deliveries 1950-1974: no answer from 127\.0\.0\.1:\d+ within 0\.2 s/);
      expect(r.stderr).toContain(`error: no data for the brief: the fetch into ${join(cwd, 'data')} failed (see above)`);
      expect(r.stderr).toContain(`  ./data in the current folder: ${join(cwd, 'data')} (no such folder)`);
      expect(existsSync(join(cwd, 's.sqlite'))).toBe(false);
    } finally {
      await server.close();
    }
  });

  it.runIf(existsSync(sharedBesideCheckout))(
    "with COUNTERWEIGHT_DATA unset and ../shared/data beside the checkout, the README's main command gives the Myanmar brief in one step",
    async () => {
      const cwd = join(tmp.dir, 'clean');
      mkdirSync(cwd);
      const db = join(cwd, '.counterweight/counterweight.sqlite');
      const env = { COUNTERWEIGHT_DATA: undefined, COUNTERWEIGHT_NO_SHARED: undefined, COUNTERWEIGHT_DB: undefined };
      const r = await runCliAsync(['brief', 'Myanmar'], env, cwd);
      expect(r.stderr).toContain(`Importing from ${sharedBesideCheckout} (found via ../shared/data beside the checkout): no store at ${db} yet`);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^BALANCE BRIEF: MYANMAR \(MMR\)/);
      expect(existsSync(db)).toBe(true);
    },
    900_000,
  );
});
