import { describe, expect, it } from 'vitest';
import { myanmarOracle } from '../../test/fixtures/articles/myanmar-oracle.js';
import { analyzeArticle, toReport } from '../article/pipeline.js';
import { escapeHtml, markup, renderArticleHtml } from './article-html.js';

const TEXT = [
  'Myanmar’s <b>Junta</b> Woos Moscow',
  'The Tatmadaw has bought more military hardware from China over its history.',
  '“Moscow’s support <script>alert(1)</script> has been unequivocal,” said Anthony Davis, a security analyst with Janes.',
  'In the past two decades, though, it has sourced nearly as much from Russia as from China & others.',
].join('\n\n');

function render() {
  const doc = analyzeArticle(TEXT, { date: '2021-06-28', oracle: myanmarOracle() });
  return { doc, html: renderArticleHtml(toReport(doc), doc.text) };
}

/** Every opened tag is closed in order (void elements aside). */
function balanced(html: string): boolean {
  const stack: string[] = [];
  const body = html.replace(/<!doctype[^>]*>/i, '').replace(/<(meta|br|img|link)\b[^>]*>/gi, '');
  for (const m of body.matchAll(/<(\/?)([a-z0-9]+)\b[^>]*>/gi)) {
    if (!m[1]) stack.push(m[2].toLowerCase());
    else if (stack.pop() !== m[2].toLowerCase()) return false;
  }
  return stack.length === 0;
}

describe('article report as HTML', () => {
  const { html } = render();

  it('is one self-contained page: no script, no handler, no external resource', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*"(?:https?:)?\/\//i);
  });

  it('escapes all text from the article', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Myanmar’s &lt;b&gt;Junta&lt;/b&gt; Woos Moscow');
    expect(html).toContain('</span> &amp; others.');
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('highlights quotations, actors and claims, with each verdict beside its claim', () => {
    expect(html).toMatch(/<q class="quote direct" title="Anthony Davis, security analyst with Janes"><span class="actor country" title="Russia · country · RUS">Moscow<\/span>’s support/);
    expect(html).toMatch(/<span class="actor person" title="Anthony Davis · person · security analyst with Janes">Anthony Davis<\/span>/);
    expect(html).toMatch(/<mark class="claim good" id="claim-1" title="more from: supported">The <span class="actor organisation"[^>]*>Tatmadaw<\/span>/);
    expect(html).toMatch(/<\/mark><sup class="badge good">1 supported<\/sup>/);
    expect(html).toMatch(/<aside><div class="card good"><a href="#claim-1" class="num">1<\/a> <strong>supported<\/strong>/);
    expect(html).toContain('<h1>');
  });

  it('keeps the markup well formed', () => {
    expect(balanced(html)).toBe(true);
  });

  it('closes and reopens marks that cross, and gives a claim its badge once', () => {
    const text = 'abcdefghij';
    const out = markup(text, 0, 10, [
      { start: 0, end: 6, layer: 0, open: '<mark id="c">', close: '</mark><sup>v</sup>', suspend: '</mark>' },
      { start: 4, end: 9, layer: 1, open: '<q>', close: '</q>' },
    ]);
    expect(out).toBe('<mark id="c">abcd<q>ef</q></mark><sup>v</sup><q>ghi</q>j');
    expect(balanced(out.replace(/<sup>v<\/sup>/, ''))).toBe(true);
  });

  it('renders an empty report', () => {
    const empty = renderArticleHtml(toReport(analyzeArticle('', {})), '');
    expect(empty).toContain('<title>Article check: untitled article</title>');
    expect(balanced(empty)).toBe(true);
  });
});
