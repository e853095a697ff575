// The article check as Markdown: claims with verdicts first, then quotes, events, actors and what
// the cleaning removed. Every cell is escaped; the JSON report is the source of every figure.
import type { ArticleReport, ReportClaim } from '../article/types.js';
import { escapeMarkdownCell } from './escape.js';
import { renderMarkdownTable, type MarkdownCell } from './markdown.js';

const DATE_SOURCES: Record<ArticleReport['dateSource'], string> = {
  option: 'given',
  metadata: 'from the page metadata',
  text: 'from the date line in the text',
  inferred: 'inferred from the latest explicit date in the text',
  none: 'not found',
};

/** A table cell: no pipes, no line breaks, no HTML. */
export function mdCell(value: unknown): string {
  return escapeMarkdownCell(value).trim();
}

function windowText(claim: ReportClaim): string {
  const { from, to } = claim.window;
  if (!from && !to) return '';
  return from === to ? String(from) : `${from}–${to}`;
}

function table(head: string[], rows: (MarkdownCell | number | null | undefined)[][]): string[] {
  if (!rows.length) return ['_None._', ''];
  const cells = rows.map((r) => r.map((v) => (typeof v === 'object' && v !== null ? v : String(v ?? '').trim())));
  return [renderMarkdownTable(head.map((header) => ({ header })), cells), ''];
}

export function renderArticleMarkdown(report: ArticleReport): string {
  const lines: string[] = [];
  lines.push(`# Article check: ${mdCell(report.title ?? 'untitled article')}`, '');
  lines.push(`Published: ${report.date ?? 'unknown'} (${DATE_SOURCES[report.dateSource] ?? report.dateSource})`, '');

  lines.push('## Claims', '');
  lines.push(...table(
    ['Claim', 'Kind', 'About', 'Window', 'Verdict', 'Evidence', 'Query'],
    report.claims.map((c) => [c.text, c.kind, [c.subject, ...c.about].filter(Boolean).join(' ← '), windowText(c), { raw: `**${c.verdict}**` }, c.evidence, c.query ? { raw: `\`${c.query.replace(/`/g, "'")}\`` } : '']),
  ));

  lines.push('## Quotes', '');
  if (!report.quotes.length) lines.push('_None._', '');
  for (const q of report.quotes) {
    const who = q.speaker ? `${mdCell(q.speaker)}${q.speakerRole ? `, ${mdCell(q.speakerRole)}` : ''}` : '_unattributed_';
    lines.push(`- “${mdCell(q.text)}” — ${who} (${q.kind})`);
  }
  if (report.quotes.length) lines.push('');

  lines.push('## Events', '');
  lines.push(...table(
    ['Date', 'Type', 'Actors', 'Place', 'Sentence'],
    report.events.map((e) => [e.date ? `${e.date}${e.dateText ? ` (“${e.dateText}”)` : ''}` : '', e.type, e.actors.join(', '), e.place ?? '', e.sentence]),
  ));

  lines.push('## Actors', '');
  lines.push(...table(
    ['Name', 'Kind', 'ISO3', 'Role', 'Mentions'],
    report.actors.map((a) => [a.name, a.kind, a.iso3 ?? '', a.role ?? '', a.mentions.length]),
  ));

  lines.push('## Removed while cleaning', '');
  if (!report.removed.length) lines.push('_Nothing._', '');
  for (const r of report.removed) lines.push(`- ${mdCell(r.reason)}: ${mdCell(r.text)}`);
  if (report.removed.length) lines.push('');
  return lines.join('\n');
}
