// GitHub Markdown pieces shared by the brief and the article renderers.
import { escapeMarkdownCell } from './escape.js';
import type { Column } from './table.js';

/** A GitHub pipe table; cells are escaped here, rows flagged in `bold` are set in bold. */
/** A cell is text (escaped here) or Markdown the caller built from safe parts (`{ raw }`). */
export type MarkdownCell = string | { raw: string };

const cell = (c: MarkdownCell) => (typeof c === 'string' ? escapeMarkdownCell(c) : c.raw.replace(/\|/g, '\\|'));

export function renderMarkdownTable(columns: Column[], rows: MarkdownCell[][], bold: boolean[] = []): string {
  const line = (cells: MarkdownCell[], strong = false) =>
    `| ${cells.map((c) => (strong && c ? `**${cell(c)}**` : cell(c))).join(' | ')} |`;
  const rule = `|${columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
  return [
    line(columns.map((c) => c.header)),
    rule,
    ...rows.map((r, i) => line(columns.map((_, j) => r[j] ?? ''), bold[i])),
  ].join('\n');
}
