// Reading names in running text: runs of capitalised words, the title before a name
// (`Russia's Defense Minister Sergei Shoigu`), a lower-case role before it (`junta leader …`) and the
// appositive after it (`…, a Bangkok-based security analyst with Janes`). Pure string work.
import { APPOSITIVE_OPENERS, COMPLEMENT_WORDS, HEAD_TITLES, HONORIFIC_GENDER, RELATIVE_ROLE_VERBS, ROLE_NOUNS, TITLE_WORDS } from './model/people.js';
import { ORG_WORDS } from './model/organisations.js';
import { SPEECH_VERB_FORMS } from './model/attribution.js';
import { EITHER_NAMES, FEMALE_NAMES, MALE_NAMES, SURNAMES } from './model/name-lexicon.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de', 'del', 'da', 'di', 'al', 'bin', 'ibn', 'van', 'von', 'der', 'du', 'la', 'le', '&']);
export const isConnector = (t: string): boolean => CONNECTORS.has(t);
/** The connectors that join the parts of a person's name (`von der Leyen`, `bin Salman`, `da Silva`). */
export const NAME_PARTICLES = new Set(['de', 'del', 'da', 'di', 'al', 'bin', 'ibn', 'van', 'von', 'der', 'du', 'la', 'le']);
/** A word that can end a name: capitalised, or an Arabic article joined to one (`al-Sisi`, `el-Sisi`). */
export const endsName = (word: string): boolean => isCapitalised(word) || /^(?:al|el|ad|as|ash|at|an|az)-\p{Lu}/u.test(word);

const LEAD = /^[“"‘'(\[{«]+/;
const TRAIL = /[”"’'),.;:!?\]}»…]+$/;
const KEEP_PERIOD = /^(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Maj|Capt|Adm|Sgt|Prof|St|Jr|Rev|Brig|Cmdr)\.)$/u;

/** ASCII letters and anything beyond ASCII (accented letters): no punctuation to strip. */
function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0x2019 && c !== 0x201d && c !== 0x201c && c !== 0x2018 && c !== 0x2026 && c !== 0xbb);
}

/** A capitalised word: its first letter has a lower case (works for any script with case). */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII (most words) answers from the code, without building case-mapped strings.
  if (code < 128) return code >= 65 && code <= 90;
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/** A word start (after whitespace) whose first character is not an ASCII lower-case letter. */
const NOT_LOWER_START = /[ \n\r\t][^ \n\r\ta-z]/g;

/**
 * Runs of capitalised words in `text[start, end)`, joined by at most two connectors
 * (`Institute of Southeast Asian Studies`), broken by punctuation (`Moscow, June`) and dashes.
 * Brackets are transparent (`[Russian President Vladimir] Putin`). One pass over whitespace-split words.
 */
export function capitalisedRuns(text: string, start: number, end: number): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let pending: Token[] = [];
  const close = () => {
    // New arrays only when there was something (most calls end no run).
    if (run.length) {
      runs.push(run);
      run = [];
    }
    if (pending.length) pending = [];
  };
  // A hand-written scan: most words are lower case and outside any run, and are skipped
  // without a match object or a substring.
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      i++;
      continue;
    }
    if (!run.length && c >= 97 && c <= 122) {
      // Outside a run, every word up to the next one that starts otherwise than in lower case is
      // skipped: one pattern test finds it (no match object), in far fewer steps than a loop here.
      NOT_LOWER_START.lastIndex = i;
      i = NOT_LOWER_START.test(text) ? Math.min(end, NOT_LOWER_START.lastIndex - 1) : end;
      continue;
    }
    let j = i + 1;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (d === 32 || d === 10 || d === 13 || d === 9) break;
      j++;
    }
    let word = text.slice(i, j);
    let at = i;
    i = j;
    const first = word.charCodeAt(0);
    const lastCode = word.charCodeAt(word.length - 1);
    // Plain words (a letter at each end) skip the punctuation handling.
    const plain = isLetterCode(first) && isLetterCode(lastCode);
    if (plain && !run.length && !isCapitalised(word)) continue;
    const lead = plain ? null : LEAD.exec(word);
    if (lead) {
      const bracket = /^\[+$/.test(lead[0]);
      if (!bracket) close();
      word = word.slice(lead[0].length);
      at += lead[0].length;
    }
    let breakAfter = false;
    const trail = plain ? null : TRAIL.exec(word);
    if (trail) {
      let cut = trail[0];
      // Keep a possessive (`Hlaing’s`) and the period of `U.S.`/`Gen.`.
      const possessive = /^['’]s?/.exec(cut) && /\p{L}$/u.test(word.slice(0, word.length - cut.length)) ? /^['’]s?/.exec(cut)![0] : '';
      if (possessive) {
        word = word.slice(0, word.length - cut.length + possessive.length);
        cut = cut.slice(possessive.length);
      } else if (cut.startsWith('.') && KEEP_PERIOD.test(word.slice(0, word.length - cut.length + 1))) {
        word = word.slice(0, word.length - cut.length + 1);
        cut = cut.slice(1);
      } else {
        word = word.slice(0, word.length - cut.length);
      }
      breakAfter = cut.length > 0 && !/^\]+$/.test(cut);
    }
    if (!word) {
      close();
      continue;
    }
    if (isCapitalised(word) || endsName(word)) {
      if (run.length && pending.length) run.push(...pending);
      pending = [];
      run.push({ text: word, start: at, end: at + word.length });
    } else if (run.length && CONNECTORS.has(word) && pending.length < 2 && !breakAfter) {
      pending.push({ text: word, start: at, end: at + word.length });
      continue;
    } else {
      close();
    }
    if (breakAfter) close();
  }
  close();
  return runs;
}

