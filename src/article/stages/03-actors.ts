// Stage 3 — actors: people, states (with ISO3, through the entity registry, metonyms and demonyms
// included), states' armed forces, organisations and armed groups, with every mention and each
// person's role as the text gives it. A name becomes a person only on evidence: a title, a role,
// an appositive, a speech verb, a known first name.
import { countryName, linkName, stateNamedAs, type Link } from '../link.js';
import {
  appositiveAfter, capitalisedRuns, endsName, NAME_PARTICLES, personCue, endsPossessive, firstNameGender, honorificGender, isCapitalised, isConnector, isKnownSurname, joinTokens, nextToSpeechVerb,
  roleBefore, splitTitle, stripPossessive, tokenize, type Token,
} from '../names.js';
import { ARMED_GROUPS, ARMED_GROUP_WORDS, NON_ACTOR_WORDS, NOT_NAME_WORDS, ORG_ALIASES, ORG_WORDS, PLACES, PLACE_WORDS, SHIP_PREFIXES } from '../model/organisations.js';
import { HEAD_TITLES, HONORIFIC_GENDER, ROLE_NOUNS, TITLE_WORDS } from '../model/people.js';
import { quoteAt } from '../quote-marks.js';
import type { Actor, ActorKind, ArticleDoc, Mention, Span } from '../types.js';

interface Candidate {
  name: string;
  tokens: number;
  spans: Span[];
  evidence: number;
  /** Mentions with a title, role or appositive. */
  strong: number;
  /** Mentions not at the start of a sentence (where any word has a capital). */
  midSentence: number;
  role: string | null;
  gender: 'm' | 'f' | null;
  genderFromText: boolean;
}

interface Found {
  key: string;
  kind: ActorKind;
  name: string;
  iso3: string | null;
  military: boolean;
  role: string | null;
  span: Span;
}

// (`according to X` names a source, not a place.)
const LOCATIVE = /\b(?:in|at|near|outside|inside|around|across|from|(?<![Aa]ccording\s)to|via)\s+(?:the\s+)?$/i;
/** The aliases as a map: looked up with every name, a fresh string that an object key lookup would intern. */
const ORG_ALIAS = new Map(Object.entries(ORG_ALIASES));

class ActorTable {
  actors: Actor[] = [];
  mentions: Mention[] = [];
  private index = new Map<string, number>();

  add(key: string, make: () => Actor, span: Span, inQuote: boolean, place: boolean): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.actors.push(make()) - 1;
      this.index.set(key, i);
    }
    this.mentions.push({ start: span.start, end: span.end, actor: i, inQuote, place });
    return i;
  }

  get(key: string): number | undefined {
    return this.index.get(key);
  }
}

function linkKey(link: Link): string {
  return link.kind === 'military' ? `mil:${link.iso3}` : link.kind === 'country' ? `c:${link.iso3}` : `o:${link.name}`;
}

function fromLink(link: Link, span: Span, role: string | null = null): Found {
  const kind: ActorKind = link.kind === 'military' ? 'organisation' : link.kind;
  return {
    key: linkKey(link),
    kind,
    name: link.kind === 'military' ? `${link.name} military` : link.name,
    iso3: link.iso3,
    military: link.kind === 'military',
    role: link.kind === 'military' ? role ?? 'armed forces' : null,
    span,
  };
}

const spanOf = (toks: Token[]): Span => ({ start: toks[0].start, end: toks[toks.length - 1].end });

interface PersonCandidate {
  toks: Token[];
  role: string | null;
  evidence: number;
  gender: 'm' | 'f' | null;
  genderFromText: boolean;
}

interface PieceResult {
  found: Found[];
  /** A name that may be a person, pending evidence. */
  candidate?: PersonCandidate;
  /** Further people in the same run (`… Sergei Shoigu and … Nikolai Patrushev`). */
  also?: PersonCandidate[];
  place?: boolean;
}

