// The article check as one self-contained HTML page: the cleaned article with quotations, actors
// and claims highlighted, each paragraph's verdicts beside it, then the tables. No script, no
// inline handler, no external resource (a Content-Security-Policy says so); all text escaped.
import type { ArticleReport, ReportClaim, Verdict } from '../article/types.js';

import { escapeHtml } from './escape.js';
import { htmlPage } from './page.js';

export { escapeHtml };

interface Mark {
  start: number;
  end: number;
  /** Outer layers open first when two marks start together. */
  layer: number;
  open: string;
  close: string;
  /** Closes the mark for a moment (a crossing mark, a paragraph end) without what `close` adds. */
  suspend?: string;
}

const VERDICT_CLASS: Record<Verdict, string> = {
  supported: 'good', 'borne out': 'good', contradicted: 'bad', 'not borne out': 'bad', mixed: 'warn', 'too early': 'warn',
  'not comparable': 'warn', 'outside the data': 'none', unverifiable: 'none',
};

/** Text with marks applied; marks that cross are closed and reopened so the HTML stays well formed. */
export function markup(text: string, from: number, to: number, marks: Mark[]): string {
  type Edge = { at: number; kind: 0 | 1; mark: Mark };
  const edges: Edge[] = [];
  for (const mark of marks) {
    const start = Math.max(from, mark.start);
    const end = Math.min(to, mark.end);
    if (end <= start) continue;
    edges.push({ at: start, kind: 1, mark });
    if (mark.end <= to) edges.push({ at: end, kind: 0, mark });
  }
  // Closings before openings at one offset; outer layers open first and close last.
  edges.sort((a, b) => a.at - b.at || a.kind - b.kind || (a.kind ? a.mark.layer - b.mark.layer || b.mark.end - a.mark.end : b.mark.layer - a.mark.layer));
  let out = '';
  let at = from;
  const open: Mark[] = [];
  for (const edge of edges) {
    out += escapeHtml(text.slice(at, edge.at));
    at = edge.at;
    if (edge.kind === 1) {
      out += edge.mark.open;
      open.push(edge.mark);
    } else {
      const i = open.lastIndexOf(edge.mark);
      if (i < 0) continue;
      const reopen = open.splice(i + 1);
      for (let k = reopen.length - 1; k >= 0; k--) out += reopen[k].suspend ?? reopen[k].close;
      out += edge.mark.close;
      open.splice(i, 1);
      for (const m of reopen) {
        out += m.open.replace(/\sid="[^"]*"/, '');
        open.push(m);
      }
    }
  }
  out += escapeHtml(text.slice(at, to));
  for (let k = open.length - 1; k >= 0; k--) out += open[k].suspend ?? open[k].close;
  return out;
}

function verdictCard(claim: ReportClaim, n: number): string {
  const window = claim.window.from || claim.window.to ? (claim.window.from === claim.window.to ? `${claim.window.from}` : `${claim.window.from}–${claim.window.to}`) : '';
  return `<div class="card ${VERDICT_CLASS[claim.verdict] ?? 'none'}"><a href="#claim-${n}" class="num">${n}</a> <strong>${escapeHtml(claim.verdict)}</strong> <span class="kind">${escapeHtml(claim.kind)}${window ? ` · ${escapeHtml(window)}` : ''}</span><p>${escapeHtml(claim.evidence)}</p>${claim.query ? `<code>${escapeHtml(claim.query)}</code>` : ''}</div>`;
}

const STYLE = `
body{font:16px/1.55 Georgia,serif;margin:0;color:#1d1d1f;background:#fafaf7}
main{max-width:1180px;margin:0 auto;padding:24px}
header p{color:#555;font:14px system-ui,sans-serif}
.row{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:24px;align-items:start}
aside{font:13px/1.4 system-ui,sans-serif}
.card{border-left:4px solid #999;background:#fff;padding:6px 10px;margin:0 0 8px;border-radius:3px}
.card p{margin:4px 0}.card code{font-size:11px;color:#555;word-break:break-all}
.good{border-color:#2e7d32}.bad{border-color:#c62828}.warn{border-color:#ef8f00}.none{border-color:#9e9e9e}
.num,.badge{font:bold 11px system-ui,sans-serif;border-radius:8px;padding:0 5px;color:#fff;background:#555;text-decoration:none}
.badge.good{background:#2e7d32}.badge.bad{background:#c62828}.badge.warn{background:#ef8f00}.badge.none{background:#9e9e9e}
mark.claim{background:#fff3c4}mark.claim.good{background:#e3f3e4}mark.claim.bad{background:#fde2e2}
q.quote{quotes:none;background:#e8eefc;font-style:italic}
.actor{border-bottom:2px solid #b0bec5}.actor.person{border-color:#7e57c2}.actor.country{border-color:#00897b}
.actor.organisation{border-color:#6d4c41}.actor.armed-group{border-color:#d84315}
table{border-collapse:collapse;width:100%;font:13px system-ui,sans-serif;margin:8px 0 24px}
th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eee}
.legend span{margin-right:12px}
`;

