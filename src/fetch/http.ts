// The one place that talks to the network: sequential requests with a user agent, a timeout, a
// polite pause between requests, and retries with backoff. `fetch` and the clock are injected.
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { AppError } from '../core/errors.js';
import { backoffSchedule, isRetryableStatus, retryAfterMs, retryDelay, type RetryPolicy } from './backoff.js';
import { fetchFailed, TransientError } from './errors.js';

export interface HttpOptions extends RetryPolicy {
  /** For one attempt, headers and body together. */
  timeoutMs: number;
  /** An answer larger than this is refused (default 512 MiB): a server that never ends its body cannot fill the memory. */
  maxBytes?: number;
  /** Between two requests of a run (retries wait their backoff instead). */
  pauseMs: number;
  userAgent: string;
  fetch?: typeof globalThis.fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Told about each failed attempt that will be retried. */
  onRetry?: (message: string) => void;
}

export interface PlannedRequest {
  /** What is asked for, for messages: `SIPRI deliveries 1950-1959`. */
  what: string;
  method: 'GET' | 'POST';
  url: string;
  /** A JSON body for POST. */
  json?: unknown;
  /**
   * Only the first this many bytes are wanted (a file's header): asked for with `Range`, and read
   * no further even when the server ignores the range and sends the whole file.
   */
  headBytes?: number;
  /**
   * Words for a refusal the source is known to give (a login or guestbook page, …): given the
   * status and the body, a message to stop with, or null for the usual one. Never retried.
   */
  refusal?: (status: number, body: string) => string | null;
}

/** The headers a request goes out with: the same for the request and for `fetch --dry-run`. */
export function requestHeaders(req: PlannedRequest, userAgent: string): Record<string, string> {
  return {
    'User-Agent': userAgent,
    Accept: 'application/json, text/csv, */*',
    ...(req.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
    ...(req.headBytes !== undefined ? { Range: `bytes=0-${req.headBytes - 1}` } : {}),
  };
}

/** Reads the answer's bytes into a value, or throws (a TransientError is retried, anything else is final). */
export type Decode<T> = (body: Buffer, response: Response) => T;

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0';
  } catch {
    return '0';
  }
}

/** Names the tool to the servers it asks, as SIPRI and Dataverse would want to see it. */
export function userAgent(): string {
  return `counterweight/${packageVersion()} (open-data arms transfers and UN votes briefs; one request at a time)`;
}

/** The largest answer read (the biggest real one, the UNGA vote file, is ~25 MB). */
export const MAX_ANSWER_BYTES = 512 * 1024 * 1024;

/**
 * The answer's body, streamed to a temporary file as it arrives and counted: over `maxBytes` the
 * request is aborted and refused (not retried). Memory holds the body only once it is whole.
 */
async function readCapped(res: Response, maxBytes: number, req: PlannedRequest, controller: AbortController): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    controller.abort();
    throw new AppError(`${req.what}: the answer declares ${declared} bytes, more than the ${maxBytes} allowed`);
  }
  if (!res.body) return Buffer.alloc(0);
  if (req.headBytes !== undefined) return readHead(res, req.headBytes, controller);
  const path = join(tmpdir(), `counterweight-download-${process.pid}-${randomUUID()}`);
  const fd = openSync(path, 'w');
  try {
    let size = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) {
        controller.abort();
        throw new AppError(`${req.what}: the answer grew past ${maxBytes} bytes and was stopped (a server that never ends its answer?)`);
      }
      writeSync(fd, chunk);
    }
    closeSync(fd);
    return readFileSync(path);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // closed already
    }
    rmSync(path, { force: true });
  }
}

/** The first `n` bytes of the answer; the rest is not waited for. */
async function readHead(res: Response, n: number, controller: AbortController): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    parts.push(Buffer.from(chunk));
    size += chunk.byteLength;
    if (size >= n) {
      controller.abort();
      break;
    }
  }
  return Buffer.concat(parts).subarray(0, n);
}