/** `ambassador to the UN …`, `envoy at the WTO …`: the body a person is posted to, then their name. */
/** The same, then the body's own capitalised words (`… to the United `) up to its last one. */
const POSTED_BEFORE_BODY = /\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Dd]elegate|[Oo]bserver|[Ss]pokes(?:man|woman|person))\s+(?:to|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
const POSTED_TO = /\b(?:ambassador|envoy|representative|delegate|observer|spokes(?:man|woman|person))\s+(?:to|at)\s+(?:the\s+)?$/i;

/** What a run of capitalised words (no possessive inside) stands for. */
function classifyPiece(toks: Token[], text: string): PieceResult {
  // Drop sentence-initial function words, and places glued to a name (`Bamako-based Institute …`).
  // (An honorific before a name stays: `Mr Aliyev` is a man named Aliyev, at a sentence's start too.)
  while (toks.length && ((NOT_NAME_WORDS.has(toks[0].text) && !(toks.length > 1 && honorificGender(toks[0].text))) || isConnector(toks[0].text) || (toks.length > 1 && toks[0].text.endsWith('-based')))) toks = toks.slice(1);
  while (toks.length && isConnector(toks[toks.length - 1].text)) toks = toks.slice(0, -1);
  if (toks.length === 0) return { found: [] };
  const phrase = joinTokens(toks);
  const span = spanOf(toks);

  if (toks.length > 1 && SHIP_PREFIXES.has(toks[0].text)) return { found: [] };
  const alias = ORG_ALIAS.get(phrase);
  if (alias) return { found: [{ key: `o:${alias}`, kind: 'organisation', name: alias, iso3: null, military: false, role: null, span }] };
  if (phrase.endsWith('-based')) return { found: [], place: true };
  const link = linkName(phrase);
  if (link) return { found: [fromLink(link, span, link.kind === 'military' ? `armed forces (${phrase.replace(/^the\s+/i, '')})` : null)] };
  if (ARMED_GROUPS.has(phrase)) return { found: [{ key: `o:${phrase}`, kind: 'armed group', name: phrase, iso3: null, military: false, role: null, span }] };

  // `Arakan Army and Wagner Group`, `… Sergei Shoigu and Security Council Secretary Nikolai Patrushev`:
  // two names, when each side stands for something on its own (else `Center for Strategic and …`).
  const andAt = toks.findIndex((t) => t.text === 'and' || t.text === '&');
  if (andAt > 0 && andAt < toks.length - 1) {
    const left = classifyPiece(toks.slice(0, andAt), text);
    const right = classifyPiece(toks.slice(andAt + 1), text);
    const stands = (r: PieceResult) => r.found.length > 0 || (!!r.candidate && r.candidate.evidence > 0);
    if (stands(left) && stands(right)) {
      const also = [...(left.also ?? []), ...(left.candidate ? [left.candidate] : []), ...(right.also ?? [])];
      return { found: [...left.found, ...right.found], candidate: right.candidate, also };
    }
  }

  // `Analyst Anthony Davis` at the start of a sentence: a role noun with a capital.
  if (toks.length > 1 && ROLE_NOUNS.has(toks[0].text.toLowerCase()) && !TITLE_WORDS.has(toks[0].text)) {
    const rest = classifyPiece(toks.slice(1), text);
    if (rest.candidate && !rest.candidate.role) rest.candidate = { ...rest.candidate, role: toks[0].text.toLowerCase(), evidence: rest.candidate.evidence + 3 };
    return rest;
  }

  // `President Xi Jinping of China`, `Prime Minister James Marape of Papua New Guinea`: a titled
  // name, then its state (the role takes the state).
  const ofAt = toks.map((t) => t.text).lastIndexOf('of');
  if (ofAt > 1 && ofAt < toks.length - 1) {
    const tail = toks.slice(ofAt + 1 + (toks[ofAt + 1].text === 'the' ? 1 : 0));
    const state = tail.length && tail.length <= 4 ? linkName(joinTokens(tail)) : null;
    const head = state?.kind === 'country' && splitTitle(toks.slice(0, ofAt)) ? classifyPiece(toks.slice(0, ofAt), text) : null;
    if (state && head?.candidate) {
      const role = head.candidate.role ? `${head.candidate.role} of ${joinTokens(tail)}` : null;
      return { found: [...head.found, fromLink(state, spanOf(tail))], candidate: { ...head.candidate, role }, also: head.also };
    }
  }

  // A title run makes a person: `Russian President Vladimir Putin`; the title may hold a state.
  const titled = splitTitle(toks);
  if (titled && titled.role.length) {
    // The states in the title, longest name first (`Papua New Guinea Prime Minister`: not `Guinea`).
    const found: Found[] = [];
    for (let i = 0; i < titled.role.length; i++) {
      for (let n = Math.min(4, titled.role.length - i); n >= 1; n--) {
        const gram = titled.role.slice(i, i + n);
        const l = /^\p{Lu}/u.test(gram[0].text) ? linkName(joinTokens(gram)) : null;
        if (!l || l.kind === 'organisation') continue;
        found.push(fromLink(l, spanOf(gram)));
        i += n - 1;
        break;
      }
    }
    const honorific = titled.role.map((t) => HONORIFIC_GENDER[t.text]).find((g) => g);
    const onlyHonorific = titled.role.every((t) => honorificGender(t.text) && !/^(?:King|Queen|Prince|Princess|Emir|Sultan|Pope|Congressman|Congresswoman|Chairman|Chairwoman|Spokesman|Spokeswoman)$/.test(t.text));
    return {
      found,
      candidate: {
        toks: titled.name,
        role: onlyHonorific ? null : joinTokens(titled.role),
        evidence: 3,
        gender: honorific ?? null,
        genderFromText: !!honorific,
      },
    };
  }

  const words = toks.map((t) => t.text);
  const last = words[words.length - 1];
  if (words.some((w) => NON_ACTOR_WORDS.has(w))) return { found: [] };
  // `The Defense Minister`, `Iranian Foreign Minister`: a title with no name after it is a role that
  // points back to its holder (a nominal), never a person called `Defense Minister`.
  if (HEAD_TITLES.has(last) && toks.every((t) => TITLE_WORDS.has(t.text) || (linkName(t.text)?.kind ?? 'organisation') !== 'organisation')) {
    const found: Found[] = [];
    for (const t of toks) {
      const l = TITLE_WORDS.has(t.text) ? null : linkName(t.text);
      if (l) found.push(fromLink(l, { start: t.start, end: t.end }));
    }
    return { found };
  }
  if (ARMED_GROUP_WORDS.has(last) || (words.length > 1 && ARMED_GROUP_WORDS.has(`${words[words.length - 2]} ${last}`))) {
    const owner = linkName(words[0]);
    if (owner && (owner.kind === 'country' || owner.kind === 'military')) {
      return { found: [fromLink({ kind: 'military', iso3: owner.iso3, name: owner.name }, span, `armed forces (${phrase})`)] };
    }
    if (last === 'Forces' && words.length === 1) return { found: [] };
    return { found: [{ key: `o:${phrase}`, kind: 'armed group', name: phrase, iso3: null, military: false, role: null, span }] };
  }
  if (words.some((w) => ORG_WORDS.has(w))) {
    // `Ambassador to the United Nations Linda Thomas-Greenfield`: a body, then a person's name that
    // opens with a first name.
    let lastOrg = words.length - 1;
    while (lastOrg >= 0 && !ORG_WORDS.has(words[lastOrg])) lastOrg--;
    // (Or any name, after a posting: `Ambassador to the United Nations Olumide Adeyemi`.)
    const posted = () => POSTED_BEFORE_BODY.test(text.slice(Math.max(0, toks[0].start - 40), toks[lastOrg].start));
    // (One word after a posting is a name too, `… to the United Nations Prabowo`, unless it links.)
    const after = words.length - lastOrg - 1;
    if (lastOrg >= 0 && after <= 4 && ((after >= 2 && firstNameGender(words[lastOrg + 1])) || (after >= 1 && posted() && (after >= 2 || !linkName(words[lastOrg + 1]))))) {
      const body = classifyPiece(toks.slice(0, lastOrg + 1), text);
      const person = classifyPiece(toks.slice(lastOrg + 1), text);
      // The posting is the name's title (`Ambassador to the European Union`), as good as `President`.
      const candidate = person.candidate && posted() ? { ...person.candidate, evidence: Math.max(person.candidate.evidence, 3) } : person.candidate;
      return { found: [...body.found, ...person.found], candidate, also: person.also };
    }
    const name = phrase.replace(/^the\s+/i, '');
    const canonical = ORG_ALIAS.get(name) ?? name;
    return { found: [{ key: `o:${canonical}`, kind: 'organisation', name: canonical, iso3: null, military: false, role: null, span }] };
  }
  if (PLACE_WORDS.has(last) || PLACES.has(phrase)) return { found: [], place: true };

  // `Beijing and Moscow`, `China and Russia`: two names.
  const and = toks.findIndex((t) => t.text === 'and' || t.text === '&');
  if (and > 0) {
    const left = classifyPiece(toks.slice(0, and), text);
    const right = classifyPiece(toks.slice(and + 1), text);
    const also = [...(left.also ?? []), ...(left.candidate ? [left.candidate] : []), ...(right.also ?? [])];
    return { found: [...left.found, ...right.found], candidate: right.candidate, also };
  }
  // A particle between the parts of a name (`Ursula von der Leyen`, `Mohammed bin Salman`, `Lula da
  // Silva`) keeps it a name; any other connector (`of`, `the`, `and`) makes it something else.
  const parts = toks.filter((t) => !NAME_PARTICLES.has(t.text));
  if (parts.some((t) => isConnector(t.text)) || !endsName(toks[toks.length - 1].text)) return { found: [] };
  if (parts.length > 4 || toks.length > 6) return { found: [] };
  if (toks.some((t) => t.text.length > 5 && /^\p{Lu}{2,}$/u.test(t.text))) return { found: [] };

  // Leading words that link (`Russian hardware`, lower case after) were taken above; a leading
  // demonym before a name (`Chinese analyst Li Wei` has a lower-case role, handled by the caller).
  // (`UN Vassily Nebenzia` after `ambassador to the`: a body, then a name opening with a first name.)
  const lead = linkName(words[0]);
  const posted = lead?.kind === 'organisation' && toks.length >= 3 && toks.length <= 4 && (firstNameGender(words[1]) || POSTED_TO.test(text.slice(Math.max(0, toks[0].start - 40), toks[0].start)));
  if (lead && toks.length > 1 && (lead.kind !== 'organisation' || posted)) {
    const rest = classifyPiece(toks.slice(1), text);
    return { found: [fromLink(lead, { start: toks[0].start, end: toks[0].end }), ...rest.found], candidate: rest.candidate, place: rest.place };
  }
  // A word with a digit is a designation (`Bayraktar TB2`, `Su-35`), never part of a person's name.
  if (toks.some((t) => /\d/.test(t.text))) return { found: [] };
  const first = firstNameGender(words[0]);
  const honorific = honorificGender(words[0]);
  return {
    found: [],
    candidate: {
      toks,
      role: null,
      evidence: (first && toks.length >= 2 ? 1 : 0) + (honorific ? 3 : 0),
      gender: honorific ?? (first === 'm' || first === 'f' ? first : null),
      genderFromText: !!honorific,
    },
  };
}

/** `the junta`, `the military`: the armed forces of the state the text ties them to. */
const BOUND_NOUN = /\bthe\s+(junta|military|army|regime|armed forces|generals)\b/g;
const FORCES_NOUN = /\b(junta|military|army|regime|armed forces|generals)\b/g;
const OWNER_BEFORE = /(?:(\p{Lu}[\p{L}\p{M}.-]*)['’]s?\s+(?:[\p{Ll}-]+\s+)?|\bthe\s+(\p{Lu}[\p{L}\p{M}-]*)\s+)$/u;

function bindings(text: string, owned: { span: Span; link: Link }[]): Map<string, Link> {
  const out = new Map<string, Link>();
  FORCES_NOUN.lastIndex = 0;
  for (let m = FORCES_NOUN.exec(text); m; m = FORCES_NOUN.exec(text)) {
    const before = OWNER_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!before) continue;
    const owner = before[1] ?? before[2];
    const noun = m[1];
    const link = linkName(owner);
    if (!link || (link.kind !== 'country' && link.kind !== 'military')) continue;
    if (!/^(?:regime|generals)$/.test(noun)) owned.push({ span: { start: m.index, end: m.index + m[0].length }, link: { kind: 'military', iso3: link.iso3, name: link.name } });
    if (out.has(noun)) continue;
    out.set(noun, { kind: 'military', iso3: link.iso3, name: link.name });
  }
  // The junta and the military are the same body.
  for (const [a, b] of [['junta', 'military'], ['military', 'junta'], ['regime', 'junta'], ['army', 'military']]) {
    if (!out.has(a) && out.has(b)) out.set(a, out.get(b)!);
  }
  return out;
}

const AFFILIATION_BEFORE = /\b(?:with|at|for|of|from)\s+(?:the\s+)?$/i;

/** Split a run at possessives: `Russia's | Defense Minister Sergei Shoigu`, `Singapore’s | Institute …`. */
function splitAtPossessives(toks: Token[]): { toks: Token[]; possessive: string | null }[] {
  // Most runs hold none: one piece, no copy.
  if (!toks.some((t) => endsPossessive(t.text))) return [{ toks, possessive: null }];
  const pieces: { toks: Token[]; possessive: string | null }[] = [];
  let current: Token[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const possessive = endsPossessive(t.text);
    // `King's College London`, `St John's College`: a possessive inside an organisation's name.
    const inName = possessive && !linkName(stripPossessive(joinTokens([...current, t]))) && toks.slice(k + 1).some((x) => ORG_WORDS.has(x.text)) && !toks.slice(k + 1).some((x) => HEAD_TITLES.has(x.text));
    if (possessive && isCapitalised(t.text) && !inName) {
      const bare = stripPossessive(t.text);
      current.push({ text: bare, start: t.start, end: t.start + bare.length });
      pieces.push({ toks: current, possessive: t.text });
      current = [];
    } else current.push(t);
  }
  if (current.length) pieces.push({ toks: current, possessive: null });
  return pieces;
}

/** A generation after a name (`Ferdinand Marcos Jr.`): the surname is the word before it. */
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
function surnameOf(name: string): string {
  const words = name.split(' ');
  return words.length > 2 && GENERATION.test(words[words.length - 1]) ? words[words.length - 2] : words[words.length - 1];
}

/** Of `people`, the one whose full name was written last before `at` (none when no full name comes before it). */
function lastNamedBefore(people: readonly Candidate[], at: number): Candidate | null {
  let best: Candidate | null = null;
  let bestAt = -1;
  for (const c of people) {
    for (const span of c.spans) if (span.start < at && span.start > bestAt) {
      best = c;
      bestAt = span.start;
    }
  }
  return best;
}

/** Whether `word` (lower case) stands as a word of its own, in lower case, somewhere in the text. */
function inLowerCase(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? ' ')) return true;
  }
  return false;
}

