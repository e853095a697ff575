// The HTTP API in-process (Hono's app.request, no port) over a real import of the shared data:
// every endpoint, the same JSON as the CLI's --json, bad input, the one error shape, caching,
// security headers, static files and a store swapped under a running server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createApp, type App } from '../src/server/app.js';
import { loopbackHostAllowed, startServer } from '../src/server/serve.js';
import { BODY_LIMIT } from '../src/server/errors.js';
import { CONTENT_SECURITY_POLICY, VERSION_HEADER } from '../src/server/middleware.js';
import { openStore, type Db } from '../src/store/db.js';
import { armsSession } from '../src/engine/open.js';
import { resolveParty } from '../src/engine/party.js';
import { suppliersAnswer } from '../src/engine/answers.js';
import { VERDICTS } from '../src/article/types.js';
import { dataFile } from './data.js';
import { importSharedData, repoRoot, runCli, tempDir } from './helpers.js';

const tmp = tempDir('cw-api-');
const dbPath = join(tmp.dir, 'store.sqlite');
let made: App;
let db: Db;

beforeAll(async () => {
  await importSharedData(dbPath);
  db = openStore(dbPath);
  made = createApp({ dbPath });
});
afterAll(() => {
  made?.close();
  db?.close();
  tmp.cleanup();
});

const get = (path: string, init?: RequestInit) => made.app.request(path, init);
async function json(path: string, init?: RequestInit): Promise<{ status: number; body: any; res: Response }> {
  const res = await get(path, init);
  return { status: res.status, body: await res.json(), res };
}
function expectErrorShape(body: unknown): void {
  expect(Object.keys(body as object).sort()).toEqual(['detail', 'error']);
  expect(typeof (body as { error: unknown }).error).toBe('string');
}


