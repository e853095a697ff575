// The balance brief as plain text for a terminal or a text file: no colours, 80 columns for prose.
import type { Brief } from '../core/brief.js';
import { briefSections, formatRef, type Block } from './brief-sections.js';
import { renderTable, textWidth } from './table.js';

const WIDTH = 80;

/** Words to wrap: a `%` stays with its number (`86 %` never breaks before the sign). */
function words(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(/\s+/)) {
    if (!w) continue;
    if (w[0] === '%' && out.length) out[out.length - 1] += ` ${w}`;
    else out.push(w);
  }
  return out;
}

/** Greedy word wrap; `indent` starts every line, `hanging` every line after the first. */
export function wrapText(text: string, width = WIDTH, indent = '', hanging = indent): string {
  const lines: string[] = [];
  let line = indent;
  let empty = true;
  for (const word of words(text)) {
    if (!empty && textWidth(line) + 1 + textWidth(word) > width) {
      lines.push(line);
      line = hanging + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

function renderBlock(block: Block): string | null {
  switch (block.kind) {
    case 'text':
      return wrapText(block.text);
    case 'list':
      return block.items.map((item) => wrapText(item, WIDTH, '- ', '  ')).join('\n');
    case 'narrative':
      return block.sentences
        .map((s, i) => {
          const number = `${String(i + 1).padStart(2)}. `;
          const hanging = ' '.repeat(number.length);
          const refs = s.refs.map(formatRef).join(' ');
          return [wrapText(s.text, WIDTH, number, hanging), refs && wrapText(refs, WIDTH, hanging)]
            .filter(Boolean)
            .join('\n');
        })
        .join('\n');
    case 'table': {
      const parts = [wrapText(block.caption), '', renderTable(block.columns, block.rows)];
      const notes = block.notes.map((n) => wrapText(`${n.marker} ${n.text}`, WIDTH, '', '    '));
      const refs = block.refs.map((r) => wrapText(`${r.label}: ${formatRef(r.ref)}`, WIDTH, '', '    '));
      if (notes.length || refs.length) parts.push('', ...notes, ...refs);
      return parts.join('\n');
    }
    case 'definitions': {
      const width = Math.max(...block.items.map((i) => textWidth(i.term)));
      const pad = ' '.repeat(width + 2);
      return block.items
        .map((i) => wrapText(i.value, WIDTH, i.term + ' '.repeat(width - textWidth(i.term) + 2), pad))
        .join('\n');
    }
    case 'chart':
      return null;
  }
}

export function renderBriefTerminal(brief: Brief): string {
  const sections = briefSections(brief).map((section, i) => {
    const title = i === 0 ? section.title.toUpperCase() : section.title;
    const rule = (i === 0 ? '=' : '-').repeat(textWidth(title));
    const blocks = section.blocks.map(renderBlock).filter((b): b is string => b !== null);
    return [title, rule, '', blocks.join('\n\n')].join('\n');
  });
  return `${sections.join('\n\n\n')}\n`;
}