/**
 * `Caparov` in an article about `Sadyr Japarov`: a lone name one letter away from the surname of a
 * person named in full (same length, six letters or more) is that person, misspelt — transliterated
 * names are often spelt two ways in one text.
 */
function misspeltSurname(word: string, bySurname: Map<string, Candidate | null>): Candidate | undefined {
  if (word.length < 6) return undefined;
  let found: Candidate | undefined;
  for (const [surname, c] of bySurname) {
    if (!c || surname.length !== word.length || surname === word) continue;
    let diff = 0;
    for (let i = 0; i < word.length && diff < 2; i++) if (surname[i].toLowerCase() !== word[i].toLowerCase()) diff++;
    if (diff === 1) {
      if (found) return undefined;
      found = c;
    }
  }
  return found;
}

export function actors(doc: ArticleDoc): void {
  const text = doc.text;
  const table = new ActorTable();
  const candidates = new Map<string, Candidate>();
  const affiliations: Span[] = [];
  const inQuote = (span: Span): boolean => quoteAt(doc.quoteSpans, span.start) >= 0;

  /**
   * A capital after `in`/`at` is where something happens, not the state acting. `beforeFrom`: where the
   * text before the mention may start (its sentence), or -1 when there is none to read; that text is
   * sliced only when everything else says place.
   */
  const isPlace = (f: Found, beforeFrom: number): boolean => {
    if (f.kind !== 'country') return false;
    const surface = text.slice(f.span.start, f.span.end);
    const bare = stripPossessive(surface);
    const next = text.charCodeAt(f.span.end);
    const possessive = next === 39 /* ' */ || next === 0x2019 /* ’ */ || bare !== surface;
    return bare !== f.name && PLACES.has(bare) && !possessive && beforeFrom >= 0 && LOCATIVE.test(text.slice(Math.max(beforeFrom, f.span.start - 40), f.span.start));
  };
  const record = (f: Found, beforeFrom: number): void => {
    table.add(f.key, () => ({ name: f.name, kind: f.kind, iso3: f.iso3, role: f.role, military: f.military, gender: null, genderFromText: false }), f.span, inQuote(f.span), isPlace(f, beforeFrom));
  };

  for (const sentence of doc.sentences) {
    const para = doc.paragraphs[sentence.para];
    if (para.kind === 'title' || para.kind === 'heading') continue;
    for (const toks of capitalisedRuns(text, sentence.start, sentence.end)) {
      let owner: string | null = null;
      for (const { toks: piece, possessive } of splitAtPossessives(toks)) {
        const start = piece[0].start;
        const inAffiliation = affiliations.some((a) => start >= a.start && start < a.end);
        const result = classifyPiece(piece, text);
        for (const f of result.found) record(f, sentence.start);
        for (const c of result.also ? [...result.also, ...(result.candidate ? [result.candidate] : [])] : result.candidate ? [result.candidate] : []) {
          if (!c.toks.length) continue;
          const nameSpan = spanOf(c.toks);
          // (`Xi and Lula met`: what follows the pair follows each of its names.)
          const conjunct = result.also?.includes(c) ?? false;
          const afterFrom = conjunct ? piece[piece.length - 1].end : nameSpan.end;
          const after = text.slice(afterFrom, Math.min(sentence.end, afterFrom + 240));
          const beforeName = text.slice(Math.max(sentence.start, nameSpan.start - 60), nameSpan.start);
          let role = c.role;
          if (role && owner) role = `${owner} ${role}`;
          let evidence = c.evidence;
          const lowerRole = roleBefore(beforeName);
          if (lowerRole) {
            role = role ?? lowerRole;
            evidence += 3;
          }
          const appositive = appositiveAfter(after, nameSpan.end);
          if (appositive) {
            role = role ?? appositive.role;
            evidence += 3;
            affiliations.push({ start: appositive.start, end: appositive.end });
          }
          if (nextToSpeechVerb(beforeName, after)) evidence += 2;
          // (A person's act counts for a name of two words or more only: a lone capitalised word is
          // as often a company's; an age or `who` after it count for any.)
          // `Mao Ning: “…”` opening a paragraph: a transcript's speaker.
          else if (!evidence && c.toks.length >= 2 && after.startsWith(': ') && !/\S/.test(text.slice(para.start, nameSpan.start))) evidence += 2;
          else if (!evidence) {
            const cue = personCue(beforeName, after);
            if (c.toks.length >= 2 || cue >= 2) evidence += cue;
          }
          const name = joinTokens(c.toks);
          const sentenceInitial = nameSpan.start - sentence.start <= 2 && !/[\p{L}\p{N}]/u.test(text.slice(sentence.start, nameSpan.start));
          if (inAffiliation && !evidence && AFFILIATION_BEFORE.test(text.slice(Math.max(sentence.start, start - 120), start))) {
            record({ key: `o:${name}`, kind: 'organisation', name, iso3: null, military: false, role: null, span: nameSpan }, -1);
          // (`in Vladimir Putin’s war`: a name in the possessive after `in` owns something; no place.)
          } else if (!result.place && !(evidence < 3 && !possessive && LOCATIVE.test(beforeName))) {
            const cand = candidates.get(name) ?? { name, tokens: c.toks.length, spans: [], evidence: 0, strong: 0, midSentence: 0, role: null, gender: null, genderFromText: false };
            cand.spans.push(nameSpan);
            cand.evidence += evidence;
            if (evidence >= 3) cand.strong++;
            if (!sentenceInitial) cand.midSentence++;
            cand.role = cand.role ?? role;
            if (c.genderFromText) {
              cand.gender = c.gender;
              cand.genderFromText = true;
            } else cand.gender = cand.gender ?? c.gender;
            candidates.set(name, cand);
          }
        }
        const lastFound = result.found[result.found.length - 1];
        owner = possessive && lastFound && lastFound.kind === 'country' && lastFound.span.end === piece[piece.length - 1].end ? possessive : null;
      }
    }
  }

  // People: names with evidence; a lone surname joins the full name it ends (`Davis` → `Anthony Davis`).
  // A title alone (`President`, `General`) is a role the text mentions, not a person's name.
  for (const [name] of candidates) if (TITLE_WORDS.has(name) || ROLE_NOUNS.has(name.toLowerCase())) candidates.delete(name);
  // `Ilham Aliyev` with nothing around it, and `Mr Aliyev` or `Aliyev said` later: the surname's
  // evidence is the full name's.
  // (Not a plural or common word: `States voting` vouches for no `UN Member States`.)
  const vouched = new Set([...candidates.values()].filter((c) => c.tokens === 1 && !/[^su]s$/.test(c.name) && (c.strong > 0 || (c.evidence >= 2 && !inLowerCase(text, c.name.toLowerCase())))).map((c) => c.name));
  for (const c of candidates.values()) if (c.tokens >= 2 && !c.evidence && vouched.has(surnameOf(c.name))) c.evidence = 1;
  const people = [...candidates.values()].filter((c) => c.evidence > 0 && c.tokens >= 1);
  const full = people.filter((c) => c.tokens >= 2);
  const bySurname = new Map<string, Candidate | null>();
  for (const c of full) {
    const surname = surnameOf(c.name);
    bySurname.set(surname, bySurname.has(surname) && bySurname.get(surname) !== c ? null : c);
  }
  // `Xi` for `Xi Jinping`, `Lula` for `Luiz Inacio Lula da Silva`, `Prabowo` for `Prabowo Subianto`:
  // a lone word that is another word of one full name only (the family name first, a name in use).
  const byWord = new Map<string, Candidate | null>();
  for (const c of full) {
    // (A first word only when it is no given name — `Xi`, not `Vladimir` — or opens a name of three words
    // or more, the family name first: `Kim` for `Kim Jong Un`.)
    for (const [i, w] of c.name.split(' ').slice(0, -1).entries()) {
      if (w.length < 2 || NAME_PARTICLES.has(w) || !/^\p{Lu}/u.test(w) || (i === 0 && firstNameGender(w) && c.tokens < 3)) continue;
      byWord.set(w, byWord.has(w) && byWord.get(w) !== c ? null : c);
    }
  }
  /** A mention (`span`, read as `c`) of the person `target`; a short form lends its role and gender to the full name. */
  const addPerson = (target: Candidate, c: Candidate, span: Span): void => {
    const i = table.add(`p:${target.name}`, () => ({ name: target.name, kind: 'person', iso3: null, role: target.role, military: false, gender: target.gender, genderFromText: target.genderFromText }), span, inQuote(span), false);
    if (target === c) return;
    const a = table.actors[i];
    a.role = a.role ?? c.role;
    if (c.genderFromText && !a.genderFromText) {
      a.gender = c.gender;
      a.genderFromText = true;
    }
  };
  /** The full names a lone word could be (`Kim` → `Kim Jong Un`, `Kim Yo Jong`), when more than one. */
  const sharers = (word: string): Candidate[] =>
    bySurname.get(word) === null || (!bySurname.has(word) && byWord.get(word) === null)
      ? full.filter((c) => surnameOf(c.name) === word || c.name.split(' ').slice(0, -1).includes(word))
      : [];
  for (const c of candidates.values()) {
    let target: Candidate | null | undefined = c.evidence > 0 && c.tokens >= 2 ? c : undefined;
    if (c.tokens === 1) {
      target = bySurname.get(c.name) ?? misspeltSurname(c.name, bySurname) ?? (bySurname.has(c.name) ? undefined : byWord.get(c.name) ?? undefined);
      // A word two of the article's people share: each mention is the one named last before it.
      const shared = target ? [] : sharers(c.name);
      if (shared.length > 1 && c.spans.every((span) => lastNamedBefore(shared, span.start))) {
        for (const span of c.spans) addPerson(lastNamedBefore(shared, span.start)!, c, span);
        continue;
      }
      // A lone word at the start of sentences only is a person when it speaks (`Erdogan told CBS`)
      // and is no common word (`Officials said`, `Critics say`: plural, or in lower case elsewhere).
      const speaks = () => c.evidence >= 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(c.name) && !/[^su]s$/.test(c.name) && !inLowerCase(text, c.name.toLowerCase());
      // (An acronym alone — `CBS`, `ASEAN` — is a person only with a title or a role.)
      const acronym = /^\p{Lu}{2,}$/u.test(c.name);
      target ??= c.evidence > 0 && (c.midSentence > 0 || c.strong > 0 || isKnownSurname(c.name) || speaks()) && (!acronym || c.strong > 0) ? c : undefined;
    }
    if (!target) continue;
    for (const span of c.spans) addPerson(target, c, span);
  }

  // `the junta`, `the military` → the armed forces the text ties them to.
  const owned: { span: Span; link: Link }[] = [];
  const bound = bindings(text, owned);
  // `Mali's military government`, `Myanmar’s junta leader`: the state's armed forces, named.
  for (const { span, link } of owned) record(fromLink(link, span, null), -1);
  if (bound.size) {
    BOUND_NOUN.lastIndex = 0;
    for (let m = BOUND_NOUN.exec(text); m; m = BOUND_NOUN.exec(text)) {
      const link = bound.get(m[1].toLowerCase());
      if (!link) continue;
      const span = { start: m.index + 4, end: m.index + m[0].length };
      record(fromLink(link, span, null), -1);
    }
  }

  // Titles and headings are in headline case: only names already known, or the registry's — and,
  // in a title written in sentence case, a name after a title (`PNG Prime Minister James Marape
  // says …`), the one place some articles name the person their body calls `the prime minister`.
  for (const para of doc.paragraphs) {
    if (para.kind !== 'title' && para.kind !== 'heading') continue;
    const toks = tokenize(text.slice(para.start, para.end), para.start);
    const titled = sentenceCase(toks) ? titledNames(toks) : new Map<number, { end: number; name: string; role: string }>();
    for (let i = 0; i < toks.length; i++) {
      const named = titled.get(i);
      if (named && table.get(`p:${named.name}`) === undefined && !candidates.has(named.name)) {
        const span = { start: toks[i].start, end: toks[named.end - 1].end };
        table.add(`p:${named.name}`, () => ({ name: named.name, kind: 'person', iso3: null, role: named.role, military: false, gender: null, genderFromText: false }), span, false, false);
        i = named.end - 1;
        continue;
      }
      for (let n = Math.min(4, toks.length - i); n >= 1; n--) {
        const gram = toks.slice(i, i + n);
        if (toks[i + n] && PLACE_WORDS.has(toks[i + n].text.replace(/[.,:;!?]+$/, ''))) continue; // `South China Sea`
        const phrase = stripPossessive(joinTokens(gram).replace(/[.,:;!?]+$/, ''));
        if (!/^\p{Lu}/u.test(phrase) || NOT_NAME_WORDS.has(phrase)) continue;
        const span = { start: gram[0].start, end: gram[0].start + phrase.length };
        const person = table.get(`p:${phrase}`);
        const link = person === undefined ? linkName(phrase) : null;
        if (person !== undefined) table.mentions.push({ ...span, actor: person, inQuote: false, place: false });
        else if (link) record(fromLink(link, span), -1);
        else continue;
        i += n - 1;
        break;
      }
    }
  }

  for (const a of table.actors) if (a.military && a.iso3 && !a.name.endsWith('military')) a.name = `${countryName(a.iso3)} military`;
  nameStatesAsWritten(text, table.actors, table.mentions);
  table.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  doc.actors = table.actors;
  doc.mentions = dedupe(table.mentions);
}

