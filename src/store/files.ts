// The files of a data folder: which ones a reader recognises (by their header, never their name),
// and every other one with the reason it is not read. Only regular files are opened: a FIFO, a
// device or a socket named `*.csv` would block a read forever, and a symlink loop would visit the
// same folder again and again (each real folder is visited once).
import { closeSync, existsSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { AppError } from '../core/errors.js';
import { detectSourceKind, type DetectedKind } from '../sources/detect.js';
import { pairsWithoutAgreement } from '../sources/unga-dyads.js';

export interface FoundFile {
  file: string;
  /** `workbook`: an .xlsx whose kind shows only inside it (import.ts opens it). */
  kind: DetectedKind;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface Discovery {
  files: FoundFile[];
  skipped: SkippedFile[];
}

/** Sub-folders looked into below the data folder (`sipri/`, `unga/votes/`). */
const MAX_DEPTH = 2;

/** Enough bytes for any preamble and header. */
const HEAD_BYTES = 16_384;

/** The first bytes of a regular file (all a format test needs), without reading the rest. */
export function readHead(path: string, bytes = HEAD_BYTES): Buffer {
  const buf = Buffer.alloc(bytes);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw ioError(path, e);
  }
  try {
    return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0));
  } catch (e) {
    throw ioError(path, e);
  } finally {
    closeSync(fd);
  }
}

/** Any I/O error as an AppError that names the path (EISDIR, EACCES …). */
export function ioError(path: string, e: unknown): AppError {
  const err = e as NodeJS.ErrnoException;
  const what: Record<string, string> = {
    EISDIR: 'is a folder, not a file',
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ELOOP: 'too many levels of symbolic links',
    ENOTDIR: 'a part of the path is not a folder',
  };
  const reason = (err?.code && what[err.code]) ?? err?.message ?? String(e);
  return new AppError(`${path}: ${reason}`, err?.code === 'ENOENT' ? 2 : 1, 400, { path, code: err?.code ?? null });
}

function kindOfEntry(st: Stats): string | null {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return null;
}

/**
 * Every file under `dir` (and up to two levels of sub-folders): recognised ones with their kind,
 * the others with the reason they are skipped. Hidden files (`.DS_Store`, `.gitkeep`) are ignored.
 */
export function discoverSourceFiles(dir: string): Discovery {
  const out: Discovery = { files: [], skipped: [] };
  walkData(dir, {
    problem: (file, reason) => out.skipped.push({ file, reason }),
    file: (p, name, st) => {
      const special = kindOfEntry(st);
      if (special) return void out.skipped.push({ file: p, reason: `${special}, not a regular file` });
      let kind: DetectedKind | null;
      try {
        kind = detectSourceKind(readHead(p), name);
      } catch (e) {
        return void out.skipped.push({ file: p, reason: e instanceof AppError ? e.message : ioError(p, e).message });
      }
      if (kind === 'unga-dyads') out.skipped.push({ file: p, reason: pairsWithoutAgreement(name) });
      else if (kind) out.files.push({ file: p, kind });
      else out.skipped.push({ file: p, reason: 'not a data export this tool reads (header not recognised)' });
    },
  });
  return out;
}

/**
 * Every entry under `dir` and up to MAX_DEPTH levels of sub-folders, each real folder once (a
 * symbolic link loop is reported, not followed), hidden names left out, in name order.
 */
function walkData(
  dir: string,
  on: { file: (path: string, name: string, st: Stats) => void; problem?: (path: string, reason: string) => void; wants?: (name: string) => boolean },
): void {
  if (!existsSync(dir)) return;
  const visited = new Set<string>();
  const problem = on.problem ?? (() => {});
  const visit = (d: string, depth: number) => {
    let entries: Dirent[];
    try {
      const real = realpathSync(d);
      if (visited.has(real)) return problem(d, 'a folder already read (symbolic link loop or second link)');
      visited.add(real);
      entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      return problem(d, ioError(d, e).message);
    }
    for (const entry of entries) {
      const name = entry.name;
      // Files the caller does not want are not even looked at (a plain file needs no stat to say so).
      if (name.startsWith('.') || (on.wants && entry.isFile() && !on.wants(name))) continue;
      const p = join(d, name);
      let st: Stats;
      try {
        // A link is followed (stat), its target judged like any entry.
        st = statSync(p);
      } catch (e) {
        problem(p, ioError(p, e).message);
        continue;
      }
      if (!st.isDirectory()) on.file(p, name, st);
      else if (depth < MAX_DEPTH) visit(p, depth + 1);
      else problem(p, `a folder more than ${MAX_DEPTH} levels down (not searched)`);
    }
  };
  visit(dir, 0);
}

/** Skipped files grouped by reason, for a short summary: `12 files: not a data export … (articles/dev/…)`. */
export function summariseSkipped(skipped: SkippedFile[], root: string, examples = 2): string[] {
  const byReason = new Map<string, string[]>();
  for (const s of skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), relative(root, s.file) || s.file]);
  return [...byReason].map(([reason, files]) => {
    const shown = files.slice(0, examples).join(', ');
    return files.length === 1 ? `skipped ${shown}: ${reason}` : `skipped ${files.length} files: ${reason} (${shown}${files.length > examples ? ', …' : ''})`;
  });
}

/** The newest modification time of the files under `dir` that could be data (by stat only, no reads). */
export function newestDataFileTime(dir: string): number {
  let newest = 0;
  walkData(dir, {
    wants: (name) => DATA_NAME.test(name),
    file: (_p, _name, st) => {
      if (st.isFile() && st.mtimeMs > newest) newest = st.mtimeMs;
    },
  });
  return newest;
}

/** Names a data file can have (for the quick staleness check; discovery reads every file's head). */
const DATA_NAME = /\.(?:csv|tsv|tab|txt|xlsx)$/i;
