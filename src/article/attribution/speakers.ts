// Stage 2 of the quote attribution (src/article/stages/04-quotes.ts): a subject phrase resolved to a
// speaker — a named person, a pronoun or a nominal (`the minister`) to the person meant, a
// document to its issuer, organisations and capitals as themselves — and how it was linked.
import { statesInText } from '../link.js';
import { AUTHOR_VERBS, CAPITALS, CONTINUING, DOCUMENT_HEADS, GENERIC_MEDIA, GROUP_PLURALS, MEDIA_HEADS, ORGANISATION_HEADS } from '../model/attribution.js';
import { HEAD_TITLES, ROLE_NOUNS } from '../model/people.js';
import { appositiveAfter } from '../names.js';
import { spanIndexAt, within } from '../spans.js';
import type { Actor } from '../types.js';
import { ISSUED_BY, lower, SUBJECT_REACH, leadingPhraseEnd, nounPhraseEnding, headBeforeModifiers, after, mentionsIn, personSpeaker, titleCase, stripDeterminer, spokenBefore, lastSpokenWhere, previousSubject, sentenceSubject, FINITE_AFTER } from './phrases.js';
import type { Speech, Speaker, Link, Ctx } from './phrases.js';

/** Object pronouns after `according to` and their subject forms. */
const OBJECT_PRONOUN: Record<string, string> = { him: 'he', her: 'she', them: 'they' };

/** Who signed, wrote or issued the document just named (group 1). */
const BY_SIGNER = new RegExp(`^\\s*,?\\s+(?:was\\s+|were\\s+)?${ISSUED_BY}\\s+(?:the\\s+)?([^,;:]{1,80}?)\\s*(?:[,:]|$)`, 'u');

/**
 * A document named with who signed or issued it, from the words right after its noun
 * (`The letter, signed by Defence Minister Luis Petri,` → `Luis Petri letter`, the person; `A
 * statement issued by the office of President X` → `office of President X statement`), or null.
 */
function issuedDocument(ctx: Ctx, from: number, end: number, document: string): Speaker | null {
  const by = BY_SIGNER.exec(ctx.doc.unquoted.slice(from, Math.min(end, from + 160)));
  if (!by) return null;
  const at = from + by.index + by[0].lastIndexOf(by[1]);
  // (A person only when the phrase is their name and title: `the office of President X` is the office.)
  const signer = mentionsIn(ctx, at, at + by[1].length + 1).filter((m) => !m.place);
  const titles = ctx.text.slice(at, signer[0]?.start ?? at).split(/\s+/).filter(Boolean);
  const person = signer.length === 1 && ctx.doc.actors[signer[0].actor].kind === 'person' && titles.every((w) => /^\p{Lu}/u.test(w) || ROLE_NOUNS.has(w)) ? signer[0] : null;
  // The text is named with who issued it, as a reader would (`Xi and Lula joint declaration`).
  const issuer = person ? ctx.doc.actors[person.actor].name : stripDeterminer(by[1].trim());
  return { name: `${issuer} ${document}`, role: document, person: person?.actor ?? null, kind: person ? 'person' : 'body' };
}

