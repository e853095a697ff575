// The quote attribution's shared reading of phrases (stage 4, src/article/stages/04-quotes.ts): the
// types both stages use, the noun phrase that ends before a verb or starts after one, who spoke
// before a place in the text, and the person a sentence is about.
import { TITLE_ABBREVIATIONS } from '../model/abbreviations.js';
import { DOCUMENT_HEADS, ORGANISATION_HEADS } from '../model/attribution.js';
import { ROLE_NOUNS } from '../model/people.js';
import { firstAtOrAfter, spanIndexAt, within } from '../spans.js';
import type { ArticleDoc, Mention } from '../types.js';

/** A speech verb found in the reporter's words, with the phrase that is its subject. */
export interface Speech {
  verbStart: number;
  verbEnd: number;
  sentence: number;
  /** The subject phrase, as written (`the Chinese foreign ministry`, `he`, `Anthony Davis`). */
  subject: { start: number; end: number; text: string } | null;
  /** Where the subject sits relative to the verb. */
  inverted: boolean;
  /** In a headline or subheading: it attributes the quotation of its own sentence, nothing else. */
  headline?: boolean;
}

/** Who speaks, resolved (stage 2). */
export interface Speaker {
  name: string;
  role: string | null;
  /** A person (pronouns may point to one later) or a body, document or group. */
  person: number | null;
  kind: 'person' | 'body';
  /** How stage 2 linked the mention to this speaker (set by `resolve`). */
  link?: Link;
}

/** Stage 2's ways from a mention to a speaker (reported with each quotation as `link`). */
export type Link = 'name' | 'pronoun' | 'nominal' | 'document' | 'capital' | 'organisation' | 'role' | 'unresolved';

export interface Ctx {
  doc: ArticleDoc;
  text: string;
  mentions: Mention[];
  /** People and bodies as they speak, in text order (for pronouns and nominals): every speech act … */
  spoken: Spoken[];
  /** … and each quotation's speaker, where the quotation closes. */
  quoted: Spoken[];
}

interface Spoken {
  speaker: Speaker;
  at: number;
}

export const lower = (s: string) => s.toLowerCase();
export const LETTER = /[\p{L}\p{N}]/u;

/**
 * How far from its verb a subject can start, or end after an inverted verb (characters). A subject
 * phrase is never longer; bounding every look-around keeps the stage linear in the article's length
 * however long a sentence is (a 1 MB line of `said said said …` included).
 */
export const SUBJECT_REACH = 240;

/** The clause a verb's subject can be in: back to a quotation, a semicolon, a dash or the sentence start. */
export function clauseStart(text: string, unquoted: string, sentStart: number, verbStart: number): number {
  const floor = Math.max(sentStart, verbStart - SUBJECT_REACH);
  let last = verbStart - 1;
  while (last > floor && isSpace(text.charCodeAt(last))) last--;
  if (last <= floor) return floor;
  // `Martin Plaut — who has followed it for years — writes`: an aside between two dashes that
  // ends right before the verb; the clause runs on before it (subjectOf takes the aside off).
  // (Searched within the subject's reach only: a search to the start of the text per verb would
  // make a long text of dashes quadratic.)
  const c = text.charCodeAt(last);
  if (c === 0x2014 || c === 0x2013) {
    const open = floor + text.slice(floor, last).lastIndexOf(text[last]);
    if (open > floor) last = open - 1;
    else return last + 1;
  }
  // The last clause break at or before `last`: `;`, an em or en dash, or a closing quotation mark
  // (blanked in the unquoted text). Looked up, not scanned for: a text dense with verbs asks for
  // the same stretch again and again.
  const b = clauseBreaks(text, unquoted)[last];
  return b > floor ? b + 1 : floor;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0x3000;

/** For each offset, the last clause break at or before it (-1 when none); built once per text. */
let breaksFor: { text: string; unquoted: string; last: Int32Array } | null = null;
function clauseBreaks(text: string, unquoted: string): Int32Array {
  if (breaksFor && breaksFor.text === text && breaksFor.unquoted === unquoted) return breaksFor.last;
  const last = new Int32Array(text.length);
  let b = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 0x2014 || c === 0x2013 || ((c === 0x201d || c === 34 || c === 0x2019 || c === 0xbb) && unquoted.charCodeAt(i) === 32)) b = i;
    last[i] = b;
  }
  breaksFor = { text, unquoted, last };
  return last;
}