describe('the same JSON as the CLI', () => {
  const cases: [string, string[]][] = [
    ['/api/suppliers?recipient=Myanmar&from=2001&to=2020', ['suppliers', 'Myanmar', '--from', '2001', '--to', '2020']],
    ['/api/recipients?supplier=Russia&from=2015&to=2024&category=aircraft', ['recipients', 'Russia', '--from', '2015', '--to', '2024', '--category', 'aircraft']],
    ['/api/categories?recipient=Myanmar&supplier=China&from=2010', ['categories', 'Myanmar', '--supplier', 'China', '--from', '2010']],
    ['/api/dyad?supplier=Russia&recipient=Myanmar&from=2000&to=2024', ['dyad', 'Russia', 'Myanmar', '--from', '2000', '--to', '2024']],
    ['/api/orders?recipient=Myanmar&pending=true', ['orders', 'Myanmar', '--pending']],
    ['/api/orders?recipient=MMR&supplier=Russia&mergeSoviet=true', ['orders', 'MMR', '--supplier', 'Russia', '--merge-soviet']],
    ['/api/alignment?country=Myanmar&from=2010&to=2020&patrons=USA,RUS,CHN', ['alignment', 'Myanmar', '--from', '2010', '--to', '2020', '--patrons', 'USA,RUS,CHN']],
    ['/api/validate', ['validate']],
    ['/api/brief/Myanmar', ['brief', 'Myanmar']],
  ];
  it.each(cases)('%s = counterweight %s --json', async (path, args) => {
    const cli = runCli([...args, '--json', '--db', dbPath]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const { status, body } = await json(path);
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(cli.stdout));
  });

  it('suppliers equals the store query through the shared answer builder', async () => {
    const expected = suppliersAnswer(armsSession(db), resolveParty('Myanmar'), { from: 2001, to: 2020 });
    const { body } = await json('/api/suppliers?recipient=Myanmar&from=2001&to=2020');
    expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});

describe('endpoints', () => {
  it('/api/suppliers: China and Russia arm Myanmar, largest first, with provenance', async () => {
    const { body, res } = await json('/api/suppliers?recipient=burma&from=2001&to=2020');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(body.recipient).toEqual({ name: 'Myanmar', iso3: 'MMR' });
    expect(body.suppliers.slice(0, 2).map((s: { iso3: string }) => s.iso3).sort()).toEqual(['CHN', 'RUS']);
    expect(body.dataset).toBe('trade-register-2024-10-13');
    expect(body.totalTiv).toBeGreaterThan(0);
  });

  it('/api/brief/:country answers a brief with windows, patrons and narrative refs', async () => {
    const { status, body } = await json('/api/brief/Myanmar');
    expect(status).toBe(200);
    expect(body.country).toEqual({ name: 'Myanmar', iso3: 'MMR' });
    expect(body.patrons).toEqual(expect.arrayContaining(['CHN', 'RUS']));
    expect(body.narrative.length).toBeGreaterThan(2);
    expect(body.narrative.some((s: { refs: unknown[] }) => s.refs.length > 0)).toBe(true);
  });

  it('/api/brief/:country/charts/:file serves SVG and PNG', async () => {
    for (const file of ['patron-share', 'category', 'alignment']) {
      const svg = await get(`/api/brief/Myanmar/charts/${file}.svg`);
      expect(svg.status).toBe(200);
      expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      expect(await svg.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
    const png = await get('/api/brief/Myanmar/charts/patron-share.png?width=400');
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
    expect((await get('/api/brief/Myanmar/charts/pie.svg')).status).toBe(404);
  });

  it('/api/dyad/chart.svg and .png draw the yearly series', async () => {
    const svg = await get('/api/dyad/chart.svg?supplier=Russia&recipient=Myanmar');
    expect(svg.status).toBe(200);
    expect(await svg.text()).toContain('Russia → Myanmar');
    const png = await get('/api/dyad/chart.png?supplier=Russia&recipient=Myanmar');
    expect(png.headers.get('content-type')).toBe('image/png');
  });

  it('/api/deals returns the deals behind a brief reference, in its order', async () => {
    const brief = (await json('/api/brief/Myanmar')).body;
    const ref = brief.arms.windows[2].ref;
    const lines = ref.rows.slice(0, 30);
    const { status, body } = await json(`/api/deals?recipient=MMR&dataset=${ref.dataset}&lines=${lines.join(',')}`);
    expect(status).toBe(200);
    expect(body.deals.map((d: { line: number }) => d.line)).toEqual(lines);
    expect(body.deals.every((d: { recipientIso3: string }) => d.recipientIso3 === 'MMR')).toBe(true);
  });

  it('/api/world lists the largest importers and exporters, largest first', async () => {
    const { body } = await json('/api/world?from=2020&to=2024&limit=10');
    expect(body.importers).toHaveLength(10);
    expect(body.exporters[0].iso3).toBe('USA');
    const tivs = body.importers.map((r: { tiv: number }) => r.tiv);
    expect([...tivs].sort((a, b) => b - a)).toEqual(tivs);
  });

  it('/api/countries finds by name, ISO3 code and alias, and offers close spellings', async () => {
    expect((await json('/api/countries?q=burma')).body.results[0]).toMatchObject({ name: 'Myanmar', iso3: 'MMR', matched: 'Burma', hasArms: true });
    expect((await json('/api/countries?q=mmr')).body.results[0].name).toBe('Myanmar');
    expect((await json('/api/countries?q=myan')).body.results[0].name).toBe('Myanmar');
    expect((await json('/api/countries?q=Burmah')).body.results.map((r: { name: string }) => r.name)).toContain('Myanmar');
    expect((await json('/api/countries?q=')).body.results).toEqual([]);
  });

  it('/api/panel.csv: supplier × recipient × year, summing to the suppliers figures', async () => {
    const res = await get('/api/panel.csv?from=2001&to=2020');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe('supplier,supplier_name,supplier_iso3,supplier_kind,recipient,recipient_name,recipient_iso3,recipient_kind,year,tiv,deals,allocation,dataset,dataset_version');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.every((c) => Number(c[8]) >= 2001 && Number(c[8]) <= 2020)).toBe(true);
    const china = rows.filter((c) => c[0] === 'CHN' && c[4] === 'MMR');
    const sum = china.reduce((s, c) => s + Number(c[9]), 0);
    const { body } = await json('/api/suppliers?recipient=Myanmar&from=2001&to=2020');
    const chinaTiv = body.suppliers.find((s: { iso3: string }) => s.iso3 === 'CHN').tiv;
    expect(Math.abs(sum - chinaTiv)).toBeLessThan(0.5);
  });

  it('/api/openapi.json describes every endpoint with its parameters', async () => {
    const { body } = await json('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    for (const path of ['/api/suppliers', '/api/recipients', '/api/categories', '/api/dyad', '/api/orders', '/api/alignment', '/api/brief/{country}', '/api/article', '/api/panel.csv', '/healthz']) {
      expect(Object.keys(body.paths)).toContain(path);
    }
    const params = body.paths['/api/suppliers'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['recipient', 'from', 'to', 'category', 'dataset', 'allocation', 'mergeSoviet']));
    expect(body.paths['/api/article'].post.requestBody.content['application/json']).toBeDefined();
  });

  it('/healthz says the store is open and is never cached', async () => {
    const { body, res } = await json('/healthz');
    expect(body).toMatchObject({ ok: true, store: true });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('POST /api/article', () => {
  const article = readFileSync(dataFile('articles/myanmar-junta-woos-moscow.txt'), 'utf8');

  it('attributes Anthony Davis’s quote and gives the claims verdicts', async () => {
    const { status, body } = await json('/api/article?date=2021-06-28', { method: 'POST', body: article, headers: { 'content-type': 'text/plain' } });
    expect(status).toBe(200);
    const davis = body.quotes.filter((q: { speaker: string | null }) => q.speaker === 'Anthony Davis');
    expect(davis.length).toBeGreaterThan(0);
    expect(davis[0].text).toMatch(/^Moscow’s support for the new regime/);
    expect(body.claims.length).toBeGreaterThan(0);
    for (const c of body.claims) expect(VERDICTS).toContain(c.verdict);
    expect(body.claims.some((c: { verdict: string }) => c.verdict !== 'unverifiable')).toBe(true);
  });

  it('takes JSON, a form upload, or HTML, with the same answer', async () => {
    const asText = await json('/api/article', { method: 'POST', body: article, headers: { 'content-type': 'text/plain' } });
    const asJson = await json('/api/article', { method: 'POST', body: JSON.stringify({ text: article }), headers: { 'content-type': 'application/json' } });
    expect(asJson.body).toEqual(asText.body);
    const form = new FormData();
    form.set('file', new File([article], 'saved.txt', { type: 'text/plain' }));
    const asForm = await json('/api/article', { method: 'POST', body: form });
    expect(asForm.body).toEqual(asText.body);
    const html = `<html><head><title>T</title></head><body><article><p>“We buy from Russia,” said Min Aung Hlaing.</p></article></body></html>`;
    const asHtml = await json('/api/article', { method: 'POST', body: html, headers: { 'content-type': 'text/html' } });
    expect(asHtml.status).toBe(200);
  });

  it('rejects a body over 1 MB with 413, declared or streamed', async () => {
    const big = 'x'.repeat(BODY_LIMIT + 1);
    const declared = await json('/api/article', { method: 'POST', body: big, headers: { 'content-type': 'text/plain', 'content-length': String(big.length) } });
    expect(declared.status).toBe(413);
    expectErrorShape(declared.body);
    expect(declared.body.error).toMatch(/too large/);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode('y'.repeat(256 * 1024)));
        controller.close();
      },
    });
    const streamed = await json('/api/article', { method: 'POST', body: stream, headers: { 'content-type': 'text/plain' }, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('rejects empty input, bad JSON, a bad date and an unknown content type', async () => {
    expect((await json('/api/article', { method: 'POST', body: '  ', headers: { 'content-type': 'text/plain' } })).status).toBe(400);
    expect((await json('/api/article', { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    expect((await json('/api/article', { method: 'POST', body: '{"txt":"a"}', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    expect((await json('/api/article?date=June', { method: 'POST', body: 'a', headers: { 'content-type': 'text/plain' } })).status).toBe(400);
    expect((await json('/api/article', { method: 'POST', body: 'a', headers: { 'content-type': 'image/png' } })).status).toBe(415);
  });
});

describe('bad input', () => {
  it('unknown country → 404 with suggestions', async () => {
    for (const path of ['/api/suppliers?recipient=Burmah', '/api/brief/Burmah', '/api/dyad?supplier=Rusia&recipient=Myanmar']) {
      const { status, body } = await json(path);
      expect(status, path).toBe(404);
      expectErrorShape(body);
      expect(body.error).toMatch(/unknown country or actor/);
      expect(body.detail.suggestions.length).toBeGreaterThan(0);
    }
    expect((await json('/api/brief/Burmah')).body.detail.suggestions).toContain('Myanmar');
  });

  it('bad years → 400 naming the parameter', async () => {
    const cases = ['/api/suppliers?recipient=Myanmar&from=abc', '/api/suppliers?recipient=Myanmar&from=1850', '/api/suppliers?recipient=Myanmar&to=2001.5', '/api/suppliers?recipient=Myanmar&from=2020&to=2001'];
    for (const path of cases) {
      const { status, body } = await json(path);
      expect(status, path).toBe(400);
      expectErrorShape(body);
      expect(body.error).toMatch(/from|to|years/);
    }
  });

  it('unknown parameters, categories, allocations and datasets are refused', async () => {
    expect((await json('/api/suppliers?recipient=Myanmar&form=2001')).body.error).toMatch(/unknown parameter: form/);
    expect((await json('/api/suppliers?recipient=Myanmar&category=tanks')).status).toBe(400);
    expect((await json('/api/suppliers?recipient=Myanmar&allocation=guess')).status).toBe(400);
    expect((await json('/api/suppliers?recipient=Myanmar&dataset=nope')).status).toBe(404);
    expect((await json('/api/suppliers')).status).toBe(400);
    expect((await json('/api/deals?recipient=MMR&lines=a,b')).status).toBe(400);
  });

  it('one error shape everywhere, as JSON, with the security headers', async () => {
    const paths = ['/api/nope', '/api/suppliers?recipient=Narnia', '/api/suppliers?recipient=Myanmar&from=x', '/api/brief/Narnia/charts/category.svg', '/static/nope.js'];
    for (const path of paths) {
      const res = await get(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      if (path.startsWith('/api')) {
        expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
        expectErrorShape(await res.json());
      }
      expect(res.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});

describe('cache', () => {
  it('serves the same bytes again from the cache, with the store version and an ETag', async () => {
    const path = '/api/suppliers?recipient=Myanmar&from=2005&to=2015';
    const hits = made.deps.cache.hits;
    const a = await get(path);
    const b = await get(path);
    expect(await b.text()).toBe(await a.text());
    expect(made.deps.cache.hits).toBe(hits + 1);
    expect(b.headers.get(VERSION_HEADER)).toBe(made.deps.store.version());
    expect(b.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const etag = b.headers.get('etag')!;
    expect((await get(path, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('gzips when asked, once', async () => {
    const path = '/api/brief/Myanmar';
    const plain = await (await get(path)).text();
    const res = await get(path, { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(plain);
  });

  it('keeps no error in the cache', async () => {
    const path = '/api/suppliers?recipient=Narnia';
    await get(path);
    expect((await get(path)).status).toBe(404);
    expect(made.deps.cache.get(made.deps.store.version()!, path)).toBeUndefined();
  });
});

describe('static files', () => {
  it('serves the client files with their types', async () => {
    const js = await get('/static/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('/static/app.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('no path traversal: only listed names are served', async () => {
    for (const path of ['/static/..%2F..%2Fpackage.json', '/static/%2e%2e%2fpackage.json', '/static/..%5C..%5Cpackage.json', '/static/../../package.json', '/static/app.js%00.css', '/static/.%2Fapp.js', '/static//etc/passwd']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('"name": "counterweight"');
    }
  });
});

describe('store lifecycle', () => {
  it('without a store: 503 {error, detail} and /healthz says so', async () => {
    const none = createApp({ dbPath: join(tmp.dir, 'missing.sqlite') });
    try {
      const { status, body } = await (async () => {
        const res = await none.app.request('/api/suppliers?recipient=Myanmar');
        return { status: res.status, body: await res.json() };
      })();
      expect(status).toBe(503);
      expectErrorShape(body);
      expect(body.error).toMatch(/counterweight import/);
      expect(await (await none.app.request('/healthz')).json()).toMatchObject({ ok: true, store: false });
    } finally {
      none.close();
    }
  });

  it('picks up a store file swapped in by import (rename over), with a new version', async () => {
    const swapPath = join(tmp.dir, 'swap.sqlite');
    copyFileSync(dbPath, swapPath);
    const live = createApp({ dbPath: swapPath, checkIntervalMs: 0 });
    try {
      const first = await live.app.request('/api/suppliers?recipient=Myanmar');
      const v1 = first.headers.get(VERSION_HEADER);
      copyFileSync(dbPath, `${swapPath}.new`);
      renameSync(`${swapPath}.new`, swapPath);
      const second = await live.app.request('/api/suppliers?recipient=Myanmar');
      expect(second.status).toBe(200);
      expect(second.headers.get(VERSION_HEADER)).not.toBe(v1);
      expect(await second.json()).toEqual(await first.json());
    } finally {
      live.close();
    }
  });
});

describe('pages', () => {
  it('home, country, dyad and article pages render with the CSP', async () => {
    for (const path of ['/', '/?from=2000&to=2009', '/country/Myanmar', '/country/Myanmar?patrons=CHN,RUS', '/dyad/Russia/Myanmar', '/deals?recipient=MMR&lines=15893,15683', '/article']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      const html = await res.text();
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc="\/static\/app\.js")/);
      expect(html, path).not.toMatch(/\son[a-z]+="/);
    }
  });

  it('search without scripts redirects to the country; an unknown one is a 404 page with suggestions', async () => {
    const res = await get('/country?q=burma');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/country/Myanmar');
    const missing = await get('/country/Burmah');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await missing.text()).toContain('href="/country/Myanmar"');
  });

  it('the article form escapes what is pasted', async () => {
    const form = new FormData();
    form.set('text', 'Title\n\n<script>window.pwned = 1</script> “Arms,” said <b>Bob</b>.');
    const res = await get('/article', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('<script>window.pwned');
    expect(html).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(html).not.toContain('<b>Bob</b>');
  });
});

describe('serving', () => {
  it('binds 127.0.0.1 unless told otherwise', async () => {
    const running = await startServer({ dbPath, port: 0 });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((running.server.address() as { address: string }).address).toBe('127.0.0.1');
      // Over a socket, a cache hit is answered before Hono: same bytes and headers as through the app.
      const first = await fetch(`${running.url}/api/suppliers?recipient=Myanmar`);
      const second = await fetch(`${running.url}/api/suppliers?recipient=Myanmar`);
      expect(await second.text()).toBe(await first.text());
      for (const h of ['content-security-policy', 'etag', VERSION_HEADER, 'content-type']) expect(second.headers.get(h), h).toBe(first.headers.get(h));
      const head = await fetch(`${running.url}/api/suppliers?recipient=Myanmar`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
    } finally {
      await running.stop();
    }
  });

  it('on loopback, refuses requests for other host names (DNS rebinding)', async () => {
    expect(['localhost:8080', '127.0.0.1', '[::1]:80', 'LOCALHOST'].every(loopbackHostAllowed)).toBe(true);
    expect(['evil.example', 'evil.example:8080', '127.0.0.1.evil.example', '', undefined].some(loopbackHostAllowed)).toBe(false);
    const running = await startServer({ dbPath, port: 0 });
    try {
      const status = (host: string) =>
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = httpRequest({ host: '127.0.0.1', port: running.port, path: '/api/suppliers?recipient=Myanmar', headers: { host } }, (res) => {
            let body = '';
            res.on('data', (c) => (body += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          });
          req.on('error', reject);
          req.end();
        });
      expect((await status(`localhost:${running.port}`)).status).toBe(200);
      const evil = await status('attacker.example');
      expect(evil.status).toBe(403);
      expectErrorShape(JSON.parse(evil.body));
    } finally {
      await running.stop();
    }
  });

  it('`counterweight serve` starts on the port asked for and checks its options', async () => {
    expect(runCli(['serve', '--port', 'x', '--db', dbPath])).toMatchObject({ code: 2, stderr: expect.stringMatching(/invalid --port: "x"/) });
    const child = spawn(process.execPath, [join(repoRoot, 'bin/counterweight.cjs'), 'serve', '--port', '0', '--db', dbPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let err = '';
        child.stderr.on('data', (c) => {
          err += c;
          const m = /Counterweight at (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
          if (m) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
      });
      expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ ok: true, store: true });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
