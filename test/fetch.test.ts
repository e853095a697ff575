// `counterweight fetch` against a local stand-in for SIPRI's backend and Dataverse (127.0.0.1 only):
// chunks merged and checked, retries, cut-off answers refused, a silent server timed out, and the
// data already on disk left untouched by any failure.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRequester, type HttpOptions } from '../src/fetch/http.js';
import { fetchSipri } from '../src/fetch/sipri.js';
import { fetchUnga } from '../src/fetch/unga.js';
import { UNGA_DOI } from '../src/fetch/dataverse.js';
import { readSipriPerYear } from '../src/sources/sipri-per-year.js';
import { readDataFile } from './data.js';
import { tempDir } from './helpers.js';
import { runCliAsync } from './fixtures/fetch/run-cli.js';
import {
  expectedDeliveriesFilters, PER_YEAR_FILE, sharedPerYearRows, startMockServer, UNGA_FILE, UNGA_NAME, type MockBehaviour, type MockServer,
} from './fixtures/fetch/mock-server.js';

const today = new Date().toISOString().slice(0, 10);
const PER_YEAR_NAME = `deliveries-per-year-2000-2001-${today}.csv`;

let server: MockServer | null = null;
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('cw-fetch-');
});
afterEach(async () => {
  await server?.close();
  server = null;
  tmp.cleanup();
});

async function serve(b: MockBehaviour = {}): Promise<MockServer> {
  server = await startMockServer(b);
  return server;
}

function http(over: Partial<HttpOptions> = {}) {
  const retried: string[] = [];
  const request = createRequester({
    timeoutMs: 5_000, pauseMs: 30, retries: 2, backoffMs: 10, maxBackoffMs: 20, userAgent: 'counterweight/test (fetch.test.ts)',
    onRetry: (m) => retried.push(m),
    ...over,
  });
  return { request, retried };
}

function sipri(s: MockServer, request: ReturnType<typeof http>['request'], over: Partial<Parameters<typeof fetchSipri>[0]> = {}) {
  return fetchSipri({ base: s.url, years: { from: 2000, to: 2001 }, chunkYears: 1, out: tmp.dir, today, request, ...over });
}

