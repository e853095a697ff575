// First use: find the data (or fetch it), and import it when the store is missing, empty, of an
// older schema, or older than the data files. The usual case (a current store) costs a few stat
// calls: the importer, the readers and fetch are loaded only when they are needed.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../core/errors.js';
import { resolveDbPath, storeStatus } from '../store/db.js';
import { newestDataFileTime } from '../store/files.js';
import { DATA_FILES_LOOKED_FOR, describeSearch, findDataDir, packageRoot, searchData } from './data-search.js';

export const DATA_OPTION_HELP =
  'data folder to import from when the store is missing, empty or older than the files (default: $COUNTERWEIGHT_DATA, ' +
  'else ./data, else ../shared/data beside the checkout unless COUNTERWEIGHT_NO_SHARED=1)';

/**
 * The data folder to compare the store with, by stat alone: the named one, or the first default
 * place with data-like files. `newestOf` gives a folder's newest data file time (walked once).
 */
function quickDataDir(flag: string | undefined, newestOf: (dir: string) => number): string | null {
  const s = findDataDir({
    flag,
    env: process.env.COUNTERWEIGHT_DATA || undefined,
    cwd: process.cwd(),
    repoRoot: packageRoot(),
    noShared: !!process.env.COUNTERWEIGHT_NO_SHARED && process.env.COUNTERWEIGHT_NO_SHARED !== '0',
    discover: (dir) => (newestOf(dir) > 0 ? [dir] : []),
  });
  if (s.explicit && s.explicit.status !== 'found') {
    throw new AppError(`${s.explicit.how} names ${s.explicit.dir}: ${s.explicit.status === 'missing' ? 'no such folder' : s.explicit.status === 'not-a-folder' ? 'not a folder' : 'no data files in it'}`, 3);
  }
  return s.found?.dir ?? null;
}

/**
 * The main job works in one step: when the store is missing or empty, of an older schema, or older
 * than the data files, the data are imported first from the first place that has them; with
 * `--fetch` and no data anywhere, they are downloaded first. Says on stderr where they came from.
 */
export async function ensureStore(o: { db?: string; data?: string; fetch?: boolean }): Promise<void> {
  const path = resolveDbPath(o.db);
  const status = storeStatus(path);
  let why: string;
  if (status.current && status.datasets > 0) {
    // The walk stats every data file (~5 ms on the shared data): once per folder, not per question.
    const newest = new Map<string, number>();
    const newestOf = (d: string) => newest.get(d) ?? newest.set(d, newestDataFileTime(d)).get(d)!;
    const dir = quickDataDir(o.data, newestOf);
    if (!dir || newestOf(dir) <= statSync(path).mtimeMs) return;
    why = `the data files are newer than the store at ${path}`;
  } else if (status.unreadable) {
    return; // a file this tool cannot open is left for the query to report
  } else {
    why = !status.exists ? `no store at ${path} yet` : !status.current ? `the store at ${path} was built by an older counterweight` : `the store at ${path} is empty`;
  }
  let data = searchData(o.data);
  if (!data.found && o.fetch) {
    const { DEFAULT_OUT, runFetch } = await import('./fetch.js');
    const out = resolve(data.explicit?.dir ?? DEFAULT_OUT);
    process.stderr.write(`No data found: fetching into ${out} …\n`);
    await runFetch({ out, write: (t) => void process.stderr.write(t) });
    data = searchData(o.data);
    if (!data.found) {
      const { fetchFailed } = await import('../fetch/errors.js');
      throw fetchFailed(`no data for the brief: the fetch into ${out} failed (see above), and no place searched holds data files. Searched:\n${describeSearch(data.searched)}`);
    }
  }
  if (!data.found) {
    const named = data.explicit
      ? `${data.explicit.how} names ${data.explicit.dir}, which ${data.explicit.status === 'missing' ? 'does not exist' : 'holds no data files this tool reads'}`
      : 'no place searched holds data files';
    throw new AppError(
      `no data for the brief: ${why}, and ${named} (${DATA_FILES_LOOKED_FOR}). Searched:\n` +
        `${describeSearch(data.searched)}\n` +
        'Get the data with `counterweight fetch` (it writes ./data, searched next time), or run this again with --fetch; ' +
        'or point --data DIR / COUNTERWEIGHT_DATA at a folder holding the files.',
      3,
    );
  }
  const found = data.found;
  process.stderr.write(`Importing from ${found.dir} (found via ${found.how}): ${why} …\n`);
  const { runImport } = await import('./import.js');
  await runImport({ db: o.db, data: found.dir });
  if (!existsSync(path)) throw new AppError(`import did not create the store at ${path}`, 1);
}
