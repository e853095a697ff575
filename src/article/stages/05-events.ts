// Stage 5 — events: visits, meetings, arms transfers, UN actions, sanctions, agreements, exercises,
// coups and statements, each with the actors taking part, the place, and a date only where the text
// supports one: a phrase with its own year, or a relative one (`on Tuesday`, `last month`) resolved
// against a publication date the page or the caller gives (never one guessed from the body). A
// sentence that refers back (`The visit included meetings …`) takes the date and place of the event
// it names; two mentions of one event (`toppled … four months ago`, `the February 1 coup`) become one.
// Every attributed speaker makes a statement, dated by the sentence that attributes it.
import { datesAgree, resolveDatePhrase, type ResolvedDate } from '../dates.js';
import { linkName } from '../link.js';
import { DATE_PHRASE, DATE_WORDS } from '../model/dates.js';
import { ANAPHOR_NOUNS, EVENT_ACTOR_KINDS, EVENT_NOUN, EVENT_TRIGGERS, HYPOTHETICAL, NOT_A_DEAL } from '../model/events.js';
import { GROUP_PLURALS } from '../model/attribution.js';
import { within } from '../spans.js';
import { keyGroups, lowerUnquoted } from '../text-tests.js';
import type { ArticleDoc, DocEvent, EventType } from '../types.js';

