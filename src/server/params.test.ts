import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { parseQuery, schemas } from './params.js';

function fails(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('query parameters', () => {
  it('parses years, flags, categories and lists', () => {
    expect(parseQuery(schemas.suppliers, { recipient: ' Myanmar ', from: '2001', to: '2020', category: 'air-defence', mergeSoviet: '' })).toEqual({
      recipient: 'Myanmar', from: 2001, to: 2020, category: 'air defence systems', mergeSoviet: true,
    });
    expect(parseQuery(schemas.orders, { recipient: 'MMR', pending: 'false' }).pending).toBe(false);
    expect(parseQuery(schemas.deals, { recipient: 'MMR', lines: '3, 5,8' }).lines).toEqual([3, 5, 8]);
    expect(parseQuery(schemas.brief, { patrons: 'CHN,,RUS' }).patrons).toEqual(['CHN', 'RUS']);
  });

  it('refuses with 400 and names the parameter', () => {
    const e = fails(() => parseQuery(schemas.suppliers, { recipient: 'Myanmar', from: 'abc' }));
    expect(e.status).toBe(400);
    // The CLI's words for the same value (`invalid --from: "abc" …`), with the API's name for it.
    expect(e.message).toBe('invalid from: "abc" (expected a year such as 2001)');
    expect(fails(() => parseQuery(schemas.suppliers, { recipient: 'x', to: '1800' })).message).toMatch(/invalid to: "1800" \(expected a year such as 2001\)/);
    expect(fails(() => parseQuery(schemas.suppliers, { recipient: 'x', from: '2020', to: '2001' })).message).toBe('invalid years: from 2020 is after to 2001');
    expect(fails(() => parseQuery(schemas.suppliers, { recipient: 'x', frm: '2020' })).message).toMatch(/unknown parameter: frm/);
    expect(fails(() => parseQuery(schemas.suppliers, { recipient: 'x', category: 'tanks' })).message).toMatch(/invalid category: "tanks" \(use one of: aircraft/);
    expect(fails(() => parseQuery(schemas.orders, { recipient: 'x', pending: 'maybe' })).message).toMatch(/invalid pending: "maybe" \(expected true or false\)/);
    expect(fails(() => parseQuery(schemas.suppliers, {})).message).toMatch(/recipient/);
    expect(fails(() => parseQuery(schemas.article, { date: '28/06/2021' })).message).toMatch(/invalid date: "28\/06\/2021" \(expected a date YYYY-MM-DD\)/);
  });
});
