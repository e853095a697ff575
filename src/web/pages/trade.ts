// Trade page: a country's partners over time (chart), and the last year's partners both ways
// (what the country reported, what each partner reported), with CSV and links to each brief.
import { formatShare, formatYears, groupDigits, round2 } from '../../core/format.js';
import type { TradeAnswer, TradeSeriesAnswer } from '../../engine/trade.js';
import { enc, fileStem, html, queryString } from '../html.js';
import { chart, dataTable, type Cell } from './blocks.js';
import { page } from './layout.js';

const usd = (x: number | null): Cell => (x === null ? { text: '–' } : { text: groupDigits(x, 0), value: round2(x) });

export function renderTradePage(series: TradeSeriesAnswer, year: TradeAnswer, chartSvg: string): string {
  const name = series.country.name;
  const q = queryString({ country: series.country.iso3 ?? name, from: String(series.from), to: String(series.to) });
  const stem = `trade-${fileStem(name)}`;
  const body = html`<article class="trade">
<h1>Who ${name} trades with</h1>
<p class="question">Merchandise trade, ${formatYears(series.from, series.to)}, as ${name} reported it and as each partner reported it (IMF Direction of Trade Statistics, US$ millions). <a href="/country/${enc(series.country.iso3 ?? name)}">Brief on ${name}</a></p>
${chart({ name: 'trade', svg: chartSvg, svgHref: `/api/trade/chart.svg${q}`, pngHref: `/api/trade/chart.png${q}`, fileStem: stem })}
<section id="partners"><h2>Partners in ${year.from}</h2>
<p>With the world: ${usd(year.world.total).text} (exports ${usd(year.world.exports.value).text}, imports ${usd(year.world.imports.value).text}).</p>
${dataTable({
  id: 'trade-partners',
  caption: `${name}'s partners in ${year.from}, largest first: what ${name} reported, and what the partner reported (its exports to ${name} are ${name}'s imports). Aggregates are never ranked; – = not reported. Click a header to sort.`,
  columns: [
    { header: '#', align: 'right' }, { header: 'Partner' }, { header: 'Exports', align: 'right' }, { header: 'Imports', align: 'right' },
    { header: 'Total', align: 'right' }, { header: 'Share', align: 'right' }, { header: 'Partner says', align: 'right' }, { header: 'Gap', align: 'right' },
  ],
  rows: year.partners.map((p) => [
    p.rank === null ? '–' : String(p.rank), { text: p.name, href: p.iso3 ? `/country/${enc(p.iso3)}` : undefined },
    usd(p.exports.value), usd(p.imports.value), usd(p.total), p.share === null ? { text: '–' } : { text: formatShare(p.share), value: Number((p.share * 100).toFixed(2)) },
    usd(p.mirror?.total ?? null), usd(p.gap),
  ]),
  csvName: `${stem}-${year.from}.csv`,
  sortable: true,
})}
</section>
<p class="muted">${year.notes.join('. ')}. Same answer: <code>${year.query}</code></p>
</article>`;
  return page({ title: `Trade of ${name}`, json: { href: `/api/trade/series${q}` }, body });
}
