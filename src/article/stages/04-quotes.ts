// Stage 4 — quotes: every quotation with who said it, as a two-stage sieve (after Muzny et al. 2017,
// "A Two-stage Sieve Approach for Quote Attribution"). Stage 1 links each quotation to the phrase
// that introduces it — a speech verb and its subject — through named sieves tried in order, from the
// most to the least certain. Stage 2 resolves that phrase to a speaker: a named person, a pronoun to
// the person (or body) the text last spoke of, a nominal ("the minister") to the person holding that
// role, an organisation, document or capital as itself. Every sieve counts what it decided
// (`doc.sieves`), so each one's precision can be measured on its own. Quoted names, titles and
// scare quotes nobody is said to have said are left out. The speech acts and their subject phrases are
// found in attribution/speech.ts, the phrases resolved in attribution/speakers.ts, both reading
// phrases through attribution/phrases.ts; this file holds the sieves.
import { lower, LETTER, SUBJECT_REACH, nounPhraseEnding, after, mentionsIn, personSpeaker, addSpoken, previousSubject, FINITE_AFTER } from '../attribution/phrases.js';
import type { Speech, Speaker, Ctx } from '../attribution/phrases.js';
import { documentBefore, resolve } from '../attribution/speakers.js';
import { findSpeech } from '../attribution/speech.js';
import { DOCUMENT_HEADS, MEDIA_HEADS, ORGANISATION_HEADS, SPEECH_VERB_FORMS } from '../model/attribution.js';
import { ROLE_NOUNS } from '../model/people.js';
import { firstAtOrAfter, spanIndexAt, within } from '../spans.js';
import type { ArticleDoc, QuoteKind, QuoteSpan, ReportQuote, SpeechAct } from '../types.js';

/** The sieves of stage 1, in the order they are tried. */
export const SIEVES = [
  'verb after the quote', // “…,” said X · “…,” X said · “…,” he added
  'verb before the quote', // X said: “…” · X said “…” · X said that “…”
  'colon before the paragraph', // … X said: ¶ “…”
  'name and colon', // Foreign Ministry spokesperson Mao Ning: “…” · X’s reply was blunt: “…” · “…” — X · “…” Those were the words of X (no verb of its own)
  'verb in the quote', // The Council “strongly condemned” the attack (the quotation opens with the speech verb)
  'speech in the sentence', // X said the deal was “historic” (a partial quote in reported speech)
  'according to', // according to X, “…”
  'conversation', // a quotation carrying on the previous one (same or next paragraph)
  'document in the sentence', // a resolution “deploring” …, the draft urges … “…” (its wording)
  'paragraph speaker', // the speaker the paragraph (or the one before) reports
] as const;
export type Sieve = (typeof SIEVES)[number];

/**
 * A sentence's subject before a copula or a verb of how something is put (`Their report is damning`,
 * `A spokesman was blunt`, `The statement reads`): group 1, at most six words from the start.
 */
