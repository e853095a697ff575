// The balance brief as GitHub Markdown: same sections as the terminal, tables as pipe tables.
import type { Brief } from '../core/brief.js';
import { briefSections, formatRef, type Block } from './brief-sections.js';
import { escapeMarkdownText } from './escape.js';
import { renderMarkdownTable } from './markdown.js';

const md = escapeMarkdownText;

function renderBlock(block: Block): string | null {
  switch (block.kind) {
    case 'text':
      return md(block.text);
    case 'list':
      return block.items.map((item) => `- ${md(item)}`).join('\n');
    case 'narrative':
      return block.sentences
        .map((s, i) => {
          const refs = s.refs.map((r) => `\`${formatRef(r).replace(/`/g, "'")}\``).join(' ');
          return `${i + 1}. ${md(s.text)}${refs ? ` ${refs}` : ''}`;
        })
        .join('\n');
    case 'table': {
      const bold = block.rows.map((_, r) => block.rowKinds?.[r] === 'total');
      const parts = [`*${md(block.caption)}*`, '', renderMarkdownTable(block.columns, block.rows, bold)];
      const notes = block.notes.map((n) => `**${md(n.marker)}** ${md(n.text)}`);
      const refs = block.refs.map((r) => `${md(r.label)}: \`${formatRef(r.ref).replace(/`/g, "'")}\``);
      const footer = [...notes, ...refs];
      // Two trailing spaces keep each note on its own line without making a list.
      if (footer.length) parts.push('', footer.join('  \n'));
      return parts.join('\n');
    }
    case 'definitions':
      return block.items.map((i) => `- **${md(i.term)}**: ${md(i.value)}`).join('\n');
    case 'chart':
      return null;
  }
}

export function renderBriefMarkdown(brief: Brief): string {
  const sections = briefSections(brief).map((section, i) => {
    const heading = `${i === 0 ? '#' : '##'} ${md(section.title)}`;
    const blocks = section.blocks.map(renderBlock).filter((b): b is string => b !== null);
    return [heading, ...blocks].join('\n\n');
  });
  return `${sections.join('\n\n')}\n`;
}
