// The pieces pages are built from: tables with a CSV button, charts with SVG/PNG links.
import type { Block, Note } from '../../report/brief-sections.js';
import { html, trusted, type Html } from '../html.js';

type TableBlock = Extract<Block, { kind: 'table' }>;

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

export interface Cell {
  text: string;
  /** Shown under the text, smaller (not in the CSV unless `value` says so). */
  note?: string;
  /** Shown as code (queries). */
  code?: boolean;
  /** Raw value for the CSV when the text is formatted (`1,690` → 1690). */
  value?: string | number | null;
  href?: string;
}

/** A data table: caption, CSV download (enabled by the client script), notes under it. */
export function dataTable(o: {
  id: string;
  caption: string;
  columns: Column[];
  rows: (string | Cell)[][];
  rowClasses?: (string | undefined)[];
  /** Row ids, for links into the table (`claim-3`). */
  rowIds?: string[];
  csvName: string;
  notes?: Note[];
  /** Headers sort the rows when clicked (by each cell's `value` where given). */
  sortable?: boolean;
}): Html {
  const cls = (c: Column) => (c.align === 'right' ? 'num' : undefined);
  const cell = (c: string | Cell, col: Column) => {
    const x = typeof c === 'string' ? { text: c } : c;
    const main = x.code ? html`<code>${x.text}</code>` : x.text;
    const content = html`${x.href ? html`<a href="${x.href}">${main}</a>` : main}${x.note ? html`<br><span class="cell-note">${x.note}</span>` : ''}`;
    return html`<td class="${cls(col)}"${x.value !== undefined && x.value !== null ? html` data-value="${x.value}"` : ''}>${content}</td>`;
  };
  return html`<figure class="table" id="${o.id}">
<figcaption><span class="caption">${o.caption}</span> <button type="button" class="csv" data-csv-table="${o.id}-table" data-csv-name="${o.csvName}" hidden>Download CSV</button></figcaption>
${o.rows.length > 30 ? html`<div class="table-wrap long" tabindex="0" role="region" aria-label="${o.caption}">` : html`<div class="table-wrap">`}<table id="${o.id}-table"${o.sortable ? html` data-sortable` : ''}>
<thead><tr>${o.columns.map((c) => html`<th scope="col" class="${cls(c)}">${c.header}</th>`)}</tr></thead>
<tbody>${o.rows.map((row, r) => html`<tr class="${o.rowClasses?.[r]}"${o.rowIds ? html` id="${o.rowIds[r]}"` : ''}>${o.columns.map((col, i) => cell(row[i] ?? '', col))}</tr>`)}</tbody>
</table></div>
${o.notes?.length ? html`<ul class="notes">${o.notes.map((n) => html`<li><strong>${n.marker}</strong> ${n.text}</li>`)}</ul>` : ''}
</figure>`;
}

/** A brief table block as a data table. */
export function sectionTable(block: TableBlock, id: string, csvName: string): Html {
  const caveated = block.rowKinds?.includes('caveat') && block.notes.length > 0;
  return html`${caveated ? html`<aside class="caveat" aria-label="Caveats"><ul class="notes">${block.notes.map((n) => html`<li><strong>${n.marker}</strong> ${n.text}</li>`)}</ul></aside>` : ''}
${dataTable({ id, caption: block.caption, columns: block.columns, rows: block.rows, rowClasses: block.rowKinds, csvName, notes: caveated ? [] : block.notes })}
${block.refs.length ? html`<ul class="refs">${block.refs.map((r) => html`<li>${r.label}: <code>${r.ref.query}</code> · ${r.ref.rowCount} source rows</li>`)}</ul>` : ''}`;
}

/** An inline chart (our own SVG) with download links for SVG and PNG. */
export function chart(o: { name: string; svg: string; svgHref: string; pngHref: string; fileStem: string }): Html {
  return html`<figure class="chart" data-chart="${o.name}">
${trusted(o.svg)}
<figcaption class="downloads">Download: <a href="${o.svgHref}" download="${o.fileStem}.svg">SVG</a> · <a href="${o.pngHref}" download="${o.fileStem}.png">PNG</a></figcaption>
</figure>`;
}
