import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('ResponseCache', () => {
  it('answers only for the version an entry was stored under, and a new version empties it', () => {
    const cache = new ResponseCache();
    cache.set('v1', '/a', 200, bytes('A'), { 'content-type': 'application/json' });
    expect(cache.get('v1', '/a')?.body).toEqual(bytes('A'));
    expect(cache.get('v2', '/a')).toBeUndefined();
    cache.set('v2', '/b', 200, bytes('B'), {});
    expect(cache.size).toBe(1);
    expect(cache.get('v1', '/a')).toBeUndefined();
  });

  it('sets content-length and an ETag that names the version and the bytes', () => {
    const cache = new ResponseCache();
    const a = cache.set('v1', '/a', 200, bytes('héllo'), { 'content-type': 'text/plain' });
    expect(a.headers['content-length']).toBe('6');
    expect(a.etag).toMatch(/^"v1-[\w-]{16}"$/);
    expect(cache.set('v1', '/b', 200, bytes('héllo'), {}).etag).toBe(a.etag);
    expect(cache.set('v1', '/c', 200, bytes('other'), {}).etag).not.toBe(a.etag);
  });

  it('gzips compressible bodies once, and leaves small or binary ones alone', () => {
    const cache = new ResponseCache();
    const json = cache.set('v', '/j', 200, bytes(JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ i })) })), { 'content-type': 'application/json' });
    expect(json.headers.vary).toBe('accept-encoding');
    const gz = cache.gzipped(json)!;
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(Number(gz.headers['content-length'])).toBe(gz.body.byteLength);
    expect(gunzipSync(gz.body)).toEqual(Buffer.from(json.body));
    expect(cache.gzipped(json)).toBe(gz);
    expect(cache.gzipped(cache.set('v', '/s', 200, bytes('{}'), { 'content-type': 'application/json' }))).toBeNull();
    expect(cache.gzipped(cache.set('v', '/p', 200, new Uint8Array(4096), { 'content-type': 'image/png' }))).toBeNull();
  });

  it('evicts the oldest entries beyond its bounds', () => {
    const cache = new ResponseCache({ maxEntries: 3, maxBytes: 10 });
    for (const k of ['/1', '/2', '/3', '/4']) cache.set('v', k, 200, bytes('xx'), {});
    expect(cache.get('v', '/1')).toBeUndefined();
    expect(cache.get('v', '/4')).toBeDefined();
    cache.set('v', '/big', 200, bytes('x'.repeat(9)), {});
    expect(cache.size).toBe(1);
    expect(cache.get('v', '/big')).toBeDefined();
  });
});
