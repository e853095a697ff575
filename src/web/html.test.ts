import { describe, expect, it } from 'vitest';
import { fileStem, html, queryString, trusted } from './html.js';

describe('html template', () => {
  it('escapes every interpolated value unless it is Html', () => {
    const name = '<script>alert("x")</script>';
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>',
    );
    expect(html`<li>${["a'b", html`<b>${'&'}</b>`]}</li>`.value).toBe('<li>a&#39;b<b>&amp;</b></li>');
    expect(html`${trusted('<svg></svg>')}${null}${undefined}${false}${0}`.value).toBe('<svg></svg>0');
  });

  it('builds query strings and file stems', () => {
    expect(queryString({ a: 'x y', b: undefined, c: true, d: '', e: 3 })).toBe('?a=x%20y&c=true&e=3');
    expect(queryString({})).toBe('');
    expect(fileStem("Côte d'Ivoire")).toBe('cote-d-ivoire');
    expect(fileStem('***')).toBe('chart');
  });
});
