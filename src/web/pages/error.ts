// An error as a page: the same `{error, detail}` the API answers, with suggestions as links.
import type { ErrorBody } from '../../core/errors.js';
import { enc, html } from '../html.js';
import { page } from './layout.js';

const TITLES: Record<number, string> = { 400: 'Bad request', 404: 'Not found', 413: 'Too large', 415: 'Unsupported', 503: 'No data yet' };

export function renderErrorPage(status: number, e: ErrorBody): string {
  const suggestions = (e.detail as { suggestions?: string[] } | null)?.suggestions ?? [];
  return page({
    title: TITLES[status] ?? 'Error',
    body: html`<section class="error" data-status="${status}">
<h1>${TITLES[status] ?? 'Error'}</h1>
<p class="message">${e.error}</p>
${suggestions.length ? html`<p>Did you mean: ${suggestions.map((s, i) => html`${i ? ', ' : ''}<a href="/country/${enc(s)}">${s}</a>`)}?</p>` : ''}
<p><a href="/">Back to the world view</a></p>
</section>`,
  });
}