/** Where the first noun phrase of a clause ends: the first comma, verb-like or clause word after it. */
export function leadingPhraseEnd(t: string, from: number, to: number): number {
  // (A past tense before its object ends it too: `The military rejected the findings`.)
  const m = /^[^,;]*?(?=\s*(?:,|\s(?:is|was|has|had|have|will|would|did|does|said|says|told|added|met|signed|visited|made|took|gave|sent)\b|\s\p{Ll}{3,}ed\s+(?:the|a|an|its|his|her|their|this|these|that|those|to|on)\s))/u.exec(t.slice(from, to));
  return from + (m ? m[0].length : to - from);
}

/** Words that end a subject noun phrase read backwards (the phrase starts after them). */
const PHRASE_STOP = new Set([
  'in', 'on', 'at', 'by', 'with', 'from', 'to', 'into', 'onto', 'over', 'under', 'after', 'before', 'during', 'since', 'until', 'about',
  'against', 'among', 'between', 'through', 'across', 'amid', 'despite', 'without', 'within', 'toward', 'towards', 'upon', 'via', 'like',
  'than', 'as', 'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'whereas', 'if', 'because', 'although',
  'though', 'whether', 'and', 'but', 'or', 'nor', 'so', 'yet', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'had', 'have',
  'having', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'also', 'only',
  'just', 'even', 'still', 'then', 'however', 'meanwhile', 'moreover', 'instead', 'him', 'them', 'us', 'me', 'it', 'there', 'here',
  'said', 'says', 'told', 'added', 'took', 'made', 'gave', 'met', 'signed', 'visited', 'held', 'sent', 'called', 'came', 'went',
  'turned', 'became', 'remained', 'seemed', 'appeared', 'emerged', 'followed', 'reported', 'revealed', 'announced', 'confirmed',
]);
const DETERMINER = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'four']);
const PRONOUN = new Set(['he', 'she', 'they', 'it', 'we']);

/**
 * The noun phrase that ends at `to` (read backwards word by word): names, possessives, adjectives
 * and nouns, a determiner at its start, `of` inside it (`the head of the Russian Security
 * Council`); it stops at prepositions, conjunctions, verbs and clause words. A pronoun alone is a
 * phrase of its own.
 */
export function nounPhraseEnding(t: string, from: number, to: number): Speech['subject'] {
  // The last word first: a stop word there (`… said said`) ends the search before any tokenising.
  const lastRaw = /(?:^|\s)([\p{L}]+)\s*$/u.exec(t.slice(Math.max(from, to - 40), to))?.[1];
  // (`the US said`: a name in capitals, not the pronoun.)
  const lastWord = lastRaw && !/^\p{Lu}{2,}$/u.test(lastRaw) ? lastRaw.toLowerCase() : undefined;
  if (lastWord && PHRASE_STOP.has(lastWord) && !PRONOUN.has(lastWord) && !DETERMINER.has(lastWord) && !/^(?:of|for|and|de|al)$/.test(lastWord)) return null;
  const words: { w: string; start: number; end: number }[] = [];
  const re = /[^\s,;:()“”"]+(?:\s*\([^)]{2,60}\))?/g;
  // A subject phrase is a dozen words at most: only the end of the span is read.
  from = Math.max(from, to - 120);
  const slice = t.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) words.push({ w: m[0], start: from + m.index, end: from + m.index + m[0].length });
  // Only what follows the last comma or semicolon belongs to the phrase.
  const lastComma = Math.max(slice.lastIndexOf(','), slice.lastIndexOf(';'), slice.lastIndexOf(':'));
  const tail = words.filter((w) => w.start >= from + lastComma + 1);
  if (!tail.length) return null;
  const last = tail[tail.length - 1];
  if (PRONOUN.has(last.w.toLowerCase())) return { start: last.start, end: last.end, text: last.w };
  let i = tail.length - 1;
  for (; i >= 0; i--) {
    const w = tail[i].w;
    const lw = w.toLowerCase();
    if (DETERMINER.has(lw)) {
      // `the head of the Council`: the phrase carries on through `of` to the noun it belongs to.
      const ofAt = i - 1;
      if (ofAt >= 1 && /^(?:of|for)$/i.test(tail[ofAt].w) && !PHRASE_STOP.has(tail[ofAt - 1].w.toLowerCase()) && !DETERMINER.has(tail[ofAt - 1].w.toLowerCase())) {
        i = ofAt - 1;
        continue;
      }
      break;
    }
    if (/^(?:of|for|and|&|de|al)$/i.test(w)) {
      // Inside a name (`Ministry of Foreign Affairs`, `Center for Strategic and International Studies`).
      const next = tail[i + 1]?.w ?? '';
      const prevW = tail[i - 1]?.w ?? '';
      if (/^\p{Lu}/u.test(next) && /^\p{Lu}/u.test(prevW)) continue;
      if (/^of$/i.test(w) && i >= 1 && !PHRASE_STOP.has(prevW.toLowerCase()) && !DETERMINER.has(prevW.toLowerCase())) continue;
      // `a spokesman for the ministry`: `for` after a role noun stays inside the phrase.
      if (/^for$/i.test(w) && i >= 1 && ROLE_NOUNS.has(prevW.toLowerCase())) continue;
      i++;
      break;
    }
    // `the report to Congress`, `the letter to the council`, `China’s ambassador to the UN`: the
    // complement of a document or a role stays inside the phrase.
    if (/^(?:to|on)$/.test(lw) && i >= 1 && (DOCUMENT_HEADS.has(tail[i - 1].w.toLowerCase()) || (lw === 'to' && ROLE_NOUNS.has(tail[i - 1].w.toLowerCase())))) continue;
    // (`US`, `IT` in capitals are names, not the pronouns.)
    if ((PHRASE_STOP.has(lw) && !/^\p{Lu}{2,}$/u.test(w)) || /^\d{1,2}$/.test(w) || (/(?:ed|ing)$/.test(lw) && i < tail.length - 1 && !/^\p{Lu}/u.test(w) && !/-/.test(w))) {
      i++;
      break;
    }
  }
  const first = Math.max(0, i);
  if (first > tail.length - 1) return null;
  const start = tail[first].start;
  return { start, end: last.end, text: t.slice(start, last.end) };
}

