// Stage 1 — clean: plain text or a web page in, the article's text out. Drops page chrome, bylines,
// date stamps, photo credits and repeated captions (each listed in `removed`), keeps the title and
// section headings, and settles the publication date: the option, the page's metadata, a date line
// in the text, or else the latest explicit date in the text (said to be inferred).
import { CAPTION_PREFIX, CHROME_LINES, CREDIT_LINES, DATE_LINE, TRAILING_CREDIT } from '../model/chrome.js';
import { FULL_DATE } from '../model/dates.js';
import { parseExplicitDate, parseIsoDay, resolveDatePhrase } from '../dates.js';
import { extractHtml, looksLikeHtml, type Block } from '../html.js';
import type { ArticleDoc, DateSource, Paragraph, ParagraphKind, Removed } from '../types.js';

/** Anything `normaliseLine` replaces: invisible characters, odd spaces and controls, a run of spaces. */
const ODD_SPACE = /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\t\u00a0\u2000-\u200a\u202f\u205f\u3000]| {2}/;

/** An acute accent or backtick typed for an apostrophe between letters (`Russia´s`, `Trong``s`). */
const ODD_APOSTROPHE = /(\p{L})[´`](\p{L})/gu;

/** The same marks typed for single quotation marks around words (`´We will respond´, he said`). */
const ODD_OPEN = /(^|[\s(\[—–])[´`](?=[\p{L}\p{N}])/gu;
const ODD_CLOSE = /(?<=[\p{L}\p{N}.,!?…])[´`](?=$|[\s,.;:!?)\]—–])/gu;

/** Whitespace as one space, invisible characters gone, odd apostrophes and quotation marks as ’ and ‘, quotes and letters untouched. */
export function normaliseLine(line: string): string {
  if (line.includes('´') || line.includes('`')) line = line.replace(ODD_APOSTROPHE, '$1’$2').replace(ODD_OPEN, '$1‘').replace(ODD_CLOSE, '’');
  // Most lines hold none of these: one scan, then only the trim.
  if (!ODD_SPACE.test(line)) return line.trim();
  return line
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Longest line tested as chrome, a date stamp or a credit. */
const SHORT_LINE = 240;
/** A caption's credit ends it in brackets or follows `Photograph:`/`REUTERS/`: cheap test first. */
const CREDIT_HINT = /\)\s*$|:|\//;
const TERMINAL = /[.!?:;,”"’')\]…]$/;
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) === 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Plain text → blocks: one per line, hard-wrapped lines joined back. */
export function textBlocks(input: string): Block[] {
  const blocks: Block[] = [];
  let previousBlank = true;
  for (const raw of input.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = normaliseLine(raw);
    if (!line) {
      previousBlank = true;
      continue;
    }
    const last = blocks[blocks.length - 1];
    // A line broken mid-sentence (no blank line, no end punctuation, next starts in lower case).
    if (last && !previousBlank && last.text.length > 40 && !TERMINAL.test(last.text) && /^[\p{Ll}]/u.test(line)) {
      last.text += ` ${line}`;
    } else {
      blocks.push({ text: line, kind: null });
    }
    previousBlank = false;
  }
  return blocks;
}

/** A line that is only a date stamp (`Mon 28 Jun 2021 10.00 BST`, `June 28, 2021 9:47 AM`). */
function dateOnly(line: string): boolean {
  if (line.length > 80) return false;
  FULL_DATE.lastIndex = 0;
  if (!FULL_DATE.test(line)) return false;
  FULL_DATE.lastIndex = 0;
  const rest = line
    .replace(FULL_DATE, ' ')
    .replace(/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?,?/gi, ' ')
    .replace(/\b\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?\b/gi, ' ')
    .replace(/\b(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*)\b/g, ' ')
    .replace(/\b(?:updated|published|posted|last updated|first published|on|at)\b/gi, ' ')
    .replace(/[\s,|•·:;()-]+/g, '');
  FULL_DATE.lastIndex = 0;
  return rest.length === 0;
}

interface Classified {
  keep: boolean;
  text: string;
  kind: ParagraphKind | null;
  removed: Removed[];
  dateCandidate: string | null;
}

