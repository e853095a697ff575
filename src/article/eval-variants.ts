// Variants of a development article that real news varies on — other people's names, other quote
// marks and tenses, inverted attributions, titles written out, site chrome between paragraphs, one
// sentence per paragraph — each with its gold annotation changed to match. The article check is
// judged on articles nobody here has seen; scoring it on the development set varied this way shows
// whether a rule holds in general or only for the wording it was written against, without reading
// the hold-out. Pure: bench/eval-articles.mjs (`--vary`) and a test run them.
import type { Gold } from './eval.js';

export type Variant = (text: string, gold: Gold) => { text: string; gold: Gold };

/**
 * Names from other languages and naming orders, none of them in the development set: a given name
 * the lexicon does not know, hyphens, particles, family name first.
 */
const OTHER_NAMES = [
  'Tshepo Mokoena', 'Oyun-Erdene Luvsannamsrai', 'Nguyen Van Thanh', 'Abdulrahman Al-Qahtani', 'Bakhyt Sultanov',
  'Wirat Chaiyaporn', 'Sipho Dlamini', 'Kofi Mensah-Bonsu', 'Dilnoza Yusupova', 'Mehmet Yilmazoglu',
  'Arvind Raghunathan', 'Zhao Lijian', 'Ioana Munteanu', 'Olumide Adeyemi', 'Thant Zin Oo', 'Gulnara Abdrakhmanova',
];

