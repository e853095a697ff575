import { readFileSync } from 'node:fs';
import { myanmarBrief } from '../../test/fixtures/brief-myanmar.js';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../core/brief.js';
import { renderBriefHtml } from './brief-html.js';

const myanmar = (): Brief => structuredClone(myanmarBrief);

describe('renderBriefHtml', () => {
  const html = renderBriefHtml(myanmar());

  it('is one self-contained page: no script, no external resource', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    // The only URL is the SVG namespace.
    expect([...html.matchAll(/https?:\/\/[^\s"')]+/g)].map((m) => m[0])).toEqual(
      Array(4).fill('http://www.w3.org/2000/svg'),
    );
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
  });

  it('shows the four charts inline (the balance chart in the economic section)', () => {
    expect(html.match(/<figure class="chart"><svg xmlns=/g)).toHaveLength(4);
    expect(html).toContain('How Myanmar balances its patrons');
    expect(html).toContain('Who arms Myanmar: supplier shares over time');
    expect(html).toContain('What each patron sends Myanmar');
    expect(html).toContain('How Myanmar votes at the UN');
  });

  it('gives each finding its query, row count and source rows', () => {
    expect(html).toContain('<ol class="findings">');
    expect(html).toContain(
      '<span class="ref-query">counterweight suppliers Myanmar --from 2005 --to 2024 --allocation even --dataset trade-register-2024-10-13</span> · ' +
        '<details><summary>99 source rows</summary><p class="rows">trade-register-2024-10-13 lines: 15683, 15781,',
    );
    expect(html).toMatch(/<span class="ref-query">counterweight alignment Myanmar --from 2023 --to 2023<\/span> · <details><summary>1 source row<\/summary><p class="rows">ideal-points-2024-06 lines: \d+<\/p>/);
  });

  it('puts the caveats next to the vote chart and marks the caveated years', () => {
    const chart = html.indexOf('How Myanmar votes at the UN');
    const caveat = html.indexOf('<aside class="caveat"');
    const table = html.indexOf('voted the same way as each patron, by year');
    expect(chart).toBeGreaterThan(0);
    expect(caveat).toBeGreaterThan(chart);
    expect(table).toBeGreaterThan(caveat);
    expect(html.slice(caveat, table)).toContain('<strong>[1]</strong> 2021–2023: ');
    expect(html.slice(caveat, table)).toContain('these votes do not speak for the military junta.');
    expect(html.slice(caveat, table)).toContain('Agreement &quot;with Russia&quot; in 1948–1991 is agreement with the Soviet Union');
    expect(html).toMatch(/<tr class="caveat"><td class="num">2021<\/td>/);
    expect(html.match(/<tr class="caveat">/g)).toHaveLength(3); // 2021–2023
  });

  it('ends with the provenance', () => {
    const footer = html.slice(html.indexOf('<footer id="provenance">'));
    expect(footer).toContain('trade-register-2024-10-13.csv (sipri-register, version 13 Oct 2024 2:20:11 PM)');
    expect(footer).toContain('<dt>Allocation</dt>');
    expect(footer).toContain('counterweight 0.1.0');
  });

  it('escapes a malicious country name everywhere', () => {
    const brief = myanmar();
    brief.country.name = '<script>alert(1)</script>';
    brief.narrative[0].text = 'A <img src=x onerror=alert(1)> finding';
    brief.arms.pending[0].designation = '"><svg onload=alert(1)>';
    const out = renderBriefHtml(brief);
    expect(out).not.toMatch(/<script|<img|<svg onload/i);
    expect(out).toContain('<title>Balance brief: &lt;script&gt;alert(1)&lt;/script&gt; (MMR)</title>');
    expect(out).toContain('<h1>Balance brief: &lt;script&gt;alert(1)&lt;/script&gt; (MMR)</h1>');
    expect(out).toContain('A &lt;img src=x onerror=alert(1)&gt; finding');
    expect(out).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
  });
});
