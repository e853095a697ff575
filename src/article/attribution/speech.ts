// Stage 1 of the quote attribution (src/article/stages/04-quotes.ts): the speech verbs of the
// reporter's words, each with the phrase that is its subject — before the verb, after it (inverted),
// past asides, appositives and adverbials.
import { DOCUMENT_HEADS, NEEDS_QUOTE, OPENING_VERBS, QUOTE_NEAR, NEEDS_THAT, NON_SPEECH_AFTER_VERB, ORGANISATION_HEADS, SPEECH_VERB_FORMS, TRAILING_ADVERBIALS } from '../model/attribution.js';
import { ROLE_NOUNS, TITLE_WORDS } from '../model/people.js';
import { firstAtOrAfter, spanIndexAt } from '../spans.js';
import { trieSource } from '../text-tests.js';
import type { ArticleDoc, QuoteSpan } from '../types.js';
import { ISSUED_BY, lower, SUBJECT_REACH, clauseStart, leadingPhraseEnd, nounPhraseEnding, headBeforeModifiers, after, mentionsIn } from './phrases.js';
import type { Speech, Ctx } from './phrases.js';

// One trie-shaped alternation (text-tests.ts): scanned in one pass with a first-letter dispatch.
// Forms of several words match with the single spaces the clean stage leaves.
const VERB_RE = new RegExp(`\\b(?:${trieSource([...SPEECH_VERB_FORMS])})\\b`, 'g');

