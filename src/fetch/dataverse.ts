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

export function datafileRequest(base: string, file: DataverseFile): PlannedRequest {
  const original = file.ingested ? '?format=original' : '';
  return { what: `Dataverse file ${file.name}`, method: 'GET', url: joinUrl(base, `/api/access/datafile/${file.id}${original}`) };
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

/** The ideal points table: a name with "ideal point", a CSV (or its .tab copy); the all-votes one first. */
export function pickIdealPointsFile(files: DataverseFile[], doi: string): DataverseFile {
  const candidates = files.filter((f) => /ideal\s*_?points?/i.test(f.name) && /\.(csv|tab)$/i.test(f.name));
  const rank = (f: DataverseFile) => (/all/i.test(f.name) ? 0 : 1) + (/\.csv$/i.test(f.name) ? 0 : 2);
  const best = [...candidates].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name))[0];
  if (!best) {
    throw new AppError(`Dataverse ${doi}: no ideal points CSV among its files (${files.map((f) => f.name).join(', ') || 'none'})`);
  }
  return best;
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
  return /\.csv$/i.test(safe) ? safe : `${safe.replace(/\.(tab|txt)$/i, '')}.csv`;
}
