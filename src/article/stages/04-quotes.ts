// Stage 4 — quotes: every quotation with who said it, as a two-stage sieve (after Muzny et al. 2017,
// "A Two-stage Sieve Approach for Quote Attribution"). Stage 1 links each quotation to the phrase
// that introduces it — a speech verb and its subject — through named sieves tried in order, from the
// most to the least certain. Stage 2 resolves that phrase to a speaker: a named person, a pronoun to
// the person (or body) the text last spoke of, a nominal ("the minister") to the person holding that
// role, an organisation, document or capital as itself. Every sieve counts what it decided
// (`doc.sieves`), so each one's precision can be measured on its own. Quoted names, titles and
// scare quotes nobody is said to have said are left out.
import { appositiveAfter } from '../names.js';
import { TITLE_ABBREVIATIONS } from '../model/abbreviations.js';
import { HEAD_TITLES, ROLE_NOUNS, TITLE_WORDS } from '../model/people.js';
import { statesInText } from '../link.js';
import {
  CAPITALS, DOCUMENT_HEADS, GROUP_PLURALS, MEDIA_HEADS, NEEDS_QUOTE, QUOTE_NEAR, NEEDS_THAT, NON_SPEECH_AFTER_VERB, ORGANISATION_HEADS, SPEECH_VERB_FORMS,
  TRAILING_ADVERBIALS,
} from '../model/attribution.js';
import { firstAtOrAfter, spanIndexAt, within } from '../spans.js';
import { trieSource } from '../text-tests.js';
import type { Actor, ArticleDoc, Mention, QuoteKind, QuoteSpan, ReportQuote, SpeechAct } from '../types.js';

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

/** A speech verb found in the reporter's words, with the phrase that is its subject. */
interface Speech {
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
interface Speaker {
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

// One trie-shaped alternation (text-tests.ts): scanned in one pass with a first-letter dispatch.
// Forms of several words match with the single spaces the clean stage leaves.
const VERB_RE = new RegExp(`\\b(?:${trieSource([...SPEECH_VERB_FORMS])})\\b`, 'g');

/** Whether a quotation opens in (from, to): a binary search over the quotations, sorted by opening. */
/** Verbs of belief and expectation that report words in a clause without `that` (`believes the drones were “decisive”`). */
const BELIEF = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'suggest', 'suggests', 'suggested', 'predict', 'predicts', 'predicted', 'fear', 'fears', 'feared', 'expect', 'expects', 'expected']);
/** A clause of its own after the verb (a subject and a finite verb, no comma) that a quotation opens inside. */
const COMPLEMENT = /^\s+(?:the|a|an|this|these|those|it|they|he|she|we|its|his|her|their|\p{Lu}[\p{L}'’-]*)\b[^,.;:“”"]{0,60}?\s(?:is|was|are|were|will|would|could|should|had|has|have|remains?|remained|to\s+be|to\s+remain)\s[^,.;“”"]{0,60}$/u;
function quotedComplement(doc: ArticleDoc, verbEnd: number, end: number): boolean {
  const spans = doc.quoteSpans;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].open <= verbEnd) lo = mid + 1;
    else hi = mid;
  }
  const q = spans[lo];
  return !!q && q.open < Math.min(end, verbEnd + 130) && COMPLEMENT.test(doc.text.slice(verbEnd, q.open));
}

function quoteOpensWithin(spans: readonly QuoteSpan[], from: number, to: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].open <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].open < to;
}

