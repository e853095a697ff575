// `fetch --source unga`: the ideal points from Harvard Dataverse. The dataset's tables are told
// apart by their headers, never by their names (the July 2025 release renamed them all): the
// per-country estimates in either known layout, and — when the estimates carry no per-patron
// agreement — the release's agreement pairs file if it has one. Every file is downloaded whole,
// its checksum checked when the repository gives one and read by the `import` reader before
// anything on disk is replaced.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../core/errors.js';
import { detectSourceKind } from '../sources/detect.js';
import { idealPointsHead, readIdealPoints } from '../sources/unga-ideal-points.js';
import { readUngaAgreement } from '../sources/unga-dyads.js';
import { UNGA_CITATION } from './citations.js';
import {
  datafileRequest, datasetRequest, dataverseRefusal, headRequest, isWebPage, listDatasetFiles, localFileName, probeOrder,
  tabularFiles, verifyChecksum, type DataverseFile,
} from './dataverse.js';
import type { PlannedRequest, Requester } from './http.js';
import { problemList } from './sipri-merge.js';
import { parseJsonBody } from './sipri-request.js';
import type { FetchedFile, FetchProgress, SourceReport } from './report.js';
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

/** What the tables of a release were found to be, by header. */
interface Survey {
  estimates: { file: DataverseFile; layout: string; agreement: boolean } | null;
  agreement: DataverseFile | null;
  /** Every table looked at, with what it is: for messages. */
  seen: string[];
}

function describeKind(kind: ReturnType<typeof detectSourceKind>): string {
  if (kind === 'unga-dyads') return 'ideal-point dyads (pairs, no agreement column): not needed';
  if (kind === 'unga-agreement') return 'agreement pairs';
  return kind ? `a ${kind} file` : 'no header this tool reads';
}

/** Looks inside the tables, likely ones first, until the estimates (and agreement, if needed) are found. */
async function survey(o: UngaFetchOptions, files: DataverseFile[], refusal: PlannedRequest['refusal']): Promise<Survey> {
  const s: Survey = { estimates: null, agreement: null, seen: [] };
  for (const f of probeOrder(files)) {
    if (s.estimates && (s.estimates.agreement || s.agreement)) break;
    const head = await o.request(headRequest(o.base, f, refusal), (body) => body);
    if (isWebPage(head)) throw new AppError(refusal?.(403, head.toString('utf8')) ?? `Dataverse file ${f.name}: a web page where a table was expected`);
    const kind = detectSourceKind(head, f.name);
    const info = kind === 'unga-ideal-points' ? idealPointsHead(head) : null;
    if (info && !s.estimates) {
      s.estimates = { file: f, layout: info.layout, agreement: info.agreement };
      s.seen.push(`${f.name}: ideal-point estimates (${info.layout} layout${info.agreement ? ', with agreement columns' : ', no agreement columns'})`);
    } else if (kind === 'unga-agreement' && !s.agreement) {
      s.agreement = f;
      s.seen.push(`${f.name}: agreement pairs`);
    } else s.seen.push(`${f.name}: ${describeKind(kind)}`);
  }
  return s;
}

/** A whole file, its checksum checked; a web page (a login or guestbook form) is refused with the way forward. */
async function download(o: UngaFetchOptions, file: DataverseFile, refusal: PlannedRequest['refusal']): Promise<{ req: PlannedRequest; bytes: Buffer; checked: string | null }> {
  const req = datafileRequest(o.base, file, refusal);
  const got = await o.request(req, (body) => {
    if (isWebPage(body)) throw new AppError(refusal?.(403, body.toString('utf8')) ?? `${file.name}: a web page where a table was expected`);
    return { bytes: body, checked: verifyChecksum(body, file.checksum, file.name) };
  });
  return { req, ...got };
}

