import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, formatShare, formatTiv, formatSigned, formatWindow, groupDigits } from './format.js';

describe('number formats', () => {
  it('groups digits the way en-US Intl does, for any number', () => {
    const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        // Intl rounds half to even on ties of the binary value; toFixed does too for these (both use the exact value).
        expect(groupDigits(x, 0).replace(/^-0$/, '0')).toBe(integer.format(x).replace(/^-0$/, '0'));
        expect(groupDigits(x, 1).replace(/^-0\.0$/, '0.0')).toBe(oneDecimal.format(x).replace(/^-0\.0$/, '0.0'));
      }),
      { numRuns: 2000 },
    );
  });

  it('prints TIV, shares, counts and sentence percentages', () => {
    expect(formatTiv(1690.4)).toBe('1,690');
    expect(formatTiv(0.3)).toBe('<1');
    expect(formatTiv(-0.2)).toBe('0');
    expect(formatShare(0.4234)).toBe('42.3 %');
    expect(formatShare(0.4234, 0)).toBe('42 %');
    expect(formatCount(7033)).toBe('7,033');
    expect(formatPercent(0.856)).toBe('86 %');
    expect(formatPercent(0.045)).toBe('4.5 %');
    expect(formatPercent(0)).toBe('0 %');
  });
});

describe('formatWindow', () => {
  it('shortens the second year within a century, never across one', () => {
    expect(formatWindow(2009, 2013)).toBe('2009–13');
    expect(formatWindow(1998, 2002)).toBe('1998–2002');
    expect(formatWindow(2019, 2019)).toBe('2019');
  });
});

describe('formatSigned', () => {
  it('signs a rise, keeps the minus of a fall, and leaves zero bare', () => {
    expect(formatSigned(12.34)).toBe('+12.3');
    expect(formatSigned(-4)).toBe('-4.0');
    expect(formatSigned(-0.01)).toBe('0.0');
    expect(formatSigned(1250.4, 0)).toBe('+1,250');
    expect(formatSigned(null)).toBe('–');
  });
});