interface Ctx {
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

const lower = (s: string) => s.toLowerCase();
const LETTER = /[\p{L}\p{N}]/u;

/** Offsets of the sentence's reporter words: quotations blanked (doc.unquoted keeps offsets). */
function findSpeech(ctx: Ctx): Speech[] {
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
      const subject = headBeforeModifiers(ctx, s.start, nounPhraseEnding(doc.unquoted, clauseStart(doc.text, doc.unquoted, s.start, end), end));
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

/** The clause a verb's subject can be in: back to a quotation, a semicolon, a dash or the sentence start. */
/**
 * How far from its verb a subject can start, or end after an inverted verb (characters). A subject
 * phrase is never longer; bounding every look-around keeps the stage linear in the article's length
 * however long a sentence is (a 1 MB line of `said said said …` included).
 */
const SUBJECT_REACH = 240;

function clauseStart(text: string, unquoted: string, sentStart: number, verbStart: number): number {
  const floor = Math.max(sentStart, verbStart - SUBJECT_REACH);
  let start = floor;
  for (let i = verbStart - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    // `Martin Plaut — who has followed it for years — writes`: an aside between two dashes that
    // ends right before the verb; the clause runs on before it (subjectOf takes the aside off).
    if ((c === 0x2014 || c === 0x2013) && !/\S/.test(text.slice(i + 1, verbStart))) {
      // (Searched within the subject's reach only: a search to the start of the text per verb would
      // make a long text of dashes quadratic.)
      const open = floor + text.slice(floor, i).lastIndexOf(text[i]);
      if (open > floor) {
        i = open;
        continue;
      }
    }
    // `;`, an em or en dash, or a closing quotation mark (blanked in the unquoted text).
    if (c === 59 || c === 0x2014 || c === 0x2013 || ((c === 0x201d || c === 34 || c === 0x2019 || c === 0xbb) && unquoted.charCodeAt(i) === 32)) {
      start = i + 1;
      break;
    }
  }
  return start;
}

/** A document, then who signed, wrote or issued it (group 1 ends at the document's noun). */
const SIGNED_DOCUMENT = new RegExp(`(\\b(?:${[...DOCUMENT_HEADS].join('|')}))\\s*,?\\s+(?:signed|issued|written|sent|released|published|drafted|authored|seen|obtained)\\s+by\\s+[^,;]{1,80},?$`, 'iu');

/** A sentence that says whose the quotation before it was; the speaker's phrase follows the match. */
const CATAPHORA = /^\s*(?:(?:Those|These|That|This|Such)\s+(?:were|was|are|is)\s+(?:the\s+)?(?:words|message|warning|verdict|view|assessment|reaction|response|answer|reply|promise|pledge|vow|assurance)\s+(?:of|from)|So\s+(?:said|says)|(?:That|This)\s+(?:was|is)\s+how)(?=\s)/u;

/** `on X to “…”` right after a form of `call`: the call's own words. */
const CALL_ON_QUOTED = /^\s+on\s+(?:[\p{L}’'-]+\s+){1,5}?to\s+[“"‘]/u;

/** A capitalised verb of speech opening a sentence (group 1), the speaker after it. */
const INVERTED_OPENING = /^[\s\p{P}]*(Says|Adds|Writes|Notes|Explains|Argues|Warns|Insists|Recalls|Observes|Concludes|Said|Added|Wrote|Noted)(?=\s+(?:the\s+)?\p{Lu})/u;

/** Object pronouns after `according to` and their subject forms. */
const OBJECT_PRONOUN: Record<string, string> = { him: 'he', her: 'she', them: 'they' };

/** Who signed, wrote or issued the document just named (group 1). */
const BY_SIGNER = /^\s*,?\s+(?:signed|issued|written|sent|released|published|drafted|authored)\s+by\s+([^,;]{1,80}?)\s*,?\s*$/u;

/** An adverbial between commas right before a verb (`X, in a speech on state television on Sunday, declared`). */
const PREPOSITIONAL_ASIDE = /,\s+(?:in|during|at|on|after|before|while|with|from|via|through|amid|following|speaking|addressing|writing)\s[^,;“”"]{1,140},\s*$/u;

/** An aside that ends right before a verb: between dashes (`—`, `–`, `--`) or in brackets. */
// (A bracket opening in lower case only: `(SANDF)` and `(Russian Federation)` name the speaker.)
const ASIDE_BEFORE_VERB = /\s(?:—|–|--)\s?[^—–;]{1,160}?\s?(?:—|–|--)\s*$|\s\((?=\p{Ll})[^()]{1,160}\)\s*$/u;

/** `X, a …, said` · `X, who heads …, said` · `X (Country), noting that …, said`: X before an aside. */
const ASIDE_OPENER = /\s*,\s+(?:\d{1,3}(?=,)|a|an|the|another|one of|who|whose|which|its|his|her|their|[\p{Ll}]+ing|(?:[\p{Ll}]+ed|seen|written|sent|given|made|taken|drawn|shown|known|held|led|brought|built|read)\s+(?:by|in|at|from|to|about|on|for|with|after|if|whether))\b/u;

/** `, commander of the force,` · `, Mali's interim president,` at the end of a clause: a role without an article. */
// (`X, Chief of the General Staff of the Lao People's Army, said`: a role printed as a title too.)
const ROLE_ASIDE = new RegExp(`,\\s+(?:[\\p{Lu}][\\p{L}.-]*['’]s\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}${trieSource([...ROLE_NOUNS, ...[...ROLE_NOUNS].map((w) => w[0].toUpperCase() + w.slice(1))])}\\b[^,]{0,120},$`, 'u');

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

function subjectOf(ctx: Ctx, sentStart: number, sentEnd: number, verbStart: number, verbEnd: number, verb: string): { subject: Speech['subject']; inverted: boolean } {
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
  let preTrim = pre.replace(/\s+$/, '');
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
  const roleAside = comma ? ROLE_ASIDE.exec(preTrim) : null;
  if (roleAside) {
    const head = mentionsIn(ctx, from, from + roleAside.index + 1).filter((m) => ctx.doc.actors[m.actor].kind === 'person').pop();
    if (head && !/[\p{L}\p{N}]/u.test(text.slice(head.end, from + roleAside.index))) return { subject: { start: head.start, end: head.end, text: text.slice(head.start, head.end) }, inverted: false };
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

/** Where the first noun phrase of a clause ends: the first comma, verb-like or clause word after it. */
function leadingPhraseEnd(t: string, from: number, to: number): number {
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
function nounPhraseEnding(t: string, from: number, to: number): Speech['subject'] {
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
  `^\\s+((?:[^,.;:“”"]|\\.(?=\\p{Ll})|(?<=\\b(?:${TITLE_SHORT})|\\b\\p{Lu})\\.)+?)(?=\\s*(?:[,;:]|(?<!\\b(?:${TITLE_SHORT}))\\.|$|\\s+(?:on|in|at|during|after|before|while|when)\\s))`,
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
function headBeforeModifiers(ctx: Ctx, from: number, np: Speech['subject']): Speech['subject'] {
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
function after(ctx: Ctx, verbEnd: number, sentEnd: number): Speech['subject'] {
  const { doc } = ctx;
  const rest = doc.unquoted.slice(verbEnd, Math.min(sentEnd, verbEnd + SUBJECT_REACH));
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

// ---------------------------------------------------------------------------------------------
// Stage 2: a subject phrase → a speaker.

function mentionsIn(ctx: Ctx, start: number, end: number): Mention[] {
  return within(ctx.mentions, start, end).filter((m) => !m.inQuote && m.end <= end);
}

function personSpeaker(ctx: Ctx, actor: number, role: string | null = null): Speaker {
  const a = ctx.doc.actors[actor];
  return { name: a.name, role: role ?? a.role, person: actor, kind: 'person' };
}

/** Title case for a name printed in capitals (`DMITRY A. POLYANSKIY` → `Dmitry A. Polyanskiy`). */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

function stripDeterminer(s: string): string {
  return s.replace(/^(?:the|a|an|one|another)\s+/i, '').replace(/\s+/g, ' ').trim();
}

/**
 * Who spoke before `at`, most recent first, back to `range` characters: the speech acts and the
 * quotations' speakers, two lists in text order merged (at one place, the quotation's comes first).
 */
function* spokenBefore(ctx: Ctx, at: number, range: number): Generator<Spoken> {
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
function lastSpokenWhere(ctx: Ctx, at: number, range: number, test: (s: Spoken) => boolean): Spoken | undefined {
  for (const s of spokenBefore(ctx, at, range)) if (test(s)) return s;
  return undefined;
}

/**
 * Record who spoke at `at`, keeping the list in text order. Speech acts and quotations each come in
 * text order, so this appends; anything else is put in its place (a binary search, one move).
 */
function addSpoken(list: Spoken[], speaker: Speaker, at: number): void {
  if (!list.length || list[list.length - 1].at <= at) {
    list.push({ speaker, at });
    return;
  }
  list.splice(firstAtOrAfter(list, at + 1, spokenAt), 0, { speaker, at });
}

/** Words that may open a sentence before its subject: a name's title words, an adverbial. */
const BEFORE_SUBJECT = /^[\s\p{P}]*(?:(?:Meanwhile|However|Later|Earlier|Separately|Also|Then|But|And|On\s+\p{Lu}\p{Ll}+|In\s+\p{Lu}\p{Ll}+)\s*,?\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|and)\s+){0,6}$/u;

/** The person who is the subject of the sentence before `at` (same or previous paragraph), if any. */
function previousSubject(ctx: Ctx, at: number): { actor: number; sentence: number } | null {
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
  return first && BEFORE_SUBJECT.test(ctx.text.slice(start, first.start)) ? first : null;
}

/**
 * The person the sentence holding `at` opens with as its subject, when `at` is in a later clause
 * joined to it (`, and`, `, but`, `;`), or null.
 */
function sentenceSubject(ctx: Ctx, at: number): number | null {
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

/** The most recent speaker (or, failing that, person mentioned) compatible with a pronoun. */
function pronounSpeaker(ctx: Ctx, pronoun: string, at: number): Speaker | null {
  const p = lower(pronoun);
  if (p === 'he' || p === 'she') {
    const gender = p === 'he' ? 'm' : 'f';
    const ok = (a: Actor) => a.kind === 'person' && (!a.gender || a.gender === gender || !a.genderFromText);
    // Speakers first (they are who "he said" means), then people merely named before. Of the last
    // two people who spoke, one whose gender (even from a list of names) agrees wins over the more
    // recent one; a gender the text gave is never overridden.
    // The person the sentence just before is about, when nobody spoke in it (`US Secretary of State
    // Antony Blinken, speaking in Manila, took a different view. ¶ “…,” he said.`): a writer says
    // `he` of the person last named as a subject, not of one who spoke paragraphs ago.
    // `Putin has ramped up efforts …, and on Wednesday he declared …`: a pronoun in a clause joined
    // to one whose subject is a person is that person.
    const own = sentenceSubject(ctx, at);
    if (own !== null && (!ctx.doc.actors[own].gender || ctx.doc.actors[own].gender === gender)) return personSpeaker(ctx, own);
    const subject = previousSubject(ctx, at);
    // (Only where nobody spoke since: else the speakers below decide, gender first.)
    const gendered = subject ? ctx.doc.actors[subject.actor].gender : null;
    if (subject && (!gendered || gendered === gender) && spokenBefore(ctx, at, at - ctx.doc.sentences[subject.sentence].start).next().done) {
      return personSpeaker(ctx, subject.actor);
    }
    const recent: Speaker[] = [];
    for (const s of spokenBefore(ctx, at, 4000)) {
      if (recent.length >= 2) break;
      if (s.speaker.kind !== 'person') continue;
      if (s.speaker.person !== null && !ok(ctx.doc.actors[s.speaker.person])) continue;
      if (!recent.some((r) => r.name === s.speaker.name)) recent.push(s.speaker);
    }
    const genderOf = (sp: Speaker | undefined) => (sp && sp.person !== null ? ctx.doc.actors[sp.person].gender : null);
    const named = within(ctx.mentions, Math.max(0, at - 3000), at).filter((m) => !m.inQuote && ctx.doc.actors[m.actor].kind === 'person');
    // `The contract was signed by Defence Minister Prabowo Subianto. ¶ “…,” he said`: the one person
    // the sentence before named, when nobody spoke since.
    const here = spanIndexAt(ctx.doc.sentences, at);
    const prev = here > 0 ? ctx.doc.sentences[here - 1] : null;
    if (prev && ctx.doc.sentences[here].para - prev.para <= 1 && ctx.doc.paragraphs[prev.para].kind === 'body' && spokenBefore(ctx, at, at - prev.start).next().done) {
      const inPrev = new Set(named.filter((m) => m.start >= prev.start && m.end <= prev.end && !m.place).map((m) => m.actor));
      const only = inPrev.size === 1 ? [...inPrev][0] : null;
      if (only !== null && (!ctx.doc.actors[only].gender || ctx.doc.actors[only].gender === gender)) return personSpeaker(ctx, only);
    }
    // (A gender from a list of first names is a hint only: `Moe Thuzar … she said` is her, though
    // the list has Moe as a man's name.)
    const chosen = recent[1] && genderOf(recent[0]) && genderOf(recent[0]) !== gender && genderOf(recent[1]) === gender ? recent[1] : recent[0];
    if (chosen) return chosen;
    for (let i = named.length - 1; i >= 0; i--) if (ok(ctx.doc.actors[named[i].actor])) return personSpeaker(ctx, named[i].actor);
    return null;
  }
  // `it`: the document or body the previous sentence was about (`The resolution, drafted by the US,
  // authorized … ¶ It also reaffirmed “…”`), even though it did not speak there …
  // `they`: the group the previous sentence was about (`Opposition lawmakers criticised the deal. They
  // said …`); `it`: a body named there too (`The military rejected the findings. It called …`).
  if (p === 'it' || p === 'they') {
    const here = spanIndexAt(ctx.doc.sentences, at);
    const prev = here > 0 ? ctx.doc.sentences[here - 1] : null;
    if (prev && ctx.doc.paragraphs[prev.para].kind !== 'title') {
      const lead = headBeforeModifiers(ctx, prev.start, nounPhraseEnding(ctx.doc.unquoted, prev.start, leadingPhraseEnd(ctx.doc.unquoted, prev.start, prev.end)));
      const headWord = lead ? lower(lead.text.split(/\s+/).pop() ?? '') : '';
      const body = lead && p === 'it' && mentionsIn(ctx, lead.start, lead.end + 1).some((m) => !m.place && ctx.doc.actors[m.actor].kind !== 'person' && m.end >= lead.end - 1);
      const fits = p === 'it' ? DOCUMENT_HEADS.has(headWord) || ORGANISATION_HEADS.has(headWord) || body : GROUP_PLURALS.has(headWord);
      if (lead && lead.start - prev.start < 4 && fits) {
        const who = resolve(ctx, { verbStart: lead.end, verbEnd: lead.end, sentence: here - 1, subject: lead, inverted: false });
        if (who && who.kind === 'body') return who;
      }
    }
  }
  // … else the last body or group that spoke.
  for (const s of spokenBefore(ctx, at, 4000)) {
    if (s.speaker.kind === 'body') return s.speaker;
    if (p === 'they' && s.speaker.person !== null) continue;
  }
  return null;
}

/** `leader of the Russian delegation`: the body someone led (its noun, group 1). */
const LED_BODY = /^(?:leader|head|chief)\s+of\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}?(delegation|team|mission|group|visit|expedition|talks)$/u;

/** Heads of state or government: `the Chinese president` may be the one introduced as `Chinese leader`. */
const LEADER_HEADS = new Set(['president', 'leader', 'premier', 'chairman', 'king', 'emir', 'sultan', 'ruler', 'monarch']);

/** The states a phrase or a role names (`Chinese president`, `Brunei’s Foreign Minister`). */
const statesIn = (phrase: string): Set<string> => new Set(statesInText(phrase));

/** `the minister`, `the diplomat`: the person whose role or title has that word, most recent first. */
function nominalSpeaker(ctx: Ctx, phrase: string, at: number, headline = false): Speaker | null {
  // `the head of the Russian delegation`: the head noun is before `of`.
  const core = lower(stripDeterminer(phrase)).replace(/\s+(?:of|for|to|at|in|with)\s.*$/, '');
  const words = core.split(/\s+/);
  // `the ex-president`, `the president-elect`: the office's noun; `the 71-year-old`: a person.
  const head = words[words.length - 1].replace(/['’]s$/, '').replace(/^ex-/, '').replace(/-elect$/, '').replace(/^\d+-year-old$/, 'year-old');
  if (!ROLE_NOUNS.has(head) && head !== 'year-old') return null;
  if (/^(?:analysts|officials|experts|diplomats)$/.test(head)) return null;
  // `the leader of the Russian delegation` after `a delegation from Moscow led by … Nikolai
  // Patrushev`: the person the text said led that body.
  const ledBody = LED_BODY.exec(lower(stripDeterminer(phrase)));
  if (ledBody && !headline) {
    const from = Math.max(0, at - 3000);
    const window = ctx.doc.unquoted.slice(from, at);
    const led = new RegExp(`\\b${ledBody[1]}s?\\b[^.;]{0,100}?\\b(?:led|headed)\\s+by\\s`, 'giu');
    let last: RegExpExecArray | null = null;
    for (let m = led.exec(window); m; m = led.exec(window)) last = m;
    if (last) {
      const after = from + last.index + last[0].length;
      const person = within(ctx.mentions, after, after + 120).find((m) => !m.inQuote && ctx.doc.actors[m.actor].kind === 'person');
      if (person) return personSpeaker(ctx, person.actor);
    }
  }
  // A headline's `Azerbaijan’s President` is named in the article below it: the first one there.
  const named = (headline ? within(ctx.mentions, at, at + 4000).reverse() : within(ctx.mentions, Math.max(0, at - 4000), at)).filter((m) => !m.inQuote && ctx.doc.actors[m.actor].kind === 'person');
  // `a former diplomat … said` ¶ `“…,” the diplomat added`: the definite phrase takes up the unnamed
  // speaker of the same noun, unless someone holding that noun in a role was named after them.
  if (!headline) {
    const unnamed = lastSpokenWhere(ctx, at, 3000, (s) => s.speaker.person === null && lower(s.speaker.name).split(/\s+/).pop() === head);
    const laterHolder = unnamed && named.some((m) => m.start > unnamed.at && lower(ctx.doc.actors[m.actor].role ?? '').split(/[\s,-]+/).includes(head));
    if (unnamed && !laterHolder) return unnamed.speaker;
  }
  // `the Chinese president`: the state the phrase names must be the state of the role it points at.
  const state = statesIn(stripDeterminer(phrase));
  const leader = LEADER_HEADS.has(head);
  // Epithets for the person the story is about: `the Russian leader`, `the Kremlin chief`, `the 71-year-old`.
  const epithet = leader || head === 'chief' || head === 'year-old';
  // (`The head of state noted …, the Belarusian leader stressed` ¶ `According to the President`: a
  // head of state who spoke since the titled one was named is the one meant.)
  const lastSpeaker = leader && !state.size && !headline ? lastSpokenWhere(ctx, at, 3000, (x) => x.speaker.kind === 'person' && x.speaker.person !== null) : undefined;
  const leaderRole = (role: string | null) => !role || lower(role).split(/[\s,-]+/).some((w) => LEADER_HEADS.has(w));
  // The person whose role or title has the noun (or, for a head of state, the same state), most recent first …
  for (let i = named.length - 1; i >= 0; i--) {
    const a = ctx.doc.actors[named[i].actor];
    if (!a.role) continue;
    const roleWords = lower(a.role).split(/[\s,-]+/);
    const roleStates = statesIn(a.role);
    if (state.size && roleStates.size && ![...state].some((x) => roleStates.has(x))) continue;
    if (roleWords.includes(head) && lastSpeaker && lastSpeaker.at > named[i].start && lastSpeaker.speaker.person !== named[i].actor && leaderRole(lastSpeaker.speaker.role)) return lastSpeaker.speaker;
    if (roleWords.includes(head)) return personSpeaker(ctx, named[i].actor);
    if (state.size && leader && [...state].some((x) => roleStates.has(x)) && roleWords.some((w) => LEADER_HEADS.has(w))) return personSpeaker(ctx, named[i].actor);
  }
  const foreign = (role: string | null) => state.size > 0 && ![...statesIn(role ?? '')].every((x) => state.has(x));
  // `Aleksandr Lukashenko met Xi Jinping … ¶ “…,” the Belarusian leader said` · `The President
  // noted`: a head of state the text gave no title to is the person the sentence before was about,
  // or the one who spoke last.
  if (epithet && !headline) {
    const salient = previousSubject(ctx, at);
    if (salient && !foreign(ctx.doc.actors[salient.actor].role)) return personSpeaker(ctx, salient.actor);
    const last = spokenBefore(ctx, at, 1500).next().value;
    if (last && last.speaker.kind === 'person' && last.speaker.person !== null && !foreign(last.speaker.role)) return last.speaker;
    // … or, nobody having spoken, the person named last in this paragraph or the two before it
    // (`Kim Jong Un arrived …` ¶ … ¶ `“…,” the leader said`), unless their role is another state's.
    const para = ctx.doc.sentences[Math.max(0, spanIndexAt(ctx.doc.sentences, at))]?.para ?? 0;
    const since = ctx.doc.paragraphs[Math.max(0, para - 2)].start;
    const recent = named.filter((m) => m.start >= since).pop();
    // (A role of another kind is someone else: an analyst is not `the president`, a minister not `the chief`.)
    const role = recent ? ctx.doc.actors[recent.actor].role : null;
    const fits = !role || head === 'year-old' || (leader && lower(role).split(/[\s,-]+/).some((w) => LEADER_HEADS.has(w)));
    // (A last speaker of another state does not stand in the way: `Xi told Mirziyoyev …. The Uzbek leader said`.)
    const blocking = last && !(last.speaker.kind === 'person' && foreign(last.speaker.role));
    if (recent && !blocking && fits && !foreign(role)) return personSpeaker(ctx, recent.actor);
  }
  // `Gen. Phan Van Giang hosted his Russian counterpart. The Vietnamese minister said`: the person
  // the sentence before was about, when nobody spoke since and the text gave them no role of
  // another state.
  if (!headline) {
    const salient = previousSubject(ctx, at);
    if (salient && !foreign(ctx.doc.actors[salient.actor].role) && spokenBefore(ctx, at, at - ctx.doc.sentences[salient.sentence].start).next().done) return personSpeaker(ctx, salient.actor);
  }
  // A role printed as a title (`Brunei’s Foreign Minister`, `the Defense Minister`) that no one
  // named holds is someone of its own, not whoever spoke last (`the Russian leader` may be).
  if (headline || stripDeterminer(phrase).split(/\s+/).some((w) => HEAD_TITLES.has(w))) return null;
  // … else the last person who spoke, or was named, with a role of some kind.
  // (Never one whose role ties them to another state: `the leader of the Russian delegation` is not
  // the Nicaraguan dictator who spoke before.)
  // (`the Lao foreign minister` is nobody whose role names no state: a state in the phrase must be
  // in the role.)
  // (`the president` is nobody whose role names another office: an analyst who spoke is not.)
  const ours = (role: string | null) => !foreign(role) && (state.size === 0 || [...statesIn(role ?? '')].some((x) => state.has(x))) && (!leader || !role || lower(role).split(/[\s,-]+/).some((w) => LEADER_HEADS.has(w)));
  for (const s of spokenBefore(ctx, at, 3000)) {
    if (s.speaker.kind === 'person' && (s.speaker.role || s.speaker.person !== null) && ours(s.speaker.role)) return s.speaker;
  }
  for (let i = named.length - 1; i >= 0; i--) if (ctx.doc.actors[named[i].actor].role && ours(ctx.doc.actors[named[i].actor].role)) return personSpeaker(ctx, named[i].actor);
  return null;
}

/** A body named in lower case (`the foreign ministry`, `the military government`): an issuer too. */
const LOWER_BODY = `the\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${[...ORGANISATION_HEADS].join('|')})`;
const issuerPatterns = new Map<string, RegExp>();
/** The patterns naming who issued a document of one kind, compiled once per kind. */
function issuerPattern(noun: string): RegExp {
  let re = issuerPatterns.get(noun);
  if (!re) issuerPatterns.set(noun, (re = new RegExp(`(?:\\b${noun}s?\\s+(?:from|by|of|issued by|released by)\\s+(?:the\\s+)?([\\p{Lu}][^,.;:“”"]{2,60}?|${LOWER_BODY})(?=\\s*(?:[,.;:]|$|\\s+(?:said|says|on|in|that|which|stressed|noted|added)\\b))|\\b(?:the\\s+)?([\\p{Lu}][\\p{L}’' -]{2,60}?|${LOWER_BODY})\\s+(?:said|says|stated|declared|added|noted)\\s+in\\s+(?:a|its|the)\\s+(?:joint\\s+)?${noun}|\\b[Ii]n\\s+(?:a|its|the)\\s+(?:joint\\s+)?${noun},?\\s+(?:the\\s+)?([\\p{Lu}][\\p{L}’' -]{2,60}?|${LOWER_BODY})(?=\\s*,|\\s+(?:said|says|stated|declared|added|noted)\\b))`, 'gu')));
  re.lastIndex = 0;
  return re;
}

/** The issuer of a document: `X said in a statement`, `a statement from X`, `X's statement`. */
function documentIssuer(ctx: Ctx, paraStart: number, at: number, noun: string): string | null {
  const text = ctx.text.slice(paraStart, at);
  const re = issuerPattern(noun);
  let last: string | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = (m[1] ?? m[2] ?? m[3]).trim().replace(/^the\s+/i, '');
  return last;
}

const DOCUMENT_NOUN = new RegExp(`\\b(?:${['resolution', 'draft', 'statement', 'declaration', 'communique', 'communiqué', 'report', 'letter', 'text', 'motion', 'plan', 'roadmap', 'road map', 'consensus', 'agreement', 'accord', 'treaty', 'charter', 'proposal', 'memorandum', 'decree', 'law'].join('|')})s?\\b`, 'gi');

const DESCRIBED_BEFORE = /\b(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,2})$/iu;
const DRAWN_UP_BY = /^[^.]{0,120}?\b(?:drawn up|issued|proposed|put forward|adopted|published|released|written|signed)\s+by\s+(?:the\s+)?([\p{Lu}][^,.;]{2,80})/u;

/**
 * `the plan` → the plan as the text described it earlier (`a five-point plan drawn up by ASEAN`):
 * the fullest earlier description of the same noun, and who drew it up.
 */
function describedDocument(ctx: Ctx, noun: string, before: number): { name: string; role: string } | null {
  const { text } = ctx;
  const from = Math.max(0, before - 3000);
  let best: { name: string; author: string | null } | null = null;
  const key = lower(noun);
  const lowerText = ctx.doc.unquoted.slice(from, before).toLowerCase();
  for (let i = lowerText.indexOf(key); i >= 0; i = lowerText.indexOf(key, i + key.length)) {
    const at = from + i;
    const described = DESCRIBED_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (!described || !described[1]) continue;
    const name = `${described[1]}${text.slice(at, at + noun.length)}`;
    const author = DRAWN_UP_BY.exec(text.slice(at + noun.length, Math.min(before, at + noun.length + 140)));
    if (!best || name.length >= best.name.length) best = { name, author: author ? author[1].trim() : null };
  }
  if (!best) return null;
  return { name: `the ${best.name}`, role: `document${best.author ? ` drawn up by the ${best.author.replace(/^the\s+/i, '')}` : ''}` };
}

/** The text (resolution, statement, report …) a sentence names before a quotation, as a speaker. */
function documentBefore(ctx: Ctx, sentStart: number, quoteOpen: number): Speaker | null {
  const t = ctx.doc.unquoted;
  // Within reach of the quotation only (a search running on to the end of the text would make a
  // sentence of many quotations quadratic).
  const from = Math.max(sentStart, quoteOpen - SUBJECT_REACH);
  const window = t.slice(from, quoteOpen);
  let found: RegExpExecArray | null = null;
  DOCUMENT_NOUN.lastIndex = 0;
  for (let m = DOCUMENT_NOUN.exec(window); m; m = DOCUMENT_NOUN.exec(window)) found = m;
  if (!found) return null;
  const last = { index: from + found.index, 0: found[0] };
  // `draft` alone is a verb as often as a noun; `draft resolution` is caught by `resolution`.
  if (/^draft$/i.test(last[0]) && !/^\s+(?:text|resolution)/i.test(t.slice(last.index + 5))) return null;
  const np = nounPhraseEnding(t, from, last.index + last[0].length);
  const phrase = np ? stripDeterminer(np.text) : last[0];
  // `The following statement was issued by the Tigray External Affairs Office: “…”`: named with its issuer.
  const issued = /^\s*,?\s+(?:was\s+|were\s+)?(?:signed|issued|written|sent|released|published|drafted|authored)\s+by\s+(?:the\s+)?([^,;:]{2,80}?)\s*(?:[,:]|$)/u.exec(t.slice(last.index + last[0].length, quoteOpen));
  if (issued) {
    // (A person's name with a role before it is named as the person: `analyst Siemon Wezeman`.)
    const at = last.index + last[0].length + issued.index + issued[0].indexOf(issued[1]);
    const person = mentionsIn(ctx, at, at + issued[1].length + 1).find((m) => ctx.doc.actors[m.actor].kind === 'person' && m.end >= at + issued[1].length - 1);
    const issuer = person ? ctx.doc.actors[person.actor].name : issued[1];
    return { name: `${issuer} ${phrase.replace(/^following\s+/i, '')}`, role: phrase, person: person?.actor ?? null, kind: person ? 'person' : 'body' };
  }
  // A bare `the plan` is the plan the text described before.
  const described = phrase.split(/\s+/).length === 1 ? describedDocument(ctx, last[0], sentStart) : null;
  if (described) return { name: described.name, role: described.role, person: null, kind: 'body' };
  return { name: phrase, role: 'document', person: null, kind: 'body' };
}

function resolve(ctx: Ctx, speech: Speech): Speaker | null {
  const linked = linkMention(ctx, speech);
  return linked && { ...linked[0], link: linked[1] };
}

/** Stage 2: the speaker a speech act's subject names, and how it was reached. */
function linkMention(ctx: Ctx, speech: Speech): [Speaker, Link] | null {
  const subject = speech.subject;
  if (!subject) return null;
  const phrase = subject.text;
  const sentence = ctx.doc.sentences[speech.sentence];
  // A person named in the phrase: the last one is its head (`Min Aung Hlaing's spokesman Zaw Min Tun`).
  const ms = mentionsIn(ctx, subject.start, subject.end + 1);
  // `Kishida’s spokesman`: a person in the possessive owns the role that speaks; only a name after
  // it (`Min Aung Hlaing's spokesman Zaw Min Tun`) is the speaker.
  const people = ms.filter((m) => ctx.doc.actors[m.actor].kind === 'person' && !m.place && !(/^['’]s?\s/.test(ctx.text.slice(m.end, m.end + 3)) && m.end < subject.end - 3));
  // The head is before a complement: `a spokesman for the US Embassy` is a spokesman.
  const headWord = lower(phrase.replace(/['’]s$/, '').replace(/\s+(?:of|for|to|at|in|with)\s.*$/i, '').split(/\s+/).pop() ?? '');
  const owned = people.length === 0 && ms.some((m) => ctx.doc.actors[m.actor].kind === 'person' && /^['’]s?\s/.test(ctx.text.slice(m.end, m.end + 3)));
  if (people.length && !DOCUMENT_HEADS.has(headWord) && !ORGANISATION_HEADS.has(headWord)) {
    // `“…,” said Jane Roe, a fellow at Chatham House`: the role given here wins over an earlier one.
    const head = people[people.length - 1];
    const appositive = speech.inverted ? appositiveAfter(ctx.text.slice(head.end, sentence.end), head.end) : null;
    return [personSpeaker(ctx, head.actor, appositive?.role ?? null), 'name'];
  }
  // `Dhaka has rejected what it called “…”`: the pronoun is the clause's own subject.
  if (/^(?:it|they)$/i.test(phrase) && /\bwhat\s+$/i.test(ctx.text.slice(Math.max(sentence.start, subject.start - 8), subject.start))) {
    const own = within(ctx.mentions, sentence.start, subject.start).find((m) => !m.inQuote && ctx.doc.actors[m.actor].kind !== 'person');
    if (own && /^[\s\p{P}]*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u.test(ctx.text.slice(sentence.start, own.start))) {
      return linkMention(ctx, { ...speech, subject: { start: own.start, end: own.end, text: ctx.text.slice(own.start, own.end) } });
    }
  }
  if (/^(?:he|she|they|it|we)$/i.test(phrase)) {
    const who = pronounSpeaker(ctx, phrase, speech.verbStart);
    return who && [who, 'pronoun'];
  }
  // `According to him`, `in the words of her`: the object forms stand for the same person.
  const objectForm = OBJECT_PRONOUN[lower(phrase)];
  if (objectForm) {
    const who = pronounSpeaker(ctx, objectForm, speech.verbStart);
    return who && [who, 'pronoun'];
  }
  // A name printed in capitals, UN press style: `DMITRY A. POLYANSKIY (Russian Federation)`.
  const caps = /^((?:\p{Lu}[\p{Lu}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Lu}'’-]+|\p{Lu}\.))+)(?:\s*\(([^)]+)\))?/u.exec(phrase);
  if (caps) return [{ name: titleCase(caps[1]), role: caps[2] ?? null, person: null, kind: 'person' }, 'name'];
  const bare = stripDeterminer(phrase);
  if (DOCUMENT_HEADS.has(headWord)) {
    // `the junta statement`, `the UN resolution`: the document says who issued it; a bare `the
    // statement` is the one the paragraph named (`… said in a statement`, `a statement from X`).
    // The paragraph and the two before it (`In a statement, Brunei … said` ¶ … ¶ `the statement said`).
    // `The letter, signed by Defence Minister Luis Petri, said`: the signer issued it.
    const by = BY_SIGNER.exec(ctx.doc.unquoted.slice(subject.end, Math.min(speech.verbStart, subject.end + 120)));
    if (by) {
      const at = subject.end + by.index + by[0].lastIndexOf(by[1]);
      // (A person only when the phrase is their name and title: `the office of President X` is the office.)
      const signer = mentionsIn(ctx, at, at + by[1].length + 1).filter((m) => !m.place);
      const titles = ctx.text.slice(at, signer[0]?.start ?? at).split(/\s+/).filter(Boolean);
      const person = signer.length === 1 && ctx.doc.actors[signer[0].actor].kind === 'person' && titles.every((w) => /^\p{Lu}/u.test(w) || ROLE_NOUNS.has(w)) ? signer[0] : null;
      // The text is named with who issued it, as a reader would (`Xi and Lula joint declaration`).
      const issuer = person ? ctx.doc.actors[person.actor].name : stripDeterminer(by[1].trim());
      return [{ name: `${issuer} ${bare}`, role: bare, person: person?.actor ?? null, kind: person ? 'person' : 'body' }, 'document'];
    }
    const issuer = bare.split(/\s+/).length === 1 ? documentIssuer(ctx, ctx.doc.paragraphs[Math.max(0, sentence.para - 2)].start, Math.max(subject.end, speech.verbStart), headWord) : null;
    return [{ name: issuer ?? bare, role: issuer ? bare : 'document', person: null, kind: 'body' }, 'document'];
  }
  // `a junta spokesperson`, `one official`: someone new, named as the text names them; only a
  // definite phrase (`the minister`) points back to a person named before.
  const indefinite = /^(?:a|an|one|another)\s/i.test(phrase) || owned;
  const nominal = indefinite ? null : nominalSpeaker(ctx, phrase, speech.verbStart, speech.headline);
  if (nominal) return [nominal, 'nominal'];
  const capital = CAPITALS.get(bare);
  if (capital) return [{ name: `${bare} (${capital})`, role: `government of ${capital}`, person: null, kind: 'body' }, 'capital'];
  // Organisations, bodies and groups speak as themselves, named as the text names them.
  if (ORGANISATION_HEADS.has(headWord) || GROUP_PLURALS.has(headWord) || ms.some((m) => ctx.doc.actors[m.actor].kind !== 'person')) {
    // (`the US said`, `the Philippines said`: the state, named as the registry names it; `the
    // Kremlin said` stays the Kremlin.)
    const theState = /^the\s+(?:\p{Lu}{2,4}\b|United\s|Netherlands|Philippines|Gambia|Bahamas|Maldives|Czech|Central\s|Democratic\s|Dominican\s)/iu.test(phrase);
    const country = ms.length === 1 && ms[0].start - subject.start <= (theState ? 4 : 0) && ms[0].end >= subject.end - 1 ? ctx.doc.actors[ms[0].actor] : null;
    // `China said` after `China’s UN Mission said`: the state speaking through the organ that just spoke.
    if (country) {
      for (const { speaker: organ } of spokenBefore(ctx, speech.verbStart, 2000)) {
        if (organ.kind === 'body' && organ.name !== country.name && organ.name.startsWith(country.name)) return [organ, 'organisation'];
      }
    }
    return [{ name: country ? country.name : bare, role: null, person: null, kind: 'body' }, 'organisation'];
  }
  // A lower-case role without a name (`a junta spokesperson`), or anything else that speaks.
  if (/\p{L}/u.test(bare) && bare.split(/\s+/).length <= 8) return [{ name: bare, role: null, person: null, kind: ROLE_NOUNS.has(headWord) ? 'person' : 'body' }, 'role'];
  return null;
}

// ---------------------------------------------------------------------------------------------
// Stage 1: quotation → speech.

/** `X’s reply was blunt:` — a noun of speech owned by its speaker, then a colon before the quotation. */
const OWNED_SPEECH = /^[\s\p{P}]*((?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{L}][\p{L}.-]*)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:response|reply|answer|message|verdict|view|words|warning|advice|retort|reaction|explanation|conclusion|assessment)\b[^:“”"]{0,80}:\s*$/u;
/** A speech act named as a noun and owned by its speaker, right before a quotation: `the government's decision to ‘declare a pause’`. */
const OWNED_ACT = /((?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{L}][\p{L}.-]*)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:decision|announcement|pledge|promise|vow|call|warning|threat|demand|remarks?|comments?|claims?|assertion|insistence|description|characteri[sz]ation|offer|proposal|appeal)\s+(?:to|of|that|for|as)?\s*(?:the\s+|a\s+|an\s+)?$/u;

const ACT_NOUN_BEFORE = /\b(?:decision|announcement|pledge|promise|vow|call|warning|threat|demand|remarks?|comments?|claims?|assertion|insistence|description|characteri[sz]ation|offer|proposal|appeal)\b[^\p{L}]*(?:\p{L}+[^\p{L}]*){0,2}$/u;

/** A signature after a quotation: a dash and a short name or title ending the paragraph. */
const SIGNED_AFTER = /^[\s,.]*(?:[—–]|\s-)\s*([\p{Lu}][^.!?“”"\n]{1,80}?)[\s.]*$/u;

/** A finite verb right after a name (`Kirby shared`, `Putin has ramped up`): the name is a clause's subject. */
const FINITE_AFTER = /^\s+(?:(?:also|later|then|has|had|have)\s+)?(?:[a-z]+ed|said|told|met|made|gave|took|sent|spoke|wrote|held|led|went|came|sought|brought|began)\b/;

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
  const trailing = /[\s,;:]+$/.exec(joined);
  if (trailing) {
    joined = joined.slice(0, trailing.index);
    end -= trailing[0].length;
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
const spokenAt = (s: Spoken): number => s.at;

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
    // 3b. `Foreign Ministry spokesperson Mao Ning: “…”`: a sentence that is a speaker's name, a
    // colon and the quotation (a transcript's or a live blog's shape). Only a phrase that names a
    // person or a body, and nothing else before the colon (`The message was clear: “…”` is not one).
    if (!sieve && reported.every((sp) => sp.verbStart > q.open)) {
      const colon = /:\s*$/.exec(before);
      const end = colon ? q.open - colon[0].length : -1;
      const np = colon ? nounPhraseEnding(doc.unquoted, s.start, end) : null;
      if (np && !/[\p{L}\p{N}]/u.test(text.slice(s.start, np.start)) && np.text.split(/\s+/).length <= 8) {
        const head = lower(np.text.split(/\s+/).pop() ?? '');
        const named = mentionsIn(ctx, np.start, np.end + 1).some((m) => !m.place);
        if (named || ROLE_NOUNS.has(head) || ORGANISATION_HEADS.has(head)) {
          tryIt('name and colon', { verbStart: np.end, verbEnd: np.end, sentence: si, subject: np, inverted: false });
        }
      }
      // `Smith’s response was blunt: “No.”`, `The general’s message to Washington was clear: “…”`:
      // what someone said, named by a noun of speech, owned by the speaker.
      const owned = colon && !sieve ? OWNED_SPEECH.exec(text.slice(s.start, q.open)) : null;
      if (owned) {
        const at = s.start + owned.index + owned[0].indexOf(owned[1]);
        tryIt('name and colon', { verbStart: at + owned[1].length, verbEnd: at + owned[1].length, sentence: si, subject: { start: at, end: at + owned[1].length, text: owned[1] }, inverted: false });
      }
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
        tryIt('name and colon', { verbStart: at, verbEnd: at, sentence: endSi, subject: { start: at, end: at + name.length, text: name }, inverted: true });
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
        if (subject) tryIt('name and colon', { verbStart: subject.start, verbEnd: subject.start, sentence: endSi + 1, subject, inverted: true });
      }
    }
    // `The Security Council “condemned in the strongest terms” the attack`: the quotation opens with
    // the speech verb (an adverb may precede it) and the sentence up to it is the speaker's name.
    if (!sieve && !standsAlone && reported.every((sp) => sp.verbStart > q.open)) {
      const verb = VERB_OPENING.exec(t.text);
      const np = verb && SPEECH_VERB_FORMS.has(verb[1]) && !/^\w+ing$/.test(verb[1]) ? nounPhraseEnding(doc.unquoted, s.start, q.open) : null;
      if (np && !/[\p{L}\p{N}]/u.test(text.slice(s.start, np.start)) && /^\s*$/.test(text.slice(np.end, q.open))) {
        const head = lower(np.text.split(/\s+/).pop() ?? '');
        const named = mentionsIn(ctx, np.start, np.end + 1).some((m) => !m.place);
        if (named || ROLE_NOUNS.has(head) || ORGANISATION_HEADS.has(head) || DOCUMENT_HEADS.has(head)) {
          tryIt('verb in the quote', { verbStart: q.open, verbEnd: q.open, sentence: si, subject: np, inverted: false });
        }
      }
    }
    // 4. A partial quote inside reported speech: the sentence's (outermost) speaker.
    // The nearest verb before the quotation governs it (`X condemned Y after the panel spoke of “…”`).
    tryIt('speech in the sentence', [...reported].reverse().find((sp) => sp.verbStart < q.open) ?? reported[0]);
    // 5. `according to X`.
    tryIt('according to', here.find(isAccording));
    // `the Sri Lankan government's decision to ‘declare a pause’`: the owner of the act speaks.
    if (!sieve && !standsAlone) {
      // (The noun first, by a cheap test on the words just before: the full pattern backtracks.)
      const near = doc.unquoted.slice(Math.max(s.start, q.open - 40), q.open);
      const owned = ACT_NOUN_BEFORE.test(near) ? OWNED_ACT.exec(doc.unquoted.slice(Math.max(s.start, q.open - 120), q.open)) : null;
      if (owned) {
        const base = Math.max(s.start, q.open - 120);
        const np = nounPhraseEnding(doc.unquoted, base, base + owned.index + owned[1].length);
        if (np && mentionsIn(ctx, np.start, np.end + 1).some((m) => !m.place) || (np && ORGANISATION_HEADS.has(lower(np.text.split(/\s+/).pop() ?? '')))) {
          tryIt('speech in the sentence', { verbStart: np!.end, verbEnd: np!.end, sentence: si, subject: np!, inverted: false });
        }
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
      if (about && doc.sentences[about.sentence].para === para && !bySentence.has(about.sentence) && (!previous?.speaker || previous.speaker.person !== about.actor)) {
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