/** Verbs of belief and expectation that report words in a clause without `that` (`believes the drones were “decisive”`). */
const BELIEF = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'suggest', 'suggests', 'suggested', 'predict', 'predicts', 'predicted', 'fear', 'fears', 'feared', 'expect', 'expects', 'expected']);
/** A clause of its own after the verb (a subject and a finite verb, no comma) that a quotation opens inside. */
const COMPLEMENT = /^\s+(?:the|a|an|this|these|those|it|they|he|she|we|its|his|her|their|\p{Lu}[\p{L}'’-]*)\b[^,.;:“”"]{0,60}?\s(?:is|was|are|were|will|would|could|should|had|has|have|remains?|remained|to\s+be|to\s+remain)\s[^,.;“”"]{0,60}$/u;
function quotedComplement(doc: ArticleDoc, verbEnd: number, end: number): boolean {
  const q = firstQuoteAfter(doc.quoteSpans, verbEnd);
  return !!q && q.open < Math.min(end, verbEnd + 130) && COMPLEMENT.test(doc.text.slice(verbEnd, q.open));
}

/** The first quotation opening after `at` (a binary search over the quotations, sorted by opening). */
function firstQuoteAfter(spans: readonly QuoteSpan[], at: number): QuoteSpan | undefined {
  return spans[firstAtOrAfter(spans, at + 1, (q) => q.open)];
}

/** Whether a quotation opens in (from, to). */
function quoteOpensWithin(spans: readonly QuoteSpan[], from: number, to: number): boolean {
  const q = firstQuoteAfter(spans, from);
  return !!q && q.open < to;
}

/** Offsets of the sentence's reporter words: quotations blanked (doc.unquoted keeps offsets). */
export function findSpeech(ctx: Ctx): Speech[] {
  const { doc } = ctx;
  const out: Speech[] = [];
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(doc.unquoted); m; m = VERB_RE.exec(doc.unquoted)) {
    const si = spanIndexAt(doc.sentences, m.index);
    if (si < 0) continue;
    const s = doc.sentences[si];
    const kind = doc.paragraphs[s.para].kind;
    // A headline's speech counts for its own quotation only (`Macron hails deal as ‘French
    // excellence’`): it is kept, and the quotation loop lets no other sieve use it.
    const headline = kind === 'title' || kind === 'heading';
    const verb = m[0];
    const verbEnd = m.index + verb.length;
    if (nounOrAdjectiveUse(doc.unquoted, m.index, verb)) continue;
    // `so-called`, `long-awaited`: part of a compound, not a verb.
    if (doc.unquoted[m.index - 1] === '-') continue;
    const lv = lower(verb);
    if (NEEDS_THAT.has(lv) || NEEDS_QUOTE.has(lv)) {
      const nextUp = doc.text.slice(verbEnd, verbEnd + 12);
      // (`Here is how the BBC reported it: “…”`: a pronoun object before the colon frames it too.)
      const framed = /^\s*(?:(?:it|this|so)\s*)?(?::|,?\s*that\b|,?\s*[“"‘«])/.test(nextUp) || (NEEDS_QUOTE.has(lv) && /^\s+(?:[\w'’-]+\s+){1,6}as\s/.test(doc.unquoted.slice(verbEnd, Math.min(s.end, verbEnd + 80)))) || /(?:[,.!?…]\s*[”"’»]|[”"’»]\s*,)\s*(?!(?:\S+\s+){0,6}?(?:and|but|while|as|yet)\s)(?:\S+\s+){0,6}$/i.test(doc.text.slice(Math.max(s.start, m.index - 70), m.index));
      // `instructs members to “stand firm”`: a quotation opening close after the verb frames it too.
      // (A headline puts its quotation first as often as not: `‘Pouring oil on fire’ — X slams sale`.)
      const quoted = NEEDS_QUOTE.has(lv) ? quoteOpensWithin(doc.quoteSpans, headline ? s.start - 1 : verbEnd, s.end) : QUOTE_NEAR.has(lv) && quoteOpensWithin(doc.quoteSpans, verbEnd, Math.min(s.end, verbEnd + 40));
      if (!framed && !quoted && !(BELIEF.has(lv) && quotedComplement(doc, verbEnd, s.end))) continue;
    }
    // `X cited (quoted) Y as saying …`: Y speaks; the `as saying` that follows is the same act.
    const cited = /^(?:cited|quoted|citing|quoting|cites|quotes)$/i.test(verb) ? /^\s+(?!by\s|in\s)([^,]+?)(?:\s*,[^,]*,)?\s+as\s+(?:saying|telling|stating|writing)\b/.exec(doc.unquoted.slice(verbEnd, s.end)) : null;
    if (cited) {
      const at = verbEnd + doc.unquoted.slice(verbEnd).indexOf(cited[1]);
      out.push({ verbStart: m.index, verbEnd, sentence: si, subject: { start: at, end: at + cited[1].length, text: cited[1] }, inverted: true });
      VERB_RE.lastIndex = verbEnd + cited[0].length;
      continue;
    }
    // `Putin was quoted as saying …`, `Asif was cited by Dawn as saying …`: the passive's subject speaks.
    const passive = /^(?:quoted|cited)$/i.test(verb) && /^(?:\s+(?:by|in)\s+[^,.;]{1,50}?)?\s+as\s+(?:saying|telling|stating|writing)\b/.test(doc.unquoted.slice(verbEnd, verbEnd + 80))
      ? /\s(?:was|were|is|are|has been|had been|have been)\s+$/.exec(doc.unquoted.slice(Math.max(s.start, m.index - 16), m.index))
      : null;
    if (passive) {
      const end = m.index - passive[0].length;
      // (Read as the subject of a verb there, so that `The minister, Richard Marles, was quoted …`
      // is the name set off by commas, as with `… said`.)
      const asSubject = subjectOf(ctx, s.start, s.end, end, end, 'said');
      const subject = (!asSubject.inverted ? asSubject.subject : null) ?? headBeforeModifiers(ctx, s.start, nounPhraseEnding(doc.unquoted, clauseStart(doc.text, doc.unquoted, s.start, end), end));
      if (subject) {
        out.push({ verbStart: m.index, verbEnd, sentence: si, subject, inverted: false });
        continue;
      }
    }
    // `Putin was told by Kim Jong Un that …`, `“…,” Putin was told by Kim`: the agent after `by` speaks.
    const agent = /^(?:told|assured|warned|informed|urged|reminded|promised)$/i.test(verb) && /\s(?:was|were|is|are|has been|had been|have been)\s+$/.test(doc.unquoted.slice(Math.max(s.start, m.index - 16), m.index))
      ? /^\s+by\s+/.exec(doc.unquoted.slice(verbEnd, verbEnd + 6))
      : null;
    if (agent) {
      const subject = after(ctx, verbEnd + agent[0].length - 1, s.end);
      if (subject) {
        out.push({ verbStart: m.index, verbEnd, sentence: si, subject, inverted: true });
        continue;
      }
    }
    if (/^as\s+$/.test(doc.unquoted.slice(m.index - 3, m.index)) && /ing$/.test(verb)) continue;
    // `…, as quoted by BelTA, …`, `as reported by`: where the words were published, not who spoke.
    if (/^as\s+$/.test(doc.unquoted.slice(m.index - 3, m.index)) && /^(?:quoted|cited|reported)$/i.test(verb) && /^\s+(?:by|in)\b/.test(doc.unquoted.slice(verbEnd, verbEnd + 5))) continue;
    // `called on member states to …`, `told to leave`, `said to be`: not reporting speech.
    // (`called on Russia to “immediately withdraw”`: a call whose words are quoted is speech.)
    const callQuoted = /^call/i.test(verb) && CALL_ON_QUOTED.test(doc.text.slice(verbEnd, Math.min(s.end, verbEnd + 80)));
    if (!callQuoted && NON_SPEECH_AFTER_VERB.test(doc.unquoted.slice(verbEnd, verbEnd + 24)) && !/^(?:according|in\s)/i.test(verb)) continue;
    const found = subjectOf(ctx, s.start, s.end, m.index, verbEnd, verb);
    // `He said … but added …`: a second verb with no subject of its own shares the first one's.
    const prev = out[out.length - 1];
    if (!found.subject && prev?.sentence === si && prev.subject && COORDINATED.test(doc.unquoted.slice(prev.verbEnd, m.index))) {
      found.subject = prev.subject;
      found.inverted = prev.inverted;
    }
    out.push({ verbStart: m.index, verbEnd, sentence: si, ...found, headline });
  }
  // `Writes Alex de Waal: “…”`, `Adds the report: “…”`: a sentence opening with its verb, the
  // speaker after it (the verb capitalised, so the search above, in lower case, passed it by).
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (doc.paragraphs[s.para].kind !== 'body') continue;
    const opening = INVERTED_OPENING.exec(doc.unquoted.slice(s.start, Math.min(s.end, s.start + 24)));
    if (!opening) continue;
    const verbStart = s.start + opening[0].length - opening[1].length;
    const verbEnd = verbStart + opening[1].length;
    const subject = after(ctx, verbEnd, s.end);
    if (subject) out.push({ verbStart, verbEnd, sentence: si, subject, inverted: true });
  }
  // (In text order, as the sieves read them.)
  out.sort((a, b) => a.verbStart - b.verbStart);
  return out;
}

/** The words before a second verb that shares the first one's subject: `… but added`, `… and warned`. */
const COORDINATED = /\b(?:and|but|then|yet)\s+(?:also\s+|later\s+|then\s+)?$/i;

const DETERMINERS_BEFORE = /\b(?:the|a|an|its|his|her|their|our|this|that|these|those|such|no|any|every|whose|of|several|many|two|three)\s+$/i;
/**
 * Words that qualify a noun form of a verb (`official reports`, `member states`, `joint statement`),
 * but are nouns themselves before a real verb: `the official said`, `a member added`.
 */
const MODIFIERS_BEFORE = /\b(?:member|recent|latest|new|earlier|previous|separate|official|joint|written|public)\s+$/i;
/** Forms that are as often nouns (`member states`, `the reports`, `his remarks`). */
const AMBIGUOUS = new Set(['states', 'reports', 'notes', 'claims', 'calls', 'quotes', 'posts', 'tweets', 'demands', 'promises', 'remarks', 'hopes', 'praises', 'thanks', 'labels', 'terms', 'brands', 'counters', 'cites', 'continues', 'concludes', 'statements', 'pledges', 'warnings', 'order', 'orders', 'reports', 'state', 'report', 'note', 'claim', 'call', 'quote', 'post', 'tweet', 'demand', 'promise', 'remark', 'hope', 'label', 'term', 'brand', 'counter', 'thought', 'welcome', 'mention', 'proposal', 'answer']);

/**
 * A verb form used as a noun or an adjective: after a determiner (`the proposed statement`, `a
 * reported deal`), or an ambiguous form (`member states`, `his remarks`) not after a name or pronoun.
 */
function nounOrAdjectiveUse(t: string, at: number, verb: string): boolean {
  const before = t.slice(Math.max(0, at - 40), at);
  if (/^(?:according|in\s)/i.test(verb)) return false;
  if (DETERMINERS_BEFORE.test(before) && !/\b(?:that|of)\s+$/i.test(before)) return true;
  if (!AMBIGUOUS.has(verb.toLowerCase())) return false;
  if (MODIFIERS_BEFORE.test(before)) return true;
  // `Russian state media`, `the ministry's report card`: a noun before the head noun it qualifies.
  const next = /^\s+([\p{Ll}]+)/u.exec(t.slice(at + verb.length, at + verb.length + 24))?.[1];
  if (next && ORGANISATION_HEADS.has(next)) return true;
  const prev = /(\S+)\s+$/.exec(before)?.[1] ?? '';
  // `“…,” Lavrov claims.`: a name right after a quotation (blanked here: a run of spaces), then the
  // form in -s, is its verb.
  if (/\S\s{3,}(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u.test(before) && /s$/.test(verb)) return false;
  // `the Gulf states want`: after a capitalised word a form in -s is a plural noun unless what
  // follows is what a reporting verb takes (`that`, a colon, a quotation, a noun phrase's start).
  const reportingNext = /^\s*(?:that\b|[:,“"‘«]|(?:the|a|an|it|he|she|they|we|his|her|its|their|this|these|those|there)\b|\p{Lu})/u.test(t.slice(at + verb.length, at + verb.length + 12));
  if (/^\p{Lu}/u.test(prev) && /s$/.test(verb) && !reportingNext) return true;
  // `Human Rights Watch, in its latest report, concludes that …`: after an aside, a form in -s
  // followed by what a reporting verb takes is the verb (`Meanwhile, reports say` is not).
  if (prev.endsWith(',') && /s$/.test(verb) && reportingNext) return false;
  // After a name (`Ortega states`), a pronoun or a body (`the report states`) it reports speech.
  return !(/^\p{Lu}/u.test(prev) || /^(?:he|she|it|they|we|who|which)$/i.test(prev) || /(?:statement|report|ministry|office|government|council|spokesman|spokesperson|spokeswoman)$/i.test(prev));
}

/** A document, then who signed, wrote or issued it (group 1 ends at the document's noun). */
const SIGNED_DOCUMENT = new RegExp(`(\\b(?:${[...DOCUMENT_HEADS].join('|')}))\\s*,?\\s+(?:${ISSUED_BY}|(?:seen|obtained)\\s+by)\\s+[^,;]{1,80},?$`, 'iu');

/** `on X to “…”` right after a form of `call`: the call's own words. */
const CALL_ON_QUOTED = /^\s+on\s+(?:[\p{L}’'-]+\s+){1,5}?to\s+[“"‘]/u;

/** A capitalised verb of speech opening a sentence (group 1), the speaker after it. */
const INVERTED_OPENING = new RegExp(`^[\\s\\p{P}]*(${OPENING_VERBS.join('|')})(?=\\s+(?:the\\s+)?\\p{Lu})`, 'u');

/** An adverbial between commas right before a verb (`X, in a speech on state television on Sunday, declared`). */
const PREPOSITIONAL_ASIDE = /,\s+(?:in|during|at|on|after|before|while|with|from|via|through|amid|following|speaking|addressing|writing)\s[^,;“”"]{1,140},\s*$/u;

/** An aside that ends right before a verb: between dashes (`—`, `–`, `--`) or in brackets. */
// (A bracket opening in lower case only: `(SANDF)` and `(Russian Federation)` name the speaker.)
const ASIDE_BEFORE_VERB = /\s(?:—|–|--)\s?[^—–;]{1,160}?\s?(?:—|–|--)\s*$|\s\((?=\p{Ll})[^()]{1,160}\)\s*$/u;

/** `X, a …, said` · `X, who heads …, said` · `X (Country), noting that …, said` · `X, (also) known as Y, said`: X before an aside. */
// (`Joe Wilson, R-S.C., said`: a US lawmaker's party and state.)
const ASIDE_OPENER = /\s*,\s+(?:\d{1,3}(?=,)|[RDI]-\p{Lu}(?:[\p{L}.]*\p{L})?(?=\.?,)|a|an|the|another|one of|who|whose|which|its|his|her|their|[\p{Ll}]+ing|(?:(?:also|better|widely|commonly|popularly)\s+)?(?:[\p{Ll}]+ed|seen|written|sent|given|made|taken|drawn|shown|known|held|led|brought|built|read)\s+(?:by|in|at|from|to|about|on|for|with|after|if|whether|as))\b/u;

/** What may stand before the role noun of an aside: an owner (`Saudi Arabia’s`), up to three capitalised words of a title, up to two lower-case words. */
const ROLE_ASIDE_LEAD = /^\s+(?:(?:[\p{Lu}][\p{L}.-]*\s+){0,2}[\p{Lu}][\p{L}.-]*['’]s\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}(?:[\p{Ll}-]+\s+){0,2}$/u;

const ROLE_NOUN_LENGTH = Math.max(...[...ROLE_NOUNS].map((w) => w.length));
/** The first three letters of every role noun (two of `mp`): most words of an aside are ruled out by them alone. */
const ROLE_NOUN_STARTS = new Set([...ROLE_NOUNS].map((w) => w.slice(0, 3)));

const asciiWord = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/** A role noun as an aside may write it: in lower case, or with a capital first letter. */
function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || (word[0] !== word[0].toLowerCase() && word.slice(1) === word.slice(1).toLowerCase() && ROLE_NOUNS.has(word.toLowerCase()));
}

/**
 * `, commander of the force,` · `, Mali's interim president,` at the end of a clause: a role without
 * an article; the index of the comma that opens it, or -1. (`X, Chief of the General Staff of the Lao
 * People's Army, said`: a role printed as a title too. The owner may be a name of a few words: `,
 * Saudi Arabia’s crown prince,`; or capitalised words of a title come first: `, US Special Envoy for
 * South Asia,`.) The aside is the text between the last two commas; a role noun opens one of its
 * first words, followed by at most 120 characters.
 * (Checked word by word against the role nouns rather than by one pattern holding all of them,
 * which cost ~5 ms to compile in every run that reached it.)
 */
export function roleAsideAt(pre: string): number {
  const end = pre.length - 1;
  if (end < 1 || pre[end] !== ',') return -1;
  const open = pre.lastIndexOf(',', end - 1);
  if (open < 0 || !/\s/.test(pre[open + 1] ?? '')) return -1;
  // Each word start of the aside that is close enough to the closing comma may open the role noun.
  for (const m of pre.slice(open + 1, end).matchAll(/\s+(?=\S)/g)) {
    const start = open + 1 + m.index + m[0].length;
    const opening = pre.slice(start, start + 3).toLowerCase();
    if (end - start > 120 + ROLE_NOUN_LENGTH || !(ROLE_NOUN_STARTS.has(opening) || ROLE_NOUN_STARTS.has(opening.slice(0, 2)))) continue;
    // A role noun (letters and hyphens) ending at a word boundary, then at most 120 characters …
    const word = /^[\p{L}-]+/u.exec(pre.slice(start, end))?.[0] ?? '';
    let role = false;
    for (let k = word.length; k > 0 && !role; k--) {
      const after = start + k;
      role = asciiWord(pre.charCodeAt(after - 1)) !== asciiWord(pre.charCodeAt(after)) && end - after <= 120 && isRoleNoun(word.slice(0, k));
    }
    // … after what may lead a role.
    if (role && ROLE_ASIDE_LEAD.test(pre.slice(open + 1, start))) return open;
  }
  return -1;
}

/**
 * The head before the first aside of a clause that ends in a comma (`X, a …, said` → `X`), or null.
 * One unanchored search: the anchored `^(.*?)…` form backtracks quadratically on long clauses.
 */
function asideHead(preTrim: string): string | null {
  if (!preTrim.endsWith(',')) return null;
  const m = ASIDE_OPENER.exec(preTrim);
  if (!m || m.index + m[0].length >= preTrim.length) return null;
  const head = preTrim.slice(0, m.index).trimEnd();
  return head ? head : null;
}

export function subjectOf(ctx: Ctx, sentStart: number, sentEnd: number, verbStart: number, verbEnd: number, verb: string): { subject: Speech['subject']; inverted: boolean } {
  const { text, doc } = ctx;
  const from = clauseStart(text, doc.unquoted, sentStart, verbStart);
  let pre = doc.unquoted.slice(from, verbStart);
  // An aside right before the verb, between dashes or in brackets (`X — then the TPLF spokesman —
  // said`, `One diplomat (who asked not to be named) said`): the subject is before it.
  const dashed = ASIDE_BEFORE_VERB.exec(pre.slice(-200));
  if (dashed && dashed.index + pre.length - Math.min(200, pre.length) > 0) pre = pre.slice(0, pre.length - dashed[0].length) + ' ';
  // Adverbials between the subject and its verb: `X also said`, `X said on Monday`, `X, in a statement, said`.
  // One pass takes the whole trailing run (the pattern repeats); tried on the last 120 characters
  // only, since an end-anchored pattern is tried at every start.
  const cut = Math.max(0, pre.length - 120);
  const trailing = TRAILING_ADVERBIALS.exec(pre.slice(cut));
  if (trailing) pre = pre.slice(0, cut + trailing.index);
  // `Ethiopia's prime minister, in a speech broadcast on state television on Sunday evening,
  // declared`: an adverbial aside between commas, however long, right before the verb.
  // (Tried only when a comma ends the text: an end-anchored pattern is tried at every start.)
  if (!trailing && pre.trimEnd().endsWith(',')) {
    const prepAside = PREPOSITIONAL_ASIDE.exec(pre.slice(-160));
    const at = prepAside ? pre.length - Math.min(160, pre.length) + prepAside.index : -1;
    if (prepAside && /\p{L}/u.test(pre.slice(0, at))) pre = pre.slice(0, at) + ' ';
  }
  let preTrim = pre.trimEnd();
  // `Abiy Ahmed, speaking in parliament last week, insisted`: an adverbial taken off the end of an
  // aside leaves the aside's closing comma to find its head by.
  if (trailing && /,\s*$/.test(trailing[0]) && preTrim.includes(',') && !preTrim.endsWith(',')) preTrim += ',';
  const according = /^(?:according\s+to|in\s+the\s+words\s+of)$/i.test(verb);
  const participle = /ing$/.test(verb) && !according;
  // Inverted: nothing but punctuation before the verb in the clause (`“…,” said X`, `…, said X,`).
  if (!participle && (according || !/[\p{L}\p{N}]/u.test(preTrim))) return { subject: after(ctx, verbEnd, sentEnd), inverted: true };

  // `X …, saying …`: a participle's subject is the clause's (its first noun phrase).
  if (participle && (/,\s*$/.test(preTrim) || !/[\p{L}\p{N}]/u.test(preTrim))) {
    // The clause's subject: a name it opens with, else its first noun phrase.
    const near = Math.max(sentStart, verbStart - SUBJECT_REACH);
    // `… his speech, in which he implied support for Ukraine, saying …`: the pronoun of the clause
    // the participle closes is its subject, not the sentence's first name.
    const inner = /[,;]?\s*\b(?:in\s+which|where|when|after|as|because|while)\s+(he|she|they|we)\s+(?:\w+ly\s+)?\w+(?:ed|s)\b[^,;]*,\s*$/i.exec(doc.unquoted.slice(near, verbStart));
    if (inner) {
      const at = near + inner.index + inner[0].search(/\b(?:he|she|they|we)\b/i);
      return { subject: { start: at, end: at + inner[1].length, text: inner[1] }, inverted: false };
    }
    // (`Thai navy chief Adm. Adung Phan-iam said …, adding`: the person, not the state in the title.)
    // (An opening phrase may come first: `Maintaining its record of neutrality, India has …, declaring`.)
    const leading = mentionsIn(ctx, near, verbStart).filter((m) => !m.place && /^[\s\p{P}]*(?:[^,;]{1,80},\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}+)\s+){0,4}$/u.test(text.slice(near, m.start)));
    const first = leading.find((m) => ctx.doc.actors[m.actor].kind === 'person') ?? leading.find((m) => /^[\s\p{P}]*(?:[^,;]{1,80},\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u.test(text.slice(near, m.start)));
    if (first) return { subject: { start: first.start, end: first.end, text: text.slice(first.start, first.end) }, inverted: false };
    const lead = nounPhraseEnding(doc.unquoted, near, leadingPhraseEnd(doc.unquoted, near, verbStart));
    return { subject: lead, inverted: false };
  }
  if (participle) {
    // `with Foreign Minister X calling it …`: a participle with a named subject of its own.
    const own = nounPhraseEnding(doc.unquoted, from, from + preTrim.length);
    const person = own && mentionsIn(ctx, own.start, own.end + 1).some((m) => ctx.doc.actors[m.actor].kind === 'person');
    return { subject: person ? own : null, inverted: false };
  }
  // The patterns below all need a comma: a clause without one skips them (and their cost).
  const comma = preTrim.includes(',');
  // `US Ambassador to the UN, Linda Thomas-Greenfield, told …`: the name set off by commas.
  const named = comma ? /,\s*([^,]+?)\s*,?\s*$/.exec(preTrim) : null;
  if (named) {
    const at = from + preTrim.lastIndexOf(named[1]);
    // (`The navy’s spokesperson, Adm. Pokkrong Monthatphalin, said`: the name after its title.)
    const person = mentionsIn(ctx, at, at + named[1].length + 1).find((m) => ctx.doc.actors[m.actor].kind === 'person' && (m.start === at || /^(?:\p{Lu}[\p{L}]*\.?\s+)+$/u.test(text.slice(at, m.start)) && text.slice(at, m.start).trim().split(/\s+/).every((w) => TITLE_WORDS.has(w))));
    if (person && person.end >= at + named[1].length - 2) return { subject: { start: person.start, end: person.end, text: text.slice(person.start, person.end) }, inverted: false };
  }
  // `…, who said`: the person the relative clause is about.
  if (/(?:^|[\s,])(?:who|which)$/i.test(preTrim)) {
    const before = mentionsIn(ctx, from, from + preTrim.length);
    // `…, who said` is about a person; `from Beijing, which called it …` about a state or body.
    // (A person may stand before an aside: `Cao Qingfeng, a Chinese official, who said`; `which` is
    // the thing named right before it: `from Beijing, which`, `the roadmap, which calls for`.)
    if (/which$/i.test(preTrim)) {
      const cut = from + preTrim.search(/\s*,?\s*which$/i);
      const thing = nounPhraseEnding(doc.unquoted, from, cut);
      // A state or body speaks; a plan or a resolution (`the roadmap, which calls for “…”`) is a
      // document whose wording the document sieve gives to the document, as described before.
      const named = thing ? mentionsIn(ctx, thing.start, thing.end + 1) : [];
      return { subject: thing && named.length && named.every((m) => ctx.doc.actors[m.actor].kind !== 'person') ? thing : null, inverted: false };
    }
    const antecedent = /who$/i.test(preTrim) ? before.filter((m) => ctx.doc.actors[m.actor].kind === 'person').pop() : undefined;
    if (antecedent) return { subject: { start: antecedent.start, end: antecedent.end, text: text.slice(antecedent.start, antecedent.end) }, inverted: false };
  }
  // `X, who had just visited China on a trip said`: a relative clause whose closing comma is missing.
  const openRelative = comma ? /\s*,\s+(?:who|which)\s+[^,]*$/u.exec(preTrim) : null;
  if (openRelative && openRelative.index > 0) {
    const head = mentionsIn(ctx, from, from + openRelative.index + 1).filter((m) => ctx.doc.actors[m.actor].kind === 'person').pop();
    if (head) return { subject: { start: head.start, end: head.end, text: text.slice(head.start, head.end) }, inverted: false };
  }
  // `A Sri Lankan consulting firm, the Belt & Road Initiative Sri Lanka, says`: a body, then its name.
  const bodyName = comma ? /,\s+((?:the\s+)?\p{Lu}[^,]{2,79}),$/u.exec(preTrim) : null;
  if (bodyName && ORGANISATION_HEADS.has(lower(/(\S+)\s*$/.exec(preTrim.slice(0, bodyName.index))?.[1] ?? '')) && !/\s\p{Ll}{3,}\s/u.test(bodyName[1].replace(/^the\s+/, ''))) {
    const name = bodyName[1].replace(/^the\s+/, '');
    const at = from + bodyName.index + bodyName[0].lastIndexOf(name);
    return { subject: { start: at, end: at + name.length, text: name }, inverted: false };
  }
  // `X, a …, said`: the name before the aside.
  const aside = comma ? asideHead(preTrim) : null;
  if (aside && /\p{Lu}/u.test(aside)) return { subject: nounPhraseEnding(doc.unquoted, from, from + aside.length), inverted: false };
  // `Lt. Gen. John Smith, commander of the force, told`: a bare role noun opens the aside; the
  // name before it must be a person the text knows.
  const roleAside = comma ? roleAsideAt(preTrim) : -1;
  if (roleAside >= 0) {
    const head = mentionsIn(ctx, from, from + roleAside + 1).filter((m) => ctx.doc.actors[m.actor].kind === 'person').pop();
    if (head && !/[\p{L}\p{N}]/u.test(text.slice(head.end, from + roleAside))) return { subject: { start: head.start, end: head.end, text: text.slice(head.start, head.end) }, inverted: false };
  }
  // `The joint declaration signed by Xi and Lula said`, `The letter, written by X, said`: the text
  // speaks, its signers named by the participle.
  const signed = preTrim.includes(' by ') ? SIGNED_DOCUMENT.exec(preTrim.slice(-200)) : null;
  if (signed) {
    const end = from + preTrim.length - Math.min(200, preTrim.length) + signed.index + signed[1].length;
    const doc_ = nounPhraseEnding(doc.unquoted, from, end);
    if (doc_ && DOCUMENT_HEADS.has(lower(doc_.text.split(/\s+/).pop() ?? ''))) return { subject: doc_, inverted: false };
  }
  // `Pakistan’s air chief, Air Marshal Zaheer Sidhu, said`: a role, then the name of its holder
  // between commas: the person named speaks.
  const holder = comma ? /,\s+([^,]{3,80}),$/.exec(preTrim) : null;
  const nounBefore = holder ? lower(/(\S+)\s*$/.exec(preTrim.slice(0, holder.index))?.[1] ?? '') : '';
  if (holder && ROLE_NOUNS.has(nounBefore)) {
    const at = from + holder.index + holder[0].indexOf(holder[1]);
    const person = mentionsIn(ctx, at, at + holder[1].length + 1).filter((m) => ctx.doc.actors[m.actor].kind === 'person').pop();
    if (person && person.end >= at + holder[1].length - 1) return { subject: { start: person.start, end: person.end, text: text.slice(person.start, person.end) }, inverted: false };
  }
  const np = headBeforeModifiers(ctx, from, nounPhraseEnding(doc.unquoted, from, from + preTrim.length));
  if (np) return { subject: np, inverted: false };
  // Inverted after a reported clause: `…, said Moe Thuzar, a Myanmar analyst …` (a comma, the verb,
  // then a short name or noun phrase that ends the clause).
  if (/,$/.test(preTrim)) {
    const inverted = after(ctx, verbEnd, sentEnd);
    // (Not a clause of its own: `…, said the partnership was “strategic”`.)
    // (Nor a verb's object: `…, warns Cairo of “…”`.)
    if (inverted && inverted.text.split(/\s+/).length <= 8 && /^(?:\p{Lu}|(?:the|a|an)\s)/u.test(inverted.text) && !/\s(?:is|was|are|were|has|had|have|will|would|\p{Ll}{3,}ed)(?:\s|$)/u.test(inverted.text) && !/\s(?:of|to|in|on|for|that|about|against|with)$/.test(inverted.text)) return { subject: inverted, inverted: true };
  }
  return { subject: null, inverted: false };
}
