// The deals behind a finding, as a page (what a sentence links to when scripts are off).
import type { DealsAnswer as Deals } from '../../engine/answers.js';
import { enc, html } from '../html.js';
import { dealsTable } from './dyad.js';
import { page } from './layout.js';

export function renderDealsPage(d: Deals, jsonHref: string): string {
  const body = html`<article class="deals">
<h1>Deals behind the figure</h1>
<p class="question">${d.count} deals of ${d.recipient.name} in ${d.dataset}. <a href="/country/${enc(d.recipient.name)}">Back to the brief</a></p>
${dealsTable('deals', d.deals, `deals-${d.dataset}.csv`, `${d.count} deals behind the figure, in the order of its reference (${d.dataset}; Line = line of the deal in the source file).`)}
</article>`;
  return page({ title: `Deals: ${d.recipient.name}`, json: { href: jsonHref }, body });
}
