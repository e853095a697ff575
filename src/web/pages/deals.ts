// The deals behind a finding, as a page (what a sentence links to when scripts are off).
import type { dealsAnswer } from '../../store/answers.js';
import { enc, html } from '../html.js';
import { dealsTable } from './dyad.js';
import { page } from './layout.js';

type Deals = ReturnType<typeof dealsAnswer>;

export function renderDealsPage(d: Deals, jsonHref: string): string {
  const body = html`<article class="deals">
<h1>Deals behind the figure</h1>
<p class="question">${d.count} deals of ${d.recipient.name} in ${d.dataset}. <a href="/country/${enc(d.recipient.name)}">Back to the brief</a></p>
${dealsTable('deals', d.deals, `deals-${d.dataset}.csv`, 'Deals by source line.')}
</article>`;
  return page({ title: `Deals: ${d.recipient.name}`, json: { href: jsonHref }, body });
}
