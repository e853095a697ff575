// Dyad page: one supplier → one recipient, the yearly series and every deal.
import type { DealRecord, DyadAnswer as Dyad } from '../../engine/answers.js';
import { formatCount, formatTiv, formatYearList, formatYears } from '../../core/format.js';
import { enc, fileStem, html, queryString, type Html } from '../html.js';
import { chart, dataTable, type Column } from './blocks.js';
import { page } from './layout.js';


/** Deals, one per row with its source line; `supplier: false` where all rows share the supplier. */
export function dealsTable(id: string, deals: DealRecord[], csvName: string, caption: string, opts: { supplier?: boolean } = {}): Html {
  const withSupplier = opts.supplier ?? true;
  const columns: Column[] = [
    { header: 'Line', align: 'right' }, ...(withSupplier ? [{ header: 'Supplier' }] : []), { header: 'Weapon' }, { header: 'Category' },
    { header: 'Ordered', align: 'right' }, { header: 'Delivered', align: 'right' }, { header: 'Delivery years' },
    { header: 'TIV delivered', align: 'right' }, { header: 'Status' }, { header: 'Comments' },
  ];
  return dataTable({
    id,
    caption,
    columns,
    rows: deals.map((d) => [
      String(d.line), ...(withSupplier ? [d.supplier] : []), `${d.designation} (${d.description})`, d.category,
      `${d.numberOrdered === null ? '?' : formatCount(d.numberOrdered)}${d.orderYear === null ? '' : ` in ${d.orderYear}${d.orderYearUncertain ? '?' : ''}`}`,
      d.numberDelivered === null ? '' : formatCount(d.numberDelivered), formatYearList(d.deliveryYears),
      { text: formatTiv(d.tivDelivered), value: d.tivDelivered }, `${d.status}${d.pending ? ' (pending)' : ''}`, d.comments,
    ]),
    csvName,
  });
}

export function renderDyadPage(d: Dyad, opts: { query: Record<string, string | undefined>; datasetVersion: string | null; chartSvg: string }): string {
  const title = `${d.supplier.name} → ${d.recipient.name}`;
  const q = queryString({ supplier: d.supplier.iso3 ?? d.supplier.name, recipient: d.recipient.iso3 ?? d.recipient.name, ...opts.query });
  const stem = `${fileStem(d.supplier.name)}-to-${fileStem(d.recipient.name)}`;
  const body = html`<article class="dyad">
<h1>${title}</h1>
<p class="question">${formatTiv(d.totalTiv)} million TIV of major arms delivered ${formatYears(d.from, d.to)}, by ${d.deals.length} deals. <a href="/country/${enc(d.recipient.name)}">Brief on ${d.recipient.name}</a></p>
${chart({ name: 'dyad', svg: opts.chartSvg, svgHref: `/api/dyad/chart.svg${q}`, pngHref: `/api/dyad/chart.png${q}`, fileStem: stem })}
<section id="years"><h2>Year by year</h2>
${dataTable({
  id: 'dyad-years',
  caption: `Delivered TIV per year (millions), ${d.allocation} allocation.`,
  columns: [{ header: 'Year', align: 'right' }, { header: 'TIV', align: 'right' }],
  rows: d.years.map((y) => [String(y.year), { text: formatTiv(y.tiv), value: y.tiv }]),
  csvName: `${stem}-years.csv`,
})}
</section>
<section id="deals"><h2>Deals delivering in ${formatYears(d.from, d.to)}</h2>
${dealsTable('dyad-deals', d.deals, `${stem}-deals.csv`, `The ${d.deals.length} deals of ${d.supplier.name} with ${d.recipient.name} that delivered in ${formatYears(d.from, d.to)}: exactly the rows the total sums, largest first (${d.dataset}; Line = line of the deal in the source file).`, { supplier: false })}
</section>
${d.pending.length ? html`<section id="pending"><h2>Pending, nothing delivered in ${formatYears(d.from, d.to)}</h2>
${dealsTable('dyad-pending', d.pending, `${stem}-pending.csv`, `Deals ordered by ${d.to} and not fully delivered, with no delivery in the window (not in the total).`, { supplier: false })}
</section>` : ''}
</article>`;
  return page({ title, json: { href: `/api/dyad${q}` }, body });
}