export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

export const joinTokens = (toks: Token[]): string => (toks.length === 1 ? toks[0].text : toks.map((t) => t.text).join(' '));

const POSSESSIVE_S = /(?<=\p{L})['’]s$|(?<=s)['’]$/u;
export function stripPossessive(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  // Only a word ending in `s` or an apostrophe can hold one: the rest skip the pattern.
  if (last !== 115 /* s */ && last !== 39 /* ' */ && last !== 0x2019 /* ’ */) return s;
  return s.replace(POSSESSIVE_S, '');
}

/** Whether a word ends in a possessive (`Russia's`, `Hlaing’s`, `Philippines'`). */
export function endsPossessive(word: string): boolean {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  const isApostrophe = (c: number) => c === 39 || c === 0x2019;
  return (last === 115 && isApostrophe(word.charCodeAt(n - 2))) || (isApostrophe(last) && word.charCodeAt(n - 2) === 115);
}

// ---------------------------------------------------------------------------------------------
// First names and surnames: compromise's lexicon, extracted once (scripts/name-lexicon.mjs) so that an
// article check does not load compromise itself (~0.25 s of start-up).

let names: { gender: Map<string, 'm' | 'f' | '?'>; surnames: Set<string> } | null = null;
function nameLexicon(): NonNullable<typeof names> {
  if (!names) {
    const gender = new Map<string, 'm' | 'f' | '?'>();
    for (const w of EITHER_NAMES.split(' ')) gender.set(w, '?');
    for (const w of FEMALE_NAMES.split(' ')) gender.set(w, 'f');
    for (const w of MALE_NAMES.split(' ')) gender.set(w, 'm');
    names = { gender, surnames: new Set(SURNAMES.split(' ')) };
  }
  return names;
}

/** `m`/`f` for a known first name, `?` for a first name of either gender, null when not a first name. */
export function firstNameGender(word: string): 'm' | 'f' | '?' | null {
  return nameLexicon().gender.get(word.toLowerCase()) ?? null;
}

/** Whether compromise's lexicon knows the word as a surname (`Davis`, `Smith`). */
export function isKnownSurname(word: string): boolean {
  return nameLexicon().surnames.has(word.toLowerCase());
}

