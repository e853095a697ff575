// How long to wait before each retry, and which answers are worth retrying at all.

export interface RetryPolicy {
  /** Retries after the first attempt (so `retries + 1` attempts in all). */
  retries: number;
  /** Wait before the first retry; each later one doubles, up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
}

/** The wait before retry 1, 2, … : exponential, capped; no jitter, since requests are never parallel. */
export function backoffSchedule(p: RetryPolicy): number[] {
  return Array.from({ length: Math.max(0, p.retries) }, (_, i) => Math.min(p.maxBackoffMs, p.backoffMs * 2 ** i));
}

/** Overloaded or briefly failing servers: worth another try. 4xx other than 408/429 are not. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** A `Retry-After` header (seconds or an HTTP date) in milliseconds, or null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const t = header.trim();
  if (/^\d+$/.test(t)) return Number(t) * 1000;
  const at = Date.parse(t);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** The wait before a retry: the schedule's, or longer when the server asked for it (within a cap). */
export function retryDelay(scheduled: number, retryAfter: number | null, capMs: number): number {
  return retryAfter === null ? scheduled : Math.min(capMs, Math.max(scheduled, retryAfter));
}