/** Whether a title is written in sentence case: most of its words start in lower case. */
function sentenceCase(toks: Token[]): boolean {
  const words = toks.filter((t) => /^\p{L}/u.test(t.text));
  return words.length >= 4 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length * 2 <= words.length;
}

/**
 * In a title, each name of two or three capitalised words right after a head title, with the title
 * words before it as the role (`PNG Prime Minister James Marape` → `James Marape`, `PNG Prime
 * Minister`), keyed by the index of its first word; the name must be followed by a word in lower
 * case or the end.
 */
function titledNames(toks: Token[]): Map<number, { end: number; name: string; role: string }> {
  const out = new Map<number, { end: number; name: string; role: string }>();
  for (let i = 0; i < toks.length; i++) {
    if (!HEAD_TITLES.has(toks[i].text)) continue;
    let end = i + 1;
    while (end < toks.length && end - i <= 3 && /^\p{Lu}\p{Ll}/u.test(toks[end].text) && !TITLE_WORDS.has(toks[end].text) && !NOT_NAME_WORDS.has(toks[end].text)) end++;
    if (end - i - 1 < 2 || (end < toks.length && !/^[\p{Ll}\p{P}]/u.test(toks[end].text))) continue;
    let start = i;
    while (start > 0 && /^\p{Lu}/u.test(toks[start - 1].text)) start--;
    out.set(i + 1, { end, name: joinTokens(toks.slice(i + 1, end)).replace(/[.,:;!?]+$/, ''), role: joinTokens(toks.slice(start, i + 1)) });
  }
  return out;
}

