// The one mapping from anything thrown to an HTTP error: status and `{error, detail}`. The API
// answers it as JSON, the dashboard as a page; both come from here.
import { HTTPException } from 'hono/http-exception';
import { AppError, type ErrorBody } from '../core/errors.js';

export type { ErrorBody };

export interface HttpError {
  status: number;
  body: ErrorBody;
  /** Extra headers (Retry-After on 429 and 503). */
  headers?: Record<string, string>;
}

export const BODY_LIMIT = 1024 * 1024;

export function toHttpError(e: unknown): HttpError {
  if (e instanceof AppError) {
    const status = e.status >= 400 && e.status <= 599 ? e.status : 500;
    const retry = (e.detail as { retryAfter?: number } | undefined)?.retryAfter;
    return { status, body: { error: e.message, detail: e.detail ?? null }, ...(retry ? { headers: { 'retry-after': String(retry) } } : {}) };
  }
  if (e instanceof HTTPException) {
    if (e.status === 413) {
      return { status: 413, body: { error: `request body too large: the limit is ${BODY_LIMIT} bytes (1 MB)`, detail: { limit: BODY_LIMIT } } };
    }
    return { status: e.status, body: { error: e.message || 'bad request', detail: null } };
  }
  const message = e instanceof Error ? e.message : String(e);
  // Not a problem of the request: say so without leaking internals; the log has the stack.
  process.stderr.write(`counterweight serve: internal error: ${e instanceof Error ? (e.stack ?? message) : message}\n`);
  return { status: 500, body: { error: 'internal error', detail: null } };
}

export function notFoundError(path: string): HttpError {
  return { status: 404, body: { error: `not found: ${path}`, detail: null } };
}