/** A clause opening its sentence with a subordinator, then the pronoun before `at`: group 1 is the clause. */
const SUBORDINATE_THEN_PRONOUN = /^[\s\p{P}]*(?:After|When|Once|Before|Since|Although|Though|Because|If|Upon|Having)\s+([^,;“”"]{3,200}),\s+(?:he|she)\s+$/u;

/**
 * `After General X inspected the troops, he said …`: a pronoun right after a clause that opens its
 * sentence with a subordinator is that clause's subject (a person followed by a finite verb).
 * (`As X looked on, he said` and `while` clauses are left out: they set someone else's scene.)
 */
function subordinateSubject(ctx: Ctx, at: number): number | null {
  const here = spanIndexAt(ctx.doc.sentences, at);
  if (here < 0) return null;
  const sent = ctx.doc.sentences[here];
  const m = SUBORDINATE_THEN_PRONOUN.exec(ctx.doc.unquoted.slice(sent.start, at));
  if (!m) return null;
  const clauseStart = sent.start + m.index + m[0].indexOf(m[1]);
  const person = within(ctx.mentions, clauseStart, clauseStart + m[1].length).find((x) => !x.inQuote && ctx.doc.actors[x.actor].kind === 'person');
  return person && FINITE_AFTER.test(ctx.text.slice(person.end, person.end + 24)) ? person.actor : null;
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
    const own = sentenceSubject(ctx, at) ?? subordinateSubject(ctx, at);
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

/** Whether a role names a head of state or government (`President of Kazakhstan`, `junta leader`). */
// (A prime minister heads a government: `the prime minister` may be the one the text calls `PNG leader`.)
const namesLeader = (role: string): boolean => lower(role).split(/[\s,-]+/).some((w) => LEADER_HEADS.has(w)) || /\bprime\s+minister\b/i.test(role);

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
  const leader = LEADER_HEADS.has(head) || /\bprime\s+minister$/.test(core);
  // Epithets for the person the story is about: `the Russian leader`, `the Kremlin chief`, `the 71-year-old`.
  const epithet = leader || head === 'chief' || head === 'year-old';
  // (`The head of state noted …, the Belarusian leader stressed` ¶ `According to the President`: a
  // head of state who spoke since the titled one was named is the one meant.)
  const lastSpeaker = leader && !state.size && !headline ? lastSpokenWhere(ctx, at, 3000, (x) => x.speaker.kind === 'person' && x.speaker.person !== null) : undefined;
  const leaderRole = (role: string | null) => !role || namesLeader(role);
  // The person whose role or title has the noun (or, for a head of state, the same state), most recent first …
  for (let i = named.length - 1; i >= 0; i--) {
    const a = ctx.doc.actors[named[i].actor];
    if (!a.role) continue;
    const roleWords = lower(a.role).split(/[\s,-]+/);
    const roleStates = statesIn(a.role);
    if (state.size && roleStates.size && ![...state].some((x) => roleStates.has(x))) continue;
    if (roleWords.includes(head) && lastSpeaker && lastSpeaker.at > named[i].start && lastSpeaker.speaker.person !== named[i].actor && leaderRole(lastSpeaker.speaker.role)) return lastSpeaker.speaker;
    if (roleWords.includes(head)) return personSpeaker(ctx, named[i].actor);
    // `X met James Marape, his counterpart from Papua New Guinea` … `Papua New Guinea’s prime
    // minister`: a counterpart holds the same office, in the state the phrase names.
    if (roleWords.includes('counterpart') && state.size && [...state].some((x) => roleStates.has(x))) return personSpeaker(ctx, named[i].actor);
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
    const fits = !role || head === 'year-old' || (leader && namesLeader(role));
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
  const ours = (role: string | null) => !foreign(role) && (state.size === 0 || [...statesIn(role ?? '')].some((x) => state.has(x))) && (!leader || !role || namesLeader(role));
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
  // Every pattern holds the noun itself: most windows have none, and skip the long pattern.
  if (!text.toLowerCase().includes(noun.toLowerCase())) return null;
  const re = issuerPattern(noun);
  let last: string | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = (m[1] ?? m[2] ?? m[3]).trim().replace(/^the\s+/i, '');
  return last;
}

/** Per kind of text: its author's verb right after a name (`authored`), or the name owning it (`owned`: `Abdullah’s letter`). */
const AUTHORING = new Map(Object.entries(AUTHOR_VERBS).map(([noun, verbs]) => [noun, {
  authored: new RegExp(`^\\s+(?:(?:also|later|then|has|had|have)\\s+)?(?:${verbs})\\b`),
  owned: new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}s?\\b`, 'u'),
}]));

/**
 * The author of a bare text (`the letter`, `the post`, `the report`) from the paragraph and the two
 * before it: the last person or body named doing to it what authors do (`Trump wrote`, `Reuters
 * reported`) or owning it (`Abdullah’s letter`), as an actor index; null when none.
 */
function documentAuthor(ctx: Ctx, from: number, at: number, noun: string): number | null {
  const authoring = AUTHORING.get(noun);
  if (!authoring) return null;
  let author: number | null = null;
  for (const m of within(ctx.mentions, from, at)) {
    if (m.inQuote || m.place) continue;
    const kind = ctx.doc.actors[m.actor].kind;
    if (kind !== 'person' && kind !== 'organisation') continue;
    const next = ctx.text.slice(m.end, m.end + 40);
    if (authoring.authored.test(next) || authoring.owned.test(next)) author = m.actor;
  }
  return author;
}

/** A capitalised name that reported or quoted (`The Daily Star reported`): the outlet, group 1. */
const REPORTING = /(?:\b[Tt]he\s+)?(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s+(?:reported|reports|quoted|cited)\b/gu;

/** Whether a body's name is a news outlet's (`Associated Press (AP)`, `Xinhua`, `the Daily Star`). */
function isOutlet(name: string): boolean {
  return lower(name).split(/[\s()]+/).some((w) => MEDIA_HEADS.has(w) || GENERIC_MEDIA.has(w));
}

/** The capitalised name that reported (or, unless `reportedOnly`, quoted or cited) last in `[from, at)`. */
function lastReporting(ctx: Ctx, from: number, at: number, reportedOnly = false): { at: number; name: string } | null {
  const window = ctx.doc.unquoted.slice(from, at);
  let last: { at: number; name: string } | null = null;
  REPORTING.lastIndex = 0;
  for (let m = REPORTING.exec(window); m; m = REPORTING.exec(window)) {
    if (!reportedOnly || /report/.test(m[0].slice(m[0].indexOf(m[1]) + m[1].length))) last = { at: from + m.index, name: m[1] };
  }
  return last;
}

/**
 * The news outlet named last before `at`: an organisation whose name holds a media word, or any
 * capitalised name that reported or quoted (outlets are seldom in the registry). Null when none.
 */
function lastOutlet(ctx: Ctx, at: number): string | null {
  const from = Math.max(0, at - 3000);
  let outlet: { at: number; name: string } | null = null;
  for (const m of within(ctx.mentions, from, at)) {
    const a = ctx.doc.actors[m.actor];
    if (!m.inQuote && a.kind === 'organisation' && isOutlet(a.name)) outlet = { at: m.start, name: a.name };
  }
  const reporting = lastReporting(ctx, from, at);
  return (reporting && (!outlet || reporting.at > outlet.at) ? reporting : outlet)?.name ?? null;
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
export function documentBefore(ctx: Ctx, sentStart: number, quoteOpen: number): Speaker | null {
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
  const issued = issuedDocument(ctx, last.index + last[0].length, quoteOpen, phrase.replace(/^following\s+/i, ''));
  if (issued) return issued;
  // A bare `the plan` is the plan the text described before.
  const described = phrase.split(/\s+/).length === 1 ? describedDocument(ctx, last[0], sentStart) : null;
  if (described) return { name: described.name, role: described.role, person: null, kind: 'body' };
  return { name: phrase, role: 'document', person: null, kind: 'body' };
}

export function resolve(ctx: Ctx, speech: Speech): Speaker | null {
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
    const issued = issuedDocument(ctx, subject.end, speech.verbStart, bare);
    if (issued) return [issued, 'document'];
    const from = ctx.doc.paragraphs[Math.max(0, sentence.para - 2)].start;
    const issuer = bare.split(/\s+/).length === 1 ? documentIssuer(ctx, from, Math.max(subject.end, speech.verbStart), headWord) : null;
    // `Trump wrote on Truth Social …` ¶ `The post added: “…”`, `King Abdullah wrote to Congress …
    // “…,” the letter says`, `Reuters reported …` ¶ `the report added`: the text's author speaks.
    const author = bare.split(/\s+/).length === 1 && !issuer ? documentAuthor(ctx, from, subject.start, headWord) : null;
    if (author !== null) {
      const a = ctx.doc.actors[author];
      return [a.kind === 'person' ? personSpeaker(ctx, author) : { name: a.name, role: bare, person: null, kind: 'body' }, 'document'];
    }
    if (!issuer && bare.split(/\s+/).length === 1) {
      // `Kyodo News reported …` ¶ `the report added`: an outlet the registry does not know.
      const reporter = headWord === 'report' ? lastReporting(ctx, from, subject.start, true)?.name ?? null : null;
      if (reporter) return [{ name: reporter, role: bare, person: null, kind: 'body' }, 'document'];
      // `The US Embassy said on Monday that …` ¶ `The statement added: “…”`: a statement is the
      // body's that spoke just before (in this paragraph or the one before), as the issuer.
      // (Not the outlet that reported it: `…, told the AP` ¶ `The statement added`.)
      const issuing = (name: string) => !DOCUMENT_HEADS.has(lower(name.split(/\s+/).pop() ?? '')) && !isOutlet(name);
      const body = headWord === 'statement' ? lastSpokenWhere(ctx, subject.start, subject.start - from, (x) => x.speaker.kind === 'body' && issuing(x.speaker.name)) : undefined;
      if (body) return [{ ...body.speaker, role: bare }, 'document'];
    }
    return [{ name: issuer ?? bare, role: issuer ? bare : 'document', person: null, kind: 'body' }, 'document'];
  }
  // `a junta spokesperson`, `one official`: someone new, named as the text names them; only a
  // definite phrase (`the minister`) points back to a person named before.
  const indefinite = /^(?:a|an|one|another)\s/i.test(phrase) || owned;
  const nominal = indefinite ? null : nominalSpeaker(ctx, phrase, speech.verbStart, speech.headline);
  if (nominal) return [nominal, 'nominal'];
  // `Shoigu said Russia would “…”. The Russian defence minister added that …`: a role no one named
  // holds, going on with a verb of continuing, is the person who spoke just before (in this
  // paragraph or the one before), unless their role ties them to another state.
  if (!indefinite && !speech.headline && ROLE_NOUNS.has(headWord) && CONTINUING.test(ctx.text.slice(speech.verbStart, speech.verbEnd))) {
    const last = spokenBefore(ctx, speech.verbStart, 1500).next().value;
    const lastPara = last ? ctx.doc.sentences[spanIndexAt(ctx.doc.sentences, last.at)]?.para ?? -1 : -1;
    const phraseStates = statesIn(phrase);
    const roleStates = statesIn(last?.speaker.role ?? '');
    const otherState = phraseStates.size > 0 && roleStates.size > 0 && ![...phraseStates].some((x) => roleStates.has(x));
    if (last && last.speaker.kind === 'person' && last.speaker.person !== null && sentence.para - lastPara <= 1 && !otherState) return [last.speaker, 'nominal'];
  }
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
        // (The organ is named as the text names the state: `Turkey’s UN Mission`, the registry's `Turkiye`.)
        const written = ctx.text.slice(ms[0].start, ms[0].end);
        if (organ.kind === 'body' && organ.name !== country.name && (organ.name.startsWith(country.name) || organ.name.startsWith(written))) return [organ, 'organisation'];
      }
    }
    // `the newspaper reported`, `the agency said`: the outlet the text named last.
    // (`the agency` alone may be a government's: only `the news agency` is an outlet.)
    const outletNoun = GENERIC_MEDIA.has(headWord) && (headWord !== 'agency' || /\b(?:news|press)\b/i.test(phrase));
    const outlet = !ms.length && /^the\s/i.test(phrase) && outletNoun ? lastOutlet(ctx, subject.start) : null;
    if (outlet !== null) return [{ name: outlet, role: bare, person: null, kind: 'body' }, 'organisation'];
    // (A body the text calls by its acronym keeps it: `NATO said` → `North Atlantic Treaty Organization (NATO)`.)
    const written = country ? ctx.text.slice(ms[0].start, ms[0].end) : '';
    const name = !country ? bare : country.kind === 'organisation' && /^\p{Lu}{2,}$/u.test(written) && written !== country.name ? `${country.name} (${written})` : country.name;
    return [{ name, role: null, person: null, kind: 'body' }, 'organisation'];
  }
  // A lower-case role without a name (`a junta spokesperson`), or anything else that speaks.
  if (/\p{L}/u.test(bare) && bare.split(/\s+/).length <= 8) return [{ name: bare, role: null, person: null, kind: ROLE_NOUNS.has(headWord) ? 'person' : 'body' }, 'role'];
  return null;
}
