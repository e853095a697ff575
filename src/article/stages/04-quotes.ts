// Stage 4 — quotes: every quotation with who said it and in what capacity. First the attributions
// (a speech verb and its subject: `said Anthony Davis, a …`, `Ye Myo Hein said`, `he added`), with
// pronouns resolved to the most recent speaker of that gender; then each quotation is tied to the
// attribution next to it, to one in its sentence (a partial quote in indirect speech), to the previous
// quotation's speaker (a quote that carries on), or to the document it quotes. Never a guess.
import { appositiveAfter, roleBefore } from '../names.js';
import { ROLE_NOUNS } from '../model/people.js';
import { DOCUMENT_NOUNS, SPEECH_VERBS, SPEECH_VERBS_NEEDING_THAT, SPEECH_VERBS_NEEDING_THAT_OR_QUOTE } from '../model/speech.js';
import { spanIndexAt, within } from '../spans.js';
import { trieSource } from '../text-tests.js';
import type { ArticleDoc, Mention, QuoteKind, QuoteSpan, ReportQuote, SpeechAct } from '../types.js';

/** Speech verbs as one trie-shaped pattern (`s(?:aid|ays)`): one pass per sentence. */
const VERB = new RegExp(`\\b(?:${trieSource([...SPEECH_VERBS.filter((v) => !v.includes(' ')), 'according to', 'According to'])})\\b`, 'g');
const TRAILING_ADVERBS = /(?:[\s,]+(?:also|too|later|then|reportedly|openly|previously|earlier|separately|recently|once|publicly|privately|has|had|have|repeatedly|further|again|bluntly|simply|often|flatly|quickly|on\s+\w+day|last\s+(?:week|month|year)|in\s+an\s+interview|in\s+a\s+statement))+\s*$/i;
const PRONOUN = /(?:^|[^\p{L}])(he|she|they|He|She|They)\s*$/u;
const INVERTED_PRONOUN = /^\s+(he|she)\b/;
const ORG_NOUNS = new Set(['ministry', 'government', 'army', 'military', 'junta', 'embassy', 'agency', 'office', 'council', 'committee', 'company', 'spokesman', 'spokeswoman', 'spokesperson', 'police', 'navy', 'regime', 'kremlin', 'administration', 'department', 'group', 'party', 'institute', 'organisation', 'organization', 'mission', 'delegation', 'statement', 'report']);
const DOCUMENTS = new Set(DOCUMENT_NOUNS);
const NOUN_PHRASE = /(?:^|[\s,(])((?:the|a|an|one|another|two|three|four|several|some|many|other|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,5}?([\p{L}-]+))\s*$/iu;
const BARE_PLURAL = /(?:^|[\s,(])((?:[\p{Ll}-]+\s+)?(analysts|officials|experts|diplomats|critics|observers|sources|residents|witnesses|activists|lawmakers|protesters|researchers|economists|forecasters|commentators|people|villagers|soldiers))\s*$/iu;
const INVERTED_NP = /^\s+((?:the|a|an|one|another)\s+[^,.;“”"]{2,90}?)(?=\s*(?:[,.;]|$|\s+(?:on|in|at)\s))/i;

/** Who speaks, before the verb is known. */
type Subject = Omit<SpeechAct, 'verbStart' | 'verbEnd' | 'sentence'>;

interface Ctx {
  doc: ArticleDoc;
  text: string;
  mentions: Mention[];
}

function headNoun(np: string): string {
  return np.toLowerCase().split(/\s+/).pop() ?? '';
}

function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, '')) || ORG_NOUNS.has(w);
}

/** The mention that starts at `at` (after spaces), if any. */
function mentionStarting(ctx: Ctx, at: number, limit: number): Mention | null {
  for (const m of within(ctx.mentions, at, Math.min(limit, at + 4))) {
    if (!m.inQuote && !m.place && !/\S/.test(ctx.text.slice(at, m.start))) return m;
  }
  return null;
}

/** `said Admiral Peter Lund`, `said analyst Anthony Davis`: a person right after a title or role. */
function mentionAfterRole(ctx: Ctx, at: number, limit: number): Mention | null {
  const next = within(ctx.mentions, at, Math.min(limit, at + 80)).find((m) => !m.inQuote && !m.place);
  if (!next || ctx.doc.actors[next.actor].kind !== 'person') return null;
  const between = ctx.text.slice(at, next.start);
  if (/^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u.test(between)) return next;
  const role = roleBefore(between);
  return role && between.trim().endsWith(role) && between.trim().split(/\s+/).length === role.split(/\s+/).length ? next : null;
}

/** The subject before a speech verb: `Ye Myo Hein said`, `Ian Storey, another analyst …, said`, `he added`. */
function subjectBefore(ctx: Ctx, sentStart: number, verbStart: number, appositiveOnly = false): Subject | null {
  const { text } = ctx;
  let pre = text.slice(sentStart, verbStart);
  pre = pre.replace(TRAILING_ADVERBS, '').replace(/\s+$/, '');
  const preEnd = sentStart + pre.length;
  const candidates = within(ctx.mentions, sentStart, preEnd).filter((m) => !m.inQuote && !m.place && m.end <= preEnd);
  if (pre.endsWith(',')) {
    // `X, <appositive>, said`: the person before the appositive.
    for (let i = candidates.length - 1; i >= 0; i--) {
      const m = candidates[i];
      const between = text.slice(m.end, preEnd);
      if (/^,\s+[^“”"]{2,200},$/.test(between) && ctx.doc.actors[m.actor].kind === 'person') {
        const appositive = appositiveAfter(text.slice(m.end, preEnd).replace(/,$/, '.'), m.end);
        return { start: m.start, end: preEnd, speaker: m.actor, speakerText: null, role: appositive?.role ?? null, source: 'person' };
      }
    }
  }
  const last = candidates[candidates.length - 1];
  // `Ye Myo Hein said`; `The defence minister, Rajnath Singh, told` (a comma after the name).
  const gap = last ? text.slice(last.end, preEnd).trim() : '';
  if (appositiveOnly && !(last && gap === ',' && ctx.doc.actors[last.actor].kind === 'person')) return null;
  if (last && /^(?:['’]s)?,?$/.test(gap)) {
    const actor = ctx.doc.actors[last.actor];
    const source = actor.kind === 'person' ? 'person' : actor.kind === 'country' ? 'country' : 'organisation';
    return { start: last.start, end: preEnd, speaker: last.actor, speakerText: null, role: null, source };
  }
  const tail = pre.slice(-90);
  const pronoun = PRONOUN.exec(tail);
  if (pronoun) {
    return { start: preEnd - pronoun[1].length, end: preEnd, speaker: null, speakerText: pronoun[1].toLowerCase(), role: null, source: 'pronoun' };
  }
  const np = NOUN_PHRASE.exec(tail) ?? BARE_PLURAL.exec(tail);
  if (np) {
    const head = headNoun(np[1]);
    if (DOCUMENTS.has(head)) return { start: preEnd - np[1].length, end: preEnd, speaker: null, speakerText: np[1], role: 'document', source: 'document' };
    if (isRoleNoun(head)) return { start: preEnd - np[1].length, end: preEnd, speaker: null, speakerText: np[1], role: null, source: 'unnamed' };
  }
  return null;
}

/** The speaker after an inverted verb: `…,” said Anthony Davis, a …`, `according to the ministry`. */
function subjectAfter(ctx: Ctx, verbEnd: number, sentEnd: number): Subject | null {
  const { text } = ctx;
  const m = mentionStarting(ctx, verbEnd, sentEnd) ?? mentionAfterRole(ctx, verbEnd, sentEnd);
  if (m) {
    const actor = ctx.doc.actors[m.actor];
    const appositive = actor.kind === 'person' ? appositiveAfter(text.slice(m.end, sentEnd), m.end) : null;
    const source = actor.kind === 'person' ? 'person' : actor.kind === 'country' ? 'country' : 'organisation';
    return { start: m.start, end: appositive?.end ?? m.end, speaker: m.actor, speakerText: null, role: appositive?.role ?? null, source };
  }
  const after = text.slice(verbEnd, sentEnd);
  const pronoun = INVERTED_PRONOUN.exec(after);
  if (pronoun) return { start: verbEnd + 1, end: verbEnd + pronoun[0].length, speaker: null, speakerText: pronoun[1], role: null, source: 'pronoun' };
  const np = INVERTED_NP.exec(after);
  if (np) {
    const words = np[1].split(/\s+/);
    const head = words.find((w, i) => i > 0 && (isRoleNoun(w) || DOCUMENTS.has(w.toLowerCase())));
    if (head) {
      const source = DOCUMENTS.has(head.toLowerCase()) ? 'document' : 'unnamed';
      const start = verbEnd + after.indexOf(np[1]);
      return { start, end: start + np[1].length, speaker: null, speakerText: np[1], role: source === 'document' ? 'document' : null, source };
    }
  }
  return null;
}

/**
 * One attribution, built field by field: `{ ...who, … }` over subjects made at a dozen different
 * places is a megamorphic object spread, the slowest step of this stage.
 */
function speechAct(who: Subject, verbStart: number, verbEnd: number, sentence: number): SpeechAct {
  return { start: who.start, end: who.end, speaker: who.speaker, speakerText: who.speakerText, role: who.role, source: who.source, verbStart, verbEnd, sentence };
}

export function findSpeechActs(doc: ArticleDoc): SpeechAct[] {
  const ctx: Ctx = { doc, text: doc.text, mentions: doc.mentions };
  const { text } = ctx;
  const acts: SpeechAct[] = [];
  // One pass over the reporter's words (quotations blanked), each verb placed in its sentence.
  VERB.lastIndex = 0;
  for (let m = VERB.exec(doc.unquoted); m; m = VERB.exec(doc.unquoted)) {
    {
      const si = spanIndexAt(doc.sentences, m.index);
      if (si < 0) continue;
      const s = doc.sentences[si];
      const kind = doc.paragraphs[s.para].kind;
      if (kind === 'title' || kind === 'heading') continue;
      const verb = m[0];
      const verbStart = m.index;
      const verbEnd = verbStart + verb.length;
      const rest = text.slice(verbEnd, s.end);
      if (SPEECH_VERBS_NEEDING_THAT.has(verb) && !/^\s+that\b/.test(rest)) continue;
      if (SPEECH_VERBS_NEEDING_THAT_OR_QUOTE.has(verb) && !/^\s+that\b/.test(rest) && !doc.quoteSpans.some((q) => q.open > verbEnd && q.open < s.end)) continue;
      const before = text.slice(s.start, verbStart);
      const inverted = /^according to$/i.test(verb) || /[,”"]\s*$/.test(before) || /^\s*$/.test(before);
      // `Ian Storey, another analyst …, said Russia …` is not inverted: the subject is before the appositive.
      const according = /^according to$/i.test(verb);
      let who = /,\s*$/.test(before) && !according ? subjectBefore(ctx, s.start, verbStart, true) : null;
      if (!who && inverted) who = subjectAfter(ctx, verbEnd, s.end);
      if (!who && !according) who = subjectBefore(ctx, s.start, verbStart);
      if (!who && verb.endsWith('ing')) {
        // `X defended the contract, saying: …`: the clause's subject speaks.
        const subject = within(ctx.mentions, s.start, verbStart).find((m) => !m.inQuote && !m.place && doc.actors[m.actor].kind === 'person');
        if (subject) who = { start: subject.start, end: subject.end, speaker: subject.actor, speakerText: null, role: null, source: 'person' };
      }
      if (!who) {
        // `He said … but added …`: a second verb shares the first one's subject.
        const previous = acts[acts.length - 1];
        if (previous && previous.sentence === si) {
          const { speaker, speakerText, role, source } = previous;
          acts.push(speechAct({ start: verbStart, end: verbEnd, speaker, speakerText, role, source }, verbStart, verbEnd, si));
        }
        continue;
      }
      acts.push(speechAct(who, verbStart, verbEnd, si));
    }
  }
  resolvePronouns(doc, acts);
  return acts;
}

/** `he said` → the most recent speaker of that gender; speakers first, then people merely mentioned. */
function resolvePronouns(doc: ArticleDoc, acts: SpeechAct[]): void {
  const recent: { actor: number; at: number }[] = [];
  const note = (actor: number, at: number) => {
    const i = recent.findIndex((r) => r.actor === actor);
    if (i >= 0) recent.splice(i, 1);
    recent.unshift({ actor, at });
  };
  for (const act of acts) {
    if (act.source === 'pronoun' && (act.speakerText === 'he' || act.speakerText === 'she')) {
      const gender = act.speakerText === 'he' ? 'm' : 'f';
      const para = doc.sentences[act.sentence].para;
      const windowStart = doc.paragraphs[Math.max(0, para - 6)].start;
      let best: { actor: number; score: number } | null = null;
      const consider = (actor: number, score: number) => {
        const a = doc.actors[actor];
        if (a.kind !== 'person') return;
        if (a.gender && a.gender !== gender) score += a.genderFromText ? 100 : 1.5;
        if (!best || score < best.score) best = { actor, score };
      };
      recent.filter((r) => r.at >= windowStart).forEach((r, rank) => consider(r.actor, rank));
      const mentioned = within(doc.mentions, windowStart, act.start).filter((m) => !m.inQuote && doc.actors[m.actor].kind === 'person');
      mentioned.reverse().forEach((m, rank) => consider(m.actor, 5 + rank));
      const chosen = best as { actor: number; score: number } | null;
      if (chosen && chosen.score < 100) {
        act.speaker = chosen.actor;
        act.source = 'person';
        const a = doc.actors[chosen.actor];
        if (!a.genderFromText) {
          a.gender = gender;
          a.genderFromText = true;
        }
      }
    }
    if (act.speaker !== null && doc.actors[act.speaker].kind === 'person') note(act.speaker, act.verbStart);
  }
}

// ---------------------------------------------------------------------------------------------

const DOCUMENT_RE = new RegExp(String.raw`\b(?:the|this|that|its|a|an)\s+((?:[\p{L}-]+\s+){0,2}(?:${DOCUMENT_NOUNS.join('|')}))\b`, 'giu');

/** `the plan` → the plan the text described earlier (`a five-point plan … drawn up by ASEAN`). */
function documentSource(doc: ArticleDoc, sentStart: number, quoteOpen: number): { name: string; role: string } | null {
  const { text } = doc;
  const here = text.slice(sentStart, quoteOpen);
  DOCUMENT_RE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = DOCUMENT_RE.exec(here); m; m = DOCUMENT_RE.exec(here)) last = m;
  if (!last) return null;
  const noun = headNoun(last[1]);
  // The fullest earlier description of the same document: look around each earlier use of the noun.
  const from = Math.max(0, sentStart - 3000);
  let best: { name: string; author: string | null } | null = null;
  for (let i = text.indexOf(noun, from); i >= 0 && i < sentStart; i = text.indexOf(noun, i + noun.length)) {
    const before = DESCRIBED_BEFORE.exec(text.slice(Math.max(0, i - 40), i));
    if (!before) continue;
    const name = `${before[1]}${noun}`;
    const author = DRAWN_UP_BY.exec(text.slice(i + noun.length, Math.min(sentStart, i + noun.length + 140)));
    if (!best || name.length >= best.name.length) best = { name, author: author ? author[1].trim() : null };
  }
  const name = best && best.name.length > last[1].length ? best.name : last[1];
  const author = best?.author ? ` drawn up by the ${best.author}`.replace(/the the /, 'the ') : '';
  return { name: `the ${name.replace(/^(?:the|this|that|its)\s+/i, '')}`, role: `document${author}` };
}

const DESCRIBED_BEFORE = /\b(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,2})$/iu;
const DRAWN_UP_BY = /^[^.]{0,120}?\b(?:drawn up|issued|proposed|put forward|adopted|published|released|written|agreed|signed)\s+by\s+(?:the\s+)?([\p{Lu}][^,.;]{2,80})/u;

/** Between a quotation and its attribution: a comma, and at most a role before the name. */
const POST_GAP = /^[\s,”"’]*(?:[^.!?“”"]{0,100})$/;

/** The attribution ending the previous paragraph with a colon, for a quotation opening this one. */
function colonBefore(doc: ArticleDoc, acts: SpeechAct[], para: number): SpeechAct | null {
  const prev = doc.paragraphs[para - 1];
  if (!prev || !/:\s*$/.test(doc.text.slice(prev.start, prev.end))) return null;
  for (let i = acts.length - 1; i >= 0; i--) {
    const a = acts[i];
    if (a.verbStart >= prev.start && a.verbEnd <= prev.end && /^[\s,]*(?:[\p{L}-]+\s+){0,6}[\p{L}-]*\s*:\s*$/u.test(doc.text.slice(Math.max(a.verbEnd, a.end), prev.end))) return a;
  }
  return null;
}

function quoteText(text: string, q: QuoteSpan): { text: string; start: number; end: number } {
  const parts = q.segments.map((s) => text.slice(s.start, s.end));
  let joined = parts.join(' ');
  let end = q.end;
  const trailing = /[\s,;:]+$/.exec(joined);
  if (trailing) {
    joined = joined.slice(0, trailing.index);
    end -= trailing[0].length;
  }
  return { text: joined, start: q.start, end };
}

export function quotes(doc: ArticleDoc): void {
  const { text } = doc;
  const acts = findSpeechActs(doc);
  doc.speech = acts;
  const out: ReportQuote[] = [];
  let previous: { para: number; act: SpeechAct | null; doc: { name: string; role: string } | null } | null = null;

  for (const q of doc.quoteSpans) {
    const si = spanIndexAt(doc.sentences, q.open);
    if (si < 0) continue;
    const s = doc.sentences[si];
    const para = s.para;
    // A quotation over several paragraphs is attributed where it ends (`… dictate to us,” Saleh said.`).
    const sc = q.segments.length > 1 ? spanIndexAt(doc.sentences, Math.max(q.open, q.close - 1)) : si;
    const inSentence = acts.filter((a) => a.sentence === si || a.sentence === sc);
    const afterClose = q.close + 1;
    let act: SpeechAct | null = null;
    let kind: QuoteKind = 'partial';
    const before = text.slice(s.start, q.open);
    const startsUpper = /^[\p{Lu}\p{N}…'‘]/u.test(text.slice(q.start, q.start + 1));
    const standsAlone = !/[\p{L}\p{N}]/u.test(before.replace(/[“”"‘’]/g, ''));

    // “…,” said X / “…,” X said / “…,” he said / “…,” Human Rights Watch's director X told Al Jazeera.
    const post = inSentence.find((a) => a.verbStart >= afterClose - 1 && POST_GAP.test(text.slice(afterClose, a.verbStart)));
    // X said: “…” / X said, “…” / X said that “…”
    const pre = [...inSentence].reverse().find((a) => Math.max(a.end, a.verbEnd) <= q.open && /^\s*(?:[:,]|,?\s*that)?\s*$/.test(text.slice(Math.max(a.end, a.verbEnd), q.open)));
    if (post) {
      act = post;
      kind = startsUpper && (standsAlone || /[:,]\s*$/.test(before)) ? 'direct' : 'partial';
    } else if (pre) {
      act = pre;
      kind = startsUpper && /[:,]\s*$/.test(text.slice(Math.max(pre.end, pre.verbEnd), q.open)) ? 'direct' : 'partial';
    } else if (!inSentence.length && standsAlone && colonBefore(doc, acts, para)) {
      // `… defended the contract, saying:` ¶ `“Our navy needs …”`
      act = colonBefore(doc, acts, para);
      kind = startsUpper ? 'direct' : 'partial';
    } else if (inSentence.length) {
      // A partial quote inside indirect speech: the nearest attribution in the sentence.
      act = [...inSentence].reverse().find((a) => a.verbStart < q.open) ?? inSentence[0];
      kind = 'partial';
    } else if (previous && (previous.act || previous.doc) && (previous.para === para || (previous.para === para - 1 && standsAlone))) {
      // A quotation that carries on the previous one (same paragraph, or a paragraph opening with it).
      kind = startsUpper && standsAlone ? 'direct' : 'partial';
      act = previous.act;
      if (!act && previous.doc) {
        const t = quoteText(text, q);
        out.push({ text: t.text, start: t.start, end: t.end, speaker: previous.doc.name, speakerRole: previous.doc.role, kind });
        previous = { para: doc.sentences[spanIndexAt(doc.sentences, Math.max(q.open, q.close - 1))]?.para ?? para, act: null, doc: previous.doc };
        continue;
      }
    } else {
      kind = startsUpper && standsAlone ? 'direct' : 'partial';
    }

    let speaker: string | null = null;
    let speakerRole: string | null = null;
    let source: { name: string; role: string } | null = null;
    if (act) {
      if (act.speaker !== null) {
        const a = doc.actors[act.speaker];
        speaker = a.name;
        speakerRole = act.role ?? a.role;
      } else if (act.source === 'document' || act.source === 'unnamed') {
        speaker = act.speakerText;
        speakerRole = act.role;
      }
    } else {
      source = documentSource(doc, s.start, q.open);
      if (source) {
        speaker = source.name;
        speakerRole = source.role;
      }
    }
    const t = quoteText(text, q);
    out.push({ text: t.text, start: t.start, end: t.end, speaker, speakerRole, kind });
    const endSentence = spanIndexAt(doc.sentences, Math.max(q.open, q.close - 1));
    previous = { para: doc.sentences[endSentence]?.para ?? para, act: act && (act.speaker !== null || act.speakerText) ? act : null, doc: source };
  }
  doc.quotes = out;
}
