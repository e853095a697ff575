import { describe, expect, it } from 'vitest';
import { backoffSchedule, isRetryableStatus, retryAfterMs, retryDelay } from './backoff.js';

describe('backoffSchedule', () => {
  it('doubles from the first wait and stops at the cap', () => {
    expect(backoffSchedule({ retries: 5, backoffMs: 1000, maxBackoffMs: 5000 })).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
  it('has no waits without retries', () => {
    expect(backoffSchedule({ retries: 0, backoffMs: 1000, maxBackoffMs: 5000 })).toEqual([]);
  });
});

describe('which answers are retried', () => {
  it('retries timeouts, throttling and server errors, not client errors', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 410].some(isRetryableStatus)).toBe(false);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('7')).toBe(7000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
  });
  it('waits at least the schedule, longer when asked, never past the cap', () => {
    expect(retryDelay(1000, null, 60_000)).toBe(1000);
    expect(retryDelay(1000, 5000, 60_000)).toBe(5000);
    expect(retryDelay(1000, 10, 60_000)).toBe(1000);
    expect(retryDelay(1000, 3_600_000, 60_000)).toBe(60_000);
  });
});