const TITLE_SHORT = TITLE_ABBREVIATIONS.join('|');
/**
 * An inverted subject: words up to a comma, a period (not one after a title or an initial, as in
 * `Brig. Gen. Yahya Rasool`, `Antony J. Blinken`), or a preposition that starts an adverbial.
 */
const AFTER_SUBJECT = new RegExp(
  `^\\s+((?:[^,.;:“”"]|\\.(?=\\p{Ll})|(?<=\\b(?:${TITLE_SHORT})|\\b\\p{Lu})\\.)+?)(?=\\s*(?:[,;:]|(?<!\\b(?:${TITLE_SHORT})|\\b\\p{Lu})\\.|$|\\s+(?:on|in|at|during|after|before|while|when)\\s))`,
  'u',
);

/** Prepositions that open a modifier after a subject's head (`an official at the embassy in Moscow`). */
const MODIFIER_PREPOSITIONS = /(?:^|\s)(?:at|in|during|on|from|with|near|inside|outside|within|under|across|aboard)\s+$/i;
/** Prepositions that complete a role or a body (`ambassador to the UN`, `envoy for Myanmar`). */
const COMPLEMENT_PREPOSITIONS = /(?:^|\s)(?:to|for)\s+$/i;

/**
 * `A senior official at the embassy in Moscow told`: the phrase read back from the verb ends at
 * `Moscow`; while a preposition stands before it, the subject is the phrase before that (`A senior
 * official`). Three steps at most, each a bounded read.
 */
export function headBeforeModifiers(ctx: Ctx, from: number, np: Speech['subject']): Speech['subject'] {
  const t = ctx.doc.unquoted;
  let head = np;
  for (let hop = 0; head && hop < 3; hop++) {
    const prep = MODIFIER_PREPOSITIONS.exec(t.slice(Math.max(from, head.start - 12), head.start)) ?? COMPLEMENT_PREPOSITIONS.exec(t.slice(Math.max(from, head.start - 6), head.start));
    if (!prep) break;
    const end = head.start - prep[0].length;
    if (end <= from) break;
    const before = nounPhraseEnding(t, from, end);
    if (!before || PRONOUN.has(before.text.toLowerCase())) break;
    // `Beijing’s mission to the UN`, `the envoy for Myanmar`: `to` and `for` complete a role or a body only.
    const beforeHead = lower(before.text.slice(before.text.lastIndexOf(' ') + 1));
    // (Not past a person's name: `Ambassador to the United Nations Linda Thomas-Greenfield` is her.)
    if (!MODIFIER_PREPOSITIONS.test(prep[0]) && (!(ROLE_NOUNS.has(beforeHead) || ORGANISATION_HEADS.has(beforeHead)) || mentionsIn(ctx, head.start, head.end + 1).some((m) => ctx.doc.actors[m.actor].kind === 'person'))) break;
    head = before;
  }
  // `A Pakistan Air Force commentary during a nationally televised event Friday called …`: a clause
  // that opens with an article, a noun phrase and a modifier, with no verb in it, is about that phrase.
  if (head && head.start > from) {
    const opening = LEADING_HEAD.exec(t.slice(from, head.start));
    if (opening && !/[,;]/.test(t.slice(from, head.start))) {
      const first = nounPhraseEnding(t, from, from + opening[1].length);
      if (first && !PRONOUN.has(first.text.toLowerCase())) return first;
    }
  }
  return head;
}

