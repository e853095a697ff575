// Harvard Dataverse, where Bailey, Strezhnev & Voeten publish the UNGA ideal points: the dataset's
// file listing read and checked here, without I/O.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { joinUrl } from './sipri-request.js';
import type { PlannedRequest } from './http.js';

export const DATAVERSE_BASE = 'https://dataverse.harvard.edu';
export const UNGA_DOI = 'doi:10.7910/DVN/LEJUQZ';

const dataFile = z.object({
  id: z.number().int(),
  filename: z.string().optional(),
  originalFileName: z.string().optional(),
  originalFileFormat: z.string().optional(),
  contentType: z.string().optional(),
  md5: z.string().optional(),
  checksum: z.object({ type: z.string(), value: z.string() }).optional(),
});
const datasetAnswer = z.object({
  data: z.object({
    latestVersion: z.object({
      versionNumber: z.number().optional(),
      versionMinorNumber: z.number().optional(),
      files: z.array(z.object({ label: z.string().optional(), dataFile })),
    }),
  }),
});

export interface DataverseFile {
  id: number;
  /** The file's name as uploaded (`.csv`), not Dataverse's ingested `.tab` copy. */
  name: string;
  /** Ingested tabular files are served as tab-separated `.tab` unless the original is asked for. */
  ingested: boolean;
  checksum: { type: string; value: string } | null;
}

export function datasetRequest(base: string, doi: string): PlannedRequest {
  return { what: `Dataverse listing of ${doi}`, method: 'GET', url: joinUrl(base, `/api/datasets/:persistentId/?persistentId=${encodeURIComponent(doi)}`) };
}

export function datafileRequest(base: string, file: DataverseFile, refusal?: PlannedRequest['refusal']): PlannedRequest {
  const original = file.ingested ? '?format=original' : '';
  return { what: `Dataverse file ${file.name}`, method: 'GET', url: joinUrl(base, `/api/access/datafile/${file.id}${original}`), ...(refusal ? { refusal } : {}) };
}

/** Every file of the dataset's latest version. */
export function listDatasetFiles(json: unknown, doi: string): { files: DataverseFile[]; version: string | null } {
  const r = datasetAnswer.safeParse(json);
  if (!r.success) throw new AppError(`Dataverse listing of ${doi}: not the dataset JSON expected (data.latestVersion.files[].dataFile.id)`);
  const v = r.data.data.latestVersion;
  const files = v.files.map(({ label, dataFile: f }) => {
    const stored = f.filename ?? label ?? `file-${f.id}`;
    const ingested = f.originalFileFormat !== undefined || f.originalFileName !== undefined || /\.tab$/i.test(stored);
    const checksum = f.checksum ?? (f.md5 ? { type: 'MD5', value: f.md5 } : null);
    return { id: f.id, name: f.originalFileName ?? stored.replace(/\.tab$/i, '.csv'), ingested, checksum };
  });
  const version = v.versionNumber !== undefined ? `${v.versionNumber}.${v.versionMinorNumber ?? 0}` : null;
  return { files, version };
}

/** Tables of the dataset: the files that may hold a header (not the Stata file, codebook or README). */
export function tabularFiles(files: DataverseFile[]): DataverseFile[] {
  return files.filter((f) => f.ingested || /\.(csv|tab|tsv)$/i.test(f.name));
}

/**
 * The order in which to look inside the tables. Only an order: what a file is, is decided by its
 * header (the July 2025 release renamed every file). Likely estimates first, pairs files last.
 */
export function probeOrder(files: DataverseFile[]): DataverseFile[] {
  const rank = (f: DataverseFile) => {
    const n = f.name.toLowerCase();
    if (/dyad|pair/.test(n)) return 3;
    if (/agree/.test(n)) return 2;
    if (/ideal|estimate/.test(n)) return 0;
    return 1;
  };
  return [...tabularFiles(files)].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** Enough of a file for its header (and a few rows): Dataverse honours Range; if not, reading stops here. */
export const HEAD_PROBE_BYTES = 65_536;

/** The first bytes of a table, to tell by its header what it is. */
export function headRequest(base: string, file: DataverseFile, refusal?: PlannedRequest['refusal']): PlannedRequest {
  return { ...datafileRequest(base, file, refusal), what: `Dataverse file ${file.name} (its header)`, headBytes: HEAD_PROBE_BYTES };
}

/** The dataset's page, where a person can answer a guestbook or log in and download by hand. */
export function datasetPage(base: string, doi: string): string {
  return joinUrl(base, `/dataset.xhtml?persistentId=${doi}`);
}

const REFUSAL_WORDS = /guest\s*book|terms of (use|access)|log\s*in|sign\s*in|not authori[sz]ed|unauthori[sz]ed|restricted|permission|forbidden/i;

/** Dataverse's message in a JSON error body, if it gives one. */
function dataverseMessage(body: string): string | null {
  try {
    const m = (JSON.parse(body) as { message?: unknown }).message;
    return typeof m === 'string' ? m : null;
  } catch {
    return null;
  }
}

/**
 * Dataverse asks for a guestbook response (or a login, or accepted terms) before some downloads:
 * over the API that is a 401/403, or a 400 whose message says so. Either way the way forward is by
 * hand, from the dataset's page; a retry would not change the answer.
 */
export function dataverseRefusal(base: string, doi: string, out: string): (status: number, body: string) => string | null {
  return (status, body) => {
    const message = dataverseMessage(body);
    const said = message ?? body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
    if (status !== 401 && status !== 403 && !(status >= 400 && status < 500 && REFUSAL_WORDS.test(said))) return null;
    const what = /guest\s*book/i.test(said) ? 'a guestbook response' : /terms/i.test(said) ? 'accepted terms of use' : 'a login';
    return `Dataverse will not hand out this file without ${what} (HTTP ${status}${said ? `: ${said}` : ''}). ` +
      `Download it by hand from ${datasetPage(base, doi)}, put it in ${out}, and run \`counterweight import\``;
  };
}

/** A web page where a data file was expected: Dataverse's login or guestbook form, answered with 200. */
export function isWebPage(body: Buffer): boolean {
  return /^\s*(<!doctype html|<html)/i.test(body.subarray(0, 512).toString('latin1'));
}

const ALGORITHMS: Record<string, string> = { md5: 'md5', 'sha-1': 'sha1', sha1: 'sha1', 'sha-256': 'sha256', sha256: 'sha256', 'sha-512': 'sha512', sha512: 'sha512' };

/**
 * Checks `bytes` against the checksum Dataverse gives. Returns what was checked, or null when the
 * repository gives no checksum (or one of a kind this tool cannot compute); throws on a mismatch.
 */
export function verifyChecksum(bytes: Buffer, checksum: DataverseFile['checksum'], name: string): string | null {
  if (!checksum) return null;
  const algorithm = ALGORITHMS[checksum.type.toLowerCase()];
  if (!algorithm) return null;
  const actual = createHash(algorithm).update(bytes).digest('hex');
  if (actual !== checksum.value.toLowerCase()) {
    throw new AppError(`${name}: ${checksum.type} checksum mismatch (expected ${checksum.value}, got ${actual}): the download is damaged or incomplete`);
  }
  return `${checksum.type} ${actual}`;
}

/** A name safe to write under the output folder, ending `.csv` so `import` finds it. */
export function localFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const safe = base.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '');
  // A tab-separated original keeps its .tab/.tsv name (the readers and `import` take both).
  return /\.(csv|tab|tsv)$/i.test(safe) ? safe : `${safe.replace(/\.txt$/i, '')}.csv`;
}
