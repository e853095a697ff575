// Serialized responses kept per (store version, path + query): a cached brief is one Map lookup and
// a socket write. Bodies are stored as bytes with their length and ETag, and gzipped once on the
// first request that accepts gzip. A new store version empties the cache.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** Bytes as fetch's Response takes them. */
export type Bytes = Uint8Array<ArrayBuffer>;

export interface CachedResponse {
  status: number;
  body: Bytes;
  /** undefined = not compressed yet; null = not worth compressing. */
  gzip: { body: Bytes; headers: Record<string, string> } | null | undefined;
  headers: Record<string, string>;
  etag: string;
}

export interface ResponseCacheOptions {
  maxEntries?: number;
  maxBytes?: number;
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml)|image\/svg\+xml)/;

export class ResponseCache {
  private entries = new Map<string, CachedResponse>();
  private version: string | null = null;
  private bytes = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  hits = 0;
  misses = 0;

  constructor(opts: ResponseCacheOptions = {}) {
    this.maxEntries = opts.maxEntries ?? 2000;
    this.maxBytes = opts.maxBytes ?? 256 * 1024 * 1024;
  }

  get size(): number {
    return this.entries.size;
  }

  get(version: string, key: string): CachedResponse | undefined {
    if (version !== this.version) return undefined;
    return this.entries.get(key);
  }

  set(version: string, key: string, status: number, body: Bytes, headers: Record<string, string>): CachedResponse {
    if (version !== this.version) this.clear(version);
    const etag = `"${version}-${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
    const compress = COMPRESSIBLE.test(headers['content-type'] ?? '') && body.byteLength >= 1024;
    const entry: CachedResponse = {
      status,
      body,
      gzip: compress ? undefined : null,
      headers: { ...headers, etag, 'content-length': String(body.byteLength), ...(compress ? { vary: 'accept-encoding' } : {}) },
      etag,
    };
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.byteLength + (old.gzip?.body.byteLength ?? 0);
    this.entries.set(key, entry);
    this.bytes += body.byteLength;
    this.evict();
    return entry;
  }

  /** The gzip variant and its headers, compressed on first use. */
  gzipped(entry: CachedResponse): { body: Bytes; headers: Record<string, string> } | null {
    if (entry.gzip === null) return null;
    if (entry.gzip === undefined) {
      const body: Bytes = gzipSync(entry.body, { level: 6 });
      const headers = { ...entry.headers, 'content-encoding': 'gzip', 'content-length': String(body.byteLength) };
      entry.gzip = { body, headers };
      this.bytes += body.byteLength;
    }
    return entry.gzip;
  }

  clear(version: string | null = null): void {
    this.entries.clear();
    this.version = version;
    this.bytes = 0;
  }

  private evict(): void {
    // Oldest first: a Map iterates in insertion order.
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(key);
      this.bytes -= entry.body.byteLength + (entry.gzip?.body.byteLength ?? 0);
    }
  }
}
