// Reading names in running text: runs of capitalised words, the title before a name
// (`Russia's Defense Minister Sergei Shoigu`), a lower-case role before it (`junta leader …`) and the
// appositive after it (`…, a Bangkok-based security analyst with Janes`). Pure string work.
import { createRequire } from 'node:module';
import { APPOSITIVE_OPENERS, HEAD_TITLES, HONORIFIC_GENDER, RELATIVE_ROLE_VERBS, ROLE_NOUNS, TITLE_WORDS } from './model/people.js';
import { ORG_WORDS } from './model/organisations.js';
import { SPEECH_VERBS } from './model/speech.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Maj|Capt|Adm|Sgt|Prof|St|Jr|Rev|Brig|Cmdr)\.|\p{Lu}[\p{L}\p{M}\p{N}'’\-]*[\p{L}\p{M}\p{N}]|\p{Lu}|al-\p{Lu}[\p{L}\p{M}'’-]*)`;
const CONNECTOR = String.raw`(?:of|for|the|and|on|de|del|da|di|al|bin|ibn|van|von|der|du|la|le|y|&)`;
/** A run of capitalised words, joined by at most two connectors (`Institute of Southeast Asian Studies`). */
export const CHUNK = new RegExp(String.raw`${TOKEN}(?:[ \t]+(?:${CONNECTOR}[ \t]+){0,2}${TOKEN})*`, 'gu');

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'del', 'da', 'di', 'al', 'bin', 'ibn', 'van', 'von', 'der', 'du', 'la', 'le', 'y', '&']);
export const isConnector = (t: string): boolean => CONNECTORS.has(t);

export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

export const joinTokens = (toks: Token[]): string => toks.map((t) => t.text).join(' ');
export const POSSESSIVE = /['’]s?$/u;
export const stripPossessive = (s: string): string => s.replace(/(?<=\p{L})['’]s$|(?<=s)['’]$/u, '');

// ---------------------------------------------------------------------------------------------
// First names, from compromise's lexicon (loaded on first use: it is a large module).

type Lexicon = Record<string, string | string[]>;
let lexicon: Lexicon | null = null;
function nameLexicon(): Lexicon {
  if (!lexicon) {
    try {
      const nlp = createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Lexicon } } };
      lexicon = nlp.model().one.lexicon;
    } catch {
      lexicon = {};
    }
  }
  return lexicon;
}

/** `m`/`f` for a known first name, `?` for a first name of either gender, null when not a first name. */
export function firstNameGender(word: string): 'm' | 'f' | '?' | null {
  const tag = nameLexicon()[word.toLowerCase()];
  const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
  if (tags.includes('MaleName')) return 'm';
  if (tags.includes('FemaleName')) return 'f';
  if (tags.includes('FirstName')) return '?';
  return null;
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
    if (rest.length < 2) return null;
    const firstName = rest.findIndex((t) => firstNameGender(t.text) !== null);
    const keep = firstName > 0 ? rest.length - firstName : Math.min(2, rest.length - 1);
    nameStart = toks.indexOf(rest[rest.length - keep]);
  }
  const name = toks.slice(nameStart);
  if (name.length === 0 || name.length > 4) return null;
  if (name.some((t) => isConnector(t.text) && t.text !== 'bin' && t.text !== 'al' && t.text !== 'ibn')) return null;
  if (name.some((t) => ORG_WORDS.has(t.text) || TITLE_WORDS.has(t.text) && HEAD_TITLES.has(t.text))) return null;
  return { role: toks.slice(0, nameStart), name };
}

// ---------------------------------------------------------------------------------------------
// Roles around a name.

const ROLE_STOP = new Set([
  'the', 'a', 'an', 'by', 'of', 'to', 'for', 'with', 'from', 'in', 'on', 'at', 'and', 'or', 'but', 'is', 'was',
  'were', 'are', 'be', 'been', 'that', 'as', 'his', 'her', 'their', 'its', 'between', 'before', 'after', 'about',
  'against', 'than', 'like', 'says', 'said', 'told', 'added', 'when', 'while', 'who', 'whom', 'which', 'if',
  ...SPEECH_VERBS.filter((v) => !v.includes(' ')),
]);

/** `Myanmar’s junta leader` before `Min Aung Hlaing`: a lower-case role ending in a role noun. */
export function roleBefore(before: string): string | null {
  const words = before.trimEnd().split(/\s+/);
  let j = words.length - 1;
  const last = words[j]?.toLowerCase();
  if (!last || !ROLE_NOUNS.has(last)) return null;
  const role = [words[j]];
  for (j--; j >= 0 && role.length < 6; j--) {
    const w = words[j];
    if (/^\p{Lu}[\p{L}\p{M}.-]*['’]s$/u.test(w)) {
      role.unshift(w);
      break;
    }
    if (/^[\p{Ll}][\p{Ll}-]*$/u.test(w) && !ROLE_STOP.has(w)) {
      role.unshift(w);
      continue;
    }
    break;
  }
  return role.join(' ');
}

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
  if (!APPOSITIVE_OPENERS.test(after)) return null;
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

const SPEECH_AFTER = new RegExp(String.raw`^(?:,[^,.;“”"]{3,180},)?\s+(?:(?:also|later|then|reportedly|has|had|previously|once)\s+)?(?:${SPEECH_VERBS.filter((v) => !v.includes(' ')).join('|')})\b`, 'u');
const SPEECH_BEFORE = new RegExp(String.raw`\b(?:${SPEECH_VERBS.filter((v) => !v.includes(' ')).join('|')}|according to)\s+$`, 'u');

/** Whether a speech verb governs the name: `said X`, `X said`, `X, a …, said`. */
export function nextToSpeechVerb(before: string, after: string): boolean {
  return SPEECH_BEFORE.test(before.slice(-30)) || SPEECH_AFTER.test(after.slice(0, 220));
}
