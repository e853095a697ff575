// `fetch --dry-run`: every request a fetch would send, built by the same functions as the real
// run, so what is printed is what goes out (a user can hold it against the live service).
import { planYearChunks, type YearSpan } from './chunks.js';
import { datasetRequest, HEAD_PROBE_BYTES } from './dataverse.js';
import { requestHeaders, type PlannedRequest } from './http.js';
import { deliveriesRequest, tivTableRequest } from './sipri-request.js';

export interface PlanOptions {
  source: 'sipri' | 'unga' | 'all';
  sipriBase: string;
  dataverseBase: string;
  doi: string;
  years: YearSpan;
  chunkYears: number;
  userAgent: string;
}

export interface PrintedRequest {
  what: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface FetchPlan {
  requests: PrintedRequest[];
  /** Requests that depend on an earlier answer, described rather than listed. */
  then: string[];
  /** Sources `fetch` does not download (yet): where each is published today, to fetch by hand. */
  byHand: { source: string; where: string; folder: string }[];
}

/** Where the other sources the importer reads are published (checked by hand; no request is sent). */
export const PUBLISHED: FetchPlan['byHand'] = [
  { source: 'IMF Direction of Trade Statistics (bilateral goods trade; now published as IMTS)', where: 'https://data.imf.org/ (dataset IMTS); the importer reads the old portal\'s per-reporter workbooks', folder: 'trade/' },
  { source: 'SIPRI Military Expenditure Database', where: 'https://www.sipri.org/databases/milex (the "Data for all countries" workbook)', folder: 'sipri/' },
  { source: 'AidData Global Chinese Development Finance 3.0', where: 'https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0', folder: 'finance/' },
  { source: 'China Global Investment Tracker (AEI)', where: 'https://www.aei.org/china-global-investment-tracker/', folder: 'finance/' },
  { source: 'IMF Direct Investment Positions (formerly CDIS)', where: 'https://data.imf.org/ (dataset DIP)', folder: 'finance/' },
];

function printed(req: PlannedRequest, userAgent: string): PrintedRequest {
  return { what: req.what, method: req.method, url: req.url, headers: requestHeaders(req, userAgent), body: req.json ?? null };
}

export function planFetch(o: PlanOptions): FetchPlan {
  const reqs: PlannedRequest[] = [];
  const then: string[] = [];
  if (o.source !== 'unga') {
    for (const years of planYearChunks(o.years, o.chunkYears)) reqs.push(deliveriesRequest(o.sipriBase, years));
    reqs.push(tivTableRequest(o.sipriBase, 'imports', o.years), tivTableRequest(o.sipriBase, 'exports', o.years));
  }
  if (o.source !== 'sipri') {
    reqs.push(datasetRequest(o.dataverseBase, o.doi));
    then.push(
      `for each table in the listing (.csv, .tab or ingested): GET ${o.dataverseBase}/api/access/datafile/<id>[?format=original] ` +
        `with Range: bytes=0-${HEAD_PROBE_BYTES - 1}, to tell by its header which file is the ideal-point estimates (and the agreement pairs)`,
      `then GET ${o.dataverseBase}/api/access/datafile/<id>[?format=original] in full for the estimates, and for the agreement pairs when the estimates carry no agreement columns`,
    );
  }
  return { requests: reqs.map((r) => printed(r, o.userAgent)), then, byHand: o.source === 'all' ? PUBLISHED : [] };
}

export function renderPlan(p: FetchPlan): string {
  let out = '';
  for (const r of p.requests) {
    out += `# ${r.what}\n${r.method} ${r.url}\n`;
    for (const [k, v] of Object.entries(r.headers)) out += `${k}: ${v}\n`;
    if (r.body !== null) out += `\n${JSON.stringify(r.body, null, 2)}\n`;
    out += '\n';
  }
  for (const t of p.then) out += `# ${t}\n`;
  if (p.byHand.length) {
    out += '\n# Not downloaded by fetch: published today at (save under the data folder, then `counterweight import`)\n';
    for (const b of p.byHand) out += `#   ${b.source}: ${b.where} → ${b.folder}\n`;
  }
  return out;
}
