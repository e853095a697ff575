// First use: find the data (or fetch it), and import it when the store is missing, empty or stale.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore, resolveDbPath } from '../store/db.js';
import { DATA_FILES_LOOKED_FOR, describeSearch } from '../core/data-dir.js';
import { listDatasets } from '../store/context.js';
import { SCHEMA_VERSION } from '../store/import.js';
import { fetchFailed } from '../fetch/errors.js';
import { DEFAULT_OUT, runFetch } from './fetch.js';
import { AppError } from '../core/errors.js';
import { runImport, searchData } from './import.js';

export const DATA_OPTION_HELP =
  'data folder to import from when the store is missing, empty or older than the files; searched first, then $COUNTERWEIGHT_DATA, ' +
  './data, and ../shared/data beside the checkout (left out when COUNTERWEIGHT_NO_SHARED=1)';

/**
 * The main job works in one step: when the store is missing or empty, or older than the data files,
 * the data are imported first from the first place that has them (see `findDataDir`); with
 * `--fetch` and no data anywhere, they are downloaded first. Says on stderr where they came from.
 */
export async function ensureStore(o: { db?: string; data?: string; fetch?: boolean }): Promise<void> {
  const path = resolveDbPath(o.db);
  const search = () => searchData(o.data);
  // null: no store, or one without any dataset; a file this tool cannot open is left for the query to report.
  let storeTime: number | null = null;
  let outdated = false;
  if (existsSync(path)) {
    try {
      const db = openStore(path);
      try {
        // A store from an older build (another schema) is rebuilt like an empty one.
        outdated = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get() !== SCHEMA_VERSION;
        if (!outdated && listDatasets(db).length > 0) storeTime = statSync(path).mtimeMs;
      } finally {
        db.close();
      }
    } catch {
      storeTime = Infinity;
    }
  }
  let data = search();
  let why: string;
  if (storeTime !== null) {
    if (!data.found) return;
    const newest = Math.max(...data.found.files.map((f) => statSync(f).mtimeMs));
    if (newest <= storeTime) return;
    why = `the data files are newer than the store at ${path}`;
  } else {
    why = !existsSync(path) ? `no store at ${path} yet` : outdated ? `the store at ${path} was built by an older counterweight` : `the store at ${path} is empty`;
    if (!data.found && o.fetch) {
      const out = resolve(o.data ?? DEFAULT_OUT);
      process.stderr.write(`No data found: fetching into ${out} …\n`);
      await runFetch({ out, write: (t) => void process.stderr.write(t) });
      data = search();
      if (!data.found) {
        throw fetchFailed(`no data for the brief: the fetch into ${out} failed (see above), and no place searched holds data files. Searched:\n${describeSearch(data.searched)}`);
      }
    }
    if (!data.found) {
      throw new AppError(
        `no data for the brief: ${why}, and no place searched holds data files (${DATA_FILES_LOOKED_FOR}). Searched:\n` +
          `${describeSearch(data.searched)}\n` +
          'Get the data with `counterweight fetch` (it writes ./data, searched next time), or run this again with --fetch; ' +
          'or point --data DIR / COUNTERWEIGHT_DATA at a folder holding the files.',
        3,
      );
    }
  }
  const found = data.found;
  for (const p of data.searched) {
    if (p !== found && (p.kind === 'flag' || p.kind === 'env')) process.stderr.write(`note: ${p.how} ${p.dir}: ${p.status === 'no-files' ? 'no recognisable files' : 'no such folder'}, passed over\n`);
  }
  process.stderr.write(`Importing from ${found.dir} (found via ${found.how}): ${why} …\n`);
  runImport({ db: o.db, data: found.dir });
}