export function honorificGender(word: string): 'm' | 'f' | null {
  return HONORIFIC_GENDER[word] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Titles before a name.

export interface TitleSplit {
  role: Token[];
  name: Token[];
}

/**
 * `Defense Minister Sergei Shoigu` → role `Defense Minister`, name `Sergei Shoigu`;
 * `Secretary of State Antony Blinken` → `Secretary of State` + `Antony Blinken`. Null without a title.
 */
export function splitTitle(toks: Token[]): TitleSplit | null {
  let head = -1;
  for (let i = 0; i < toks.length; i++) if (HEAD_TITLES.has(toks[i].text)) head = i;
  if (head < 0 || head === toks.length - 1) return null;
  let nameStart = head + 1;
  if (isConnector(toks[nameStart].text)) {
    // A complement (`of State`, `of Foreign Affairs`): the name is what is left at the end.
    const rest = toks.slice(nameStart + 1).filter((t) => !isConnector(t.text));
    // (Words of a department first: the name, if any, starts after them.)
    let department = 0;
    while (department < rest.length && COMPLEMENT_WORDS.has(rest[department].text)) department++;
    if (department === rest.length || rest.length < 2) return null;
    const firstName = rest.findIndex((t) => firstNameGender(t.text) !== null);
    const keep = department > 0 ? rest.length - department : firstName > 0 ? rest.length - firstName : Math.min(2, rest.length - 1);
    nameStart = toks.indexOf(rest[rest.length - keep]);
  }
  // `Chief of the General Staff Valery Gerasimov`: a title word inside the complement is no head.
  if (toks.slice(0, nameStart).some((t) => t.text === 'of')) while (nameStart < toks.length - 1 && COMPLEMENT_WORDS.has(toks[nameStart].text)) nameStart++;
  const name = toks.slice(nameStart);
  const parts = name.filter((t) => !NAME_PARTICLES.has(t.text));
  if (parts.length === 0 || parts.length > 4 || !endsName(name[name.length - 1].text)) return null;
  if (parts.some((t) => isConnector(t.text))) return null;
  if (name.some((t) => ORG_WORDS.has(t.text) || TITLE_WORDS.has(t.text) && HEAD_TITLES.has(t.text))) return null;
  return { role: toks.slice(0, nameStart), name };
}

// ---------------------------------------------------------------------------------------------
// Roles around a name.

const ROLE_STOP = new Set([
  'the', 'a', 'an', 'by', 'of', 'to', 'for', 'with', 'from', 'in', 'on', 'at', 'and', 'or', 'but', 'is', 'was',
  'were', 'are', 'be', 'been', 'that', 'as', 'his', 'her', 'their', 'its', 'between', 'before', 'after', 'about',
  'against', 'than', 'like', 'says', 'said', 'told', 'added', 'when', 'while', 'who', 'whom', 'which', 'if',
  ...[...SPEECH_VERB_FORMS].filter((v) => !v.includes(' ')),
]);

/**
 * The role printed before a name: `Myanmar’s junta leader` (… Min Aung Hlaing), `Human Rights
 * Watch's UN director` (… Louis Charbonneau), and the inverted appositive `The defence minister,`
 * (… Rajnath Singh). The words must end in a role noun.
 */
export function roleBefore(before: string): string | null {
  let trimmed = before.trimEnd();
  let inverted = false;
  if (trimmed.endsWith(',')) {
    trimmed = trimmed.slice(0, -1);
    inverted = true;
  }
  // `The US ambassador to the UN, Linda Thomas-Greenfield,`: an inverted role may end in its
  // complement (capitalised: `to the UN`, `of Armenia`, `at Chatham House`), kept in the role.
  let complement = '';
  if (inverted) {
    const c = ROLE_COMPLEMENT.exec(trimmed);
    if (c && ROLE_NOUNS.has(trimmed.slice(0, c.index).split(' ').pop()!.toLowerCase())) {
      complement = c[0];
      trimmed = trimmed.slice(0, c.index);
    }
  }
  const lastWord = trimmed.slice(trimmed.lastIndexOf(' ') + 1).toLowerCase();
  if (!ROLE_NOUNS.has(lastWord)) return null;
  const words = trimmed.split(/\s+/);
  let j = words.length - 1;
  const role = [words[j]];
  for (j--; j >= 0 && role.length < 7; j--) {
    const w = words[j];
    if (/^\p{Lu}[\p{L}\p{M}.-]*['’]s$/u.test(w) || /^\p{Lu}[\p{L}\p{M}.-]*$/u.test(w)) {
      if (j === 0 && !/['’]s$/.test(w) && /^(?:The|A|An|Its|His|Her|Their)$/.test(w)) break;
      role.unshift(w);
      continue;
    }
    if (/^[\p{Ll}][\p{Ll}-]*$/u.test(w) && !ROLE_STOP.has(w)) {
      role.unshift(w);
      continue;
    }
    break;
  }
  if (inverted) {
    // `The defence minister, Rajnath Singh,`: only with an article or possessive before the role.
    // `Russia's ambassador, Vassily Nebenzia,`: or a possessive opening the role.
    const opener = words[j];
    if (!/['’]s$/.test(role[0]) && (!opener || !/^(?:the|a|an|its|his|her|their)$/i.test(opener))) return null;
  }
  return role.join(' ') + complement;
}

const ROLE_COMPLEMENT = /\s+(?:to|of|for|at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u;

const APPOSITIVE_END = new RegExp(
  String.raw`(?=,\s*(?:said|says|told|tells|added|adds|noted|wrote|argued|warned|explained|stated|explains|argues|warns)\b|,\s*(?:who|which|and|but)\s|\s+(?:said|says|told|added)\b|(?<!\b\p{Lu})[.;:!?](?:\s|$)|,\s*[“"]|\s+[—–]\s|$)`,
  'u',
);
const APPOSITIVE = new RegExp(String.raw`^,\s+([^;:“”"]{2,180}?)${APPOSITIVE_END.source}`, 'u');
const RELATIVE = /^who\s+(?:(?:also|currently|now|previously|once)\s+)?(\w+(?:-\w+)?)\s+(.*)$/u;
const ROLE_WORD = /[\p{L}-]+/gu;

export interface Appositive {
  role: string;
  /** Offsets of the role text. */
  start: number;
  end: number;
}

/**
 * The role after a name: `, a Bangkok-based security analyst with Janes defense publications`,
 * `, another analyst at the Institute of Southeast Asian Studies,`, `, who heads the X institute`.
 * `after` starts right after the name; `offset` is its position in the text.
 */
export function appositiveAfter(after: string, offset: number): Appositive | null {
  if (after.charCodeAt(0) !== 44 /* , */ || !APPOSITIVE_OPENERS.test(after)) return null;
  const m = APPOSITIVE.exec(after);
  if (!m) return null;
  const raw = m[1].trim();
  let role = raw;
  const rel = RELATIVE.exec(raw);
  if (rel) {
    const verb = rel[1].toLowerCase();
    const as = RELATIVE_ROLE_VERBS[verb];
    if (as === undefined) return null;
    role = `${as} ${rel[2]}`.trim();
  } else {
    const words = raw.match(ROLE_WORD) ?? [];
    const hasRole = words.some((w) => ROLE_NOUNS.has(w.toLowerCase()) || ORG_WORDS.has(w) || (TITLE_WORDS.has(w) && HEAD_TITLES.has(w)));
    if (!hasRole) return null;
    role = raw.replace(/^(?:a|an|the)\s+/i, '').replace(/^another\s+/i, '');
  }
  const start = offset + after.indexOf(m[1]);
  return { role, start, end: start + m[1].length };
}

const SPEECH = new Set<string>([...SPEECH_VERB_FORMS].filter((v) => !v.includes(' ')));
const WORD_AFTER = /^(?:,[^,.;“”"]{3,180},|,)?\s+(?:(?:also|later|then|reportedly|has|had|previously|once)\s+)?([a-z]+)\b/;
const WORD_BEFORE = /\b([A-Za-z][a-z]+)(?: to)?\s+$/;

const AFFILIATION_AFTER = /^\s+(?:of|at|from|with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}&.'’-]*\s*){1,6}(?:(?:in|at)\s+[\p{Lu}][\p{L}'’-]*\s*)?/u;

/** Whether a speech verb governs the name: `said X`, `X said`, `X, a …, said`. */
export function nextToSpeechVerb(before: string, after: string): boolean {
  const b = WORD_BEFORE.exec(before.slice(-30));
  if (b && (SPEECH.has(b[1]) || (b[1].toLowerCase() === 'according' && /to\s+$/.test(before)))) return true;
  // `Jane Roe of the Lowy Institute in Sydney told …`: past the affiliation to the verb.
  const rest = after.slice(0, 220).replace(AFFILIATION_AFTER, '');
  const a = WORD_AFTER.exec(rest);
  // (`Pravda reported that …`: outlets report; a name before `reported` is no evidence of a person.)
  return !!a && SPEECH.has(a[1]) && !/^report(?:s|ed)$/.test(a[1]);
}

// Things only people do, said right after or before a name: the evidence for a name that no title,
// role, speech verb or name list vouches for (`…, hosted by Ilham Aliyev, who arrived …`).
const AGE_AFTER = /^,\s+\d{2},/;
const WHO_AFTER = /^,\s+who\s|^\s+(?:was|were)\s+(?:asked|quoted)\b/;
const ACTION_AFTER = /^\s+(?:(?:also|later|then|first|has|had|have|will|would)\s+)?(?:met|meets|visited|visits|arrived|arrives|flew|flies|travelled|traveled|travels|greeted|greets|thanked|shook hands|held talks|resigned|died|was born|was appointed|was elected|was sworn|took office|toured|inspected)\b/;
const ACTION_BEFORE = /\b(?:met|meets|meeting|met with|meeting with|talks with|greeted|thanked|congratulated|phoned|telephoned|appointed|sacked|dismissed|(?:hosted|welcomed|greeted|received|met|interviewed)\s+by)\s+(?:the\s+)?$/i;

/** How strongly the words around a name say it is a person's: 3 for an age, 2 for `who` or `was asked`, 1 for a person's act, else 0. */
export function personCue(before: string, after: string): number {
  if (AGE_AFTER.test(after)) return 3;
  if (WHO_AFTER.test(after)) return 2;
  return ACTION_AFTER.test(after) || ACTION_BEFORE.test(before) ? 1 : 0;
}
