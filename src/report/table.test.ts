import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdownCell } from './escape.js';
import { renderTable, textWidth } from './table.js';
import { formatCount, formatShare, formatTiv, formatYears } from '../core/format.js';

describe('renderTable', () => {
  it('aligns columns left and right under a dashed rule, without trailing spaces', () => {
    const out = renderTable(
      [{ header: 'Supplier' }, { header: 'TIV', align: 'right' }, { header: 'share', align: 'right' }],
      [
        ['China', '1,690', '41.8 %'],
        ['Russia', '1,684', '41.7 %'],
        ['India', '212', '5.3 %'],
      ],
    );
    expect(out).toBe(
      [
        'Supplier    TIV   share',
        '--------  -----  ------',
        'China     1,690  41.8 %',
        'Russia    1,684  41.7 %',
        'India       212   5.3 %',
      ].join('\n'),
    );
  });

  it('counts en dashes and arrows as one cell and prints missing cells empty', () => {
    const out = renderTable([{ header: 'Years' }, { header: 'Note' }], [['2001–2020'], ['RUS→MMR', 'x']]);
    expect(out).toBe(['Years      Note', '---------  ----', '2001–2020', 'RUS→MMR    x'].join('\n'));
    expect(out.split('\n').map(textWidth)).toEqual([15, 15, 9, 12]);
  });

  it('names the row that has more cells than columns', () => {
    expect(() => renderTable([{ header: 'a' }], [['1'], ['1', '2']])).toThrow('row 1 has 2 cells for 1 columns');
  });
});

describe('number formats', () => {
  it('prints TIV as whole millions with separators, <1 below half a million', () => {
    expect(formatTiv(1690)).toBe('1,690');
    expect(formatTiv(1683.6)).toBe('1,684');
    expect(formatTiv(0.3)).toBe('<1');
    expect(formatTiv(0)).toBe('0');
    expect(formatTiv(null)).toBe('–');
  });

  it('prints shares as percentages with a space before the sign', () => {
    expect(formatShare(0.423)).toBe('42.3 %');
    expect(formatShare(1)).toBe('100.0 %');
    expect(formatShare(0.7)).toBe('70.0 %');
    expect(formatShare(0.7, 0)).toBe('70 %');
    expect(formatShare(null)).toBe('–');
    expect(formatShare(Number.NaN)).toBe('–');
  });

  it('prints counts and year spans', () => {
    expect(formatCount(7033)).toBe('7,033');
    expect(formatYears(2001, 2020)).toBe('2001–2020');
    expect(formatYears(2024, 2024)).toBe('2024');
  });
});

describe('escaping', () => {
  it('escapes HTML text and attributes', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    );
  });

  it('keeps a Markdown table cell one cell', () => {
    expect(escapeMarkdownCell('a|b\nc <i>')).toBe('a\\|b c &lt;i&gt;');
  });
});
