// The balance brief as one self-contained HTML page: inline CSS and SVG, no script, no external
// resource, so it can be mailed, archived or printed as is. Every data string goes through escapeHtml.
import type { Brief, Ref } from '../core/brief.js';
import { briefSections, type Block, type ChartName } from './brief-sections.js';
import { briefCharts } from './charts.js';
import { escapeHtml as h } from './escape.js';
import { htmlPage } from './page.js';
import { formatCount } from '../core/format.js';

const CSS = `
:root { color-scheme: light; --ink: #222; --muted: #555; --rule: #ccc; --shade: #f1f1f1; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--ink);
  font: 15px/1.5 "DejaVu Sans", Verdana, system-ui, sans-serif; }
main { max-width: 800px; margin: 0 auto; padding: 24px 16px 48px; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
.question { font-size: 1.1rem; margin: 0 0 .3rem; }
.muted, .caption, .notes, .refs { color: var(--muted); }
ol.findings { padding-left: 1.6rem; }
ol.findings > li { margin-bottom: .8rem; }
ol.findings p { margin: 0; }
.refs { list-style: none; padding: 0; margin: .2rem 0 0; font-size: .85rem; }
.refs li { margin: .1rem 0; }
.ref-query { font-family: "DejaVu Sans Mono", Menlo, monospace; color: var(--ink); }
details { display: inline; }
details[open] { display: block; }
summary { cursor: pointer; display: inline; }
.rows { font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: .8rem; margin: .2rem 0 .4rem; word-spacing: .2em; }
.caption { font-size: .9rem; margin: .6rem 0 .4rem; }
table { border-collapse: collapse; width: auto; max-width: 100%; font-size: .88rem; font-variant-numeric: tabular-nums; }
th, td { padding: .2rem .7rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
th { border-bottom: 2px solid var(--ink); font-weight: bold; }
.table-wrap { overflow-x: auto; }
.num { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 1px solid var(--ink); }
tr.caveat td { background: var(--shade); }
.notes { font-size: .85rem; margin: .4rem 0 0; padding: 0; list-style: none; }
.notes li { margin: .15rem 0; }
figure.chart { margin: 1rem 0; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
aside.caveat { border-left: 4px solid #b36b00; background: #fff6e5; padding: .5rem .8rem; margin: .6rem 0 1rem; font-size: .92rem; }
aside.caveat .notes { color: var(--ink); font-size: .92rem; margin: 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-size: .88rem; }
dt { font-weight: bold; }
dd { margin: 0; overflow-wrap: anywhere; }
footer { margin-top: 2.5rem; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  table { font-size: 8.5pt; }
  th, td { padding: .1rem .4rem; }
  .table-wrap { overflow: visible; }
  h2 { break-after: avoid; }
  figure.chart, aside.caveat, tr { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page { margin: 14mm; }
`;

/** One figure's reference: the query and row count, the source lines folded in a <details>. */
function renderRef(ref: Ref, label?: string): string {
  const capped = ref.rows.length < ref.rowCount;
  const shown = capped ? ` (first ${formatCount(ref.rows.length)} of ${formatCount(ref.rowCount)})` : '';
  const rows = ref.rows.length
    ? `<details><summary>${formatCount(ref.rowCount)} source ${ref.rowCount === 1 ? 'row' : 'rows'}</summary>` +
      `<p class="rows">${h(ref.dataset)} lines${h(shown)}: ${ref.rows.map((r) => String(r)).join(', ')}</p></details>`
    : `${formatCount(ref.rowCount)} source rows`;
  return `<li>${label ? `${h(label)}: ` : ''}<span class="ref-query">${h(ref.query)}</span> · ${rows}</li>`;
}

function renderBlock(block: Block, charts: Map<ChartName, string>): string {
  switch (block.kind) {
    case 'text':
      return `<p>${h(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>`;
    case 'narrative':
      return `<ol class="findings">${block.sentences
        .map((s) => {
          const refs = s.refs.length ? `<ul class="refs">${s.refs.map((r) => renderRef(r)).join('')}</ul>` : '';
          return `<li><p>${h(s.text)}</p>${refs}</li>`;
        })
        .join('')}</ol>`;
    case 'table': {
      const cls = (align?: string) => (align === 'right' ? ' class="num"' : '');
      const head = block.columns.map((c) => `<th scope="col"${cls(c.align)}>${h(c.header)}</th>`).join('');
      const body = block.rows
        .map((row, r) => {
          const kind = block.rowKinds?.[r];
          const cells = block.columns.map((c, i) => `<td${cls(c.align)}>${h(row[i] ?? '')}</td>`).join('');
          return `<tr${kind ? ` class="${kind}"` : ''}>${cells}</tr>`;
        })
        .join('');
      const notes = block.notes.map((n) => `<li><strong>${h(n.marker)}</strong> ${h(n.text)}</li>`).join('');
      const refs = block.refs.map((r) => renderRef(r.ref, r.label)).join('');
      // Caveats go in a box above the table, next to the chart: below a 50-row table they would be missed.
      const caveated = block.rowKinds?.includes('caveat') && notes;
      return (
        (caveated ? `<aside class="caveat" aria-label="Caveats"><ul class="notes">${notes}</ul></aside>` : '') +
        `<p class="caption">${h(block.caption)}</p>` +
        `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>` +
        (notes && !caveated ? `<ul class="notes">${notes}</ul>` : '') +
        (refs ? `<ul class="refs">${refs}</ul>` : '')
      );
    }
    case 'definitions':
      return `<dl>${block.items.map((i) => `<dt>${h(i.term)}</dt><dd>${h(i.value)}</dd>`).join('')}</dl>`;
    case 'chart':
      return `<figure class="chart">${charts.get(block.chart) ?? ''}</figure>`;
  }
}

export function renderBriefHtml(brief: Brief): string {
  const charts = new Map(briefCharts(brief, { notes: false }).map((c) => [c.name, c.svg]));
  const [header, ...sections] = briefSections(brief);
  const body = sections.map((section) => {
    const tag = section.id === 'provenance' ? 'footer' : 'section';
    const blocks = section.blocks.map((b) => renderBlock(b, charts)).join('\n');
    return `<${tag} id="${h(section.id)}"><h2>${h(section.title)}</h2>\n${blocks}</${tag}>`;
  });
  const intro = header.blocks.map((b, i) =>
    b.kind === 'text' ? `<p class="${i === 0 ? 'question' : 'muted'}">${h(b.text)}</p>` : renderBlock(b, charts),
  );
  return htmlPage({
    title: header.title,
    head: `<meta name="generator" content="${h(brief.provenance.generatedBy)}">`,
    css: CSS,
    body: `<main>
<header id="${h(header.id)}"><h1>${h(header.title)}</h1>
${intro.join('\n')}</header>
${body.join('\n')}
</main>`,
  });
}