function classify(block: Block, seen: Set<string>): Classified {
  const removed: Removed[] = [];
  let text = block.text;
  let kind = block.kind;
  const drop = (reason: string, dateCandidate: string | null = null): Classified => ({
    keep: false, text, kind, removed: [{ text, reason }], dateCandidate,
  });
  // Chrome, date stamps and credits are short lines; body paragraphs skip these tests.
  if (text.length <= SHORT_LINE) {
    if (CHROME_LINES.some((re) => re.test(text))) return drop('page chrome');
    const dateLine = DATE_LINE.exec(text);
    if (dateLine && wordCount(text) <= 12) return drop('date line', dateLine[1]);
    if (dateOnly(text)) return drop('date line', text);
    if (CREDIT_LINES.some((re) => re.test(text))) return drop(/^by\b/i.test(text) ? 'byline' : 'credit');
  }
  if (CAPTION_PREFIX.test(text) && /^(?:image caption|photo caption|caption)/i.test(text)) {
    text = text.replace(CAPTION_PREFIX, '');
    kind = 'caption';
  }
  for (const re of CREDIT_HINT.test(text) ? TRAILING_CREDIT : []) {
    const m = re.exec(text);
    // A credit ends a caption; a body paragraph ending in `(Reuters)` keeps it.
    if (m && m.index > 0 && /[.!?”"]\s*$/.test(text.slice(0, m.index)) && wordCount(text) <= 80) {
      removed.push({ text: m[0].trim(), reason: 'photo credit' });
      text = text.slice(0, m.index).trim();
      kind = 'caption';
      break;
    }
  }
  const key = text.toLowerCase();
  if (key && seen.has(key)) {
    return { keep: false, text, kind, removed: [{ text: block.text, reason: kind === 'caption' ? 'duplicate caption' : 'duplicate paragraph' }], dateCandidate: null };
  }
  if (key) seen.add(key);
  return { keep: text.length > 0, text, kind, removed, dateCandidate: null };
}

function looksLikeTitle(text: string): boolean {
  const words = wordCount(text);
  return words >= 2 && words <= 25 && !/[.,;:]$/.test(text);
}

function looksLikeHeading(text: string): boolean {
  if (text.length > 80) return false;
  const words = wordCount(text);
  // (`‘No limits’ partnership under strain`, `“A new era”`: a subheading may open with a quoted name,
  // or be one short quotation with no stop, the kind of heading nobody is said to have said.)
  const quotedHead = /^[“"‘'][^“”"‘’']{1,60}[”"’'](?:\s+\p{L}|$)/u.test(text) && !/[.!?…,][”"’']/.test(text);
  const unstopped = !TERMINAL.test(text) || (quotedHead && /[”"’']$/.test(text));
  return words >= 1 && words <= 10 && unstopped && (quotedHead || (!/^[“"‘'(]/.test(text) && /^\p{Lu}/u.test(text)));
}

/** A YYYY-MM-DD for any date string the page or text gives (`2021-06-28T10:00:00Z`, `June 28, 2021`). */
function toIsoDay(value: string | null): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (iso && parseIsoDay(iso[1])) return iso[1];
  const explicit = parseExplicitDate(value);
  if (explicit) return explicit;
  const resolved = resolveDatePhrase(value, null);
  return resolved && resolved.precision === 4 ? resolved.date : null;
}

/**
 * A wire dateline opening the first paragraph, in the forms agencies and papers print it:
 * `YANGON, June 28 (Reuters) - `, `BANGKOK (AP) — `, `MINSK, December 6. /TASS/. `,
 * `Nov. 2 (UPI) -- `, `WASHINGTON — `, `United Nations, (Asian independent) `. The date, when it
 * has one, is group 1 or 2. A name in brackets counts only after a comma or an all-capital place,
 * or when it is an agency known by name (`China (PRC) said` is a sentence).
 */
const AGENCIES = 'Reuters|AP|AFP|Bloomberg|Xinhua|AFP-JIJI|dpa|UPI|Al Jazeera|TASS|Tass|RIA Novosti|RIA|Interfax|ANI|PTI|IANS|AA|Anadolu|Yonhap|Kyodo|BelTA|KUNA|WAM|SPA|IRNA|Bernama|VNA|Antara|PNA|APP|EFE|ANSA|BSS|UNB|Sputnik|CNA|KPL|Xinhua News Agency';
const DATELINE_DATE = '((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)';
const DATELINES: RegExp[] = [
  // PLACE[, PLACE][, DATE] (AGENCY) [DATE] —
  new RegExp(`^\\p{Lu}[\\p{L} .'’-]{1,40}?(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30})?(?:,?\\s+${DATELINE_DATE})?\\.?\\s*(?:\\((?:${AGENCIES})\\)|/(?:${AGENCIES})/)\\.?\\s*(?:${DATELINE_DATE})?\\s*(?:[-—–]+\\s*)?`, 'u'),
  // Place, (Outlet) — any outlet after a comma: `United Nations, (Asian independent) `
  new RegExp(`^\\p{Lu}[\\p{L} .'’-]{1,40},\\s*(?:${DATELINE_DATE},?\\s*)?\\([\\p{L}][\\p{L} .&'-]{1,30}\\)\\s*(?:[-—–]+\\s*)?(?=\\p{Lu})`, 'u'),
  // DATE (AGENCY) --
  new RegExp(`^${DATELINE_DATE}\\s*\\((?:${AGENCIES})\\)\\s*[-—–]+\\s*`, 'u'),
  // PLACE IN CAPITALS — (no agency)
  new RegExp(`^\\p{Lu}{2}[\\p{Lu} .'’-]{1,40}(?:,\\s*(?:\\p{Lu}[\\p{L} .'’-]{1,30}|${DATELINE_DATE.replace('(', '(?:')}))?\\s+[—–]+\\s+`, 'u'),
];

/** The dateline at the start of a paragraph's text, and its date, or null. */
function datelineOf(text: string): { stamp: string; date: string | null } | null {
  for (const re of DATELINES) {
    const m = re.exec(text);
    if (m && m[0].trim().length > 0 && m[0].length < text.length) return { stamp: m[0], date: m[1] ?? m[2] ?? null };
  }
  return null;
}

function latestExplicitDate(text: string): string | null {
  let latest: string | null = null;
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m; m = FULL_DATE.exec(text)) {
    const iso = parseExplicitDate(m[0]);
    if (iso && (!latest || iso > latest)) latest = iso;
  }
  FULL_DATE.lastIndex = 0;
  return latest;
}

export function settleDate(
  option: string | undefined,
  meta: string | null,
  lines: string[],
  body: string,
  dateline: string | null = null,
): { date: string | null; source: DateSource } {
  if (option && parseIsoDay(option)) return { date: option, source: 'option' };
  const fromMeta = toIsoDay(meta);
  if (fromMeta) return { date: fromMeta, source: 'metadata' };
  for (const line of lines) {
    const iso = toIsoDay(line);
    if (iso) return { date: iso, source: 'text' };
  }
  const latest = latestExplicitDate(body);
  if (dateline) {
    const withYear = toIsoDay(dateline);
    if (withYear) return { date: withYear, source: 'text' };
    const year = latest ? latest.slice(0, 4) : null;
    // A dateline without a year (`MINSK, December 6`) borrows the body's latest year: a guess.
    const iso = year ? toIsoDay(`${dateline}, ${year}`) : null;
    if (iso) return { date: iso, source: 'inferred' };
  }
  if (latest) return { date: latest, source: 'inferred' };
  return { date: null, source: 'none' };
}

export function clean(doc: ArticleDoc): void {
  const input = doc.input;
  let blocks: Block[];
  let metaTitle: string | null = null;
  let metaDate: string | null = null;
  if (looksLikeHtml(input)) {
    const page = extractHtml(input);
    blocks = page.blocks.map((b) => ({ text: normaliseLine(b.text), kind: b.kind })).filter((b) => b.text);
    doc.removed.push(...page.dropped.map((text) => ({ text, reason: 'page chrome (outside the article body)' })));
    metaTitle = page.title ? normaliseLine(page.title) : null;
    metaDate = page.date;
  } else {
    blocks = textBlocks(input);
  }

  const seen = new Set<string>();
  const kept: { text: string; kind: ParagraphKind | null }[] = [];
  const dateLines: string[] = [];
  for (const block of blocks) {
    const c = classify(block, seen);
    doc.removed.push(...c.removed);
    if (c.dateCandidate) dateLines.push(c.dateCandidate);
    if (c.keep) kept.push({ text: c.text, kind: c.kind });
  }

  // The title: the page's, or the first line when it reads like a headline.
  let title: string | null = null;
  if (metaTitle) {
    title = metaTitle;
    const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const i = kept.findIndex((b, n) => n < 5 && fold(b.text) === fold(metaTitle!));
    if (i >= 0) kept.splice(i, 1);
    kept.unshift({ text: metaTitle, kind: 'title' });
  } else if (kept.length > 1 && kept[0].kind !== 'caption' && looksLikeTitle(kept[0].text)) {
    title = kept[0].text;
    kept[0].kind = 'title';
  }

  // A wire dateline is the agency's stamp, not the article's words: its date is kept, the stamp removed.
  let datelineDate: string | null = null;
  const first = kept.find((b) => b.kind === null || b.kind === 'body');
  const dateline = first ? datelineOf(first.text) : null;
  if (first && dateline) {
    doc.removed.push({ text: dateline.stamp.trim(), reason: 'dateline' });
    datelineDate = dateline.date;
    first.text = first.text.slice(dateline.stamp.length);
  }

  const paragraphs: Paragraph[] = [];
  let length = 0;
  kept.forEach((b, i) => {
    let kind: ParagraphKind = b.kind ?? 'body';
    if (kind === 'body' && i > 0 && looksLikeHeading(b.text)) kind = 'heading';
    if (i > 0) length += 2;
    paragraphs.push({ start: length, end: length + b.text.length, kind });
    length += b.text.length;
  });
  // One join, not a chain of `+=`: a flat string, which the later stages read character by character
  // faster than a concatenation.
  const text = kept.map((b) => b.text).join('\n\n');

  const date = settleDate(doc.options.date, metaDate, dateLines, text, datelineDate);
  if (doc.options.date && date.source !== 'option') doc.problems.push(`ignored date option "${doc.options.date}": expected YYYY-MM-DD`);
  doc.text = text;
  doc.paragraphs = paragraphs;
  doc.title = title;
  doc.date = date.date;
  doc.dateSource = date.source;
}
