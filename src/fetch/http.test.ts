import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { TransientError } from './errors.js';
import { createRequester, type HttpOptions, type PlannedRequest } from './http.js';

const req: PlannedRequest = { what: 'SIPRI deliveries 2000', method: 'POST', url: 'http://127.0.0.1:9/api/x', json: { a: 1 } };

/** A fake `fetch` answering from a script, and a clock that only records the waits asked for. */
function harness(script: (call: number, init: RequestInit) => Promise<Response>, over: Partial<HttpOptions> = {}) {
  const calls: RequestInit[] = [];
  const waits: number[] = [];
  const retries: string[] = [];
  const request = createRequester({
    timeoutMs: 50, pauseMs: 7, retries: 3, backoffMs: 100, maxBackoffMs: 250, userAgent: 'counterweight/test',
    fetch: (async (_url: string, init: RequestInit) => {
      calls.push(init);
      return script(calls.length, init);
    }) as typeof fetch,
    sleep: async (ms) => void waits.push(ms),
    onRetry: (m) => retries.push(m),
    ...over,
  });
  return { request, calls, waits, retries };
}

const text = (s: string) => (b: Buffer) => {
  if (b.toString() !== s) throw new TransientError(`got ${b.toString()}`);
  return s;
};

describe('createRequester', () => {
  it('names the tool, sends JSON, and pauses between requests but not before the first', async () => {
    const h = harness(async () => new Response('ok'));
    await h.request(req, text('ok'));
    await h.request(req, text('ok'));
    expect(h.waits).toEqual([7]);
    const headers = h.calls[0].headers as Record<string, string>;
    expect(headers['User-Agent']).toBe('counterweight/test');
    expect(headers['Content-Type']).toBe('application/json');
    expect(h.calls[0].body).toBe('{"a":1}');
  });

  it('retries server errors on the backoff schedule, then succeeds', async () => {
    const h = harness(async (n) => (n < 3 ? new Response('busy', { status: 503, statusText: 'Service Unavailable' }) : new Response('ok')));
    expect(await h.request(req, text('ok'))).toBe('ok');
    expect(h.waits).toEqual([100, 200]);
    expect(h.retries[0]).toBe('SIPRI deliveries 2000: HTTP 503 Service Unavailable from 127.0.0.1:9; retrying in 0.1 s (attempt 2 of 4)');
  });

  it('waits as long as Retry-After asks, within the cap', async () => {
    const h = harness(async (n) => (n === 1 ? new Response('', { status: 429, headers: { 'Retry-After': '0.5' } }) : new Response('ok')));
    await h.request(req, text('ok'));
    expect(h.waits).toEqual([100]); // "0.5" is not whole seconds: ignored
    const h2 = harness(async (n) => (n === 1 ? new Response('', { status: 429, headers: { 'Retry-After': '3600' } }) : new Response('ok')));
    await h2.request(req, text('ok'));
    expect(h2.waits).toEqual([1000]); // 4 × maxBackoffMs
  });

  it('gives up after the last attempt with an exit code 4 error naming what was asked', async () => {
    const h = harness(async () => new Response('', { status: 502, statusText: 'Bad Gateway' }));
    const e = await h.request(req, text('ok')).catch((x) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(e.exitCode).toBe(4);
    expect(e.message).toBe('SIPRI deliveries 2000: HTTP 502 Bad Gateway from 127.0.0.1:9 (after 4 attempts)');
    expect(h.calls).toHaveLength(4);
  });

  it('does not retry a client error or an answer the decoder refuses for good', async () => {
    const h = harness(async () => new Response('', { status: 404, statusText: 'Not Found' }));
    await expect(h.request(req, text('ok'))).rejects.toThrow('SIPRI deliveries 2000: HTTP 404 Not Found from 127.0.0.1:9');
    expect(h.calls).toHaveLength(1);
    const h2 = harness(async () => new Response('x'));
    await expect(h2.request(req, () => { throw new AppError('wrong shape'); })).rejects.toThrow('SIPRI deliveries 2000: wrong shape');
    expect(h2.calls).toHaveLength(1);
  });

  it('retries an answer the decoder finds cut off', async () => {
    const h = harness(async (n) => new Response(n === 1 ? '{"byt' : 'ok'));
    expect(await h.request(req, text('ok'))).toBe('ok');
    expect(h.calls).toHaveLength(2);
  });

  it('times out a server that never answers, on every attempt', async () => {
    const h = harness(
      (_n, init) => new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      { retries: 1 },
    );
    await expect(h.request(req, text('ok'))).rejects.toThrow('SIPRI deliveries 2000: no answer from 127.0.0.1:9 within 0.05 s (after 2 attempts)');
    expect(h.calls).toHaveLength(2);
  });

  it('says when the connection itself fails', async () => {
    const h = harness(async () => { throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }); }, { retries: 0 });
    await expect(h.request(req, text('ok'))).rejects.toThrow('SIPRI deliveries 2000: connection to 127.0.0.1:9 failed (ECONNREFUSED)');
  });

  it('catches a body shorter than its Content-Length', async () => {
    const h = harness(async () => new Response('abc', { headers: { 'Content-Length': '10' } }), { retries: 0 });
    await expect(h.request(req, text('abc'))).rejects.toThrow('SIPRI deliveries 2000: the answer was cut short (3 of 10 bytes)');
  });

  it('stops an answer that never ends at the size cap, without retrying and without holding it in memory', async () => {
    let sent = 0;
    const endless = () =>
      new Response(new ReadableStream({
        pull(controller) {
          sent += 64 * 1024;
          controller.enqueue(new Uint8Array(64 * 1024));
        },
      }));
    const h = harness(async () => endless(), { maxBytes: 1024 * 1024, timeoutMs: 5_000 });
    await expect(h.request(req, text('ok'))).rejects.toThrow(/grew past 1048576 bytes and was stopped/);
    expect(h.calls).toHaveLength(1);
    expect(sent).toBeLessThan(4 * 1024 * 1024);
    // A declared size over the cap is refused before reading.
    const declared = harness(async () => new Response('x', { headers: { 'content-length': String(10 * 1024 * 1024) } }), { maxBytes: 1024 });
    await expect(declared.request(req, text('x'))).rejects.toThrow(/declares 10485760 bytes, more than the 1024 allowed/);
  });
});