/** An article, a few words and a modifying preposition at the start of a clause (no verb between). */
const LEADING_HEAD = /^\s*((?:the|a|an)\s+(?:[\p{L}\p{N}'’&.-]+\s+){0,5}?[\p{L}\p{N}'’&.-]+)\s+(?:during|at|in|on|from|with|near|inside|outside|aboard|after|before|following)\s+(?:(?!\b(?:is|was|are|were|has|had|have|will|would|said|says|told)\b)[^,;])*$/iu;

/** The subject after an inverted verb: a name, a pronoun or a noun phrase up to a comma or the end. */
export function after(ctx: Ctx, verbEnd: number, sentEnd: number): Speech['subject'] {
  const { doc } = ctx;
  const rest = doc.unquoted.slice(verbEnd, Math.min(sentEnd, verbEnd + SUBJECT_REACH));
  // `said she and made a plea`: a pronoun is the whole subject.
  // (Lower case: `said HE Sheikh Abdullah` is His Excellency.)
  const pronoun = /^\s+(he|she|they|we)\b/.exec(rest);
  if (pronoun) {
    const start = verbEnd + pronoun[0].length - pronoun[1].length;
    return { start, end: start + pronoun[1].length, text: pronoun[1] };
  }
  const m = AFTER_SUBJECT.exec(rest);
  if (!m) return null;
  const start = verbEnd + rest.indexOf(m[1]);
  // `said the head of the Russian Security Council, Nikolai Patrushev`: the name in apposition.
  const tail = doc.unquoted.slice(start + m[1].length, sentEnd);
  const apposed = /^\s*,\s*/.exec(tail);
  if (apposed) {
    const at = start + m[1].length + apposed[0].length;
    const person = within(ctx.mentions, at, at + 2).find((x) => ctx.doc.actors[x.actor].kind === 'person');
    if (person) return { start: person.start, end: person.end, text: ctx.text.slice(person.start, person.end) };
  }
  return { start, end: start + m[1].length, text: m[1].trim() };
}

/** Participles that name who issued a document (`the letter, signed by …`), as a pattern source. */
export const ISSUED_BY = '(?:signed|issued|written|sent|released|published|drafted|authored)\\s+by';

// Who the text names and who spoke: what stage 2 reads a phrase against.

export function mentionsIn(ctx: Ctx, start: number, end: number): Mention[] {
  return within(ctx.mentions, start, end).filter((m) => !m.inQuote && m.end <= end);
}

export function personSpeaker(ctx: Ctx, actor: number, role: string | null = null): Speaker {
  const a = ctx.doc.actors[actor];
  return { name: a.name, role: role ?? a.role, person: actor, kind: 'person' };
}

/** Title case for a name printed in capitals (`DMITRY A. POLYANSKIY` → `Dmitry A. Polyanskiy`). */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export function stripDeterminer(s: string): string {
  return s.replace(/^(?:the|a|an|one|another)\s+/i, '').replace(/\s+/g, ' ').trim();
}

/**
 * Who spoke before `at`, most recent first, back to `range` characters: the speech acts and the
 * quotations' speakers, two lists in text order merged (at one place, the quotation's comes first).
 */
export function* spokenBefore(ctx: Ctx, at: number, range: number): Generator<Spoken> {
  const [a, b] = [ctx.spoken, ctx.quoted];
  let i = firstAtOrAfter(a, at, spokenAt) - 1;
  let j = firstAtOrAfter(b, at, spokenAt) - 1;
  const floor = at - range;
  while (true) {
    const x = i >= 0 && a[i].at >= floor ? a[i] : null;
    const y = j >= 0 && b[j].at >= floor ? b[j] : null;
    if (!x && !y) return;
    if (y && (!x || y.at >= x.at)) {
      yield y;
      j--;
    } else {
      yield x!;
      i--;
    }
  }
}

/** The most recent speaker before `at` (within `range`) that `test` accepts. */
export function lastSpokenWhere(ctx: Ctx, at: number, range: number, test: (s: Spoken) => boolean): Spoken | undefined {
  for (const s of spokenBefore(ctx, at, range)) if (test(s)) return s;
  return undefined;
}

/**
 * Record who spoke at `at`, keeping the list in text order. Speech acts and quotations each come in
 * text order, so this appends; anything else is put in its place (a binary search, one move).
 */
export function addSpoken(list: Spoken[], speaker: Speaker, at: number): void {
  if (!list.length || list[list.length - 1].at <= at) {
    list.push({ speaker, at });
    return;
  }
  list.splice(firstAtOrAfter(list, at + 1, spokenAt), 0, { speaker, at });
}

/** Words that may open a sentence before its subject: a name's title words, an adverbial. */
const BEFORE_SUBJECT = /^[\s\p{P}]*(?:(?:Meanwhile|However|Later|Earlier|Separately|Also|Then|But|And|On\s+\p{Lu}\p{Ll}+|In\s+\p{Lu}\p{Ll}+)\s*,?\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|and)\s+){0,6}$/u;

