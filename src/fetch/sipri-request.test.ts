import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { TransientError } from './errors.js';
import { decodeBase64Strict, decodeDeliveriesAnswer, decodeTivAnswer, deliveriesRequest, joinUrl, SIPRI_BASE, tivTableRequest } from './sipri-request.js';

describe('SIPRI requests', () => {
  it('asks the trade register endpoint for one delivery-year range', () => {
    const r = deliveriesRequest(SIPRI_BASE, { from: 1950, to: 1959 });
    expect(r.method).toBe('POST');
    expect(r.url).toBe('https://atbackend.sipri.org/api/p/trades/trade-register-csv/');
    // The four filters of SIPRI's web tool (as the R package Rat.db sends them, and as the 2025
    // recorded exchange did): without exportOption the backend answers in the classic layout.
    expect(r.json).toEqual({
      filters: [
        { field: 'Delivery year', condition: 'contains', value1: 1950, value2: 1959, listData: [] },
        { field: 'Order year', condition: 'contains', value1: 0, value2: 1959, listData: [] },
        { field: 'opendeals', condition: '', value1: '', value2: '', listData: [] },
        { field: 'exportOption', condition: '', value1: '', value2: '', listData: [] },
      ],
      logic: 'AND',
    });
    expect(r.what).toBe('SIPRI deliveries 1950-1959');
  });
  it('sends every request to a mirror, with or without a trailing slash', () => {
    expect(deliveriesRequest('http://127.0.0.1:8080/sipri/', { from: 2000, to: 2000 }).url).toBe('http://127.0.0.1:8080/sipri/api/p/trades/trade-register-csv/');
    expect(joinUrl('http://m.example', '/api/x')).toBe('http://m.example/api/x');
    expect(tivTableRequest('http://m.example', 'exports', { from: 1950, to: 2024 }).url).toBe('http://m.example/api/p/trades/import-export-csv-str/');
  });
  it('tells the TIV imports and exports tables apart by the seller ordering', () => {
    const filters = (k: 'imports' | 'exports') => (tivTableRequest(SIPRI_BASE, k, { from: 1950, to: 2024 }).json as { filters: { field: string }[] }).filters.map((f) => f.field);
    expect(filters('imports')).toEqual(['Year range 1', 'DeliveryType', 'Status']);
    expect(filters('exports')).toEqual(['Year range 1', 'orderbyseller', 'DeliveryType', 'Status']);
  });
  it('asks for delivered weapons and every status, as the published tables are built', () => {
    const f = (tivTableRequest(SIPRI_BASE, 'imports', { from: 1950, to: 2024 }).json as { filters: unknown[] }).filters;
    expect(f).toContainEqual({ field: 'DeliveryType', condition: '', value1: 'delivered', value2: '', listData: [] });
    expect(f).toContainEqual({ field: 'Status', condition: '', value1: '0', value2: '', listData: [] });
    expect(f[0]).toEqual({ field: 'Year range 1', condition: 'contains', value1: 1950, value2: 2024, listData: [] });
  });
});

describe('decoding answers', () => {
  const csv = 'Source: SIPRI\nSIPRI AT Database ID,Supplier\n1,France\n';
  const answer = (v: unknown) => Buffer.from(JSON.stringify(v));

  it('unwraps {"bytes": base64}', () => {
    expect(decodeDeliveriesAnswer(answer({ bytes: Buffer.from(csv).toString('base64') }), 'x').toString()).toBe(csv);
  });
  it('retries a JSON answer cut off on the way', () => {
    const whole = answer({ bytes: Buffer.from(csv).toString('base64') });
    expect(() => decodeDeliveriesAnswer(whole.subarray(0, 20), 'SIPRI deliveries 2000')).toThrow(TransientError);
    expect(() => decodeDeliveriesAnswer(Buffer.alloc(0), 'SIPRI deliveries 2000')).toThrow(/not complete JSON \(empty\)/);
  });
  it('catches base64 that Node would silently shorten', () => {
    const b64 = Buffer.from(csv).toString('base64');
    expect(() => decodeBase64Strict(b64.slice(0, b64.length - 3), 'x')).toThrow(/base64 content is not whole/);
    expect(() => decodeBase64Strict('ab$d', 'x')).toThrow(TransientError);
    expect(decodeBase64Strict(`${b64.slice(0, 8)}\n${b64.slice(8)}`, 'x').toString()).toBe(csv);
  });
  it('does not retry whole JSON of another shape', () => {
    expect(() => decodeDeliveriesAnswer(answer({ error: 'bad filter' }), 'SIPRI deliveries 2000')).toThrow(AppError);
    expect(() => decodeDeliveriesAnswer(answer({ error: 'bad filter' }), 'SIPRI deliveries 2000')).toThrow(/expected \{"bytes": "<base64 CSV>"\}, got "\{\\"error\\":\\"bad filter\\"\}"/);
  });
  it('reads the TIV answer as text or as base64', () => {
    expect(decodeTivAnswer(answer({ result: csv }), 'x').toString()).toBe(csv);
    expect(decodeTivAnswer(answer({ bytes: Buffer.from(csv).toString('base64') }), 'x').toString()).toBe(csv);
    expect(() => decodeTivAnswer(answer([1, 2]), 'x')).toThrow(/expected \{"result"/);
  });
});
