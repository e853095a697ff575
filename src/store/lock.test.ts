import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireImportLock } from './lock.js';

describe('the import lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('breaks the lock of an import that died, and says it did', () => {
    const db = join(dir, 'store.sqlite');
    // A pid no process has (above the kernel's limit).
    writeFileSync(`${db}.lock`, '99999999');
    const lock = acquireImportLock(db, { wait: false });
    expect(lock.broken).toBe('store.sqlite.lock');
    expect(readFileSync(`${db}.lock`, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(`${db}.lock`)).toBe(false);
    const again = acquireImportLock(db, { wait: false });
    expect(again.broken).toBeNull();
    again.release();
  });
});
