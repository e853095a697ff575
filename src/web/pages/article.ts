// The article page: a form to paste text or upload a saved page, and the annotated article — the
// cleaned text with quotes (and who said them) and checked claims (and their verdicts) marked in
// place, then tables of quotes, actors, claims and events. Every character of the article goes
// through the escaping template: a pasted `<script>` is shown, never run.
import type { ArticleReport, Paragraph } from '../../article/types.js';
import { markup } from '../../report/article-html.js';
import { html, trusted, type Html } from '../html.js';
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

/** The offset just past a quote's closing mark and the punctuation before it (`…cooperation,”`). */
function afterClosingMark(text: string, end: number): number {
  const m = /^[,.;:!?…]*["”’'»]/.exec(text.slice(end, end + 4));
  return end + (m ? m[0].length : 0);
}

const verdictClass = (v: string) => `verdict-${v.replace(/ /g, '-')}`;

/**
 * Marks for report/article-html.ts's `markup` (which escapes the text between them): claims with
 * their verdict after them, quotes with their speaker after the closing quote mark, actor mentions.
 * The markup strings are built with the escaping template.
 */
function marksOf(report: ArticleReport, text: string) {
  return [
    ...report.claims.map((c, i) => ({
      start: c.start, end: c.end, layer: 0,
      open: html`<span class="claim ${verdictClass(c.verdict)}">`.value,
      close: html`</span><a class="verdict ${verdictClass(c.verdict)}" href="#claim-${i + 1}">${c.verdict}</a>`.value,
      suspend: '</span>',
    })),
    ...report.quotes.map((q, i) => ({
      start: q.start, end: afterClosingMark(text, q.end), layer: 1,
      open: '<span class="quote">',
      close: html`</span><a class="speaker" href="#quote-${i + 1}">— ${q.speaker ?? 'unattributed'}</a>`.value,
      suspend: '</span>',
    })),
    ...report.actors.flatMap((a) =>
      a.mentions.map((m) => ({
        start: m.start, end: m.end, layer: 2,
        open: html`<span class="actor actor-${a.kind.replace(/ /g, '-')}" title="${[a.name, a.kind, a.iso3, a.role].filter(Boolean).join(' · ')}">`.value,
        close: '</span>',
      })),
    ),
  ];
}

function paragraph(p: Paragraph, text: string, marks: ReturnType<typeof marksOf>): Html {
  const body = trusted(markup(text, p.start, p.end, marks));
  if (p.kind === 'title') return html`<h2 class="article-title">${body}</h2>`;
  if (p.kind === 'heading') return html`<h3>${body}</h3>`;
  return html`<p class="${p.kind === 'caption' ? 'caption' : undefined}">${body}</p>`;
}

export function renderArticleResult(a: AnnotatedArticle, o: { date?: string } = {}): string {
  const { report, text } = a;
  const marks = marksOf(report, text);
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
    rowClasses: report.claims.map((c) => verdictClass(c.verdict)),
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
${a.paragraphs.length ? a.paragraphs.filter((p) => !(p.kind === 'title' && text.slice(p.start, p.end).trim() === report.title?.trim())).map((p) => paragraph(p, text, marks)) : html`<p class="muted">No article text found: the input held only markup, scripts or page furniture.</p>`}
</article>
<aside class="legend" aria-label="Legend"><p><span class="quote">quoted words</span> with their speaker; <span class="claim verdict-supported">a claim</span> with its verdict; names underlined by kind: <span class="actor actor-person">person</span>, <span class="actor actor-country">state</span>, <span class="actor actor-organisation">organisation</span>, <span class="actor actor-armed-group">armed group</span>.</p>
${report.removed.length ? html`<details><summary>${report.removed.length} lines removed as page chrome</summary><ul>${report.removed.map((r) => html`<li>${r.text} <span class="muted">(${r.reason})</span></li>`)}</ul></details>` : ''}
</aside>
</div>
<section id="quotes"><h2>Quotes</h2>${report.quotes.length ? quotes : html`<p>No quotes found.</p>`}</section>
<section id="claims"><h2>Claims</h2>${report.claims.length ? claims : html`<p>No claims about arms supplies found.</p>`}</section>
<section id="actors"><h2>Actors</h2>${report.actors.length ? actors : html`<p>No actors found.</p>`}</section>
<section id="events"><h2>Events</h2>${report.events.length ? events : html`<p>No events found.</p>`}</section>
<section id="again"><h2>Check another article</h2>${form({ date: o.date })}</section>
</section>`;
  return page({ title: report.title ? `Article: ${report.title}` : 'Checked article', json: { href: '/api/openapi.json', label: 'POST /api/article' }, body });
}
