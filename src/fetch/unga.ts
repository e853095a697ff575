// `fetch --source unga`: the ideal points file from Harvard Dataverse, its checksum checked when
// the repository gives one, read by the same reader as `import` before it replaces anything.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../core/errors.js';
import { readIdealPoints } from '../sources/unga-ideal-points.js';
import { UNGA_CITATION } from './citations.js';
import { datafileRequest, datasetRequest, listDatasetFiles, localFileName, pickIdealPointsFile, verifyChecksum } from './dataverse.js';
import type { Requester } from './http.js';
import { problemList } from './sipri-merge.js';
import { parseJsonBody } from './sipri-request.js';
import type { FetchProgress, SourceReport } from './report.js';
import { writeProvenance } from './report.js';
import { writeVerified } from './write.js';

export interface UngaFetchOptions {
  base: string;
  doi: string;
  /** The data folder: the file goes to `<out>/unga/`. */
  out: string;
  today: string;
  request: Requester;
  onProgress?: FetchProgress;
}

export async function fetchUnga(o: UngaFetchOptions): Promise<SourceReport> {
  const progress = o.onProgress ?? (() => {});
  progress('UNGA: Dataverse listing', 0, 2);
  const listReq = datasetRequest(o.base, o.doi);
  const listing = await o.request(listReq, (body) => listDatasetFiles(parseJsonBody(body, listReq.what), o.doi));
  const file = pickIdealPointsFile(listing.files, o.doi);
  progress(`UNGA: ${file.name}`, 1, 2);
  const fileReq = datafileRequest(o.base, file);
  const warnings: string[] = [];
  const { bytes, checked } = await o.request(fileReq, (body) => ({ bytes: body, checked: verifyChecksum(body, file.checksum, file.name) }));
  if (!checked) warnings.push(`${file.name}: the repository gives no checksum this tool can check; the file was only checked by reading it`);
  const name = localFileName(file.name);
  const path = join(o.out, 'unga', name);
  const read = writeVerified(path, bytes, (disk) => {
    const r = readIdealPoints(disk, name);
    if (r.rejected > 0) throw new AppError(`${file.name}: ${r.rejected} of ${r.recordsRead} rows rejected by the reader: ${problemList(r.problems)}`);
    if (r.recordsRead === 0) throw new AppError(`${file.name}: no rows`);
    return r;
  });
  progress('UNGA done', 2, 2);
  const fetched = {
    path,
    what: `UNGA ideal points (${file.name}${listing.version ? `, dataset version ${listing.version}` : ''})`,
    rows: read.recordsRead,
    detail: checked ? `checksum ${checked.split(' ')[0]} verified` : 'no checksum given',
    version: listing.version,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    urls: [listReq.url, fileReq.url],
  };
  writeProvenance(fetched, UNGA_CITATION, o.today);
  return { source: 'unga', files: [fetched], warnings, citation: UNGA_CITATION };
}
