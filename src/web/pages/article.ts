// The article page: a form to paste text or upload a saved page, and the annotated article — the
// cleaned text with quotes (and who said them) and checked claims (and their verdicts) marked in
// place, then tables of quotes, actors, claims and events. Every character of the article goes
// through the escaping template: a pasted `<script>` is shown, never run.
import type { ArticleReport, Paragraph } from '../../article/types.js';
import { html, type Html } from '../html.js';
import { dataTable } from './blocks.js';
import { page } from './layout.js';

export interface AnnotatedArticle {
  /** The cleaned text the report's offsets point into. */
  text: string;
  paragraphs: Paragraph[];
  report: ArticleReport;
}

function form(o: { date?: string; error?: string } = {}): Html {
  return html`<form class="article-form" method="post" action="/article" enctype="multipart/form-data">
${o.error ? html`<p class="error-message" role="alert">${o.error}</p>` : ''}
<p><label for="article-text">Paste the article (text or HTML)</label><br>
<textarea id="article-text" name="text" rows="10" cols="80" spellcheck="false"></textarea></p>
<p><label for="article-file">or upload a saved page</label> <input id="article-file" name="file" type="file" accept=".html,.htm,.txt,text/html,text/plain"></p>
<p><label for="article-date">Publication date (optional)</label> <input id="article-date" name="date" type="date" value="${o.date ?? ''}">
<button type="submit">Check the article</button></p>
<p class="muted">At most 1 MB. The same check as <code>POST /api/article</code> and <code>counterweight article</code>: actors, quotes with speakers, events, and claims about arms supplies checked against the SIPRI data.</p>
</form>`;
}

export function renderArticleForm(o: { error?: string; date?: string } = {}): string {
  return page({
    title: 'Check a news article',
    json: { href: '/api/openapi.json', label: 'POST /api/article (see the API description)' },
    body: html`<section class="article-check"><h1>Check a news article</h1>${form(o)}</section>`,
  });
}

interface Mark {
  start: number;
  end: number;
  /** Where the speaker or verdict label goes: after a quote's closing mark, after a claim. */
  labelAt: number;
  kind: 'quote' | 'claim';
  index: number;
}

