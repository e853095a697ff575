// `fetch --source sipri`: the per-delivery-year export in year chunks, merged, checked and swapped
// in; then SIPRI's official TIV tables where the backend gives them in a form the reader knows.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../core/errors.js';
import { readSipriTiv } from '../sources/sipri-tiv.js';
import { planYearChunks, spanLabel, type YearSpan } from './chunks.js';
import { sipriCitation } from './citations.js';
import type { Requester } from './http.js';
import { checkPerYearChunk, mergePerYearChunks, problemList, verifyPerYearFile, type CheckedChunk } from './sipri-merge.js';
import { decodeDeliveriesAnswer, decodeTivAnswer, deliveriesRequest, tivTableRequest } from './sipri-request.js';
import type { FetchedFile, FetchProgress, SourceReport } from './report.js';
import { writeProvenance } from './report.js';
import { writeVerified } from './write.js';

export interface SipriFetchOptions {
  base: string;
  years: YearSpan;
  /** Years per request. */
  chunkYears: number;
  /** The data folder: files go to `<out>/sipri/`. */
  out: string;
  /** YYYY-MM-DD, for file names and the citation. */
  today: string;
  request: Requester;
  onProgress?: FetchProgress;
  /** Also ask for the TIV tables (default true). */
  tiv?: boolean;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The per-year file; throws (leaving the folder as it was) when any chunk cannot be had or read. */
async function fetchDeliveries(o: SipriFetchOptions, total: number): Promise<FetchedFile> {
  const progress = o.onProgress ?? (() => {});
  const chunks = planYearChunks(o.years, o.chunkYears);
  const checked: CheckedChunk[] = [];
  let answer: Buffer | null = null;
  const urls = new Set<string>();
  for (const [i, years] of chunks.entries()) {
    progress(`SIPRI deliveries ${spanLabel(years)}`, i, total);
    const req = deliveriesRequest(o.base, years);
    urls.add(req.url);
    const bytes = await o.request(req, (body) => decodeDeliveriesAnswer(body, req.what));
    checked.push(checkPerYearChunk({ years, bytes }));
    answer = bytes;
  }
  const merged = mergePerYearChunks(checked, o.years);
  const sum = checked.reduce((n, c) => n + c.rows.length, 0);
  if (merged.rows + merged.duplicates !== sum) throw new AppError(`SIPRI deliveries: merged ${merged.rows} + ${merged.duplicates} duplicates, expected ${sum} rows`);
  const name = `deliveries-per-year-${o.years.from}-${o.years.to}-${o.today}.csv`;
  const path = join(o.out, 'sipri', name);
  // One answer is kept exactly as SIPRI sent it (its encoding and preamble); chunks are merged.
  const bytes = checked.length === 1 && answer && merged.duplicates === 0 ? answer : Buffer.from(merged.text, 'utf8');
  const read = writeVerified(path, bytes, (disk) => verifyPerYearFile(disk, name, merged.rows));
  return {
    path,
    what: `SIPRI deliveries per year ${spanLabel(o.years)}`,
    rows: read.rows,
    detail: `${read.deals.toLocaleString('en-US')} deals, ${checked.length} request(s)${merged.duplicates ? `, ${merged.duplicates} duplicate rows dropped` : ''}`,
    version: read.version,
    sha256: sha256(bytes),
    urls: [...urls],
  };
}

/** One TIV table: only kept when the reader reads it as that table with no rejected row. */
async function fetchTivTable(o: SipriFetchOptions, kind: 'imports' | 'exports'): Promise<FetchedFile> {
  const req = tivTableRequest(o.base, kind, o.years);
  const bytes = await o.request(req, (body) => decodeTivAnswer(body, req.what));
  const name = `tiv-${kind}-${o.today}.csv`;
  const path = join(o.out, 'sipri', name);
  const read = writeVerified(path, bytes, (disk) => {
    const r = readSipriTiv(disk, name);
    if (r.table.kind !== kind) throw new AppError(`${req.what}: the answer is the ${r.table.kind} table`);
    if (r.rejected > 0) throw new AppError(`${req.what}: ${r.rejected} rows rejected: ${problemList(r.problems)}`);
    if (r.recordsRead === 0) throw new AppError(`${req.what}: no rows`);
    return r;
  });
  return { path, what: `SIPRI TIV ${kind} ${spanLabel(o.years)}`, rows: read.recordsRead, version: read.version, sha256: sha256(bytes), urls: [req.url] };
}

export async function fetchSipri(o: SipriFetchOptions): Promise<SourceReport> {
  const tiv = o.tiv ?? true;
  const chunks = planYearChunks(o.years, o.chunkYears).length;
  const total = chunks + (tiv ? 2 : 0);
  const files = [await fetchDeliveries(o, total)];
  const warnings: string[] = [];
  if (tiv) {
    for (const [i, kind] of (['imports', 'exports'] as const).entries()) {
      o.onProgress?.(`SIPRI TIV ${kind}`, chunks + i, total);
      try {
        files.push(await fetchTivTable(o, kind));
      } catch (e) {
        // The tables only refine the allocation; without them the brief is still whole.
        warnings.push(`SIPRI TIV ${kind} table not fetched (${(e as Error).message}); the deliveries file is enough for a brief`);
      }
    }
  }
  o.onProgress?.('SIPRI done', total, total);
  const citation = sipriCitation(o.today);
  for (const f of files) writeProvenance(f, citation, o.today);
  return { source: 'sipri', files, warnings, citation };
}