const SUBJECT_BEFORE_COPULA = /^\s*((?:[\p{L}\p{N}'’.-]+\s+){0,5}?[\p{L}\p{N}'’.-]+)\s+(?:is|was|are|were|has\s+been|had\s+been|seems|seemed|reads|read|runs|ran|goes|went\s+on|continues|continued|concludes|concluded)\b/u;

/** A sentence that says whose the quotation before it was; the speaker's phrase follows the match. */
const CATAPHORA = /^\s*(?:(?:Those|These|That|This|Such)\s+(?:were|was|are|is)\s+(?:the\s+)?(?:words|message|warning|verdict|view|assessment|reaction|response|answer|reply|promise|pledge|vow|assurance)\s+(?:of|from)|So\s+(?:said|says)|(?:That|This)\s+(?:was|is)\s+how)(?=\s)/u;

// Stage 1, the sieves: each quotation → the speech act that introduces it (found by
// attribution/speech.ts, resolved by attribution/speakers.ts).

/** `X’s reply was blunt:` — a noun of speech owned by its speaker, then a colon before the quotation. */
const OWNED_SPEECH = /^[\s\p{P}]*((?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{L}][\p{L}.-]*)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:response|reply|answer|message|verdict|view|words|warning|advice|retort|reaction|explanation|conclusion|assessment)\b[^:“”"]{0,80}:\s*$/u;
/** `Lavrov was blunt:`, `The minister was clear:` — a speaker and the manner of the words that follow (group 1). */
const MANNER_COLON = /^[\s\p{P}]*((?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{L}][\p{L}.’'-]*)\s+(?:was|were|is|are)\s+(?:(?:even|more|less|very|quite|equally|just\s+as)\s+)?(?:blunt|clear|direct|emphatic|unequivocal|defiant|candid|frank|succinct|brief|firm|adamant|categorical|dismissive|scathing|forthright|explicit|upbeat|optimistic|cautious|terse)(?:\s+(?:on|about)\s+[^:“”"]{1,60})?:\s*$/u;
/** `In Lavrov’s words`, `in the minister’s own words`: whose words follow (group 1). */
const IN_WORDS = /\b[Ii]n\s+((?:the\s+)?(?:[\p{L}][\p{L}.'’-]*\s+){0,3}[\p{L}][\p{L}.-]*)['’]s?\s+(?:own\s+)?words\b/u;
/** `“Yes, we will,” came the reply from Defence Minister X`: a quotation opening its sentence, then whose answer it was (group 1). */
const CAME_FROM = /^[\s,]*(?:came|comes|was)\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:reply|response|answer|retort|rejoinder|riposte|rebuttal|warning|message)\s+from\s+((?:the\s+)?[\p{L}][\p{L}'’-]*\.?(?:\s+(?!(?:on|in|at|during|after|before|last|this|who|which|that|to|with|as|when|while)\b)[\p{L}][\p{L}'’-]*\.?){0,5})(?=\s*(?:[,;:!?]|$)|\s+(?:on|in|at|during|after|before|last|this|who|which|that|to|with|as|when|while)\b)/u;
/** `“Reckless” was the word Marles used`: a quotation opening its sentence, then whose word it was (group 1). */
const WORD_USED = /^[\s,]*(?:is|was|were)\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:word|words|term|phrase|label|verdict|description)\s+(?:that\s+)?((?:the\s+)?(?:[\p{L}][\p{L}.'’-]*\s+){0,4}?[\p{L}][\p{L}'’-]*)\s+(?:used|chose|picked|applied|gave|offered|reached\s+for)\b/u;
/** `“Not isolated” is how Lavrov describes Russia` (also after a dash: `— that is how …`): a quotation opening its sentence, then whose words (group 1). */
const IS_HOW = /^[\s,]*(?:(?:—|–|--?)\s*(?:that|this)\s+)?(?:is|was|are|were)\s+how\s+((?:the\s+)?(?:[\p{L}][\p{L}.'’-]*\s+){0,4}?[\p{L}][\p{L}.'’-]*)\s+(?:describes?|described|puts?|calls?|called|sees?|saw|characteri[sz]es?|characteri[sz]ed|frames?|framed|sums?\s+up|summed\s+up)\b/u;
/** A speech act named as a noun and owned by its speaker, right before a quotation: `the government's decision to ‘declare a pause’`. */
const ACT_NOUNS = 'decision|announcement|pledge|promise|vow|call|warning|threat|demand|remarks?|comments?|claims?|assertion|insistence|description|characteri[sz]ation|offer|proposal|appeal';
const OWNED_ACT = new RegExp(`((?:the\\s+)?(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,3}[\\p{L}][\\p{L}.-]*)['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${ACT_NOUNS})\\s+(?:to|of|that|for|as)?\\s*(?:the\\s+|a\\s+|an\\s+)?$`, 'u');

const ACT_NOUN_BEFORE = new RegExp(`\\b(?:${ACT_NOUNS})\\b[^\\p{L}]*(?:\\p{L}+[^\\p{L}]*){0,2}$`, 'u');

/** A signature after a quotation: a dash and a short name or title ending the paragraph. */
const SIGNED_AFTER = /^[\s,.]*(?:[—–]|\s-)\s*([\p{Lu}][^.!?“”"\n]{1,80}?)[\s.]*$/u;

/** Words that introduce a name, not speech: `titled`, `dubbed`, `code-named`, `known as`, `under the slogan`. */
const NAMED_AS = /\b(?:titled|entitled|dubbed|code-?named|nicknamed|named|known\s+as|under\s+the\s+(?:slogan|title|name|theme|motto|banner))(?:\s+the)?\s*$/i;

/** Words that put a quotation at the writer's distance. */
const SCARE_BEFORE = /\b(?:so-called|self-styled|self-proclaimed|self-declared|supposed|alleged)\s*$/i;
/** The noun for a kind of thing right after a quotation that names one (`“Look East” policy`). */
const KIND_AFTER = /^[\s,]*(?:[\p{Ll}-]+\s+){0,2}?(?:agreements?|partnerships?|policy|policies|initiatives?|projects?|programmes?|programs?|corridors?|dialogues?|format|strategy|doctrine|mechanisms?|frameworks?|series|version|exercises?|drills?|plans?|vision|treaty|pact|deals?|summits?|forums?|zones?|routes?|campaign|operations?|model|concept|formula|principle|platform|alliance|group|bloc)\b/iu;

/** Quoted words that name something rather than report speech: titles, exercises, slogans in capitals. */
function looksLikeName(q: string): boolean {
  const words = q.replace(/[.,!?…]+$/, '').split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  if (/^[\p{Lu}\d\W]+$/u.test(q) && words.length <= 6) return true; // IN FAVOUR, NO
  const significant = words.filter((w) => !/^(?:of|the|and|for|a|an|to|in|on|with|de|la)$/i.test(w));
  // `Army-2021`, `Su-35`, `Vostok 2022` are names; `delivered by 2027` is words.
  if (/\d/.test(q) && words.length <= 3 && significant.every((w) => /^[\p{Lu}\d]/u.test(w))) return true;
  return significant.length >= 2 && significant.every((w) => /^[\p{Lu}\d]/u.test(w));
}

function quoteText(text: string, q: QuoteSpan): { text: string; start: number; end: number } {
  let joined = q.segments.map((s) => text.slice(s.start, s.end)).join(' ');
  let end = q.end;
  // Trailing spaces and clause punctuation off (a loop: the end-anchored pattern is tried at every start).
  let cut = joined.length;
  while (cut > 0 && /[\s,;:]/.test(joined[cut - 1])) cut--;
  if (cut < joined.length) {
    end -= joined.length - cut;
    joined = joined.slice(0, cut);
  }
  return { text: joined, start: q.start, end };
}

/** The first word of a quotation, after an adverb (`strongly condemned`, `deeply regrets`). */
const VERB_OPENING = /^(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;

/** The speech acts of a list in text order whose verb is in [from, to): most lists are short and returned whole. */
function actsNear(list: Speech[], from: number, to: number): Speech[] {
  if (list.length < 32) return list;
  return list.slice(firstAtOrAfter(list, from, verbAt), firstAtOrAfter(list, to, verbAt));
}
const verbAt = (s: Speech): number => s.verbStart;
export function quotes(doc: ArticleDoc): void {
  const ctx: Ctx = { doc, text: doc.text, mentions: doc.mentions, spoken: [], quoted: [] };
  const { text } = ctx;
  const all = findSpeech(ctx);
  const speech = all.filter((sp) => !sp.headline);
  const headlineSpeech = new Map<number, Speech[]>();
  for (const sp of all) if (sp.headline) headlineSpeech.set(sp.sentence, [...(headlineSpeech.get(sp.sentence) ?? []), sp]);
  const bySentence = new Map<number, Speech[]>();
  const byParagraph = new Map<number, Speech[]>();
  for (const s of speech) {
    let list = bySentence.get(s.sentence);
    if (!list) bySentence.set(s.sentence, (list = []));
    list.push(s);
    const para = doc.sentences[s.sentence].para;
    let plist = byParagraph.get(para);
    if (!plist) byParagraph.set(para, (plist = []));
    plist.push(s);
  }
  /** The speech a paragraph reports, in text order (a copy: callers may pop). */
  const speechInParagraph = (para: number): Speech[] => [...(byParagraph.get(para) ?? [])];
  /** Whether a quotation is its paragraph, but for punctuation and a footnote mark (`[2]`) after it. */
  const wholeParagraph = (q: QuoteSpan): boolean => {
    const p = doc.paragraphs[spanIndexAt(doc.paragraphs, q.open)];
    return !!p && !/[\p{L}\p{N}]/u.test(text.slice(p.start, q.open)) && !/[\p{L}\p{N}]/u.test(text.slice(q.close + 1, p.end).replace(/\[\d{1,3}\]/g, ''));
  };
  /** A phrase the sieves found at `start`. */
  const phraseAt = (start: number, words: string): NonNullable<Speech['subject']> => ({ start, end: start + words.length, text: words });
  /** A speech act with no verb of its own: `subject` speaks, its act placed at `at` (default: the phrase's end). */
  const actOf = (subject: NonNullable<Speech['subject']>, sentence: number, at = subject.end, inverted = false): Speech => ({ verbStart: at, verbEnd: at, sentence, subject, inverted });
  /** Whether a phrase can be a speaker: it names someone, or ends in a role, a body (or, if asked, a text). */
  const canSpeak = (np: NonNullable<Speech['subject']>, texts = false): boolean => {
    const head = lower(np.text.split(/\s+/).pop() ?? '');
    return mentionsIn(ctx, np.start, np.end + 1).some((m) => !m.place) || ROLE_NOUNS.has(head) || ORGANISATION_HEADS.has(head) || (texts && DOCUMENT_HEADS.has(head));
  };
  const counts = Object.fromEntries(SIEVES.map((s) => [s, 0])) as Record<Sieve, number>;
  const acts: SpeechAct[] = [];
  const out: ReportQuote[] = [];
  let previous: { para: number; sentence: number; speaker: Speaker | null } | null = null;
  // Speakers resolved once per verb, in text order, so pronouns see who spoke before them.
  const resolved = new Map<Speech, Speaker | null>();
  const speakerOf = (s: Speech): Speaker | null => {
    if (!resolved.has(s)) {
      let who = resolve(ctx, s);
      // `…, adding that …`, `…, saying …` with no subject of its own: the sentence's speaker.
      if (!who && /ing$/.test(text.slice(s.verbStart, s.verbEnd))) {
        const main = (bySentence.get(s.sentence) ?? []).find((x) => x !== s && x.verbStart < s.verbStart && !/ing$/.test(text.slice(x.verbStart, x.verbEnd)));
        if (main) who = speakerOf(main);
        // … or, with no speech before it, the person whose act it goes on from (`… after Kirby
        // shared his advice to men in Russia, urging them to “not fight”`).
        else {
          const sent = doc.sentences[s.sentence];
          const actor = within(ctx.mentions, sent.start, s.verbStart).filter((m) => !m.inQuote && doc.actors[m.actor].kind === 'person' && FINITE_AFTER.test(text.slice(m.end, m.end + 24))).pop();
          if (actor) who = { ...personSpeaker(ctx, actor.actor), link: 'name' };
        }
      }
      // `she said` resolved to a person whose gender the text had not given: now it has.
      const pronoun = s.subject && /^(?:he|she)$/i.test(s.subject.text) ? lower(s.subject.text) : null;
      if (pronoun && who?.person != null) {
        const a = doc.actors[who.person];
        if (!a.genderFromText) {
          a.gender = pronoun === 'he' ? 'm' : 'f';
          a.genderFromText = true;
        }
      }
      resolved.set(s, who);
    }
    return resolved.get(s)!;
  };

  // Where each sentence's first letter or digit is (found once per sentence): a quotation opening
  // before it stands alone. Linear however many quotations a sentence holds.
  const firstLetter = new Map<number, number>();
  const firstLetterOf = (si: number): number => {
    let at = firstLetter.get(si);
    if (at === undefined) {
      const sent = doc.sentences[si];
      at = sent.end;
      for (let i = sent.start; i < sent.end; i++) {
        const c = text.charCodeAt(i);
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && !(c >= 0x2000 && c <= 0x206f) && c !== 0xab && c !== 0xbb && LETTER.test(text[i]))) {
          at = i;
          break;
        }
      }
      firstLetter.set(si, at);
    }
    return at;
  };

  // Every attribution in text order first, so that `he said` sees who spoke before it, quoted or not.
  for (const sp of speech) {
    const who = speakerOf(sp);
    if (who) addSpoken(ctx.spoken, who, sp.verbStart);
  }

  for (const q of doc.quoteSpans) {
    const si = spanIndexAt(doc.sentences, q.open);
    if (si < 0) continue;
    const s = doc.sentences[si];
    const para = s.para;
    const inHeadline = doc.paragraphs[para].kind === 'title' || doc.paragraphs[para].kind === 'heading';
    // A quotation over several paragraphs is attributed where it ends.
    // (A quotation holding several sentences ends in a later one than it opens: its attribution follows there.)
    const endSi = Math.max(si, spanIndexAt(doc.sentences, Math.max(q.open, q.close - 1)));
    // (Within reach of the quotation: a sentence of thousands of verbs and quotations would make
    // every quotation read every verb.)
    const reach = (list: Speech[] | undefined) => actsNear(list ?? [], q.open - 2 * SUBJECT_REACH, q.close + 2 * SUBJECT_REACH);
    const here = inHeadline ? headlineSpeech.get(si) ?? [] : endSi !== si ? [...reach(bySentence.get(si)), ...reach(bySentence.get(endSi))] : reach(bySentence.get(si));
    const t = quoteText(text, q);
    // What precedes the quotation in its sentence, near it (bounded: linear however many quotations).
    const before = text.slice(Math.max(s.start, q.open - SUBJECT_REACH), q.open);
    const standsAlone = firstLetterOf(si) >= q.open;
    const startsUpper = /^[\p{Lu}\p{N}…'‘]/u.test(t.text);

    let sieve = null as Sieve | null;
    let speaker = null as Speaker | null;
    const tryIt = (name: Sieve, candidate: Speech | undefined, keepUnresolved = false) => {
      if (sieve || !candidate) return;
      const who = speakerOf(candidate);
      if (who) [sieve, speaker] = [name, who];
      // `“…,” he said` with nobody before it to be `he`: speech all the same, its speaker unknown.
      else if (keepUnresolved && candidate.subject && /^(?:he|she|they|it|we)$/i.test(candidate.subject.text)) sieve = name;
    };
    const gapAfter = (sp: Speech) => text.slice(q.close + 1, sp.subject && !sp.inverted ? sp.subject.start : sp.verbStart);
    const isAccording = (sp: Speech) => /^(?:according|in\s+the\s+words)/i.test(text.slice(sp.verbStart, sp.verbEnd));
    const reported = here.filter((sp) => !isAccording(sp));
    // 1. `“…,” said X`, `“…,” X said`: the attribution right after the closing mark — unless it is
    // the press reporting what the sentence's speaker said (`X said ties were “…”, state media reported`).
    const afterQuote = reported.find((sp) => sp.verbStart > q.close && /^[\s,”"’»]*$/.test(gapAfter(sp)) && (sp.inverted || !!sp.subject));
    const pressReport = !!afterQuote?.subject && MEDIA_HEADS.has(lower(afterQuote.subject.text.split(/\s+/).pop() ?? '')) && reported.some((sp) => sp.verbEnd <= q.open && !!sp.subject && !!speakerOf(sp));
    if (!pressReport) tryIt('verb after the quote', afterQuote, true);
    // 2. `X said: “…”`, `X said “…”`, `X said that “…”` (`“…,” he said, “…”`: speech, whoever `he` is).
    tryIt('verb before the quote', [...reported].reverse().find((sp) => sp.verbEnd <= q.open && /^\s*(?:[:,]|,?\s*that)?\s*(?:the\s+)?$/i.test(text.slice(sp.inverted && sp.subject ? sp.subject.end : sp.verbEnd, q.open))), true);
    if (inHeadline) {
      // A headline's quotation: only its own verb speaks for it (`X hails deal as ‘…’`, `‘…’ — X
      // slams sale`); a quoted headline without one is a title, not speech.
      tryIt('speech in the sentence', [...reported].reverse().find((sp) => sp.verbStart < q.open) ?? reported.find((sp) => /^[\s,”"’»:—–-]*$/.test(gapAfter(sp))));
      if (!sieve) continue;
    }
    // 3. `… X said:` ending the paragraph before a quotation that opens its own.
    if (!sieve && standsAlone && para > 0 && /:\s*$/.test(text.slice(doc.paragraphs[para - 1].start, doc.paragraphs[para - 1].end))) {
      tryIt('colon before the paragraph', speechInParagraph(para - 1).pop());
    }
    // 3a. `Their report is damning:` ¶ `“…”`, `A spokesman was blunt:` ¶ `“…”`: a paragraph ending in
    // a colon with no speech verb, whose last sentence opens with a document, a body or a person.
    if (!sieve && standsAlone && para > 0 && !speechInParagraph(para - 1).length) {
      const prev = doc.paragraphs[para - 1];
      const last = doc.sentences[spanIndexAt(doc.sentences, Math.max(prev.start, prev.end - 1))];
      const opens = last && /:\s*$/.test(text.slice(last.start, last.end)) ? SUBJECT_BEFORE_COPULA.exec(doc.unquoted.slice(last.start, last.end)) : null;
      if (opens && doc.paragraphs[last.para].kind === 'body') {
        const at = last.start + opens.index + opens[0].indexOf(opens[1]);
        const np = phraseAt(at, opens[1]);
        if (canSpeak(np, true)) tryIt('colon before the paragraph', actOf(np, spanIndexAt(doc.sentences, last.start)));
      }
    }
    // 3b. `Foreign Ministry spokesperson Mao Ning: “…”`: a sentence that is a speaker's name, a
    // colon and the quotation (a transcript's or a live blog's shape). Only a phrase that names a
    // person or a body, and nothing else before the colon (`The message was clear: “…”` is not one).
    if (!sieve && reported.every((sp) => sp.verbStart > q.open)) {
      const colon = /:\s*$/.exec(before);
      const end = colon ? q.open - colon[0].length : -1;
      const np = colon ? nounPhraseEnding(doc.unquoted, s.start, end) : null;
      if (np && !/[\p{L}\p{N}]/u.test(text.slice(s.start, np.start)) && np.text.split(/\s+/).length <= 8) {
        if (canSpeak(np)) tryIt('name and colon', actOf(np, si));
      }
      // `Smith’s response was blunt: “No.”`, `The general’s message to Washington was clear: “…”`:
      // what someone said, named by a noun of speech, owned by the speaker; `Lavrov was blunt: “…”`.
      // (Anchored at the sentence's start: only a short lead-in is read, or a sentence of many
      // quotations would be read again from its start for each.)
      const lead = colon && !sieve && q.open - s.start <= SUBJECT_REACH ? text.slice(s.start, q.open) : null;
      const ownedSpeech = lead !== null ? OWNED_SPEECH.exec(lead) : null;
      const manner = lead !== null && !ownedSpeech ? MANNER_COLON.exec(lead) : null;
      const owned = ownedSpeech ?? manner;
      const owner = owned ? phraseAt(s.start + owned.index + owned[0].indexOf(owned[1]), owned[1]) : null;
      // (`Lavrov was blunt:` names a speaker; `The message was clear:` does not.)
      if (owner && (ownedSpeech || canSpeak(owner))) tryIt('name and colon', actOf(owner, si));
    }
    // `“We will never surrender.” — Volodymyr Zelensky`: a quotation standing alone, signed after a
    // dash at the end of its paragraph (a pull quote, an epigraph).
    if (!sieve && standsAlone) {
      const pi = doc.sentences[endSi]?.para ?? para;
      let from = q.close + 1;
      let paraEnd = doc.paragraphs[pi].end;
      // An embedded post signed on the line below: `“…” ¶ — Ministry of Foreign Affairs (@MFA) May 1, 2024`.
      const nextPara = doc.paragraphs[pi + 1];
      if (!/[\p{L}\p{N}]/u.test(text.slice(from, paraEnd)) && nextPara && /^[—–]/.test(text.slice(nextPara.start, nextPara.start + 2))) [from, paraEnd] = [nextPara.start, nextPara.end];
      // (Only near the paragraph's end: a signature is short, and a paragraph of many quotations
      // must not be read to its end from each.)
      const signed = paraEnd - from <= 100 ? SIGNED_AFTER.exec(text.slice(from, paraEnd)) : null;
      if (signed) {
        const at = from + signed[0].indexOf(signed[1]);
        // (The handle and the date of a post are not the name.)
        const name = signed[1].replace(/\s*\(?@\w+\)?.*$|\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d.*$/u, '');
        tryIt('name and colon', actOf(phraseAt(at, name), endSi, at, true));
      }
    }
    // `“We will respond.” Those were the words of Sergei Lavrov` · `So said X` · `That was how X
    // described it`: a quotation standing alone, attributed by the sentence right after it.
    if (!sieve && standsAlone) {
      const next = doc.sentences[endSi + 1];
      const words = next && next.para === (doc.sentences[endSi]?.para ?? para) ? CATAPHORA.exec(doc.unquoted.slice(next.start, Math.min(next.end, next.start + 120))) : null;
      if (words) {
        // (`That was how X described it`: the phrase ends at its verb.)
        const how = /how$/.test(words[0]) ? /\s(?:described|put|summed\s+up|characteri[sz]ed|explained|saw|called|framed)\b/.exec(doc.unquoted.slice(next.start, next.end)) : null;
        const subject = how ? nounPhraseEnding(doc.unquoted, next.start + words[0].length, next.start + how.index) : after(ctx, next.start + words[0].length, next.end);
        if (subject) tryIt('name and colon', actOf(subject, endSi + 1, subject.start, true));
      }
    }
    // `The Security Council “condemned in the strongest terms” the attack`: the quotation opens with
    // the speech verb (an adverb may precede it) and the sentence up to it is the speaker's name.
    if (!sieve && !standsAlone && reported.every((sp) => sp.verbStart > q.open)) {
      const verb = VERB_OPENING.exec(t.text);
      const np = verb && SPEECH_VERB_FORMS.has(verb[1]) && !/^\w+ing$/.test(verb[1]) ? nounPhraseEnding(doc.unquoted, s.start, q.open) : null;
      if (np && !/[\p{L}\p{N}]/u.test(text.slice(s.start, np.start)) && /^\s*$/.test(text.slice(np.end, q.open))) {
        if (canSpeak(np, true)) tryIt('verb in the quote', actOf(np, si, q.open));
      }
    }
    // 4. A partial quote inside reported speech: the sentence's (outermost) speaker.
    // The nearest verb before the quotation governs it (`X condemned Y after the panel spoke of “…”`).
    const nearest = [...reported].reverse().find((sp) => sp.verbStart < q.open) ?? reported[0];
    tryIt('speech in the sentence', nearest);
    // (`X’s press service said he had told Xi that Belarus was “…”`: a pronoun that no one before it
    // can be leaves the words to the report that carries them, the verb before.)
    if (!sieve && nearest?.subject && /^(?:he|she|they)$/i.test(nearest.subject.text)) {
      tryIt('speech in the sentence', [...reported].reverse().find((sp) => sp.verbStart < nearest.verbStart));
    }
    // 5. `according to X`; `In X’s words, …`; `“…” is how X describes it`.
    tryIt('according to', here.find(isAccording));
    if (!sieve) {
      const from = Math.max(s.start, q.open - SUBJECT_REACH);
      const inWords = IN_WORDS.exec(doc.unquoted.slice(from, q.open));
      const following = !inWords && standsAlone ? doc.unquoted.slice(q.close + 1, Math.min(s.end, q.close + 1 + SUBJECT_REACH)) : null;
      const isHow = following === null ? null : IS_HOW.exec(following) ?? CAME_FROM.exec(following) ?? WORD_USED.exec(following);
      const owner = inWords ?? isHow;
      if (owner) {
        // (The sentence's own full stop is not the speaker's: `… came the reply from Mr. Lee.`)
        tryIt('according to', actOf(phraseAt((inWords ? from : q.close + 1) + owner.index + owner[0].indexOf(owner[1]), owner[1].replace(/\.$/, '')), si));
      }
    }
    // `the Sri Lankan government's decision to ‘declare a pause’`: the owner of the act speaks.
    if (!sieve && !standsAlone) {
      // (The noun first, by a cheap test on the words just before: the full pattern backtracks.)
      const near = doc.unquoted.slice(Math.max(s.start, q.open - 40), q.open);
      const owned = ACT_NOUN_BEFORE.test(near) ? OWNED_ACT.exec(doc.unquoted.slice(Math.max(s.start, q.open - 120), q.open)) : null;
      if (owned) {
        const base = Math.max(s.start, q.open - 120);
        const np = nounPhraseEnding(doc.unquoted, base, base + owned.index + owned[1].length);
        // (Named, or a body.)
        if (np && (mentionsIn(ctx, np.start, np.end + 1).some((m) => !m.place) || ORGANISATION_HEADS.has(lower(np.text.split(/\s+/).pop() ?? '')))) tryIt('speech in the sentence', actOf(np, si));
      }
    }
    // 6. Wording of a text the sentence names before a quotation inside it (`a resolution
    // “deploring” …`, `agreed to the plan, including “all parties concerned”`).
    if (!sieve && !standsAlone) {
      const doc_ = documentBefore(ctx, s.start, q.open);
      if (doc_) [sieve, speaker] = ['document in the sentence', { ...doc_, link: 'document' }];
    }
    // 7 and 8 take only words that read as speech: a quotation standing alone, or one of three words
    // or more. A word or two quoted inside a sentence where no one speaks is a term or a title
    // (`“pelmeni”`, `“defense cooperation”`, `“Guernica”`), not somebody's words.
    const speechLike = standsAlone || t.text.split(/\s+/).length >= 3;
    // `Putin, who hosted the talks, appeared upbeat. “We made real progress.”`: a quotation standing
    // alone after a sentence about a person, in the same paragraph, is that person's (not the last
    // speaker's, who spoke before them).
    if (!sieve && standsAlone && speechLike) {
      const about = previousSubject(ctx, q.open);
      // (Or the paragraph before, when this one is the quotation alone and nobody speaks in that one:
      // `Ethiopia’s prime minister, Abiy Ahmed, has made his aims plain.` ¶ `“We will …”`.)
      const sameOrAlone = (p: number) => p === para || (p === para - 1 && !speechInParagraph(p).length && previous?.para !== p && wholeParagraph(q));
      if (about && sameOrAlone(doc.sentences[about.sentence].para) && !bySentence.has(about.sentence) && (!previous?.speaker || previous.speaker.person !== about.actor)) {
        [sieve, speaker] = ['paragraph speaker', { ...personSpeaker(ctx, about.actor), link: 'name' }];
      }
    }
    // 7. A quotation carrying on the last one: same paragraph, or a paragraph that opens with it.
    if (!sieve && speechLike && previous?.speaker && (previous.para === para || (previous.para === para - 1 && (standsAlone || si - previous.sentence <= 1)))) {
      sieve = 'conversation';
      speaker = previous.speaker;
    }
    // 8. The speech the paragraph reports, nearest first (this paragraph, then the one before).
    if (!sieve && !looksLikeName(t.text) && speechLike) {
      const inPara = speechInParagraph(para).filter((sp) => !isAccording(sp));
      let nearest: Speech | undefined;
      for (const sp of inPara) if (!nearest || Math.abs(sp.verbStart - q.open) < Math.abs(nearest.verbStart - q.open)) nearest = sp;
      nearest ??= speechInParagraph(para - 1).filter((sp) => !isAccording(sp)).pop();
      tryIt('paragraph speaker', nearest);
    }
    // Nobody is said to have said it: a name, a title or a scare quote — not speech.
    if (!sieve) continue;
    if (looksLikeName(t.text) && sieve !== 'verb after the quote' && sieve !== 'verb before the quote') continue;
    // `a resolution titled ‘Aggression against Ukraine’`, `the jet nicknamed the “Vigorous Dragon”`:
    // words the text gives as a name, whoever speaks nearby.
    if (NAMED_AS.test(before)) continue;
    // `the so-called “special military operation”`: the writer's distance, nobody's words; `a
    // “comprehensive strategic partnership” agreement`, `the “Look East” policy`: the name of a
    // thing, before the noun for its kind; `in “The Hindu”`: a title after a preposition.
    // (`the “rock-solid” partnership` is the speaker's word for it: an attribute, not a name.)
    const naming = () => /^[\p{Lu}\d]/u.test(t.text) || KIND_AFTER.test(` ${t.text.split(/\s+/).pop() ?? ''}`);
    if (SCARE_BEFORE.test(before) || (!standsAlone && KIND_AFTER.test(text.slice(q.close + 1, q.close + 40)) && naming())) continue;
    if (/\b(?:in|of|on|for|from|by|at|to|with)\s+$/i.test(before) && (/^The\s+\p{Lu}[\p{L}-]*$/u.test(t.text) || looksLikeName(t.text))) continue;
    const who = speaker as Speaker | null;
    counts[sieve]++;
    const kind: QuoteKind = startsUpper && (standsAlone || /[:,]\s*$/.test(before)) ? 'direct' : 'partial';
    // A quotation carried over paragraphs (each opening with a mark again) is one item per
    // paragraph: each is a contiguous quoted span, all in the one speaker's voice.
    q.segments.forEach((seg, i) => {
      const part = i === 0 && q.segments.length === 1 ? t : quoteText(text, { ...q, segments: [seg], start: seg.start, end: seg.end });
      if (!part.text) return;
      const partKind: QuoteKind = i === 0 ? kind : /^[\p{Lu}\p{N}…'‘]/u.test(part.text) ? 'direct' : 'partial';
      out.push({ text: part.text, start: part.start, end: part.end, speaker: who?.name ?? null, speakerRole: who?.role ?? null, kind: partKind, via: sieve as Sieve, link: who?.link ?? 'unresolved' });
    });
    if (who) addSpoken(ctx.quoted, who, q.close);
    previous = { para: doc.sentences[endSi]?.para ?? para, sentence: endSi, speaker: who };
  }

  // The attributions themselves (for events): every resolved speech act, quotation or not.
  for (const sp of speech) {
    const who = speakerOf(sp);
    acts.push({
      start: sp.subject?.start ?? sp.verbStart,
      end: sp.subject?.end ?? sp.verbEnd,
      verbStart: sp.verbStart,
      verbEnd: sp.verbEnd,
      sentence: sp.sentence,
      speaker: who?.person ?? null,
      speakerText: who?.name ?? sp.subject?.text ?? null,
      role: who?.role ?? null,
      source: who?.person !== null && who?.person !== undefined ? 'person' : who ? 'organisation' : 'unnamed',
    });
  }
  doc.speech = acts;
  doc.quotes = out;
  doc.sieves = counts;
}