/** Words that make a gold speaker a body or a document rather than a person. */
const NOT_A_PERSON = /\b(?:Ministry|Council|Mission|Office|Embassy|Government|Agency|News|House|Department|Kremlin|Presidency|Statement|Nations|Union|Army|Navy|Force|Party|Times|Post|Institute|Center|Centre)\b/;
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]*\.?(?: (?:\p{Lu}[\p{L}'’-]*\.?|bin|al|de|da|van|von|der))+$/u;
const PARTICLE = /^(?:bin|al|de|da|van|von|der|\p{Lu}\.)$/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `word` standing alone (not inside a longer word or a hyphenated one). */
const alone = (word: string) => new RegExp(`(?<![\\p{L}-])${escape(word)}(?![\\p{L}-])`, 'gu');

/** Every person quoted renamed, the full name and each word of it used alone (`Xi`, `Wang`, `Putin`). */
function otherNames(text: string, gold: Gold): { text: string; gold: Gold } {
  const people = [...new Set(gold.quotes.map((q) => q.speaker).filter((s): s is string => !!s && PERSON_NAME.test(s) && !NOT_A_PERSON.test(s)))];
  const renamed = new Map(people.map((p, i) => [p, OTHER_NAMES[(i * 7 + text.length) % OTHER_NAMES.length]]));
  let out = text;
  for (const [from, to] of renamed) {
    out = out.replace(new RegExp(escape(from), 'g'), to);
    const toWords = to.split(' ');
    // The first word for the first (a family name first: `Xi`), the last word for every other.
    from.split(' ').filter((w) => !PARTICLE.test(w)).forEach((w, i) => {
      if (w.length >= 2) out = out.replace(alone(w), i === 0 ? toWords[0] : toWords[toWords.length - 1]);
    });
  }
  return { text: out, gold: { ...gold, quotes: gold.quotes.map((q) => ({ ...q, speaker: (q.speaker && renamed.get(q.speaker)) ?? q.speaker })) } };
}

/**
 * Other states for the article's main ones, named as news names them where the registry names them
 * otherwise (`Turkey` for `Turkiye`, `Vietnam` for `Viet Nam`, `the UK`, `Ivory Coast`).
 */
const OTHER_STATES: [RegExp, string][] = [
  [/\bMyanmar\b/g, 'Turkey'], [/\bBurmese\b/g, 'Turkish'], [/\bChina\b/g, 'Vietnam'], [/\bChinese\b/g, 'Vietnamese'],
  [/\bBeijing\b/g, 'Hanoi'], [/\bRussia\b/g, 'the UK'], [/\bRussian\b/g, 'British'], [/\bMoscow\b/g, 'London'],
  [/\bIndia\b/g, 'Ivory Coast'], [/\bIndian\b/g, 'Ivorian'],
];
const otherStates = (t: string) => OTHER_STATES.reduce((out, [from, to]) => out.replace(from, (m, at: number) => (to.startsWith('the ') && /(?:^|[.!?]\s+|\n)$/.test(out.slice(0, at)) ? `The${to.slice(3)}` : to)), t);

/** A change to the article's text alone; the gold quotations change the same way (their marks, words). */
const textOnly = (change: (text: string) => string): Variant => (text, gold) => ({
  text: change(text),
  gold: { ...gold, quotes: gold.quotes.map((q) => ({ ...q, text: change(q.text) })) },
});

const SYNONYMS = ['stated', 'noted', 'remarked', 'stressed', 'insisted', 'argued', 'explained', 'asserted', 'declared', 'observed', 'commented', 'maintained', 'claimed', 'warned', 'emphasised', 'underlined', 'pointed out', 'recalled'];

const CHROME = [
  'ADVERTISEMENT', 'Read more: Why the “new cold war” is not what it seems', 'Photo: Reuters/File',
  'Also Read | Opposition slams government over “secret” deal', 'Follow us on Twitter and Facebook',
  'Subscribe to our newsletter for the latest updates.', 'RELATED STORIES', 'Share this article',
  '(Reporting by Jonathan Reeves; Editing by Kim Coghill)', 'Story continues below advertisement', 'Listen to this article',
];

/** One sentence per paragraph, as some outlets print (never inside a quotation). */
function sentencePerParagraph(text: string): string {
  let out = '';
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”' || c === '\n') open = false;
    else if (c === '"') open = !open;
    out += c;
    const ends = /[.!?]/.test(c) || ((c === '”' || c === '"') && /[.!?]/.test(text[i - 1] ?? ''));
    if (!open && ends && text[i + 1] === ' ' && /[“"\p{Lu}]/u.test(text[i + 2] ?? '') && !/\b\p{Lu}\p{Ll}{0,3}\.$/u.test(out)) {
      out += '\n\n';
      i++;
    }
  }
  return out;
}

export const VARIANTS: Record<string, Variant> = {
  /** Every quoted person renamed with a name from another language. */
  'other names': otherNames,
  /** Straight double quote marks. */
  'straight quotes': textOnly((t) => t.replace(/[“”]/g, '"')),
  /** British marks: single outside, double inside. */
  'single quotes': textOnly((t) => t.replace(/[“”‘’]/g, (c) => ({ '“': '‘', '”': '’', '‘': '“', '’': '”' })[c]!).replace(/(\p{L})”(\p{L})/gu, '$1’$2')),
  /** The present tense of news features (`says`, `tells`, `adds`). */
  'present tense': textOnly((t) => t.replace(/\bsaid\b/g, 'says').replace(/\btold\b/g, 'tells').replace(/\badded\b/g, 'adds')),
  /** Other speech verbs for `said`, in turn. */
  'other verbs': textOnly((t) => {
    let i = 0;
    return t.replace(/\bsaid\b/g, () => SYNONYMS[i++ % SYNONYMS.length]);
  }),
  /** `“…,” said X` for `“…,” X said`. */
  inverted: textOnly((t) => t.replace(/([,?!]”) (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}|he|she|they) (said|added|says)\b(?! \p{Lu})/gu, '$1 $3 $2')),
  /** `Minister of Foreign Affairs` for `Foreign Minister`. */
  'titles written out': textOnly((t) => t.replace(/\b(Foreign|Defen[cs]e|Finance|Interior) Minister\b/g, (_, d: string) => `Minister of ${d === 'Foreign' ? 'Foreign Affairs' : d}`)),
  /** A line of site chrome after every second paragraph. */
  'site chrome': (text, gold) => {
    const paragraphs = text.split(/\n\s*\n/);
    const out: string[] = [];
    paragraphs.forEach((p, i) => {
      out.push(p);
      if (i > 0 && i % 2 === 0) out.push(CHROME[(i / 2 + text.length) % CHROME.length]);
    });
    return { text: out.join('\n\n'), gold };
  },
  /** One sentence per paragraph. */
  'sentence paragraphs': textOnly(sentencePerParagraph),
  /** Other states, some named otherwise by the registry; the gold speakers and claims renamed too. */
  'other states': (text, gold) => ({
    text: otherStates(text),
    gold: {
      ...gold,
      quotes: gold.quotes.map((q) => ({ ...q, text: otherStates(q.text), speaker: q.speaker && otherStates(q.speaker) })),
      claims: gold.claims.map((c) => ({ ...c, text: otherStates(c.text) })),
    },
  }),
  /** Windows line ends. */
  'CRLF line ends': (text, gold) => ({ text: text.replace(/\n/g, '\r\n'), gold }),
};
