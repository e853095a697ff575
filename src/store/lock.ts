// One import at a time per store: an exclusive lock file beside the store (created with O_EXCL,
// holding the importer's pid), and the leftovers of imports that died (`kill -9`, a crash) removed
// by the next one. Without it two imports of different files both copy the old store and the
// second rename wins: the first one's changes are lost.
import { closeSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../core/errors.js';

export interface LockOptions {
  /** Wait for another import to finish (default); false: fail at once. */
  wait?: boolean;
  /** How long to wait at most (ms, default 30 minutes). */
  timeoutMs?: number;
  /** Told once when the lock is held by another import and this one waits. */
  onWait?: (message: string) => void;
}

export interface ImportLock {
  release(): void;
  /** The lock file of a dead import that was broken to take this one (its name), or null. */
  broken: string | null;
}

/** Whether a process with this pid is alive (signal 0 tests, sends nothing). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function holder(lockPath: string): number | null {
  try {
    const pid = Number(readFileSync(lockPath, 'utf8').trim());
    return Number.isInteger(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the store's import lock, waiting for (or refusing) a live holder and breaking a dead one's. */
export function acquireImportLock(dbPath: string, opts: LockOptions = {}): ImportLock {
  const lockPath = `${dbPath}.lock`;
  const deadline = Date.now() + (opts.timeoutMs ?? 30 * 60_000);
  let told = false;
  let broken: string | null = null;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(lockPath, { force: true }), broken };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new AppError(`import: cannot create the store's folder lock at ${lockPath}: no such folder`, 1);
      }
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new AppError(`import: cannot take the lock ${lockPath}: ${(e as Error).message}`, 1);
    }
    const pid = holder(lockPath);
    if (pid === null || !processAlive(pid)) {
      // The importer that held it died: its lock means nothing any more (said by the caller).
      rmSync(lockPath, { force: true });
      broken = basename(lockPath);
      continue;
    }
    const message = `another import (pid ${pid}) is running on ${dbPath}`;
    if (opts.wait === false) throw new AppError(`import: ${message}; try again when it has finished (or leave out --no-wait to wait for it)`, 3, 409);
    if (Date.now() > deadline) throw new AppError(`import: ${message}, and has been for too long; giving up`, 3, 409);
    if (!told) {
      opts.onWait?.(`${message}: waiting for it to finish …`);
      told = true;
    }
    sleep(100);
  }
}

/**
 * Files left beside the store by imports that died: `<store>.importing-<pid>` and its journal,
 * WAL and shared-memory files, whose pid is no longer alive. Returns what was removed.
 */
export function removeDeadImports(dbPath: string): string[] {
  const dir = dirname(dbPath);
  const prefix = `${basename(dbPath)}.importing-`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)/.exec(name.slice(prefix.length))?.[1]);
    if (pid === process.pid || processAlive(pid)) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}
