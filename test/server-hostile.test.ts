// The server under hostile requests, over real sockets on loopback: article work never stalls
// /healthz, over-long names and malformed bodies are 400s, idle connections are closed, cross-site
// writes are refused, and the article queue and time budget answer 429/503 with Retry-After.
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Running } from '../src/server/serve.js';
import { importSharedData, tempDir } from './helpers.js';

const tmp = tempDir('cw-hostile-');
const dbPath = join(tmp.dir, 'store.sqlite');
let server: Running;

beforeAll(async () => {
  await importSharedData(dbPath);
  server = await startServer({ dbPath, port: 0, maxConnections: 300, articles: { size: 1, budgetMs: 20_000 } });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  tmp.cleanup();
});

async function timed(path: string, init?: RequestInit): Promise<{ ms: number; status: number; body: string; headers: Headers }> {
  const t = performance.now();
  const res = await fetch(`${server.url}${path}`, init);
  const body = await res.text();
  return { ms: performance.now() - t, status: res.status, body, headers: res.headers };
}

/** An article wrapped in 10,000 nested <div>s: 220 KB of markup around a paragraph. */
const nested = `<html><body>${'<div>'.repeat(20_000)}<p>Russia said it would deliver fighter jets to Myanmar in 2023.</p>${'</div>'.repeat(20_000)}</body></html>`;

describe('article work runs off the event loop', () => {
  it('while 220 KB of nested <div>s are checked, /healthz answers at once', async () => {
    expect(nested.length).toBeGreaterThan(200_000);
    const post = timed('/api/article', { method: 'POST', headers: { 'content-type': 'text/html' }, body: nested });
    const latencies: number[] = [];
    // Probe while the article is in the worker.
    for (let i = 0; i < 20; i++) {
      latencies.push((await timed('/healthz')).ms);
      await new Promise((r) => setTimeout(r, 10));
    }
    const done = await post;
    expect([200, 503]).toContain(done.status);
    expect(Math.max(...latencies)).toBeLessThan(250);
  }, 60_000);
});

describe('requests that cost nothing to refuse', () => {
  it('a 15,000-character country name in a path is a quick 400', async () => {
    const r = await timed(`/api/brief/${'x'.repeat(15_000)}`);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error).toMatch(/at most 200 characters/);
    expect(r.ms).toBeLessThan(500);
    const page = await timed(`/country/${'Burma'.repeat(3000)}`);
    expect(page.status).toBe(400);
  });

  it('a malformed multipart body is a 400 with the error shape, not a 500', async () => {
    const r = await timed('/api/article', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="text"\r\n\r\nhalf a part without its end',
    });
    expect(r.status).toBe(400);
    expect(Object.keys(JSON.parse(r.body)).sort()).toEqual(['detail', 'error']);
  });
});

describe('cross-site writes', () => {
  const text = { method: 'POST', body: 'Russia supplies arms to Myanmar.' };
  it('are refused when the browser says they come from another site', async () => {
    for (const headers of <Record<string, string>[]>[
      { 'content-type': 'text/plain', origin: 'https://evil.example' },
      { 'content-type': 'application/x-www-form-urlencoded', origin: 'null' },
      { 'content-type': 'text/plain', 'sec-fetch-site': 'cross-site' },
      { 'content-type': 'multipart/form-data; boundary=b', 'sec-fetch-site': 'same-site' },
    ]) {
      const r = await timed('/api/article', { ...text, headers });
      expect(r.status, JSON.stringify(headers)).toBe(403);
      expect(JSON.parse(r.body).error).toMatch(/cross-site POST refused/);
    }
    expect((await timed('/article', { ...text, headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' } })).status).toBe(403);
  });

  it('are accepted from this server\'s own pages and from non-browser clients', async () => {
    const own = new URL(server.url).host;
    expect((await timed('/api/article', { ...text, headers: { 'content-type': 'text/plain', origin: `http://${own}`, 'sec-fetch-site': 'same-origin' } })).status).toBe(200);
    expect((await timed('/api/article', { ...text, headers: { 'content-type': 'text/plain' } })).status).toBe(200);
    // Our pages send `Referrer-Policy: no-referrer`, so a browser's same-origin form says `Origin: null`.
    expect((await timed('/api/article', { ...text, headers: { 'content-type': 'text/plain', origin: 'null', 'sec-fetch-site': 'same-origin' } })).status).toBe(200);
    expect((await timed('/api/article', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: text.body }) })).status).toBe(200);
  });
});

describe('idle connections', () => {
  it('beyond the connection cap are dropped, and the idle ones are closed by the header timeout', async () => {
    const { port } = server;
    const sockets: Socket[] = [];
    let closed = 0;
    await Promise.all(
      Array.from({ length: 400 }, () => new Promise<void>((resolve) => {
        const s = connect(port, '127.0.0.1', () => {
          s.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n'); // headers never finished
          resolve();
        });
        s.on('close', () => closed++);
        s.on('data', () => undefined);
        s.on('error', () => resolve());
        sockets.push(s);
      })),
    );
    // Slow clients are cut off within the 5 s header timeout (checked every second).
    const start = Date.now();
    while (closed < sockets.length && Date.now() - start < 9_000) await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(sockets.length);
    expect(Date.now() - start).toBeLessThan(9_000);
    expect((await timed('/healthz')).status).toBe(200);
  }, 30_000);
});

describe('the article queue and time budget', () => {
  let small: Running;
  beforeAll(async () => {
    small = await startServer({ dbPath, port: 0, articles: { size: 1, maxQueue: 1, budgetMs: 1_500 } });
  });
  afterAll(async () => small?.stop());

  const post = (body: string) => fetch(`${small.url}/api/article`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });

  it('a full queue answers 429 with Retry-After; an overrun answers 503 with Retry-After', async () => {
    // Slow enough to overrun 1.5 s on any machine: many long paragraphs of speech.
    const slow = Array.from({ length: 400 }, (_, i) => `“We will buy fighters,” said General Min ${i}, the commander. Russia delivered ${i} jets to Myanmar in 20${10 + (i % 10)}.`).join('\n\n').repeat(6);
    const answers = await Promise.all([post(slow), post(slow), post(slow), post(slow)]);
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toContain(429);
    const busy = answers.find((a) => a.status === 429)!;
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
    const results = statuses.filter((s) => s !== 429);
    for (const s of results) expect([200, 503]).toContain(s);
    const overrun = answers.find((a) => a.status === 503);
    if (overrun) expect(Number(overrun.headers.get('retry-after'))).toBeGreaterThan(0);
    // The server is well afterwards.
    expect((await fetch(`${small.url}/healthz`)).status).toBe(200);
    expect((await post('Russia supplies arms to Myanmar.')).status).toBe(200);
  }, 60_000);
});
