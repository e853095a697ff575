// The frame of every dashboard page: one stylesheet and one script from /static (the CSP allows
// nothing inline), the search box, and a link to the page's JSON twin.
import { htmlPage } from '../../report/page.js';
import { html, type Html } from '../html.js';

export interface PageOptions {
  title: string;
  /** The API URL with the same data as the page (Datasette's JSON twin). */
  json?: { href: string; label?: string };
  /** The search box's initial text. */
  query?: string;
  body: Html;
}

export function page(o: PageOptions): string {
  return htmlPage({
    title: `${o.title} · Counterweight`,
    head: '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">\n<link rel="stylesheet" href="/static/app.css">\n<script type="module" src="/static/app.js"></script>',
    body: html`<header class="site">
<a class="brand" href="/">Counterweight</a>
<form class="search" action="/country" method="get" role="search">
<label for="country-search" class="visually-hidden">Country</label>
<input id="country-search" name="q" type="search" value="${o.query ?? ''}" placeholder="Search a country: name, ISO3 or alias" autocomplete="off" spellcheck="false" data-country-search role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="country-options">
<ul id="country-options" class="options" role="listbox" aria-label="Countries" hidden></ul>
<button type="submit">Go</button>
</form>
<nav><a href="/">World</a> <a href="/shifts">Shifts</a> <a href="/article">Check an article</a> <a href="/api/openapi.json">API</a></nav>
</header>
<main>
${o.body}
</main>
<footer class="site">
${o.json ? html`<p class="twin">Same data as JSON: <a href="${o.json.href}" data-json-twin>${o.json.label ?? o.json.href}</a></p>` : ''}
<p>Data: SIPRI Arms Transfers Database; Bailey, Strezhnev &amp; Voeten, UNGA ideal points. Every figure links to the rows behind it.</p>
</footer>`.value,
  });
}