/** The offset just past a quote's closing mark and the punctuation before it (`…cooperation,”`). */
function afterClosingMark(text: string, end: number): number {
  const m = /^[,.;:!?…]*["”’'»]/.exec(text.slice(end, end + 4));
  return end + (m ? m[0].length : 0);
}

/** Class names of the marks covering a piece of text. */
function classesOf(active: Mark[], report: ArticleReport): string {
  return active
    .map((m) => (m.kind === 'quote' ? 'quote' : `claim verdict-${report.claims[m.index].verdict.replace(/ /g, '-')}`))
    .join(' ');
}

/** After a quote: who said it; after a claim: its verdict, linking to the row that explains it. */
function endLabel(m: Mark, report: ArticleReport): Html {
  if (m.kind === 'quote') {
    const q = report.quotes[m.index];
    return html`<a class="speaker" href="#quote-${m.index + 1}">— ${q.speaker ?? 'unattributed'}</a>`;
  }
  const c = report.claims[m.index];
  return html`<a class="verdict verdict-${c.verdict.replace(/ /g, '-')}" href="#claim-${m.index + 1}">${c.verdict}</a>`;
}

/** One paragraph, cut at every mark boundary so overlapping quotes and claims both show. */
function paragraph(p: Paragraph, text: string, marks: Mark[], report: ArticleReport): Html {
  const inside = marks.filter((m) => m.start < p.end && m.end > p.start);
  const cuts = new Set<number>([p.start, p.end]);
  for (const m of inside) {
    cuts.add(Math.max(p.start, m.start));
    cuts.add(Math.min(p.end, m.end));
    cuts.add(Math.min(p.end, m.labelAt));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: Html[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const active = inside.filter((m) => m.start <= a && m.end >= b);
    const piece = text.slice(a, b);
    parts.push(active.length ? html`<span class="${classesOf(active, report)}">${piece}</span>` : html`${piece}`);
    for (const m of inside.filter((x) => Math.min(p.end, x.labelAt) === b)) parts.push(endLabel(m, report));
  }
  const tag = p.kind === 'title' ? 'h2' : p.kind === 'heading' ? 'h3' : 'p';
  const body = html`${parts}`;
  if (tag === 'h2') return html`<h2 class="article-title">${body}</h2>`;
  if (tag === 'h3') return html`<h3>${body}</h3>`;
  return html`<p class="${p.kind === 'caption' ? 'caption' : undefined}">${body}</p>`;
}

export function renderArticleResult(a: AnnotatedArticle, o: { date?: string } = {}): string {
  const { report, text } = a;
  const marks: Mark[] = [
    ...report.quotes.map((q, index) => ({ start: q.start, end: q.end, labelAt: afterClosingMark(text, q.end), kind: 'quote' as const, index })),
    ...report.claims.map((c, index) => ({ start: c.start, end: c.end, labelAt: c.end, kind: 'claim' as const, index })),
  ];
  const quotes = dataTable({
    id: 'article-quotes',
    caption: 'Quotes and who said them.',
    columns: [{ header: '#', align: 'right' }, { header: 'Speaker' }, { header: 'Role' }, { header: 'Kind' }, { header: 'Quote' }],
    rows: report.quotes.map((q, i) => [String(i + 1), q.speaker ?? 'unattributed', q.speakerRole ?? '', q.kind, q.text]),
    rowIds: report.quotes.map((_, i) => `quote-${i + 1}`),
    csvName: 'article-quotes.csv',
  });
  const claims = dataTable({
    id: 'article-claims',
    caption: 'Claims about arms supplies, checked against the SIPRI data.',
    columns: [{ header: '#', align: 'right' }, { header: 'Claim' }, { header: 'Verdict' }, { header: 'Evidence' }, { header: 'Query' }],
    rows: report.claims.map((c, i) => [
      String(i + 1),
      { text: c.text, note: `${c.kind} · ${[c.subject, ...c.about].filter(Boolean).join(', ')} · ${c.window.from}–${c.window.to}` },
      c.verdict,
      c.evidence,
      { text: c.query ?? '', code: true },
    ]),
    rowClasses: report.claims.map((c) => `verdict-${c.verdict.replace(/ /g, '-')}`),
    rowIds: report.claims.map((_, i) => `claim-${i + 1}`),
    csvName: 'article-claims.csv',
  });
  const actors = dataTable({
    id: 'article-actors',
    caption: 'Who and what the article names.',
    columns: [{ header: 'Name' }, { header: 'Kind' }, { header: 'ISO3' }, { header: 'Role' }, { header: 'Mentions', align: 'right' }],
    rows: report.actors.map((x) => [x.name, x.kind, x.iso3 ?? '', x.role ?? '', String(x.mentions.length)]),
    csvName: 'article-actors.csv',
  });
  const events = dataTable({
    id: 'article-events',
    caption: 'Events: visits, meetings, deals, UN actions.',
    columns: [{ header: 'Type' }, { header: 'Actors' }, { header: 'Place' }, { header: 'Date' }, { header: 'Sentence' }],
    rows: report.events.map((e) => [e.type, e.actors.join(', '), e.place ?? '', e.date ?? e.dateText, e.sentence]),
    csvName: 'article-events.csv',
  });
  const body = html`<section class="article-check">
<h1>${report.title ?? 'Checked article'}</h1>
<p class="muted">Published ${report.date ?? 'date unknown'}${report.date ? ` (${report.dateSource})` : ''} · ${report.quotes.length} quotes · ${report.actors.length} actors · ${report.claims.length} claims · ${report.events.length} events</p>
<div class="article-layout">
<article class="annotated" aria-label="Annotated article">
${a.paragraphs.length ? a.paragraphs.filter((p) => !(p.kind === 'title' && text.slice(p.start, p.end).trim() === report.title?.trim())).map((p) => paragraph(p, text, marks, report)) : html`<p class="muted">No article text found: the input held only markup, scripts or page furniture.</p>`}
</article>
<aside class="legend" aria-label="Legend"><p><span class="quote">quoted words</span> with their speaker; <span class="claim verdict-supported">a claim</span> with its verdict.</p>
${report.removed.length ? html`<details><summary>${report.removed.length} lines removed as page chrome</summary><ul>${report.removed.map((r) => html`<li>${r.text} <span class="muted">(${r.reason})</span></li>`)}</ul></details>` : ''}
</aside>
</div>
<section id="quotes"><h2>Quotes</h2>${report.quotes.length ? quotes : html`<p>No quotes found.</p>`}</section>
<section id="claims"><h2>Claims</h2>${report.claims.length ? claims : html`<p>No claims about arms supplies found.</p>`}</section>
<section id="actors"><h2>Actors</h2>${actors}</section>
<section id="events"><h2>Events</h2>${report.events.length ? events : html`<p>No events found.</p>`}</section>
<section id="again"><h2>Check another article</h2>${form({ date: o.date })}</section>
</section>`;
  return page({ title: report.title ? `Article: ${report.title}` : 'Checked article', json: { href: '/api/openapi.json', label: 'POST /api/article' }, body });
}