const PLACE_AFTER = /^\s*(?:in|at|to)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}.'’-]*)(?:\s+(?:of\s+|the\s+)*\p{Lu}[\p{L}\p{M}.'’-]*)*)/u;
const PLACE_ANY = /\b(?:in|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}.'’-]*)(?:\s+(?:of\s+|the\s+)*\p{Lu}[\p{L}\p{M}.'’-]*)*)/gu;
const VISIT_OBJECT = /^\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*)(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*)/u;
const DEFINITE = /\b(?:the|this|that|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** `has not joined Western sanctions`, `never visited`: no event. */
const NEGATED = /\b(?:not|never|no|nor|neither|without)\b(?:\s+\S+){0,2}\s*$/i;
const NOBODY_AFTER = /^\s+(?:nobody|no one|none)\b/i;
const NONE: ReadonlySet<number> = new Set();
/**
 * Cheap tests before the patterns, all in one pass over the article: per sentence, bit 0 for a date
 * word, bit 1 + i for a keyword of trigger i, bit 7 + i for one of its required cue's keywords. Most
 * sentences report no event and stop at their bits.
 */
const DATE_BIT = 1;
const KEYS = keyGroups([DATE_WORDS, ...EVENT_TRIGGERS.map((t) => t.keywords), ...EVENT_TRIGGERS.map((t) => t.requiresKeywords ?? [])]);
const TRIGGERS = EVENT_TRIGGERS.map((t, i) => ({ ...t, keyBit: 1 << (1 + i), requireBit: t.requiresKeywords ? 1 << (1 + EVENT_TRIGGERS.length + i) : 0 }));
const ANY_TRIGGER = TRIGGERS.reduce((bits, t) => bits | t.keyBit, 0);

/** Each anaphor noun → the event types it refers back to. */
const ANAPHOR_TYPES = new Map<string, EventType[]>();
for (const [type, nouns] of Object.entries(ANAPHOR_NOUNS) as [EventType, readonly string[]][]) {
  for (const noun of nouns) ANAPHOR_TYPES.set(noun, [...(ANAPHOR_TYPES.get(noun) ?? []), type]);
}
const DETERMINERS = new Set(['the', 'that', 'this', 'his', 'her', 'their']);

/**
 * The event types a sentence opening refers back to (`The visit included …`, `Their two-day trip
 * …`): a determiner first, then an anaphor noun, or one word and the noun. A noun counts whole, up
 * to the end of its letters and digits (`the visit’s`, not `the visitors`). (Word by word: one
 * case-blind pattern per type cost ~0.5 ms each to compile in every run.)
 */
export function anaphorTypes(before: string): readonly EventType[] {
  const m = /^[^A-Za-z0-9_]*([A-Za-z]+)\s+([\p{L}-]+)(\s+)?/u.exec(before);
  if (!m || !DETERMINERS.has(m[1].toLowerCase())) return [];
  const wordAt = (at: number) => /^[A-Za-z0-9_]*/.exec(before.slice(at))![0].toLowerCase();
  const first = ANAPHOR_TYPES.get(wordAt(m.index + m[0].length - m[2].length - (m[3]?.length ?? 0))) ?? [];
  const second = m[3] ? ANAPHOR_TYPES.get(wordAt(m.index + m[0].length)) ?? [] : [];
  return first.length ? (second.length ? [...new Set([...first, ...second])] : first) : second;
}

/**
 * The actors an event with none of its own takes from its context: those of an earlier event of the
 * same sentence, else the people and states (of the kinds the event takes) the sentence before
 * names, in the same or the previous paragraph, outside quotations.
 */
function contextActors(doc: ArticleDoc, si: number, events: readonly DocEvent[], spec: (typeof EVENT_ACTOR_KINDS)[EventType]): string[] {
  const s = doc.sentences[si];
  const sameSentence = events.filter((e) => e.start === s.start && e.actors.length).pop();
  if (sameSentence) return [...sameSentence.actors];
  const prev = doc.sentences[si - 1];
  if (!prev || s.para - prev.para > 1 || doc.paragraphs[prev.para].kind !== 'body') return [];
  const names: string[] = [];
  for (const m of within(doc.mentions, prev.start, prev.end)) {
    const a = doc.actors[m.actor];
    if (m.inQuote || m.place) continue;
    const kindKey = a.military ? 'military' : a.kind;
    if (((a.kind === 'person' && spec.people) || (spec.near as string[]).includes(kindKey)) && !names.includes(a.name)) names.push(a.name);
  }
  return names;
}

const clean = (place: string): string => place.replace(/['’]s$/u, '').replace(/[.,]+$/, '');

function placeOf(type: EventType, sentence: string, triggerEnd: number): string | undefined {
  const after = sentence.slice(triggerEnd);
  const ok = (m: RegExpExecArray | null): string | undefined => {
    const place = m ? clean(m[1]) : '';
    return place && !NOT_PLACES.test(place) ? place : undefined;
  };
  if (type === 'visit') {
    const object = ok(VISIT_OBJECT.exec(after)) ?? ok(PLACE_AFTER.exec(after));
    if (object) return object;
  }
  const near = ok(PLACE_AFTER.exec(after));
  if (near) return near;
  PLACE_ANY.lastIndex = 0;
  for (let m = PLACE_ANY.exec(sentence); m; m = PLACE_ANY.exec(sentence)) {
    const place = ok(m);
    if (place) return place;
  }
  return undefined;
}

function samePlace(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return true;
  const la = linkName(a);
  const lb = linkName(b);
  return !!la && !!lb && la.iso3 === lb.iso3;
}

function merge(into: DocEvent, from: DocEvent): void {
  const better = (from.precision > into.precision);
  const actors = [...new Set([...into.actors, ...from.actors])];
  if (better) {
    into.date = from.date;
    into.dateText = from.dateText;
    into.sentence = from.sentence;
    into.start = from.start;
    into.end = from.end;
    into.precision = from.precision;
    into.place = from.place ?? into.place;
  } else into.place = into.place ?? from.place;
  into.actors = actors;
}

export function events(doc: ArticleDoc): void {
  const { text } = doc;
  const out: DocEvent[] = [];
  // Relative dates (`on Tuesday`, `last month`) resolve only against a publication date that is
  // known — given, from the page's metadata or its dateline — never one guessed from the body's
  // latest date: without it they stay text, and only a phrase with its own year dates an event.
  const reference = doc.dateSource === 'inferred' ? null : doc.date;
  const last = new Map<EventType, DocEvent>();

  const keyBits = KEYS.perSpan(lowerUnquoted(doc), doc.sentences);
  const speakersBySentence = new Map<number, Set<number>>();
  for (const a of doc.speech) {
    if (a.speaker === null) continue;
    const set = speakersBySentence.get(a.sentence) ?? new Set<number>();
    set.add(a.speaker);
    speakersBySentence.set(a.sentence, set);
  }

  doc.sentences.forEach((s, si) => {
    const kind = doc.paragraphs[s.para].kind;
    if (kind !== 'body' && kind !== 'caption') return;
    const bits = keyBits[si];
    if (!(bits & ANY_TRIGGER)) return;
    const sentence = doc.unquoted.slice(s.start, s.end);
    let found: { at: number; phrase: string }[] | null = null;
    const datesOf = (): { at: number; phrase: string }[] => {
      if (found) return found;
      found = [];
      if (!(bits & DATE_BIT) && !/\d/.test(sentence)) return found;
      DATE_PHRASE.lastIndex = 0;
      for (let m = DATE_PHRASE.exec(sentence); m; m = DATE_PHRASE.exec(sentence)) found.push({ at: m.index, phrase: m[0] });
      return found;
    };
    const mentions = within(doc.mentions, s.start, s.end).filter((m) => !m.inQuote);
    // Who speaks in the sentence reports the event; they are not part of it.
    const speakers = speakersBySentence.get(si) ?? NONE;
    let sentencePlace: string | undefined;

    const hits: { trigger: (typeof TRIGGERS)[number]; m: RegExpExecArray }[] = [];
    for (const trigger of TRIGGERS) {
      if (!(bits & trigger.keyBit)) continue;
      if (trigger.requires && !((trigger.requireBit === 0 || bits & trigger.requireBit) && trigger.requires.test(sentence))) continue;
      const m = trigger.pattern.exec(sentence);
      if (!m) continue;
      const before = sentence.slice(0, m.index);
      if (HYPOTHETICAL.test(before.slice(-60)) || NEGATED.test(before.slice(-40)) || NOBODY_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      if (/^deals?$/i.test(m[0]) && NOT_A_DEAL.test(before)) continue;
      hits.push({ trigger, m });
    }
    // Each date phrase dates only the event nearest to it.
    const nearestHit = (at: number): number => {
      let best = -1;
      for (let h = 0; h < hits.length; h++) if (best < 0 || Math.abs(hits[h].m.index - at) < Math.abs(hits[best].m.index - at)) best = h;
      return best;
    };

    hits.forEach(({ trigger, m }, h) => {
      const before = sentence.slice(0, m.index);
      const earlier = last.get(trigger.type);
      const nounTrigger = EVENT_NOUN.test(m[0]);
      // `the visit`, `the security conference`: a reference back, not a new event.
      if (earlier && nounTrigger && DEFINITE.test(before)) return;

      // The anaphor in this sentence (`The visit included meetings …`) lends its date and place.
      let inherited: DocEvent | undefined;
      const referred = last.size ? anaphorTypes(before) : [];
      for (const [type, event] of last) {
        if (type !== trigger.type && referred.includes(type)) inherited = event;
      }

      const triggerAt = m.index;
      const nearest = datesOf().filter((d) => nearestHit(d.at) === h).sort((a, b) => Math.abs(a.at - triggerAt) - Math.abs(b.at - triggerAt))[0];
      const resolved: ResolvedDate | null = nearest ? resolveDatePhrase(nearest.phrase, reference) : null;
      const spec = EVENT_ACTOR_KINDS[trigger.type];
      const names: string[] = [];
      const triggerEnd = s.start + triggerAt + m[0].length;
      // A visit's destination: the state named right after the trigger (`visited Russia`, `headed to Moscow`).
      const destination = trigger.type === 'visit' ? mentions.find((x) => x.start >= triggerEnd && /^\s*(?:to\s+|in\s+)?(?:the\s+)?$/.test(text.slice(triggerEnd, x.start))) : undefined;
      for (const mention of mentions) {
        const actor = doc.actors[mention.actor];
        if (mention.place && mention !== destination) continue;
        if (speakers.has(mention.actor)) continue;
        const near = mention.start >= s.start + triggerAt - 90 && mention.start <= triggerEnd + 120;
        const kindKey = actor.military ? 'military' : actor.kind;
        const take = (actor.kind === 'person' && spec.people) || (near && (spec.near as string[]).includes(kindKey)) || mention === destination;
        if (take && !names.includes(actor.name)) names.push(actor.name);
      }
      // `… met at the residence and signed 37 agreements`, `The two sides held talks.`: an event
      // naming no one is about who the sentence's other event was, else whom the sentence before named.
      if (!names.length) names.push(...contextActors(doc, si, out, spec));
      const event: DocEvent = {
        type: trigger.type,
        actors: names,
        dateText: nearest?.phrase ?? '',
        sentence: text.slice(s.start, s.end).trim(),
        start: s.start,
        end: s.end,
        precision: resolved?.precision ?? 0,
      };
      const place = placeOf(trigger.type, sentence, m.index + m[0].length) ?? sentencePlace;
      if (place) event.place = sentencePlace = place;
      if (resolved) event.date = resolved.date;
      if (inherited) {
        for (const a of inherited.actors) if (!event.actors.includes(a)) event.actors.unshift(a);
        // Its date is the named event's; without a publication date, only a year in these words counts.
        if (!event.date && inherited.date && (reference || /\b(?:1[89]|20)\d\d\b/.test(sentence))) {
          event.date = inherited.date;
          event.dateText = inherited.dateText;
          event.precision = inherited.precision;
        }
        if (!event.place && inherited.place) event.place = inherited.place;
      }

      const same = out.find((e) => e.type === event.type && (!e.date || !event.date || datesAgree(e.date, event.date)) && samePlace(e.place, event.place) && (e.type !== 'meeting' || !e.date || !event.date || e.date === event.date));
      if (same) merge(same, event);
      else out.push(event);
      last.set(trigger.type, same ?? event);
    });
  });
  doc.events = [...out, ...statements(doc, reference, (si) => !!(keyBits[si] & DATE_BIT) || /\d/.test(doc.text.slice(doc.sentences[si].start, doc.sentences[si].end)))];
}

/** Speakers the text leaves unresolved are not actors of a statement (`he`, `they`, `officials`). */
const VAGUE_SPEAKER = /^(?:he|she|they|it|we|i|you|officials?|sources?|analysts?|experts?|observers?|critics?|diplomats?|people|residents|some|others|many)$|^(?:data|figures|statistics|estimates|numbers)\b|\d/i;

/** The state a speaker stands for, from the words of their role (`Russian Deputy Defence Minister`). */
function countryOfRole(role: string | null): string | null {
  if (!role) return null;
  for (const word of role.split(/[\s,]+/)) {
    if (!/^\p{Lu}/u.test(word)) continue;
    const link = linkName(word.replace(/['’]s$/u, ''));
    if (link && (link.kind === 'country' || link.kind === 'military') && link.iso3) return link.name;
  }
  return null;
}

/**
 * One statement per speaker the text attributes words to (quoted or reported), in the order they
 * first speak: the speaker and the state they speak for, dated by the attributing sentence.
 */
function statements(doc: ArticleDoc, reference: string | null, mayDate: (sentence: number) => boolean): DocEvent[] {
  const byName = new Map<string, DocEvent>();
  // The date of each attributing sentence, read once (a sentence may attribute several times).
  const dates = new Map<number, { date: ResolvedDate | null; text: string }>();
  const dateOf = (si: number) => {
    let hit = dates.get(si);
    if (!hit) {
      hit = { date: null, text: '' };
      if (mayDate(si)) {
        const plain = doc.unquoted.slice(doc.sentences[si].start, doc.sentences[si].end);
        DATE_PHRASE.lastIndex = 0;
        for (let m = DATE_PHRASE.exec(plain); m && !hit.date; m = DATE_PHRASE.exec(plain)) {
          hit.date = resolveDatePhrase(m[0], reference);
          if (hit.date) hit.text = m[0];
        }
      }
      dates.set(si, hit);
    }
    return hit;
  };
  for (const act of doc.speech) {
    // `according to X` names a source of figures or reports, not someone making a statement.
    if (/^according/i.test(doc.text.slice(act.verbStart, act.verbEnd))) continue;
    const actor = act.speaker !== null ? doc.actors[act.speaker] : null;
    const name = actor?.name ?? act.speakerText?.replace(/^(?:the|a|an)\s+/i, '') ?? null;
    if (!name || VAGUE_SPEAKER.test(name) || (!/\s\p{Lu}/u.test(name) && GROUP_PLURALS.has((name.split(/\s+/).pop() ?? '').toLowerCase()))) continue;
    const sentence = doc.sentences[act.sentence];
    if (!sentence) continue;
    const kind = doc.paragraphs[sentence.para].kind;
    if (kind !== 'body' && kind !== 'caption') continue;
    const { date, text: dateText } = dateOf(act.sentence);
    const known = byName.get(name);
    if (known) {
      // A later attribution that dates the statement lends its sentence too: the date is in its words.
      if (!known.date && date) Object.assign(known, { date: date.date, dateText, precision: date.precision, sentence: doc.text.slice(sentence.start, sentence.end).trim(), start: sentence.start, end: sentence.end });
      continue;
    }
    const country = actor?.kind === 'person' ? countryOfRole(act.role ?? actor.role) : actor?.iso3 && actor.kind !== 'country' ? countryOfRole(actor.name) : null;
    const event: DocEvent = {
      type: 'statement',
      actors: country && country !== name ? [name, country] : [name],
      dateText,
      sentence: doc.text.slice(sentence.start, sentence.end).trim(),
      start: sentence.start,
      end: sentence.end,
      precision: date?.precision ?? 0,
    };
    if (date) event.date = date.date;
    byName.set(name, event);
  }
  return [...byName.values()];
}
