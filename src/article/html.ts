// A saved web page → the article's blocks of text, its title and its published date, with
// @mozilla/readability over a linkedom DOM. Never throws: a page Readability cannot read falls back
// to the body's block elements.
import { createRequire } from 'node:module';
import type { ParagraphKind } from './types.js';

// The DOM and Readability are loaded on the first page that needs them: a plain-text article (the
// common case, and every line of a batch of text) never pays their ~0.15 s of start-up.
const load = createRequire(import.meta.url);
let tools: { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability } | null = null;
function htmlTools(): NonNullable<typeof tools> {
  tools ??= { parseHTML: (load('linkedom') as typeof import('linkedom')).parseHTML, Readability: (load('@mozilla/readability') as typeof import('@mozilla/readability')).Readability };
  return tools;
}

export interface Block {
  text: string;
  kind: ParagraphKind | null;
}

export interface HtmlArticle {
  title: string | null;
  /** Published date as the page metadata gives it (any format chrono reads), or null. */
  date: string | null;
  blocks: Block[];
  /** Text blocks of the page that are not part of the article (menus, share buttons, footers). */
  dropped: string[];
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, figcaption, blockquote, pre, dd, dt';
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[property="og:published_time"]',
];

/** Whether the input is a web page rather than plain text. */
export function looksLikeHtml(input: string): boolean {
  const head = input.slice(0, 2000);
  if (/^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return true;
  const tags = head.match(/<\/?(?:p|div|span|a|article|section|h[1-6]|br|img|figure|meta|script)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 5;
}

const squash = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Deeper than this, wrapper elements are dropped (their text kept): no article nests deeper. */
export const MAX_DEPTH = 64;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/**
 * The page with elements nested deeper than `max` unwrapped: their tags dropped, their text kept.
 * One linear pass over the tags. The DOM's selectors and Readability climb ancestors for every
 * element, so 10,000 nested `<div>`s would cost them quadratic time (minutes); bounded depth keeps
 * the whole extraction linear in the page's size.
 */
export function flattenDeepNesting(html: string, max = MAX_DEPTH): string {
  const open: { name: string; kept: boolean }[] = [];
  let out = '';
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [whole, closing, rawName, selfClosing] = m;
    const name = rawName.toLowerCase();
    let keep = true;
    if (closing) {
      // Close the nearest open element of that name (a few levels up at most: pages are sloppy).
      let i = open.length - 1;
      const floor = Math.max(0, open.length - 8);
      while (i >= floor && open[i].name !== name) i--;
      if (i >= floor) {
        keep = open[i].kept;
        open.length = i;
      }
    } else if (!VOID.has(name) && !selfClosing) {
      keep = open.length < max;
      open.push({ name, kept: keep });
    }
    out += html.slice(at, m.index) + (keep ? whole : ' ');
    at = m.index + whole.length;
    // A script's or style's text is not markup: skip to its end tag.
    if (!closing && RAW.has(name) && !selfClosing) {
      const end = html.toLowerCase().indexOf(`</${name}`, at);
      const stop = end < 0 ? html.length : end;
      out += html.slice(at, stop);
      at = stop;
      TAG.lastIndex = stop;
    }
  }
  return out + html.slice(at);
}

function metaDate(document: Document): string | null {
  for (const selector of DATE_META) {
    const value = document.querySelector(selector)?.getAttribute('content');
    if (value && value.trim()) return value.trim();
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(script.textContent ?? '');
    if (m) return m[1];
  }
  const time = document.querySelector('article time[datetime], header time[datetime], time[pubdate], time[datetime]');
  return time?.getAttribute('datetime')?.trim() || null;
}

function pageTitle(document: Document): string | null {
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const h1 = document.querySelector('h1')?.textContent;
  const title = document.querySelector('title')?.textContent;
  const pick = [og, h1, title].map((t) => (t ? squash(t) : '')).find((t) => t.length > 0);
  // `Headline - Site` / `Headline | Site`: the site's name is not the headline.
  return pick ? pick.replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/, '').trim() || pick : null;
}

function blocksOf(root: Element | Document): Block[] {
  const out: Block[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (el.querySelector(BLOCKS)) continue; // take the innermost block only
    if (el.closest('nav, footer, aside, script, style, noscript, form, button')) continue;
    const text = squash(el.textContent ?? '');
    if (!text) continue;
    const tag = el.tagName.toLowerCase();
    const kind: ParagraphKind | null = /^h[1-6]$/.test(tag)
      ? 'heading'
      : tag === 'figcaption' || el.closest('figcaption')
        ? 'caption'
        : null;
    out.push({ text, kind });
  }
  return out;
}

export function extractHtml(page: string): HtmlArticle {
  const html = flattenDeepNesting(page);
  let title: string | null = null;
  let date: string | null = null;
  let blocks: Block[] = [];
  let everything: string[] = [];
  const { parseHTML, Readability } = htmlTools();
  try {
    const { document } = parseHTML(html);
    title = pageTitle(document as unknown as Document);
    date = metaDate(document as unknown as Document);
    everything = pageTexts(document as unknown as Document);
  } catch {
    /* keep going with what we have */
  }
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    if (article?.content) {
      const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      blocks = blocksOf(content as unknown as Document);
      title = title ?? (article.title ? squash(article.title) : null);
      date = date ?? (article.publishedTime ?? null);
    }
  } catch {
    blocks = [];
  }
  if (blocks.length === 0) {
    try {
      const { document } = parseHTML(html);
      for (const el of Array.from(document.querySelectorAll('script, style, noscript, nav, footer, aside, header'))) el.remove();
      blocks = blocksOf(document as unknown as Document);
      if (blocks.length === 0) {
        const body = squash(document.body?.textContent ?? html.replace(/<[^>]*>/g, ' '));
        if (body) blocks = [{ text: body, kind: null }];
      }
    } catch {
      const text = squash(html.replace(/<[^>]*>/g, ' '));
      blocks = text ? [{ text, kind: null }] : [];
    }
  }
  const kept = new Set(blocks.map((b) => b.text));
  const dropped = everything.filter((t) => !kept.has(t) && t !== title).slice(0, 40);
  return { title, date, blocks, dropped };
}

/** Every piece of visible text of the page, block by block (links and buttons included). */
function pageTexts(document: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(document.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, figcaption, a, button, span, div'))) {
    if (el.closest('script, style, noscript, head')) continue;
    if (el.querySelector('p, h1, h2, h3, h4, h5, h6, li, figcaption, a, button, span, div')) continue;
    const text = squash(el.textContent ?? '');
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}