export function renderArticleHtml(report: ArticleReport, cleanedText: string): string {
  const text = typeof cleanedText === 'string' ? cleanedText : '';
  const marks: Mark[] = [];
  report.claims.forEach((c, i) => {
    const cls = VERDICT_CLASS[c.verdict] ?? 'none';
    marks.push({ start: c.start, end: c.end, layer: 0, open: `<mark class="claim ${cls}" id="claim-${i + 1}" title="${escapeHtml(`${c.kind}: ${c.verdict}`)}">`, close: `</mark><sup class="badge ${cls}">${i + 1} ${escapeHtml(c.verdict)}</sup>`, suspend: '</mark>' });
  });
  for (const q of report.quotes) {
    const who = q.speaker ? `${q.speaker}${q.speakerRole ? `, ${q.speakerRole}` : ''}` : 'unattributed';
    marks.push({ start: q.start, end: q.end, layer: 1, open: `<q class="quote ${q.kind}" title="${escapeHtml(who)}">`, close: '</q>' });
  }
  for (const a of report.actors) {
    const title = [a.name, a.kind, a.iso3, a.role].filter(Boolean).join(' · ');
    for (const m of a.mentions) marks.push({ start: m.start, end: m.end, layer: 2, open: `<span class="actor ${a.kind.replace(/\s+/g, '-')}" title="${escapeHtml(title)}">`, close: '</span>' });
  }
  const body: string[] = [];
  let offset = 0;
  const paragraphs = text.split('\n\n');
  paragraphs.forEach((para, p) => {
    const start = offset;
    const end = offset + para.length;
    offset = end + 2;
    if (!para.trim()) return;
    const inner = markup(text, start, end, marks);
    const isTitle = p === 0 && report.title && para.trim() === report.title.trim();
    const isHeading = !isTitle && para.length <= 80 && !/[.!?:;,”"’')\]]$/.test(para) && para.split(/\s+/).length <= 10 && p > 0;
    const tag = isTitle ? 'h1' : isHeading ? 'h2' : 'p';
    const cards = report.claims.map((c, i) => ({ c, i })).filter(({ c }) => c.start >= start && c.start < end).map(({ c, i }) => verdictCard(c, i + 1));
    body.push(`<div class="row"><${tag}>${inner}</${tag}><aside>${cards.join('')}</aside></div>`);
  });

  const rows = (cells: unknown[][]): string => cells.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
  const dateNote = report.dateSource === 'inferred' ? ' (inferred from the latest explicit date in the text)' : report.dateSource === 'none' ? '' : ` (${report.dateSource})`;
  return htmlPage({
    title: `Article check: ${report.title ?? 'untitled article'}`,
    csp: "default-src 'none'; style-src 'unsafe-inline'",
    css: STYLE,
    body: `<main>
<header><p>Article check · published ${escapeHtml(report.date ?? 'date unknown')}${escapeHtml(dateNote)} · ${report.quotes.length} quotes · ${report.events.length} events · ${report.claims.length} claims</p>
<p class="legend"><span><q class="quote">quotation</q></span><span class="actor person">person</span> <span class="actor country">state</span> <span class="actor organisation">organisation</span> <span class="actor armed-group">armed group</span> <mark class="claim">claim</mark></p></header>
${body.join('\n')}
<h2>Quotes</h2>
<table><thead><tr><th>Quotation</th><th>Speaker</th><th>Role</th><th>Kind</th></tr></thead><tbody>${rows(report.quotes.map((q) => [q.text, q.speaker ?? 'unattributed', q.speakerRole ?? '', q.kind]))}</tbody></table>
<h2>Events</h2>
<table><thead><tr><th>Date</th><th>Type</th><th>Actors</th><th>Place</th><th>Sentence</th></tr></thead><tbody>${rows(report.events.map((e) => [e.date ?? '', e.type, e.actors.join(', '), e.place ?? '', e.sentence]))}</tbody></table>
<h2>Actors</h2>
<table><thead><tr><th>Name</th><th>Kind</th><th>ISO3</th><th>Role</th><th>Mentions</th></tr></thead><tbody>${rows(report.actors.map((a) => [a.name, a.kind, a.iso3 ?? '', a.role ?? '', a.mentions.length]))}</tbody></table>
<h2>Removed while cleaning</h2>
<table><thead><tr><th>Reason</th><th>Text</th></tr></thead><tbody>${rows(report.removed.map((r) => [r.reason, r.text]))}</tbody></table>
</main>`,
  });
}
