import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../core/errors.js';
import { schemaSql, SCHEMA_VERSION } from '../store/db.js';
import { StoreHandle } from './store-handle.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function store(path: string, datasetVersion: string): void {
  const db = new Database(path);
  db.exec(schemaSql());
  db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?)").run(SCHEMA_VERSION);
  db.prepare(`INSERT INTO datasets (id, kind, file, version, sha256, imported_at, records, stored, rejected) VALUES ('d', 'sipri-register', 'd.csv', ?, '', '', 0, 0, 0)`).run(datasetVersion);
  db.close();
}

describe('StoreHandle', () => {
  it('reports a missing store as 503, then opens it once it appears', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-handle-'));
    dirs.push(dir);
    let now = 0;
    const path = join(dir, 's.sqlite');
    const handle = new StoreHandle(path, { checkIntervalMs: 1000, now: () => now });
    const e = (() => {
      try {
        handle.current();
      } catch (err) {
        return err as AppError;
      }
    })();
    expect(e).toBeInstanceOf(AppError);
    expect(e!.status).toBe(503);
    expect(handle.version()).toBeNull();
    store(path, 'one');
    expect(handle.version()).toBeNull(); // not looked again within the interval
    now = 1000;
    expect(handle.version()).toMatch(/^[0-9a-f]{16}$/);
    handle.close();
  });

  it('looks at the file at most once per interval and reopens a file renamed over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-handle-'));
    dirs.push(dir);
    let now = 0;
    const path = join(dir, 's.sqlite');
    store(path, 'one');
    const handle = new StoreHandle(path, { checkIntervalMs: 1000, now: () => now });
    const changes: string[] = [];
    handle.onChange = (v) => changes.push(v);
    const first = handle.current();
    store(`${path}.new`, 'two');
    renameSync(`${path}.new`, path);
    now = 999;
    expect(handle.current()).toBe(first);
    now = 1000;
    const second = handle.current();
    expect(second.version).not.toBe(first.version);
    expect(changes).toEqual([second.version]);
    expect(second.db.prepare('SELECT version FROM datasets').pluck().get()).toBe('two');
    expect(first.db.open).toBe(false);
    // The file gone for a moment (between an unlink and a rename): keep serving the open one.
    rmSync(path);
    now = 2000;
    expect(handle.current()).toBe(second);
    handle.close();
  });
});