/** Files under `dir`, relative, sorted: what a failed fetch must leave exactly as it was. */
function listing(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

function seedPrevious(): { path: string; bytes: Buffer } {
  const path = join(tmp.dir, 'sipri', PER_YEAR_NAME);
  mkdirSync(join(tmp.dir, 'sipri'), { recursive: true });
  const bytes = readDataFile(PER_YEAR_FILE);
  writeFileSync(path, bytes);
  return { path, bytes };
}

const FAST = { COUNTERWEIGHT_FETCH_PAUSE_MS: '10', COUNTERWEIGHT_FETCH_BACKOFF_MS: '10', COUNTERWEIGHT_FETCH_TIMEOUT_MS: '5000', COUNTERWEIGHT_FETCH_RETRIES: '2', COUNTERWEIGHT_MIRROR: undefined };

describe('fetch SIPRI deliveries in year chunks', () => {
  it('merges the chunks into one per-year file that reads like the shared export', async () => {
    const s = await serve();
    const { request } = http();
    const report = await sipri(s, request, { tiv: false });
    const path = join(tmp.dir, 'sipri', PER_YEAR_NAME);
    expect(report.files.map((f) => f.path)).toEqual([path]);
    expect(report.files[0].rows).toBe(1414);

    const mine = readSipriPerYear(readFileSync(path), PER_YEAR_NAME);
    const theirs = readSipriPerYear(readDataFile(PER_YEAR_FILE), 'shared');
    expect(mine.rejected).toBe(0);
    expect(mine.recordsRead).toBe(theirs.recordsRead);
    expect(mine.rows.length).toBe(1086);
    expect(mine.version).toBe(theirs.version);
    const tiv = (r: typeof mine) => Math.round(r.rows.reduce((n, d) => n + (d.tivDelivered ?? 0), 0));
    expect(tiv(mine)).toBe(tiv(theirs));
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toContain("year range '2000' to '2001'");
    expect(text.match(/^SIPRI AT Database ID,/gm)).toHaveLength(1);
    // Provenance beside the file; no partial file left.
    const source = JSON.parse(readFileSync(`${path}.source.json`, 'utf8'));
    expect(source).toMatchObject({ rows: 1414, fetched: today, urls: [`${s.url}/api/p/trades/trade-register-csv/`] });
    expect(source.citation).toMatch(/^Source: SIPRI Arms Transfers Database, \d{4}-\d\d-\d\d\. Cite as: SIPRI Arms Transfers Database, Stockholm International Peace Research Institute\.$/);
    expect(listing(tmp.dir).filter((f) => f.includes('.part-'))).toEqual([]);
  });

  it('asks one chunk at a time, names itself, and pauses between requests', async () => {
    const s = await serve();
    const { request } = http({ pauseMs: 60 });
    await sipri(s, request, { tiv: false });
    expect(s.requests.map((r) => JSON.parse(r.body).filters[0])).toEqual([
      { field: 'Delivery year', condition: 'contains', value1: 2000, value2: 2000, listData: [] },
      { field: 'Delivery year', condition: 'contains', value1: 2001, value2: 2001, listData: [] },
    ]);
    expect(s.maxInFlight()).toBe(1);
    expect(s.requests.every((r) => r.userAgent === 'counterweight/test (fetch.test.ts)')).toBe(true);
    expect(s.requests[1].start - s.requests[0].end).toBeGreaterThanOrEqual(50);
  });

  it('retries a failing chunk with backoff and still gets every row', async () => {
    const s = await serve({ failTimes: { '2001': 2 } });
    const { request, retried } = http();
    const report = await sipri(s, request, { tiv: false });
    expect(report.files[0].rows).toBe(sharedPerYearRows(2000, 2001));
    expect(s.requests.filter((r) => r.body.includes('"value1":2001'))).toHaveLength(3);
    expect(retried).toEqual([
      expect.stringMatching(/^SIPRI deliveries 2001: HTTP 503 Service Unavailable from 127\.0\.0\.1:\d+; retrying in 0\.01 s \(attempt 2 of 3\)$/),
      expect.stringMatching(/retrying in 0\.02 s \(attempt 3 of 3\)$/),
    ]);
  });

  it('gives up on a chunk that keeps failing, and leaves the previous data as they were', async () => {
    const previous = seedPrevious();
    const before = listing(tmp.dir);
    const s = await serve({ failTimes: { '2001': 9 } });
    const { request } = http();
    await expect(sipri(s, request)).rejects.toThrow(/^SIPRI deliveries 2001: HTTP 503 Service Unavailable from 127\.0\.0\.1:\d+ \(after 3 attempts\)$/);
    expect(readFileSync(previous.path).equals(previous.bytes)).toBe(true);
    expect(listing(tmp.dir)).toEqual(before);
  });

  it('refuses a JSON answer cut off on the way (after retrying it), previous data kept', async () => {
    const previous = seedPrevious();
    const before = listing(tmp.dir);
    const s = await serve({ truncateJson: ['2001'] });
    const { request } = http();
    await expect(sipri(s, request)).rejects.toThrow(/^SIPRI deliveries 2001: the answer is not complete JSON \(\d+ bytes\): cut off on the way\? \(after 3 attempts\)$/);
    expect(readFileSync(previous.path).equals(previous.bytes)).toBe(true);
    expect(listing(tmp.dir)).toEqual(before);
  });

  it('refuses a CSV cut off inside a row (whole JSON, whole base64) with the reader, previous data kept', async () => {
    const previous = seedPrevious();
    const before = listing(tmp.dir);
    const s = await serve({ truncateCsv: ['2000'] });
    const { request } = http();
    await expect(sipri(s, request)).rejects.toThrow(/^SIPRI deliveries 2000: 1 of \d+ rows rejected by the reader: SIPRI deliveries 2000 line \d+: expected 17 fields, got \d+$/);
    // A reader's refusal is final: not asked again, and the next chunk never asked.
    expect(s.requests).toHaveLength(1);
    expect(readFileSync(previous.path).equals(previous.bytes)).toBe(true);
    expect(listing(tmp.dir)).toEqual(before);
  });

  it('times out a server that never answers, with a clear error', async () => {
    const s = await serve({ hang: true });
    const { request } = http({ timeoutMs: 200, retries: 1 });
    const started = Date.now();
    await expect(sipri(s, request)).rejects.toThrow(/^SIPRI deliveries 2000: no answer from 127\.0\.0\.1:\d+ within 0\.2 s \(after 2 attempts\)$/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(s.requests).toHaveLength(2);
    expect(listing(tmp.dir)).toEqual([]);
  });

  it('fetches the official TIV tables too, checked by their reader', async () => {
    const s = await serve();
    const { request } = http({ pauseMs: 0 });
    const report = await sipri(s, request);
    expect(report.files.map((f) => [f.path.slice(tmp.dir.length + 1), f.rows])).toEqual([
      [`sipri/${PER_YEAR_NAME}`, 1414],
      [`sipri/tiv-imports-${today}.csv`, 261],
      [`sipri/tiv-exports-${today}.csv`, 136],
    ]);
    expect(report.warnings).toEqual([]);
  });

  it('still delivers the deliveries file when the TIV tables are not available', async () => {
    const s = await serve({ tiv: false });
    const { request } = http({ pauseMs: 0 });
    const report = await sipri(s, request);
    expect(report.files).toHaveLength(1);
    expect(report.warnings).toEqual([
      expect.stringMatching(/^SIPRI TIV imports table not fetched \(SIPRI TIV imports 2000-2001: HTTP 404 Not Found from 127\.0\.0\.1:\d+\); the deliveries file is enough for a brief$/),
      expect.stringMatching(/^SIPRI TIV exports table not fetched/),
    ]);
    expect(listing(join(tmp.dir, 'sipri'))).toEqual([PER_YEAR_NAME, `${PER_YEAR_NAME}.source.json`]);
  });
});

describe('fetch the UNGA ideal points from Dataverse', () => {
  it('picks the ideal points file, asks for its original CSV, checks its MD5 and reads it', async () => {
    const s = await serve();
    const { request } = http({ pauseMs: 0 });
    const report = await fetchUnga({ base: s.url, doi: UNGA_DOI, out: tmp.dir, today, request });
    const path = join(tmp.dir, 'unga', `${UNGA_NAME}.csv`);
    expect(report.files[0]).toMatchObject({ path, rows: 11238, detail: 'checksum MD5 verified; agreement from its own agreement columns', version: '34.0' });
    // Buffer.equals: toEqual walks a 2 MB buffer byte by byte for seconds.
    expect(readFileSync(path).equals(readDataFile(UNGA_FILE))).toBe(true);
    // The listing, the head of the likeliest table (its header says it is the estimates, with
    // agreement columns: nothing else is needed), then that file whole.
    expect(s.requests.map((r) => `${r.method} ${r.url}${r.range ? ` (${r.range})` : ''}`)).toEqual([
      'GET /api/datasets/:persistentId/?persistentId=doi%3A10.7910%2FDVN%2FLEJUQZ',
      'GET /api/access/datafile/42?format=original (bytes=0-65535)',
      'GET /api/access/datafile/42?format=original',
    ]);
    expect(report.citation).toContain('Bailey, Michael A., Anton Strezhnev, and Erik Voeten. 2017.');
    expect(report.warnings).toEqual([]);
  });

  it('refuses a file whose checksum does not match, and writes nothing', async () => {
    const s = await serve({ badChecksum: true });
    const { request } = http({ pauseMs: 0 });
    await expect(fetchUnga({ base: s.url, doi: UNGA_DOI, out: tmp.dir, today, request })).rejects.toThrow(
      /^Dataverse file IdealpointestimatesAll_Jun2024\.csv: IdealpointestimatesAll_Jun2024\.csv: MD5 checksum mismatch \(expected [0-9a-f]{32}, got [0-9a-f]{32}\): the download is damaged or incomplete$/,
    );
    expect(listing(tmp.dir)).toEqual([]);
  });

  it('says so when the repository gives no checksum, and still checks the file by reading it', async () => {
    const s = await serve({ noChecksum: true });
    const { request } = http({ pauseMs: 0 });
    const report = await fetchUnga({ base: s.url, doi: UNGA_DOI, out: tmp.dir, today, request });
    expect(report.files[0].detail).toBe('no checksum given; agreement from its own agreement columns');
    expect(report.warnings).toEqual([`${UNGA_NAME}.csv: the repository gives no checksum this tool can check; the file was only checked by reading it`]);
  });
});

describe('fetch against the services as recorded (issue 14)', () => {
  it('replays the recorded SIPRI exchange (gzip JSON of base64 CSV) and writes the shared file byte for byte', async () => {
    const s = await serve({ recorded: true, tiv: false });
    const { request } = http({ pauseMs: 0 });
    const report = await sipri(s, request, { tiv: false, chunkYears: 25 });
    expect(s.requests).toHaveLength(1);
    expect(JSON.parse(s.requests[0].body)).toEqual({ filters: expectedDeliveriesFilters(2000, 2001), logic: 'AND' });
    expect(readFileSync(report.files[0].path).equals(readDataFile(PER_YEAR_FILE))).toBe(true);
  });

  it('the loopback server refuses any other deliveries or TIV body with 400, so a regression fails', async () => {
    const s = await serve();
    const { request } = http({ pauseMs: 0, retries: 0 });
    const post = (path: string, json: unknown) =>
      request({ what: 'probe', method: 'POST', url: `${s.url}${path}`, json }, (b) => b.toString('utf8'));
    const threeFilters = expectedDeliveriesFilters(2000, 2001).slice(0, 3); // exportOption left out
    await expect(post('/api/p/trades/trade-register-csv/', { filters: threeFilters, logic: 'AND' })).rejects.toThrow(/HTTP 400/);
    await expect(post('/api/p/trades/trade-register-csv/', { filters: [expectedDeliveriesFilters(2000, 2001)[0]], logic: 'AND' })).rejects.toThrow(/HTTP 400/);
    const yearOnly = [{ field: 'Year range 1', condition: '', value1: 2000, value2: 2001, listData: [] }];
    await expect(post('/api/p/trades/import-export-csv-str/', { filters: yearOnly, logic: 'AND' })).rejects.toThrow(/HTTP 400/);
  });

  it('July 2025 release: picks the estimates and the agreement file by their headers', async () => {
    const s = await serve({ release: '2025' });
    const { request } = http({ pauseMs: 0 });
    const report = await fetchUnga({ base: s.url, doi: UNGA_DOI, out: tmp.dir, today, request });
    expect(report.files.map((f) => [f.path.slice(tmp.dir.length + 1), f.rows])).toEqual([
      ['unga/Idealpointestimates1946-2025.tab', 14],
      ['unga/AgreementScores.csv', 14],
    ]);
    expect(report.files[0].what).toContain('2025 layout');
    expect(report.files[0].detail).toBe('checksum MD5 verified; agreement from the agreement file AgreementScores.csv');
    // Never the dyads file, the Stata file or the codebook.
    const fetched = s.requests.map((r) => /datafile\/(\d+)/.exec(r.url)?.[1]).filter(Boolean);
    expect(fetched).not.toContain('53');
    expect(fetched).not.toContain('54');
    expect(s.requests.filter((r) => r.url.includes('datafile/51') && !r.range)).toHaveLength(0);
    expect(report.warnings).toEqual([]);
  });

  it('names that say nothing (or lie) change nothing: the headers decide', async () => {
    const s = await serve({ release: '2025', misleadingNames: true });
    const { request } = http({ pauseMs: 0 });
    const report = await fetchUnga({ base: s.url, doi: UNGA_DOI, out: tmp.dir, today, request });
    expect(report.files.map((f) => f.path.slice(tmp.dir.length + 1))).toEqual(['unga/UNGA-data-1.tab', 'unga/IdealPointDyads.csv']);
    expect(readFileSync(report.files[0].path).equals(readFileSync(new URL('./fixtures/unga-2025/Idealpointestimates1946-2025.tab', import.meta.url)))).toBe(true);
  });

  it('without an agreement file, says agreement will come from the vote-level data', async () => {
    const s = await serve({ release: '2025', noAgreementFile: true });
    const { request } = http({ pauseMs: 0 });
    const report = await fetchUnga({ base: s.url, doi: UNGA_DOI, out: tmp.dir, today, request });
    expect(report.files).toHaveLength(1);
    expect(report.files[0].detail).toMatch(/agreement from the vote-level GA data, once imported$/);
    expect(report.warnings).toEqual([expect.stringMatching(/no per-patron agreement columns .* compute agreement from the vote-level GA data/)]);
  });

  for (const refuse of ['guestbook', 'login-page'] as const) {
    it(`a ${refuse} answer gives the dataset page for a manual download; the previous file stays byte-identical`, async () => {
      const previous = join(tmp.dir, 'unga', `${UNGA_NAME}.csv`);
      mkdirSync(join(tmp.dir, 'unga'), { recursive: true });
      writeFileSync(previous, readDataFile(UNGA_FILE));
      const before = listing(tmp.dir);
      const s = await serve({ refuse });
      const { request } = http({ pauseMs: 0 });
      const err = await fetchUnga({ base: s.url, doi: UNGA_DOI, out: tmp.dir, today, request }).then(() => null, (e: Error) => e);
      expect(err?.message).toMatch(/Dataverse will not hand out this file without (a guestbook response|a login)/);
      expect(err?.message).toContain(`${s.url}/dataset.xhtml?persistentId=doi:10.7910/DVN/LEJUQZ`);
      expect(err?.message).toContain(`put it in ${join(tmp.dir, 'unga')}`);
      expect(readFileSync(previous).equals(readDataFile(UNGA_FILE))).toBe(true);
      expect(listing(tmp.dir)).toEqual(before);
      // A refusal is final: asking again would only be refused again.
      expect(s.requests.filter((r) => r.url.includes('/datafile/'))).toHaveLength(1);
    });
  }
});

describe('counterweight fetch (the command)', () => {
  it('fetches both sources through --mirror and cites each one', async () => {
    const s = await serve();
    const r = await runCliAsync(['fetch', '--mirror', s.url, '--years', '2000-2001', '--chunk-years', '1', '--out', tmp.dir], FAST);
    expect(r.stderr).toContain('[1/4] SIPRI deliveries 2000\n[2/4] SIPRI deliveries 2001\n[3/4] SIPRI TIV imports\n[4/4] SIPRI TIV exports\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`sipri: wrote ${join(tmp.dir, 'sipri', PER_YEAR_NAME)} (1,414 rows; 1,086 deals, 2 request(s))`);
    expect(r.stdout).toContain(`unga: wrote ${join(tmp.dir, 'unga', `${UNGA_NAME}.csv`)} (11,238 rows; checksum MD5 verified; agreement from its own agreement columns)`);
    expect(r.stdout).toContain(
      `Source: SIPRI Arms Transfers Database, ${today}. Cite as: SIPRI Arms Transfers Database, Stockholm International Peace Research Institute.\n`,
    );
    expect(r.stdout).toMatch(/Source: Bailey, Strezhnev & Voeten, .*doi:10\.7910\/DVN\/LEJUQZ\. Cite as: Bailey, Michael A\./);
    expect(s.maxInFlight()).toBe(1);
    expect(s.requests.every((q) => /^counterweight\/\d+\.\d+\.\d+ \(/.test(q.userAgent ?? ''))).toBe(true);
  });

  it('exits 4 on a server that never answers, says what failed and how to get the files by hand', async () => {
    const s = await serve({ hang: true });
    const r = await runCliAsync(['fetch', '--mirror', s.url, '--years', '2000-2001', '--out', tmp.dir, '--quiet'], {
      ...FAST, COUNTERWEIGHT_FETCH_TIMEOUT_MS: '200', COUNTERWEIGHT_FETCH_RETRIES: '0',
    });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/sipri: fetch failed: SIPRI deliveries 2000-2001: no answer from 127\.0\.0\.1:\d+ within 0\.2 s\n/);
    expect(r.stderr).toContain(`Nothing in ${join(tmp.dir, 'sipri')} was changed.`);
    expect(r.stderr).toContain('To get the SIPRI files by hand: open https://www.sipri.org/databases/armstransfers');
    expect(r.stderr).toMatch(/unga: fetch failed: Dataverse listing of doi:10\.7910\/DVN\/LEJUQZ: no answer/);
    expect(r.stderr).toContain('To get the UNGA file by hand: open https://doi.org/10.7910/DVN/LEJUQZ');
    expect(r.stderr).toContain('error: fetch failed for sipri and unga (see above)');
    expect(listing(tmp.dir)).toEqual([]);
  });

  it('keeps the other source when one fails', async () => {
    const s = await serve({ badChecksum: true });
    const r = await runCliAsync(['fetch', '--mirror', s.url, '--years', '2000-2001', '--out', tmp.dir, '--quiet'], FAST);
    expect(r.code).toBe(4);
    expect(r.stdout).toContain('sipri: wrote');
    expect(r.stderr).toContain('unga: fetch failed: Dataverse file IdealpointestimatesAll_Jun2024.csv: IdealpointestimatesAll_Jun2024.csv: MD5 checksum mismatch');
    expect(listing(tmp.dir).some((f) => f.startsWith('unga'))).toBe(false);
  });

  it('--dry-run prints every request (method, URL, headers, body) and sends none', async () => {
    const s = await serve();
    const r = await runCliAsync(['fetch', '--dry-run', '--mirror', s.url, '--years', '2000-2001', '--out', tmp.dir], FAST);
    expect(r.code).toBe(0);
    expect(s.requests).toHaveLength(0);
    expect(r.stdout).toContain(`POST ${s.url}/api/p/trades/trade-register-csv/\n`);
    expect(r.stdout).toMatch(/^Content-Type: application\/json$/m);
    expect(r.stdout).toMatch(/^User-Agent: counterweight\/\d+\.\d+\.\d+ /m);
    for (const field of ['Delivery year', 'Order year', 'opendeals', 'exportOption', 'DeliveryType', 'Status', 'Year range 1']) {
      expect(r.stdout).toContain(`"field": "${field}"`);
    }
    expect(r.stdout).toContain(`GET ${s.url}/api/datasets/:persistentId/?persistentId=doi%3A10.7910%2FDVN%2FLEJUQZ`);
    expect(r.stdout).toContain('Range: bytes=0-65535');
    // The sources fetch does not download, with where each is published today.
    expect(r.stdout).toContain('# Not downloaded by fetch: published today at');
    for (const where of ['https://www.sipri.org/databases/milex', 'https://data.imf.org/ (dataset IMTS)', 'aiddata.org', 'china-global-investment-tracker', 'https://data.imf.org/ (dataset DIP)']) expect(r.stdout).toContain(where);
    const json = await runCliAsync(['fetch', '--dry-run', '--json', '--mirror', s.url, '--source', 'sipri', '--years', '2000-2001'], FAST);
    const plan = JSON.parse(json.stdout);
    expect(plan.requests.map((q: { what: string }) => q.what)).toEqual(['SIPRI deliveries 2000-2001', 'SIPRI TIV imports 2000-2001', 'SIPRI TIV exports 2000-2001']);
    expect(plan.requests[0].body).toEqual({ filters: expectedDeliveriesFilters(2000, 2001), logic: 'AND' });
    expect(s.requests).toHaveLength(0);
    expect(listing(tmp.dir)).toEqual([]);
  });

  it('refuses bad options before asking anything', async () => {
    const bad = [
      [['fetch', '--years', '1930-1940'], /invalid --years: 1930-1940 \(SIPRI's data cover 1950-\d{4}\)/],
      [['fetch', '--mirror', 'ftp://x'], /invalid --mirror: "ftp:\/\/x" \(http or https only\)/],
      [['fetch', '--chunk-years', '0'], /invalid --chunk-years: "0"/],
      [['fetch', '--source', 'milex'], /argument 'milex' is invalid\. Allowed choices are sipri, unga, all/],
    ] as const;
    for (const [args, message] of bad) {
      const r = await runCliAsync([...args, '--out', tmp.dir], FAST);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(listing(tmp.dir)).toEqual([]);
  });
});
