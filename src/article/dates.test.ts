import { describe, expect, it } from 'vitest';
import { datesAgree, parseExplicitDate, resolveDatePhrase } from './dates.js';

describe('date phrases against the article date', () => {
  const ref = '2021-06-22'; // a Tuesday
  const cases: [string, string][] = [
    ['on June 20', '2021-06-20'],
    ['February 1', '2021-02-01'],
    ['June 22, 2021', '2021-06-22'],
    ['28 June 2021', '2021-06-28'],
    ['2021-06-28', '2021-06-28'],
    ['four months ago', '2021-02'],
    ['two weeks ago', '2021-06-08'],
    ['in April', '2021-04'],
    ['in September', '2020-09'], // no year, after the article: the last September before it
    ['last week', '2021-06-14/2021-06-20'],
    ['this week', '2021-06-21/2021-06-27'],
    ['yesterday', '2021-06-21'],
    ['on Sunday', '2021-06-20'],
    ['Last year', '2020'],
    ['this year', '2021'],
    ['earlier this month', '2021-06'],
    ['in 2019', '2019'],
    ['in August 2020', '2020-08'],
  ];
  for (const [phrase, date] of cases) {
    it(`${phrase} → ${date}`, () => expect(resolveDatePhrase(phrase, ref)?.date).toBe(date));
  }

  it('resolves only phrases with their own year when the article date is unknown', () => {
    expect(resolveDatePhrase('June 22, 2021', null)?.date).toBe('2021-06-22');
    expect(resolveDatePhrase('last week', null)).toBeNull();
    expect(resolveDatePhrase('on June 20', null)).toBeNull();
  });

  it('gives a precision so that the more precise of two agreeing mentions wins', () => {
    expect(resolveDatePhrase('four months ago', ref)?.precision).toBeLessThan(resolveDatePhrase('February 1', ref)!.precision);
    expect(datesAgree('2021-02', '2021-02-01')).toBe(true);
    expect(datesAgree('2021-06-14/2021-06-20', '2021-06-20')).toBe(true);
    expect(datesAgree('2021-06-22', '2021-06-20')).toBe(false);
    expect(datesAgree('2020', '2021-02')).toBe(false);
  });

  it('reads explicit dates without a grammar, and rejects impossible ones', () => {
    expect(parseExplicitDate('June 22, 2021')).toBe('2021-06-22');
    expect(parseExplicitDate('5 Sep 2022')).toBe('2022-09-05');
    expect(parseExplicitDate('February 30, 2021')).toBeNull();
    expect(resolveDatePhrase('not a date at all', ref)).toBeNull();
  });
});

describe('dates written out in full, read without the grammar', () => {
  it('give what chrono gives for the same phrases, with or without an article date', async () => {
    const chrono = await import('chrono-node/en');
    const phrases = ['in February 2021', 'on March 27, 2021', '27 March 2021', 'March 2021', 'on Sept. 3, 2022', 'in May 2020', 'December 1st, 2019', 'on 5 Jan 2023'];
    for (const p of phrases) {
      const r = chrono.casual.parse(p, { instant: new Date(Date.UTC(2021, 5, 22, 12)), timezone: 0 })[0].start;
      const want = r.isCertain('day') ? `${r.get('year')}-${String(r.get('month')).padStart(2, '0')}-${String(r.get('day')).padStart(2, '0')}` : `${r.get('year')}-${String(r.get('month')).padStart(2, '0')}`;
      expect(resolveDatePhrase(p, '2021-06-22')?.date, p).toBe(want);
      expect(resolveDatePhrase(p, null)?.date, p).toBe(want);
    }
    expect(resolveDatePhrase('on 31 February 2021', null)).toBeNull();
  });
});
