import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { AppError } from '../core/errors.js';

export type Db = Database.Database;

export const DEFAULT_DB = '.counterweight/counterweight.sqlite';

/** The layout of schema.sql; a store of another version is rebuilt on first use (`brief`, `serve`). */
export const SCHEMA_VERSION = '10';

export function resolveDbPath(db: string | undefined, cwd: string = process.cwd()): string {
  return resolve(cwd, db ?? process.env.COUNTERWEIGHT_DB ?? DEFAULT_DB);
}

let schemaText: string | null = null;
const AFTER_LOAD = /^-- @after-load\b.*$/m;
/** The tables and views (schema.sql up to its `@after-load` mark). */
export function schemaSql(): string {
  return schemaFile().split(AFTER_LOAD)[0];
}

/** The indexes, built once an import's rows are in (schema.sql after its `@after-load` mark). */
export function indexSql(): string {
  return schemaFile().split(AFTER_LOAD)[1] ?? '';
}

/** Statements dropping the after-load indexes: a store copied for an import is loaded without them, like a new one. */
export function dropIndexSql(): string {
  return [...indexSql().matchAll(/CREATE\s+INDEX\s+IF\s+NOT\s+EXISTS\s+(\w+)/gi)].map((m) => `DROP INDEX IF EXISTS ${m[1]};`).join('\n');
}

function schemaFile(): string {
  // From src/store/ and from dist/<folder>/ alike: the schema ships in src/ (package `files`).
  schemaText ??= readFileSync(new URL('../../src/store/schema.sql', import.meta.url), 'utf8');
  return schemaText;
}

let addon: string | null | undefined;
/**
 * The compiled SQLite addon's path, given to better-sqlite3 directly: its default lookup (the
 * `bindings` package) tries a dozen paths on every start, a few milliseconds of every command.
 */
function nativeBinding(): string | undefined {
  if (addon === undefined) {
    try {
      addon = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
    } catch {
      addon = null; // another layout: let better-sqlite3 find it
    }
  }
  return addon ?? undefined;
}

/** A connection to a store file: the one place the driver is constructed. */
export function connect(path: string, opts: { readonly?: boolean; fileMustExist?: boolean } = {}): Db {
  const binding = nativeBinding();
  return new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.fileMustExist ?? false, ...(binding ? { nativeBinding: binding } : {}) });
}

/** The schema version a store file was built with; null when it has none (not a store, or a very old one). */
function schemaVersionOf(db: Db): string | null {
  try {
    return (db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get() as string | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * Open an existing store for reading. Missing store, or one built by another version of this tool
 * (whose tables would fail a query with "no such column"), → a clear error saying what to run.
 */
export function openStore(path: string, opts: { readonly?: boolean; anySchema?: boolean } = {}): Db {
  if (!existsSync(path)) {
    throw new AppError(
      `no store at ${path}: run \`counterweight import\` first (it reads the data folder; see --data)`,
      3,
      503,
    );
  }
  const db = connect(path, { readonly: opts.readonly ?? true, fileMustExist: true });
  if (opts.anySchema) return db;
  const version = schemaVersionOf(db);
  if (version !== SCHEMA_VERSION) {
    db.close();
    throw new AppError(
      `the store at ${path} was built by ${version ? `another version of Counterweight (store schema ${version}, this version reads ${SCHEMA_VERSION})` : 'something else (no Counterweight schema version in it)'}: ` +
        'run `counterweight import` to rebuild it from the data folder (`counterweight brief` does so by itself)',
      3,
      503,
    );
  }
  return db;
}

/** Settings for a store file being built beside the real one (renamed into place only when complete). */
export function tuneForBuild(db: Db): void {
  // No journal needed: an unfinished file is deleted, never used.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  // Rows arrive in key order and no index is built afterwards: a small cache loses no time, and
  // without a journal full pages are simply written out (it keeps ~7 MB out of the import's RSS).
  db.pragma('cache_size = -1024');
}

/** Create a fresh store file (for import: built beside the real one, then swapped in). */
export function createStore(path: string): Db {
  mkdirSync(dirname(path), { recursive: true });
  const db = connect(path);
  tuneForBuild(db);
  db.exec(schemaSql());
  return db;
}

export interface StoreStatus {
  /** The file exists. */
  exists: boolean;
  /** It opens, and was built with this schema version. */
  current: boolean;
  /** Datasets it holds (0 when it does not open or is of another schema). */
  datasets: number;
  /** Why it cannot be used, when it exists but does not open. */
  unreadable: string | null;
}

/** What a first run needs to know of the store file: is there one, of this schema, with data? */
export function storeStatus(path: string): StoreStatus {
  const { db, status } = openIfCurrent(path);
  db?.close();
  return status;
}

/**
 * The store opened for reading when it is of this version (else null), and its status: one open
 * where asking the status and then opening took two (~2 ms of a command's start).
 */
export function openIfCurrent(path: string): { db: Db | null; status: StoreStatus } {
  if (!existsSync(path)) return { db: null, status: { exists: false, current: false, datasets: 0, unreadable: null } };
  let db: Db | null = null;
  try {
    db = openStore(path, { anySchema: true });
    if (schemaVersionOf(db) !== SCHEMA_VERSION) {
      db.close();
      return { db: null, status: { exists: true, current: false, datasets: 0, unreadable: null } };
    }
    const datasets = db.prepare('SELECT COUNT(*) FROM datasets').pluck().get() as number;
    return { db, status: { exists: true, current: true, datasets, unreadable: null } };
  } catch (e) {
    db?.close();
    return { db: null, status: { exists: true, current: false, datasets: 0, unreadable: (e as Error).message } };
  }
}
