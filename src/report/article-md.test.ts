import { describe, expect, it } from 'vitest';
import { myanmarOracle } from '../../test/fixtures/articles/myanmar-oracle.js';
import { checkArticle } from '../article/pipeline.js';
import { mdCell, renderArticleMarkdown } from './article-md.js';

const TEXT = [
  'Myanmar’s Junta Woos Moscow',
  'The Tatmadaw has bought more military hardware from China over its history.',
  '“Moscow’s support has been unequivocal,” said Anthony Davis, a security analyst with Janes.',
  'General Min Aung Hlaing headed to Moscow on June 20. It is the country’s top trade partner | and investor.',
].join('\n\n');

describe('article report as Markdown', () => {
  const md = renderArticleMarkdown(checkArticle(TEXT, { date: '2021-06-28', oracle: myanmarOracle() }));

  it('has the title, the date and its source, and every section', () => {
    expect(md).toMatch(/^# Article check: Myanmar’s Junta Woos Moscow\n/);
    expect(md).toContain('Published: 2021-06-28 (given)');
    for (const h of ['## Claims', '## Quotes', '## Events', '## Actors', '## Removed while cleaning']) expect(md).toContain(h);
  });

  it('puts each claim with its verdict, window, evidence and query', () => {
    expect(md).toMatch(/\| The Tatmadaw has bought more military hardware from China over its history\. \| more from \| Myanmar ← China \| 1950–2020 \| \*\*supported\*\* \| Myanmar’s arms imports 1950–2020/);
    expect(md).toContain('`suppliers(recipient=Myanmar, 1950-2020)`');
  });

  it('lists quotations with speaker and role', () => {
    expect(md).toContain('- “Moscow’s support has been unequivocal” — Anthony Davis, security analyst with Janes (direct)');
  });

  it('escapes table cells', () => {
    expect(md).toContain('top trade partner \\| and investor.');
    expect(mdCell('a|b\n<c>')).toBe('a\\|b &lt;c&gt;');
  });
});