export async function fetchUnga(o: UngaFetchOptions): Promise<SourceReport> {
  const progress = o.onProgress ?? (() => {});
  const folder = join(o.out, 'unga');
  const refusal = dataverseRefusal(o.base, o.doi, folder);
  progress('UNGA: Dataverse listing', 0, 3);
  const listReq = { ...datasetRequest(o.base, o.doi), refusal };
  const listing = await o.request(listReq, (body) => listDatasetFiles(parseJsonBody(body, listReq.what), o.doi));
  progress('UNGA: reading the headers of its tables', 1, 3);
  const found = await survey(o, listing.files, refusal);
  if (!found.estimates) {
    const tables = tabularFiles(listing.files).length;
    throw new AppError(
      `Dataverse ${o.doi}: none of its ${tables} table(s) has an ideal-point estimates header (ccode, session or year, Countryname, IdealPoint…)` +
        `${found.seen.length ? `: ${found.seen.join('; ')}` : ''}. The release may have changed its format: see the README's "When a source changes" section`,
    );
  }
  const est = found.estimates;
  const warnings: string[] = [];
  // Everything is downloaded and checked before anything is written: a refusal halfway leaves the folder as it was.
  progress(`UNGA: ${est.file.name}`, 2, 3);
  const main = await download(o, est.file, refusal);
  const pairs = !est.agreement && found.agreement ? await download(o, found.agreement, refusal) : null;
  const name = localFileName(est.file.name);
  const path = join(folder, name);
  const read = writeVerified(path, main.bytes, (disk) => {
    const r = readIdealPoints(disk, name);
    if (r.rejected > 0) throw new AppError(`${est.file.name}: ${r.rejected} of ${r.recordsRead} rows rejected by the reader: ${problemList(r.problems)}`);
    if (r.recordsRead === 0) throw new AppError(`${est.file.name}: no rows`);
    return r;
  });
  const agreementFrom = est.agreement ? 'its own agreement columns' : pairs ? `the agreement file ${found.agreement!.name}` : 'the vote-level GA data, once imported';
  const files: FetchedFile[] = [{
    path,
    what: `UNGA ideal points (${est.file.name}, ${est.layout} layout${listing.version ? `, dataset version ${listing.version}` : ''})`,
    rows: read.recordsRead,
    detail: `${main.checked ? `checksum ${main.checked.split(' ')[0]} verified` : 'no checksum given'}; agreement from ${agreementFrom}`,
    version: listing.version,
    sha256: createHash('sha256').update(main.bytes).digest('hex'),
    urls: [listReq.url, main.req.url],
  }];
  if (!main.checked) warnings.push(`${est.file.name}: the repository gives no checksum this tool can check; the file was only checked by reading it`);
  if (pairs) {
    const pname = localFileName(found.agreement!.name);
    const ppath = join(folder, pname);
    const r = writeVerified(ppath, pairs.bytes, (disk) => {
      const res = readUngaAgreement(disk, pname, () => {});
      if (res.rejected > 0) throw new AppError(`${found.agreement!.name}: ${res.rejected} of ${res.recordsRead} rows rejected by the reader: ${problemList(res.problems)}`);
      return res;
    });
    files.push({
      path: ppath, what: `UNGA agreement pairs (${found.agreement!.name})`, rows: r.recordsRead,
      detail: pairs.checked ? `checksum ${pairs.checked.split(' ')[0]} verified` : 'no checksum given',
      version: listing.version, sha256: createHash('sha256').update(pairs.bytes).digest('hex'), urls: [pairs.req.url],
    });
  } else if (!est.agreement) {
    warnings.push(
      `${est.file.name} has no per-patron agreement columns and the release has no agreement file this tool reads; ` +
        '`alignment` and the brief compute agreement from the vote-level GA data (votes/unvotes.csv) when it is imported, and say so',
    );
  }
  progress('UNGA done', 3, 3);
  for (const f of files) writeProvenance(f, UNGA_CITATION, o.today);
  return { source: 'unga', files, warnings, citation: UNGA_CITATION };
}
