// One read-only handle on the store for the life of the server. `counterweight import` builds a new
// file and renames it over the old one, so the server looks at the file's identity (inode, size,
// mtime) at most once per interval and reopens when it changed. The version string names what the
// store holds (its datasets) and which file it is: caches key on it.
import { statSync, type Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import { AppError } from '../core/errors.js';
import { openStore, type Db } from '../store/db.js';
import { listDatasets } from '../store/context.js';

export interface StoreSnapshot {
  db: Db;
  /** Changes whenever the store file or its datasets change. */
  version: string;
}

export interface StoreHandleOptions {
  /** How often the file's identity is checked, at most (ms). Default 1000. */
  checkIntervalMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

function identity(st: Stats): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
}

export function storeVersion(db: Db, fileIdentity: string): string {
  const datasets = listDatasets(db).map((d) => `${d.id}|${d.kind}|${d.version ?? ''}|${d.stored}`);
  return createHash('sha256').update(fileIdentity).update('\n').update(datasets.join('\n')).digest('hex').slice(0, 16);
}

export class StoreHandle {
  readonly path: string;
  private readonly interval: number;
  private readonly now: () => number;
  private snapshot: StoreSnapshot | null = null;
  private fileIdentity = '';
  private checkedAt = -Infinity;
  private failure: AppError | null = null;
  /** Called after a reopen, with the new version (the response cache drops older entries). */
  onChange: ((version: string) => void) | null = null;

  constructor(path: string, opts: StoreHandleOptions = {}) {
    this.path = path;
    this.interval = opts.checkIntervalMs ?? 1000;
    this.now = opts.now ?? Date.now;
  }

  /** The current store; throws AppError 503 while there is none. */
  current(): StoreSnapshot {
    const t = this.now();
    if (t - this.checkedAt >= this.interval) {
      this.checkedAt = t;
      this.refresh();
    }
    if (this.snapshot) return this.snapshot;
    throw this.failure ?? new AppError(`no store at ${this.path}`, 3, 503);
  }

  /** The version without throwing: null while there is no store. */
  version(): string | null {
    try {
      return this.current().version;
    } catch {
      return null;
    }
  }

  private refresh(): void {
    let st: Stats;
    try {
      st = statSync(this.path);
    } catch {
      // The file is gone (between an unlink and a rename, or never imported): keep serving the
      // open handle if there is one; it still reads the old file.
      if (!this.snapshot) this.failure = openFailure(this.path);
      return;
    }
    const id = identity(st);
    if (this.snapshot && id === this.fileIdentity) return;
    try {
      const db = openStore(this.path, { readonly: true });
      const version = storeVersion(db, id);
      const old = this.snapshot;
      this.snapshot = { db, version };
      this.fileIdentity = id;
      this.failure = null;
      old?.db.close();
      if (old) this.onChange?.(version);
    } catch (e) {
      // A half-written file or a store of another schema: keep the old handle, report if none.
      if (!this.snapshot) this.failure = e instanceof AppError ? e : new AppError(`cannot open the store at ${this.path}: ${(e as Error).message}`, 3, 503);
    }
  }

  close(): void {
    this.snapshot?.db.close();
    this.snapshot = null;
    this.checkedAt = -Infinity;
  }
}

function openFailure(path: string): AppError {
  return new AppError(`no store at ${path}: run \`counterweight import\` first (it reads the data folder; see --data)`, 3, 503);
}
