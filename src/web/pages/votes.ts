// The UN General Assembly votes behind a finding, as a page (what a sentence links to; the client
// script shows its table in place).
import type { AlignmentAnswer } from '../../engine/alignment.js';
import { formatShare } from '../../core/format.js';
import { enc, fileStem, html } from '../html.js';
import { dataTable } from './blocks.js';
import { page } from './layout.js';

export function renderVotesPage(a: AlignmentAnswer, jsonHref: string): string {
  const body = html`<article class="votes">
<h1>UN General Assembly votes: ${a.country.name}</h1>
<p class="question">Share of votes agreeing with each patron, per year (${a.dataset}). <a href="/country/${enc(a.country.name)}">Back to the brief</a></p>
${dataTable({
  id: 'votes',
  caption: `UN General Assembly votes of ${a.country.name} (${a.dataset}): share of votes agreeing`,
  columns: [{ header: 'Year', align: 'right' }, { header: 'Votes', align: 'right' }, ...a.patrons.map((p) => ({ header: `with ${p}`, align: 'right' as const })), { header: 'Note' }],
  rows: a.years.map((y) => [String(y.year), y.votes === null ? '' : String(y.votes), ...a.patrons.map((p) => formatShare(y.agreement[p] ?? null, 0)), y.caveat ?? '']),
  csvName: `${fileStem(a.country.name)}-votes.csv`,
  notes: a.notes.map((text, i) => ({ marker: `${i + 1}.`, text })),
})}
</article>`;
  return page({ title: `Votes: ${a.country.name}`, json: { href: jsonHref }, body });
}
