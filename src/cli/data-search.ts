// Where the data files are: the places a first run looks, in order, and what each one held. A
// place the user named (`--data`, COUNTERWEIGHT_DATA) is the only place looked at: when it cannot
// be used, that is an error naming it, never a quiet fall-back to another folder.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverSourceFiles } from '../store/files.js';

/**
 * The installed package's root (the folder holding package.json): this file is
 * `<root>/src/cli/data-search.ts` in the checkout and `<root>/dist/<bundle>/*.js` once built.
 */
export function packageRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../..');
}

export type DataPlaceKind = 'flag' | 'env' | 'cwd' | 'shared';

export interface DataPlace {
  kind: DataPlaceKind;
  /** How the place was chosen, as the user would say it: `--data`, `COUNTERWEIGHT_DATA` … */
  how: string;
  dir: string;
  /** What was there: the recognised files, or why the place was passed over. */
  files: string[];
  status: 'found' | 'missing' | 'not-a-folder' | 'no-files' | 'skipped';
  note?: string;
}

export interface DataSearch {
  /** The first place holding recognised files, or null. */
  found: DataPlace | null;
  /** The place was named by the user (`--data`, COUNTERWEIGHT_DATA): nothing else was looked at. */
  explicit: DataPlace | null;
  /** Every place considered, in order (those after `found` are not looked at). */
  searched: DataPlace[];
}

export interface FindDataOptions {
  /** `--data DIR`. */
  flag?: string;
  /** `COUNTERWEIGHT_DATA`. */
  env?: string;
  cwd: string;
  /** The checkout (package root): `../shared/data` beside it is the last place. */
  repoRoot?: string;
  /** Leave out `../shared/data` (COUNTERWEIGHT_NO_SHARED=1), so "no data anywhere" can be tested on a machine that has it. */
  noShared?: boolean;
  /** Files in `dir` that a reader recognises (`discoverSourceFiles`). */
  discover: (dir: string) => string[];
}

/**
 * The places a first run looks for data. A place the user named is the only one: `--data DIR`,
 * else `COUNTERWEIGHT_DATA`. Otherwise `./data`, then `../shared/data` beside the checkout, and the
 * first holding files a reader recognises wins. `explicit` says the search was a named place.
 */
export function findDataDir(o: FindDataOptions): DataSearch {
  const candidates: { kind: DataPlaceKind; how: string; dir: string; skip?: string }[] = [];
  if (o.flag) candidates.push({ kind: 'flag', how: '--data', dir: resolve(o.cwd, o.flag) });
  else if (o.env) candidates.push({ kind: 'env', how: 'COUNTERWEIGHT_DATA', dir: resolve(o.cwd, o.env) });
  else {
    candidates.push({ kind: 'cwd', how: './data in the current folder', dir: resolve(o.cwd, 'data') });
    candidates.push({
      kind: 'shared',
      how: '../shared/data beside the checkout',
      dir: resolve(o.repoRoot ?? packageRoot(), '../shared/data'),
      skip: o.noShared ? 'skipped: COUNTERWEIGHT_NO_SHARED is set' : undefined,
    });
  }

  const searched: DataPlace[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.dir)) continue;
    seen.add(c.dir);
    const place: DataPlace = { kind: c.kind, how: c.how, dir: c.dir, files: [], status: 'missing' };
    searched.push(place);
    if (c.skip) {
      place.status = 'skipped';
      place.note = c.skip;
      continue;
    }
    if (!existsSync(c.dir)) continue;
    if (!statSync(c.dir).isDirectory()) {
      place.status = 'not-a-folder';
      continue;
    }
    place.files = o.discover(c.dir);
    place.status = place.files.length > 0 ? 'found' : 'no-files';
    if (place.status === 'found') return { found: place, searched, explicit: explicitPlace(searched) };
  }
  return { found: null, searched, explicit: explicitPlace(searched) };
}

function explicitPlace(searched: DataPlace[]): DataPlace | null {
  return searched[0] && (searched[0].kind === 'flag' || searched[0].kind === 'env') ? searched[0] : null;
}

/** What the data files are, for messages: the readers know these and nothing else. */
export const DATA_FILES_LOOKED_FOR =
  'SIPRI exports (trade-register / deliveries-per-year / tiv-imports / tiv-exports CSV) and the UNGA ideal-points CSV, ' +
  'in the folder or one or two sub-folders down';

/** One line per place searched: `  --data: /x (no such folder)`. */
export function describeSearch(searched: DataPlace[]): string {
  return searched
    .map((p) => {
      const what =
        p.status === 'found' ? `${p.files.length} file(s) found`
        : p.status === 'missing' ? 'no such folder'
        : p.status === 'not-a-folder' ? 'not a folder'
        : p.status === 'no-files' ? 'no recognisable files'
        : p.note ?? 'skipped';
      return `  ${p.how}: ${p.dir} (${what})`;
    })
    .join('\n');
}

/** Where the data are, for `import`, `brief` and `serve`: `--data`, else the environment, else the default places. */
export function searchData(flag: string | undefined): DataSearch {
  return findDataDir({
    flag,
    env: process.env.COUNTERWEIGHT_DATA || undefined,
    cwd: process.cwd(),
    noShared: !!process.env.COUNTERWEIGHT_NO_SHARED && process.env.COUNTERWEIGHT_NO_SHARED !== '0',
    discover: (dir) => discoverSourceFiles(dir).files.map((f) => f.file),
  });
}