/**
 * A state is named as the article names it most often (`Vietnam`, `Turkey`, `United Arab Emirates`),
 * not by the registry's form (`Viet Nam`, `Turkiye`, `UAE`): the reader's words, and the gold's.
 * Demonyms, capitals and abbreviations do not count; with none, or with the registry's own name
 * written too, the registry's name stays.
 */
function nameStatesAsWritten(text: string, actors: Actor[], mentions: Mention[]): void {
  const forms = new Map<number, Map<string, number>>();
  for (const m of mentions) {
    const a = actors[m.actor];
    if (a.kind !== 'country' || !a.iso3) continue;
    const written = text.slice(m.start, m.end).replace(/['’]s?$/u, '');
    if (stateNamedAs(written) !== a.iso3) continue;
    let counts = forms.get(m.actor);
    if (!counts) forms.set(m.actor, (counts = new Map()));
    counts.set(written, (counts.get(written) ?? 0) + 1);
  }
  for (const [i, counts] of forms) {
    // (The registry's own name, written even once, stays: `the United States` … `America`.)
    if ([...counts.keys()].some((form) => form.replace(/^the\s+/i, '') === actors[i].name)) continue;
    let best: string | null = null;
    for (const [form, n] of counts) if (best === null || n > counts.get(best)!) best = form;
    if (best) actors[i].name = best.replace(/^the\s+/i, '');
  }
}

/** One mention per span: a span covered by an earlier, longer one is dropped. */
function dedupe(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  let reach = -1;
  for (const m of mentions) {
    if (m.start < reach) continue;
    out.push(m);
    reach = m.end;
  }
  return out;
}
