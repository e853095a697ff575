// Shifts page: for a chosen patron, who moved toward it and who moved away between two windows —
// the chart, a sortable table with CSV, the sentences, each recipient linked to its brief.
import { formatPercent, formatShare, formatSigned, formatTiv, formatWindow } from '../../core/format.js';
import type { ShiftRow, ShiftsAnswer } from '../../engine/shifts.js';
import { enc, html, queryString } from '../html.js';
import { chart, dataTable, type Cell } from './blocks.js';
import { page } from './layout.js';

function signed(x: number | null, digits = 1): Cell {
  return x === null || !Number.isFinite(x) ? { text: '–' } : { text: formatSigned(x, digits), value: Number(x.toFixed(digits)) };
}

function share(x: number | null): Cell {
  return x === null ? { text: '–' } : { text: formatShare(x), value: Number((x * 100).toFixed(2)) };
}

export interface ShiftsPageOptions {
  /** The query as given (for the chart, the JSON twin and the form). */
  query: Record<string, string | undefined>;
  /** Suppliers to offer in the patron list: the largest exporters of the later window. */
  patrons: { name: string; iso3: string | null }[];
  chartSvg: string | null;
}

export function renderShiftsPage(r: ShiftsAnswer, o: ShiftsPageOptions): string {
  const w1 = formatWindow(r.fromWindow.from, r.fromWindow.to);
  const w2 = formatWindow(r.toWindow.from, r.toWindow.to);
  const q = queryString(o.query);
  const title = r.patron ? `Who moved toward and away from ${r.patron.name}, ${w1} → ${w2}` : `Who is switching arms suppliers, ${w1} → ${w2}`;
  const top = (t: ShiftRow['before']['top']) => (t ? `${t.name} ${formatPercent(t.share)}` : '–');
  const stem = `shifts-${r.patron ? `${(r.patron.iso3 ?? r.patron.name).toLowerCase()}-` : ''}${r.fromWindow.from}-${r.toWindow.to}`;
  const rows = r.recipients.map((x) => [
    { text: x.recipient.name, href: `/country/${enc(x.recipient.iso3 ?? x.recipient.name)}` },
    ...(r.patron ? [] : [x.move.name]),
    share(x.move.before.share), share(x.move.after.share), signed(x.move.change),
    top(x.before.top), top(x.after.top), signed(x.hhiChange, 0),
    x.move.agreement ? { text: `${formatShare(x.move.agreement.before)} → ${formatShare(x.move.agreement.after)}`, value: x.move.agreement.change === null ? null : Number(x.move.agreement.change.toFixed(1)) } : { text: '–' },
  ]);
  const body = html`<article class="shifts">
<h1>${title}</h1>
<p class="question">${r.count} recipients with at least ${formatTiv(r.minTiv)} million TIV of major arms delivered in both windows${r.windowsNote ? html` (${r.windowsNote})` : ''}.</p>
<form class="window" method="get" action="/shifts">
<fieldset><legend>Compare</legend>
<label>patron <select name="patron">
<option value=""${r.patron ? '' : html` selected`}>each recipient’s largest move</option>
${o.patrons.map((p) => html`<option value="${p.name}"${r.patron?.name === p.name ? html` selected` : ''}>${p.name}</option>`)}
</select></label>
<label>from <input name="fromWindow" value="${r.fromWindow.from}-${r.fromWindow.to}" size="9"></label>
<label>to <input name="toWindow" value="${r.toWindow.from}-${r.toWindow.to}" size="9"></label>
<label>min TIV <input name="minTiv" type="number" min="0" value="${r.minTiv}"></label>
<button type="submit">Show</button>
</fieldset>
</form>
${o.chartSvg ? chart({ name: 'shifts', svg: o.chartSvg, svgHref: `/api/shifts/chart.svg${q}`, pngHref: `/api/shifts/chart.png${q}`, fileStem: stem }) : ''}
<section id="table"><h2>${r.patron ? `${r.patron.name}’s share, recipient by recipient` : 'Each recipient’s largest move'}</h2>
${dataTable({
  id: 'shifts',
  caption: `Share of each recipient’s delivered TIV, ${w1} and ${w2}; points = change in share; HHI = supplier concentration (0–10,000); UNGA agreement with ${r.patron ? r.patron.name : 'the mover'} over the same years. Click a header to sort.`,
  columns: [
    { header: 'Recipient' }, ...(r.patron ? [] : [{ header: 'Largest move' }]), { header: w1, align: 'right' as const }, { header: w2, align: 'right' as const },
    { header: 'Points', align: 'right' as const }, { header: `Top ${w1}` }, { header: `Top ${w2}` }, { header: 'HHI change', align: 'right' as const },
    { header: 'UNGA agreement', align: 'right' as const },
  ],
  rows,
  csvName: `${stem}.csv`,
  sortable: true,
})}
</section>
<section id="sentences"><h2>In words</h2>
<ul class="sentences">${r.recipients.slice(0, 15).map((x) => html`<li>${x.sentence.text}. <span class="cell-note"><code>${x.queries[0]}</code></span></li>`)}</ul>
</section>
<p class="muted">${r.agreement.note}. Dataset ${r.dataset}${r.datasetVersion ? ` (data generated ${r.datasetVersion})` : ''}, ${r.allocation} allocation. Same answer: <code>${r.query}</code></p>
</article>`;
  return page({ title, json: { href: `/api/shifts${q}` }, body });
}
