// The country page: the balance brief laid out for the screen. Sections come from
// report/brief-sections.ts (the same words as the terminal, Markdown and HTML briefs); here the
// charts get download links, tables a CSV button, and each finding links to the rows behind it.
import type { Brief, Ref } from '../../core/brief.js';
import { briefSections, type Block, type ChartName } from '../../report/brief-sections.js';
import { briefCharts } from '../../report/charts.js';
import { enc, fileStem as stem, html, queryString, type Html } from '../html.js';
import { chart, sectionTable } from './blocks.js';
import { page } from './layout.js';

export interface CountryPageOptions {
  /** The page's own query options (patrons, dataset …), kept on every link to the same brief. */
  query: Record<string, string | undefined>;
}

const CHART_FILE: Record<ChartName, string> = { patronShare: 'patron-share', category: 'category', alignment: 'alignment', balance: 'balance' };
const ARMS_KINDS = new Set(['sipri-register', 'sipri-per-year']);

/** Where a finding's rows are: the deals page (arms datasets) or the votes page (UN vote years). */
function sentenceLinks(brief: Brief, refs: Ref[], opts: CountryPageOptions): { deals?: string; votes?: string; page?: string; rows?: number } {
  const arms = new Set(brief.provenance.datasets.filter((d) => ARMS_KINDS.has(d.kind)).map((d) => d.id));
  const country = brief.country.iso3 ?? brief.country.name;
  const armsRefs = refs.filter((r) => arms.has(r.dataset) && r.rows.length);
  const out: { deals?: string; votes?: string; page?: string; rows?: number } = {};
  if (armsRefs.length) {
    const lines = [...new Set(armsRefs.flatMap((r) => r.rows))];
    const q = queryString({ recipient: country, lines: lines.join(','), dataset: armsRefs[0].dataset, mergeSoviet: opts.query.mergeSoviet });
    out.deals = `/deals${q}`;
    // How many deals the figure stands on (a reference lists at most the first 200 lines).
    out.rows = Math.max(lines.length, ...armsRefs.map((r) => r.rowCount));
    out.page = out.deals;
  }
  const years = refs
    .filter((r) => !arms.has(r.dataset))
    .map((r) => /--from (\d{4}) --to (\d{4})/.exec(r.query))
    .filter((m): m is RegExpExecArray => m !== null);
  if (years.length) {
    const from = Math.min(...years.map((m) => Number(m[1])));
    const to = Math.max(...years.map((m) => Number(m[2])));
    out.votes = `/votes${queryString({ country, from, to, patrons: brief.patrons.join(',') })}`;
    out.page ??= out.votes;
  }
  return out;
}

function narrative(brief: Brief, sentences: { text: string; refs: Ref[] }[], opts: CountryPageOptions, sectionId: string): Html {
  // Ids unique on the page: the findings and the diplomatic cover each have sentences.
  const idOf = (i: number) => (sectionId === 'findings' ? `rows-${i}` : `rows-${sectionId}-${i}`);
  return html`<ol class="findings">${sentences.map((s, i) => {
    const links = sentenceLinks(brief, s.refs, opts);
    const text = links.page
      ? html`<a class="sentence" href="${links.page}" data-deals="${links.deals}" data-votes="${links.votes}" data-rows="${links.rows}" aria-expanded="false" aria-controls="${idOf(i)}">${s.text}</a>`
      : html`<span class="sentence-plain">${s.text}</span>`;
    return html`<li><p>${text}</p>
${s.refs.length ? html`<ul class="refs">${s.refs.map((r) => html`<li><code>${r.query}</code> · ${r.rowCount} source ${r.rowCount === 1 ? 'row' : 'rows'}</li>`)}</ul>` : ''}
<div class="rows" id="${idOf(i)}" aria-live="polite" hidden></div></li>`;
  })}</ol>`;
}

export function renderCountryPage(brief: Brief, opts: CountryPageOptions): string {
  const name = brief.country.name;
  const key = enc(name);
  const qs = queryString(opts.query);
  const svgs = new Map(briefCharts(brief, { notes: false }).map((c) => [c.name, c.svg]));
  const [header, ...sections] = briefSections(brief);
  let tables = 0;
  const block = (b: Block, sectionId: string): Html => {
    switch (b.kind) {
      case 'text':
        return html`<p>${b.text}</p>`;
      case 'list':
        return html`<ul>${b.items.map((i) => html`<li>${i}</li>`)}</ul>`;
      case 'narrative':
        return narrative(brief, b.sentences, opts, sectionId);
      case 'table':
        tables++;
        return sectionTable(b, `table-${sectionId}-${tables}`, `${stem(name)}-${sectionId}.csv`);
      case 'definitions':
        return html`<dl>${b.items.map((i) => html`<dt>${i.term}</dt><dd>${i.value}</dd>`)}</dl>`;
      case 'chart': {
        const file = CHART_FILE[b.chart];
        const base = `/api/brief/${key}/charts/${file}`;
        return chart({ name: file, svg: svgs.get(b.chart) ?? '', svgHref: `${base}.svg${qs}`, pngHref: `${base}.png${qs}`, fileStem: `${stem(name)}-${file}` });
      }
    }
  };
  const dyads = brief.patrons.map((p) => html` <a href="/dyad/${enc(p)}/${key}">${brief.patronNames[p] ?? p} → ${name}</a>`);
  const body = html`<article class="brief" data-country="${brief.country.iso3 ?? name}">
<header id="${header.id}"><h1>${header.title}</h1>
${header.blocks.map((b, i) => (b.kind === 'text' ? html`<p class="${i === 0 ? 'question' : 'muted'}">${b.text}</p>` : block(b, header.id)))}
<p class="muted">Dyads:${dyads}${brief.economy?.trade ? html` · <a href="/trade/${key}">Trade partners over time</a>` : ''}</p>
<form class="patrons" method="get" action="/country/${key}">
<label for="patrons">Patrons</label> <input id="patrons" name="patrons" value="${opts.query.patrons ?? brief.patrons.join(',')}" size="24"> <button type="submit">Compare</button>
</form>
</header>
${sections.map((s) => html`<section id="${s.id}"><h2>${s.title}</h2>
${s.blocks.map((b) => block(b, s.id))}
</section>`)}
</article>`;
  return page({ title: header.title, json: { href: `/api/brief/${key}${qs}` }, body });
}
