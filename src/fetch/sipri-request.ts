// SIPRI's arms transfers backend, as its web tool calls it: requests planned and answers decoded
// here, without I/O.
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { decodeText } from '../sources/csv.js';
import { spanLabel, type YearSpan } from './chunks.js';
import { TransientError } from './errors.js';
import type { PlannedRequest } from './http.js';

export const SIPRI_BASE = 'https://atbackend.sipri.org';
const TRADE_REGISTER_PATH = '/api/p/trades/trade-register-csv/';
const TIV_TABLE_PATH = '/api/p/trades/import-export-csv-str/';

/** `base` + `path`, whether or not the base (a mirror) ends in a slash. */
export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

/** A filter of SIPRI's query language as its web tool sends it. */
function filter(field: string, value1: string | number = '', value2: string | number = '', condition = ''): SipriFilter {
  return { field, condition, value1, value2, listData: [] };
}

export interface SipriFilter {
  field: string;
  condition: string;
  value1: string | number;
  value2: string | number;
  listData: unknown[];
}

/**
 * Deals delivered in `years`, one row per deal and delivery year (`deliveries-per-year-*.csv`).
 * The four filters are what SIPRI's own web tool sends (and what the recorded 2025 exchange used):
 * without `exportOption` the backend answers in the classic register layout, which the per-year
 * check refuses; the order-year filter from 0 and `opendeals` keep every deal delivered in the span.
 */
export function deliveriesRequest(base: string, years: YearSpan): PlannedRequest {
  return {
    what: `SIPRI deliveries ${spanLabel(years)}`,
    method: 'POST',
    url: joinUrl(base, TRADE_REGISTER_PATH),
    json: {
      filters: [
        filter('Delivery year', years.from, years.to, 'contains'),
        filter('Order year', 0, years.to, 'contains'),
        filter('opendeals'),
        filter('exportOption'),
      ],
      logic: 'AND',
    },
  };
}

/**
 * SIPRI's yearly TIV table of imports (per recipient) or exports (per supplier) for `years`.
 * `DeliveryType: delivered` and `Status: 0` are what reproduces the published tables (every
 * independent client sends them); `orderbyseller` turns the table round to suppliers.
 */
export function tivTableRequest(base: string, kind: 'imports' | 'exports', years: YearSpan): PlannedRequest {
  const filters: SipriFilter[] = [filter('Year range 1', years.from, years.to, 'contains')];
  if (kind === 'exports') filters.push(filter('orderbyseller'));
  filters.push(filter('DeliveryType', 'delivered'), filter('Status', '0'));
  return { what: `SIPRI TIV ${kind} ${spanLabel(years)}`, method: 'POST', url: joinUrl(base, TIV_TABLE_PATH), json: { filters, logic: 'AND' } };
}

/** Any JSON answer; a body that does not parse was most likely cut off on the way, so it is retried. */
export function parseJsonBody(body: Buffer, what: string): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    const tail = body.length ? '' : ' (empty)';
    throw new TransientError(`${what}: the answer is not complete JSON${tail} (${body.length} bytes): cut off on the way?`);
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Strict base64: Node's decoder silently drops what it cannot read, so a cut-off string is caught here. */
export function decodeBase64Strict(text: string, what: string): Buffer {
  const t = text.replace(/\s+/g, '');
  if (!BASE64.test(t) || t.length % 4 !== 0) {
    throw new TransientError(`${what}: the base64 content is not whole (${t.length} characters): cut off on the way?`);
  }
  return Buffer.from(t, 'base64');
}

const bytesAnswer = z.object({ bytes: z.string() });
const textAnswer = z.object({ result: z.string() });

/** `{"bytes": "<base64 CSV>"}` → the CSV's bytes. */
export function decodeDeliveriesAnswer(body: Buffer, what: string): Buffer {
  const r = bytesAnswer.safeParse(parseJsonBody(body, what));
  // Whole JSON of another shape is the server's considered answer: another try would not change it.
  if (!r.success) throw new AppError(`${what}: expected {"bytes": "<base64 CSV>"}, got ${describeJson(body)}`);
  return decodeBase64Strict(r.data.bytes, what);
}

/** The TIV endpoint answers `{"result": "<CSV text>"}` (or base64 `bytes` like the register). */
export function decodeTivAnswer(body: Buffer, what: string): Buffer {
  const json = parseJsonBody(body, what);
  const asText = textAnswer.safeParse(json);
  if (asText.success) return Buffer.from(asText.data.result, 'utf8');
  const asBytes = bytesAnswer.safeParse(json);
  if (asBytes.success) return decodeBase64Strict(asBytes.data.bytes, what);
  throw new AppError(`${what}: expected {"result": "<CSV>"} or {"bytes": "<base64 CSV>"}, got ${describeJson(body)}`);
}

function describeJson(body: Buffer): string {
  const text = decodeText(body.subarray(0, 120)).replace(/\s+/g, ' ');
  return JSON.stringify(text.length >= 120 ? `${text}…` : text);
}