/**
 * SIPRI's backend takes ~30–40 s for a large answer (a public scraper measured 32 s mean, 37 s p90
 * for the whole register), throttles, and now and then answers 500: an attempt may take three
 * minutes, and four retries wait 5, 10, 20 and 40 s (longer when the server says Retry-After).
 */
export const DEFAULT_HTTP: Omit<HttpOptions, 'userAgent'> = {
  timeoutMs: 180_000,
  pauseMs: 2_000,
  retries: 4,
  backoffMs: 5_000,
  maxBackoffMs: 60_000,
};

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** Why one attempt failed, in words, and whether to try again. */
function describeFailure(e: unknown, req: PlannedRequest, timedOut: boolean, timeoutMs: number): { message: string; retry: boolean } {
  const host = new URL(req.url).host;
  if (timedOut) return { message: `no answer from ${host} within ${seconds(timeoutMs)}`, retry: true };
  if (e instanceof TransientError) return { message: e.message, retry: true };
  if (e instanceof AppError) return { message: e.message, retry: false };
  const err = e as Error & { cause?: { code?: string; message?: string } };
  // undici: `fetch failed` (connect) or `terminated` (body cut off), the socket error as `cause`.
  if (err?.cause !== undefined || err?.message === 'fetch failed' || err?.message === 'terminated') {
    const why = err.cause?.code ?? err.cause?.message ?? err.message;
    return { message: `connection to ${host} failed (${why})`, retry: true };
  }
  return { message: err?.message ?? String(e), retry: false };
}

/**
 * A requester for one run: requests go one after another, never in parallel. Each is tried up to
 * `retries + 1` times; the last failure is thrown as an AppError naming what was asked for.
 */
export function createRequester(o: HttpOptions) {
  const doFetch = o.fetch ?? globalThis.fetch;
  const sleep = o.sleep ?? ((ms: number) => delay(ms));
  const schedule = backoffSchedule(o);
  let requests = 0;

  return async function request<T>(req: PlannedRequest, decode: Decode<T>): Promise<T> {
    if (requests++ > 0 && o.pauseMs > 0) await sleep(o.pauseMs);
    const attempts = schedule.length + 1;
    for (let attempt = 1; ; attempt++) {
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, o.timeoutMs);
      let retryAfter: number | null = null;
      try {
        const res = await doFetch(req.url, {
          method: req.method,
          headers: requestHeaders(req, o.userAgent),
          body: req.json !== undefined ? JSON.stringify(req.json) : undefined,
          signal: controller.signal,
        });
        const body = await readCapped(res, o.maxBytes ?? MAX_ANSWER_BYTES, req, controller);
        if (!res.ok) {
          const refused = req.refusal?.(res.status, body.subarray(0, 4096).toString('utf8'));
          if (refused) throw new AppError(refused);
          retryAfter = retryAfterMs(res.headers.get('retry-after'));
          const text = `${req.what}: HTTP ${res.status} ${res.statusText} from ${new URL(req.url).host}`;
          throw isRetryableStatus(res.status) ? new TransientError(text) : new AppError(text);
        }
        const declared = res.headers.get('content-length');
        if (req.headBytes === undefined && declared !== null && res.headers.get('content-encoding') === null && Number(declared) !== body.length) {
          throw new TransientError(`${req.what}: the answer was cut short (${body.length} of ${declared} bytes)`);
        }
        return decode(body, res);
      } catch (e) {
        const { message, retry } = describeFailure(e, req, timedOut, o.timeoutMs);
        const prefixed = message.startsWith(req.what) ? message : `${req.what}: ${message}`;
        if (!retry || attempt >= attempts) {
          const tries = attempt > 1 ? ` (after ${attempt} attempts)` : '';
          throw fetchFailed(`${prefixed}${tries}`);
        }
        const wait = retryDelay(schedule[attempt - 1], retryAfter, o.maxBackoffMs * 4);
        o.onRetry?.(`${prefixed}; retrying in ${seconds(wait)} (attempt ${attempt + 1} of ${attempts})`);
        await sleep(wait);
      } finally {
        clearTimeout(timer);
      }
    }
  };
}

export type Requester = ReturnType<typeof createRequester>;
