// Home: find a country, and the world's largest importers and exporters for a chosen window.
import type { WorldAnswer as World } from '../../engine/answers.js';
import { formatShare, formatTiv, formatYears } from '../../core/format.js';
import { enc, html, queryString } from '../html.js';
import { dataTable } from './blocks.js';
import { page } from './layout.js';


export function renderHomePage(w: World, coverage: { firstYear: number; lastYear: number }): string {
  const { lastYear, firstYear } = coverage;
  const presets = [5, 10, 20].map((n) => ({ label: `last ${n} years`, from: lastYear - n + 1, to: lastYear }));
  presets.push({ label: `whole record (${formatYears(firstYear, lastYear)})`, from: firstYear, to: lastYear });
  const span = formatYears(w.from, w.to);
  const list = (side: 'importers' | 'exporters') =>
    dataTable({
      id: `world-${side}`,
      caption: `Largest ${side} of major arms, ${span} (delivered TIV, millions; share of the world total).`,
      columns: [{ header: '#', align: 'right' }, { header: side === 'importers' ? 'Recipient' : 'Supplier' }, { header: 'TIV', align: 'right' }, { header: 'Share', align: 'right' }],
      rows: w[side].map((r, i) => [
        String(i + 1),
        { text: r.name, href: `/country/${enc(r.iso3 ?? r.name)}` },
        { text: formatTiv(r.tiv), value: r.tiv },
        { text: formatShare(r.share), value: r.share },
      ]),
      csvName: `world-${side}-${w.from}-${w.to}.csv`,
    });
  const body = html`<section class="home">
<h1>Whom does a state lean on?</h1>
<p class="question">Arms suppliers over time, UN votes and news claims, each figure traced to the source rows. Search a country above — by name, ISO3 code or an alias such as Burma — or pick one from the lists.</p>
<form class="window" method="get" action="/">
<fieldset><legend>Window</legend>
${presets.map((p) => html`<a class="preset${p.from === w.from && p.to === w.to ? ' current' : ''}" href="/${queryString({ from: p.from, to: p.to })}">${p.label}</a> `)}
<label>from <input name="from" type="number" min="${firstYear}" max="${lastYear}" value="${w.from}"></label>
<label>to <input name="to" type="number" min="${firstYear}" max="${lastYear}" value="${w.to}"></label>
<button type="submit">Show</button>
</fieldset>
</form>
<div class="world">
<div>${list('importers')}</div>
<div>${list('exporters')}</div>
</div>
<p class="muted">World total delivered ${span}: ${formatTiv(w.totalTiv)} million TIV. Dataset ${w.dataset}${w.datasetVersion ? ` (data generated ${w.datasetVersion})` : ''}, ${w.allocation} allocation.</p>
</section>`;
  return page({ title: `World arms trade ${span}`, json: { href: `/api/world${queryString({ from: w.from, to: w.to })}` }, body });
}