/** An inverted appositive: a role, then the name (`Ethiopia’s prime minister, `, `The defence minister, `). */
const INVERTED_ROLE = new RegExp(`^[\\s\\p{P}]*(?:[Tt]he\\s+|\\p{Lu}[\\p{L}.'’-]*['’]s?\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}(?:${[...ROLE_NOUNS].filter((w) => /^[a-z-]+$/.test(w)).join('|')}),\\s*$`, 'u');

/** The person who is the subject of the sentence before `at` (same or previous paragraph), if any. */
export function previousSubject(ctx: Ctx, at: number): { actor: number; sentence: number } | null {
  const here = spanIndexAt(ctx.doc.sentences, at);
  if (here <= 0) return null;
  const prev = ctx.doc.sentences[here - 1];
  const kind = ctx.doc.paragraphs[prev.para].kind;
  if (kind === 'title' || kind === 'heading' || ctx.doc.sentences[here].para - prev.para > 1) return null;
  const first = openingPerson(ctx, prev.start, prev.end);
  return first ? { actor: first.actor, sentence: here - 1 } : null;
}

/**
 * The person a clause starting at `start` opens with as its subject (only title words or an
 * adverbial before the name), among the mentions before `end`, or null.
 * (A state inside the title before the name is no subject: `US Secretary of State Antony Blinken`.)
 */
function openingPerson(ctx: Ctx, start: number, end: number): Mention | null {
  const first = within(ctx.mentions, start, end).find((m) => !m.inQuote && !m.place && ctx.doc.actors[m.actor].kind === 'person');
  if (!first) return null;
  const before = ctx.text.slice(start, first.start);
  // (The long role pattern only where an inverted role can be: before a comma.)
  return BEFORE_SUBJECT.test(before) || (/,\s*$/.test(before) && INVERTED_ROLE.test(before)) ? first : null;
}

/**
 * The person the sentence holding `at` opens with as its subject, when `at` is in a later clause
 * joined to it (`, and`, `, but`, `;`), or null.
 */
export function sentenceSubject(ctx: Ctx, at: number): number | null {
  const here = spanIndexAt(ctx.doc.sentences, at);
  if (here < 0) return null;
  const sent = ctx.doc.sentences[here];
  const first = openingPerson(ctx, sent.start, at);
  if (!first || !FINITE_AFTER.test(ctx.text.slice(first.end, first.end + 24))) return null;
  // Only the sentence's own clauses: no other person between, and a clause joined after the first.
  const between = ctx.text.slice(first.end, at);
  if (within(ctx.mentions, first.end, at).some((m) => !m.inQuote && ctx.doc.actors[m.actor].kind === 'person' && m.actor !== first.actor)) return null;
  return /(?:,\s*(?:and|but)|;)\s+(?:[^,;]{0,40},?\s+)?$/.test(between) ? first.actor : null;
}

/** A finite verb right after a name (`Kirby shared`, `Putin has ramped up`): the name is a clause's subject. */
export const FINITE_AFTER = /^\s+(?:(?:also|later|then|has|had|have)\s+)?(?:[a-z]+ed|said|told|met|made|gave|took|sent|spoke|wrote|held|led|went|came|sought|brought|began)\b/;

const spokenAt = (s: Spoken): number => s.at;
