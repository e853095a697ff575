// Stage 6 — claims: the checkable statements about arms supply (main and top suppliers, more or as
// much from one state as from another, shares, turning to a state for a kind of weapon, a supplier
// growing in importance, forecasts), each with the recipient it is about, the suppliers it names and
// its time window; and the statements the arms data cannot check (trade, investment, GDP), with why.
import { resolveWindow, windowSpecOf } from '../windows.js';
import { DEFAULT_YEARS, RECENT_YEARS } from '../model/windows.js';
import {
  ARMS_CONTEXT, AS_MUCH, CATEGORY_WORDS, FORECAST_CUE, FORECAST_VERB, MORE_FROM, MOST_FROM, OUTSIDE_TOPICS, RISING,
  SHARE, SUPPLIED_MOST, SUPPLIER_PHRASE, TURNING_TO,
} from '../model/claims.js';
import { claimShape, type ClaimShape } from '../claim-shape.js';
import { ARMS_NOUN, DESIGNATION, FLOW_OWNER, UN_CONTEXT } from '../model/claims.js';
import { within } from '../spans.js';
import { keyGroups, lowerKeepingOffsets, lowerUnquoted, sentencesWith } from '../text-tests.js';
import type { ArticleDoc, ClaimDetail, ClaimKind, DocClaim, Sentence, WindowSpec } from '../types.js';

/** Cheap tests before the claim patterns (lower-case substrings): most sentences carry none. */
const MAY_CLAIM = sentencesWith([
  'suppl', 'arms', 'weapon', 'hardware', 'military', 'airpower', 'air power', 'jet', 'aircraft', 'helicopter', 'missile',
  'tank', 'submarine', 'import', 'bought', 'buy', 'sourc', 'purchas', 'acquir', 'turn', 'rely', 'reli', 'depend',
  'trade', 'trading', 'invest', 'gdp', 'gross domestic', 'econom', 'spending', 'budget', 'aid', 'loan', 'debt',
  'grant', 'oil', 'gas', 'energy', '%', 'per cent', 'percent',
]);
/** The same for the general detector (claim-shape.ts), over the whole text: a claim may be quoted. */
const MAY_SHAPE = sentencesWith([
  'suppl', 'arms', 'weapon', 'munition', 'ammunition', 'military', 'defen', 'jet', 'aircraft', 'plane', 'helicopter',
  'chopper', 'drone', 'uav', 'missile', 'tank', 'submarine', 'frigate', 'corvette', 'warship', 'howitzer', 'artillery',
  'rocket', 'radar', 'rifle', 'fighter', 'trainer', 'rafale', 'sukhoi', 'kilo', 'bayraktar', 'veto', 'vot', 'abstain', 'block', 'amendment', 'motion', 'draft', 'adopt', 'reject', 'defeat',
  'abstention', 'favour', 'favor', 'resolution', 'trade', 'trading', 'export', 'import', 'tariff', 'invest', 'capital',
  'loan', 'credit', 'lend', 'financ', 'plough', 'plow', 'project', 'goods', 'turnover', 'warplane', 'contract', 'deal',
  'order', 'purchas', 'buy', 'bought', 'acquir', 'sold', 'sell', 'sale', 'deliver', 'induct', 'commission', 'receiv',
  'equip', 'fleet', 'arsenal', 'shipment', 'euro', 'dollar', '$', '€', '£', 'rs', 'crore', 'billion', 'million', 'stake', 'owns',
  'owned', 'holds', '%', 'per cent', 'percent',
]);
/** The words each claim pattern needs, as bits of one pass over the sentence (`hints & HINT.more`). */
const HINT_WORDS = {
  supplier: ['suppl', 'provider', 'source', 'exporter', 'vendor', 'seller'],
  most: ['most of', 'bulk of', 'majority of', 'much of'],
  bulk: ['most', 'bulk', 'majority', 'nearly all', 'almost all', 'all of'],
  asMuch: ['as much', 'as many'],
  more: ['more'],
  share: ['%', 'per cent', 'percent', 'half', 'third', 'quarter', 'fifth', 'majority', 'bulk'],
  turning: ['from @', 'to @', 'on @', 'upon @'],
  outside: ['trade', 'trading', 'commercial', 'economic', 'investor', 'investment', 'gdp', 'gross domestic', 'economy', 'spending', 'spent', 'spend', 'budget', 'expenditure', 'aid', 'loan', 'debt', 'grant', 'credit', 'oil', 'gas', 'energy', 'coal'],
};
const HINTS = keyGroups(Object.values(HINT_WORDS));
const HINT = Object.fromEntries(Object.keys(HINT_WORDS).map((name, i) => [name, 1 << i])) as Record<keyof typeof HINT_WORDS, number>;

interface Ref {
  name: string;
  iso3: string | null;
  military: boolean;
}

interface Normalised {
  /** The sentence, quotations blanked, each state written `@n`. */
  text: string;
  refs: Ref[];
}

const PRONOUN_SUBJECT = /^(?:[^@]{0,40}?\b)?(?:it|its|they|their|the country|the junta|the military|the regime|the government)\b/i;

function normalise(doc: ArticleDoc, s: Sentence, lastTwo: Ref[]): Normalised {
  const plain = doc.unquoted.slice(s.start, s.end);
  const refs: Ref[] = [];
  let out = '';
  let at = 0;
  for (const m of within(doc.mentions, s.start, s.end)) {
    const actor = doc.actors[m.actor];
    if (m.inQuote || !actor.iso3 || (actor.kind !== 'country' && !actor.military)) continue;
    const name = actor.military ? actor.name.replace(/ military$/, '') : actor.name;
    let k = refs.findIndex((r) => r.iso3 === actor.iso3 && r.military === actor.military);
    if (k < 0) k = refs.push({ name, iso3: actor.iso3, military: actor.military }) - 1;
    // `the United States`, `the Tatmadaw`: the article goes with the name.
    out += plain.slice(at, m.start - s.start).replace(/\b[Tt]he\s+$/, '') + `@${k}`;
    at = m.end - s.start;
  }
  out += plain.slice(at);
  // `the two`, `both countries`: the last two states named before this sentence.
  if (lastTwo.length === 2 && (out.includes('two') || out.includes('oth'))) {
    out = out.replace(/\b(?:the two(?: countries| powers| states| nations)?|both(?: countries| powers)?)\b(?!\s+(?:main|top|largest|biggest|leading|major|principal|arms))/i, () => {
      const ks = lastTwo.map((r) => {
        const k = refs.findIndex((x) => x.iso3 === r.iso3 && x.military === r.military);
        return k >= 0 ? k : refs.push(r) - 1;
      });
      return `@${ks[0]} and @${ks[1]}`;
    });
  }
  return { text: out, refs };
}

const REF = /@(\d+)/g;

function refsIn(text: string): number[] {
  const out: number[] = [];
  REF.lastIndex = 0;
  for (let m = REF.exec(text); m; m = REF.exec(text)) out.push(Number(m[1]));
  return out;
}

function categoriesOf(what: string): string[] {
  const out: string[] = [];
  for (const { pattern, categories } of CATEGORY_WORDS) {
    if (pattern.test(what)) for (const c of categories) if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** The state the whole article is about: most mentioned, the title's states first. */
function focusCountry(doc: ArticleDoc): Ref | null {
  const score = new Map<string, { ref: Ref; n: number }>();
  for (const m of doc.mentions) {
    const a = doc.actors[m.actor];
    if (!a.iso3 || (a.kind !== 'country' && !a.military)) continue;
    const inTitle = doc.paragraphs[0]?.kind === 'title' && m.start < doc.paragraphs[0].end;
    const entry = score.get(a.iso3) ?? { ref: { name: a.military ? a.name.replace(/ military$/, '') : a.name, iso3: a.iso3, military: false }, n: 0 };
    entry.n += (inTitle ? 4 : 1) + (a.military ? 0.5 : 0) + (inTitle && m.start === doc.paragraphs[0].start ? 2 : 0);
    score.set(a.iso3, entry);
  }
  let best: { ref: Ref; n: number } | null = null;
  for (const e of score.values()) if (!best || e.n > best.n) best = e;
  return best?.ref ?? null;
}

interface Draft {
  kind: ClaimKind;
  subject: Ref | null;
  about: Ref[];
  detail: Omit<ClaimDetail, 'windowSpec' | 'windowPhrase' | 'shape'> & { windowSpec?: WindowSpec };
  /** Where the claim's pattern matched in the normalised sentence (its clause gives the window). */
  at: number;
  /** The general detector's reading (measure, unit, value, comparison), when it made the draft. */
  shape?: ClaimShape;
}

const ARMS_WORD = new RegExp(`${ARMS_NOUN.source}|${DESIGNATION.source}`, 'i');
const SHAPE_KIND: Record<ClaimShape['topic'], ClaimKind> = { arms: 'arms transfer', 'un vote': 'UN vote', economy: 'economic ties' };

/** Clause breaks: `…, but analysts say it has been turning to China` holds a claim of its own. */
const CLAUSE_BREAK = /;\s+|,\s+(?:but|while|whereas|although|yet)\s+|\s+but\s+/gi;

const MAY_BREAK = /but|while|whereas|although|yet/i;

/** A rank among all the world's importers or exporters of arms (`the world’s second-largest arms exporter`). */
const WORLD_RANK = /\b(?:the\s+)?world['’]s\s+(?:(?<ord>second|third|fourth|fifth|2nd|3rd|4th|5th)[-\s]+)?(?:largest|biggest|top|leading|main|major)\s+(?:arms|weapons?)\s+(?<who>importers?|exporters?|suppliers?|buyers?|sellers?|purchasers?|recipients?)\b|\b(?:(?<ord2>second|third|fourth|fifth|2nd|3rd|4th|5th)[-\s]+)?(?:largest|biggest|top|leading)\s+(?:arms|weapons?)\s+(?<who2>importers?|exporters?|suppliers?|buyers?|sellers?|purchasers?|recipients?)\s+(?:in\s+the\s+world|globally|worldwide)\b/i;
/** A share of the world's flow of arms: `42 percent of global arms exports`. */
const WORLD_SHARE = /\b(?<pct>\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)\s+of\s+(?:all\s+)?(?:the\s+)?(?:world['’]s|global|world|international|total\s+global)\s+(?:arms|weapons?)\s+(?<flow>exports|imports)\b/i;
/** `@0’s share of global arms exports fell to 11 percent`. */
const WORLD_SHARE_OF = /(?:(?<owner>@\d+)['’]s?\s+)?share\s+of\s+(?:the\s+)?(?:world['’]s|global|world|international)\s+(?:arms|weapons?)\s+(?<flow>exports|imports)\b[^.;%]{0,60}?\b(?:to|at|of|was|is|stood\s+at|reached|hit)\s+(?<pct>\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)/i;
const ORDINALS: Record<string, number> = { second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 };

/** The clause breaks of the sentence last asked about, `[index, length]` each: drafts of one sentence share them. */
let breaksOf: { text: string; breaks: [number, number][] } = { text: '', breaks: [] };

function clauseAt(t: string, at: number): string {
  if (breaksOf.text !== t) {
    const breaks: [number, number][] = [];
    // (Most sentences hold no break word: looked for first, the pattern is not tried at every space.)
    if (t.includes(';') || MAY_BREAK.test(t)) {
      CLAUSE_BREAK.lastIndex = 0;
      for (let m = CLAUSE_BREAK.exec(t); m; m = CLAUSE_BREAK.exec(t)) breaks.push([m.index, m[0].length]);
    }
    breaksOf = { text: t, breaks };
  }
  let start = 0;
  let end = t.length;
  for (const [index, length] of breaksOf.breaks) {
    if (index + length <= at) start = index + length;
    else if (index > at) {
      end = index;
      break;
    }
  }
  return t.slice(start, end);
}

export function claims(doc: ArticleDoc): void {
  const out: DocClaim[] = [];
  const focus = focusCountry(doc);
  const articleYear = doc.date ? Number(doc.date.slice(0, 4)) : null;
  let lastSubject: Ref | null = null;
  let previousSentenceFirst: Ref | null = null;
  const seenStates: Ref[] = [];
  const seenClaims = new Set<string>();
  const mayClaim = MAY_CLAIM(lowerUnquoted(doc), doc.sentences);
  const mayShape = MAY_SHAPE(lowerKeepingOffsets(doc.text), doc.sentences);
  const firstUn = doc.text.search(UN_CONTEXT);

  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const para = doc.paragraphs[s.para];
    const states = within(doc.mentions, s.start, s.end).filter((m) => !m.inQuote && doc.actors[m.actor].kind === 'country');
    const lastTwo = seenStates.slice(-2);
    if (para.kind !== 'body') {
      for (const m of states) remember(seenStates, doc, m.actor);
      continue;
    }
    if (!mayClaim.has(si) && !mayShape.has(si)) {
      previousSentenceFirst = states.length ? refOf(doc, states[0].actor) : null;
      for (const m of states) remember(seenStates, doc, m.actor);
      continue;
    }
    const norm = normalise(doc, s, lastTwo);
    const t = norm.text;
    const hints = HINTS(t.toLowerCase());
    const drafts: Draft[] = [];
    const ref = (k: string | undefined): Ref | null => (k ? norm.refs[Number(k.slice(1))] ?? null : null);
    const subjectOf = (before: string, exclude: Ref[], explicit: Ref | null): Ref | null => {
      if (explicit) return explicit;
      const refAt = /@(\d+)/g;
      for (let m = refAt.exec(before); m; m = refAt.exec(before)) {
        const r = norm.refs[Number(m[1])];
        const governed = /\b(?:from|to|than|with|and|or)\s+$/i.test(before.slice(Math.max(0, m.index - 8), m.index));
        if (r && !governed && !exclude.some((e) => e.iso3 === r.iso3)) return r;
      }
      if (PRONOUN_SUBJECT.test(before)) return lastSubject ?? focus;
      return focus && !exclude.some((e) => e.iso3 === focus.iso3) ? focus : lastSubject;
    };
    const base = { qualifier: null, categories: [], share: null, topic: null, forecast: false };

    // `India is the world’s largest arms importer`, `France overtook Russia as the world’s second-largest
    // arms exporter`: a rank among all states, not among one client's suppliers.
    const world = /world|global/i.test(t) ? WORLD_RANK.exec(t) : null;
    if (world) {
      const g = world.groups ?? {};
      const who = g.who ?? g.who2 ?? '';
      const ord = g.ord ?? g.ord2 ?? '';
      const before = t.slice(0, world.index);
      const subject = subjectOf(before, [], null);
      const others = refsIn(before).map((k) => norm.refs[k]).filter((r) => r && r.iso3 !== subject?.iso3);
      const among = /\bone\s+of\s+$/i.test(before) || /s$/i.test(who);
      const own = ownWindow(t, world);
      drafts.push({
        kind: 'world standing',
        subject,
        about: [...new Map(others.map((r) => [r.iso3, r])).values()],
        detail: { ...base, relation: 'world rank', windowSpec: own, topic: /^(?:importer|buyer|purchaser|recipient)s?$/i.test(who) ? 'arms imports' : 'arms exports', qualifier: among ? 'among' : String(ORDINALS[ord.toLowerCase()] ?? 1) },
        at: world.index,
      });
    }
    // `The US accounted for 42 percent of global arms exports`, `Russia’s share of global arms exports
    // fell to 11 percent`: a share of the world's flow.
    const share = !world && /world|global|international/i.test(t) ? WORLD_SHARE.exec(t) ?? WORLD_SHARE_OF.exec(t) : null;
    if (share) {
      const g = share.groups ?? {};
      const before = t.slice(0, share.index);
      const owner = g.owner ? ref(g.owner) : null;
      const subject = owner ?? subjectOf(before, [], null);
      const own = ownWindow(t, share);
      drafts.push({
        kind: 'world standing',
        subject,
        about: [],
        detail: { ...base, relation: 'world share', share: Number(g.pct), windowSpec: own, topic: /^imports$/i.test(g.flow) ? 'arms imports' : 'arms exports' },
        at: share.index,
      });
    }
    SUPPLIER_PHRASE.lastIndex = 0;
    for (let m = hints & HINT.supplier ? SUPPLIER_PHRASE.exec(t) : null; m; m = SUPPLIER_PHRASE.exec(t)) {
      const g = m.groups ?? {};
      // (Not the world rank's own words again: `the world’s biggest arms exporter`.)
      if (world && m.index < world.index + world[0].length && m.index + m[0].length > world.index) continue;
      if (!g.arms && !g.of && !(/^suppliers?$/i.test(g.noun) && ARMS_CONTEXT.test(t))) continue;
      const before = t.slice(0, m.index);
      const after = t.slice(m.index + m[0].length);
      const explicit = ref(g.subj) ?? ref(g.subj2);
      const plural = /s$/i.test(g.noun);
      let about = refsIn(before).map((k) => norm.refs[k]).filter((r) => r !== explicit);
      if (!about.length) about = refsIn(after.split(/[.;]/)[0]).map((k) => norm.refs[k]).filter((r) => r !== explicit);
      about = plural ? about.slice(-Math.max(2, Number(g.count === 'three' ? 3 : 2))) : about.slice(-1);
      if (!about.length) continue;
      const clause = before.split(/[;:]|,\s+(?:but|while|and)\s+/).pop() ?? before;
      const forecast = FORECAST_CUE.test(clause) && FORECAST_VERB.test(clause);
      const rank = g.rank.toLowerCase();
      drafts.push({
        kind: forecast ? 'forecast' : plural && about.length > 1 ? 'main suppliers' : 'top supplier',
        subject: subjectOf(before, about, explicit),
        about: [...new Map(about.map((r) => [r.iso3, r])).values()],
        detail: { ...base, relation: plural && about.length > 1 ? 'main suppliers' : 'top supplier', qualifier: /second/.test(rank) ? 'second' : /third/.test(rank) ? 'third' : oneAmong(m[0], before, rank) ? 'among' : null, forecast, windowSpec: forecast ? { kind: 'after' } : undefined },
        at: m.index,
      });
    }

    MOST_FROM.lastIndex = 0;
    for (let m = hints & HINT.most ? MOST_FROM.exec(t) : null; m; m = MOST_FROM.exec(t)) {
      const a = ref(m.groups?.a);
      if (!a) continue;
      drafts.push({ kind: 'top supplier', subject: subjectOf(t.slice(0, m.index), [a], ref(m.groups?.subj)), about: [a], detail: { ...base, relation: 'top supplier', qualifier: 'most' }, at: m.index });
    }

    SUPPLIED_MOST.lastIndex = 0;
    for (let m = hints & (HINT.most | HINT.bulk) ? SUPPLIED_MOST.exec(t) : null; m; m = SUPPLIED_MOST.exec(t)) {
      const a = ref(m.groups?.a);
      if (!a) continue;
      drafts.push({ kind: 'top supplier', subject: subjectOf(t.slice(0, m.index), [a], ref(m.groups?.subj)), about: [a], detail: { ...base, relation: 'top supplier', qualifier: 'most' }, at: m.index });
    }

    AS_MUCH.lastIndex = 0;
    for (let m = hints & HINT.asMuch ? AS_MUCH.exec(t) : null; m; m = AS_MUCH.exec(t)) {
      const g = m.groups ?? {};
      const a = ref(g.a ?? g.a2);
      const b = ref(g.b ?? g.b2);
      if (!a || !b) continue;
      drafts.push({ kind: 'as much as', subject: subjectOf(t.slice(0, m.index), [a, b], null), about: [a, b], detail: { ...base, relation: 'as much as', qualifier: (g.q ?? g.q2 ?? null)?.toLowerCase() ?? null }, at: m.index });
    }

    MORE_FROM.lastIndex = 0;
    for (let m = hints & HINT.more ? MORE_FROM.exec(t) : null; m; m = MORE_FROM.exec(t)) {
      const a = ref(m.groups?.a);
      const b = ref(m.groups?.b);
      if (!a || /\bas\s+(?:much|many)\b/i.test(m[0])) continue;
      if (!ARMS_CONTEXT.test(m[0]) && !ARMS_CONTEXT.test(t)) continue;
      const about = b ? [a, b] : [a];
      drafts.push({ kind: 'more from', subject: subjectOf(t.slice(0, m.index), about, null), about, detail: { ...base, relation: 'more from' }, at: m.index });
    }

    SHARE.lastIndex = 0;
    for (let m = hints & HINT.share ? SHARE.exec(t) : null; m; m = SHARE.exec(t)) {
      const g = m.groups ?? {};
      const explicit = ref(g.subj);
      const suppliers = refsIn(t).map((k) => norm.refs[k]).filter((r) => r !== explicit);
      if (!suppliers.length) continue;
      const value = g.n ? Number(g.n) / 100 : null;
      drafts.push({ kind: 'share', subject: subjectOf(t.slice(0, m.index), [suppliers[0]], explicit), about: [suppliers[0]], detail: { ...base, relation: 'share', share: value, qualifier: [g.qual?.toLowerCase(), g.frac?.toLowerCase()].filter(Boolean).join(' ') || null }, at: m.index });
    }

    TURNING_TO.lastIndex = 0;
    for (let m = hints & HINT.turning ? TURNING_TO.exec(t) : null; m; m = TURNING_TO.exec(t)) {
      const g = m.groups ?? {};
      const a = ref(g.a ?? g.a2);
      const categories = categoriesOf(g.what ?? g.what2 ?? '');
      if (!a || !categories.length) continue;
      drafts.push({ kind: 'turning to', subject: subjectOf(t.slice(0, m.index), [a], null), about: [a], detail: { ...base, relation: 'turning to', categories, qualifier: (g.adv ?? g.adv2 ?? null)?.toLowerCase() ?? null }, at: m.index });
    }

    // The short test first: RISING is a long case-insensitive alternation, and most sentences name no supplier.
    if (/\bsuppl/i.test(t) && RISING.test(t) && ARMS_CONTEXT.test(t)) {
      const first = refsIn(t).map((k) => norm.refs[k])[0];
      if (first) drafts.push({ kind: 'rising supplier', subject: focus && focus.iso3 !== first.iso3 ? focus : lastSubject, about: [first], detail: { ...base, relation: 'rising supplier', windowSpec: { kind: 'history' } }, at: 0 });
    }

    // Every other checkable sentence: the general detector, over the whole sentence (quotes too).
    // Quoted words count: a leader naming the wrong main supplier is a claim to check.
    const shape = drafts.length || !mayShape.has(si)
      ? null
      : claimShape(doc.text.slice(s.start, s.end), {
        unBefore: firstUn >= 0 && firstUn < s.start,
        armsBefore: () => ARMS_WORD.test(doc.text.slice(doc.sentences[Math.max(0, si - 2)].start, s.start)),
      });
    // A transfer is between parties: a sentence naming no state or body states none the data can hold.
    const parties = shape?.topic === 'arms' ? armsParties(doc, s, shape) : shape?.topic === 'un vote' ? unParties(doc, s, shape) : true;
    if (shape && parties) {
      const named = namedStates(doc, s);
      const subject = shapeSubject(doc, s, shape, named, focus);
      let about: Ref[] = named.filter((r) => r.iso3 !== subject?.iso3);
      // `It is the country’s top trade partner`: `it` is the state the sentence before opened with.
      if (!about.length && /^\W*(?:It|They)\b/.test(t) && previousSentenceFirst && previousSentenceFirst.iso3 !== subject?.iso3) about = [previousSentenceFirst];
      drafts.push({
        kind: SHAPE_KIND[shape.topic],
        subject,
        about,
        detail: { ...base, relation: 'general', topic: shape.measure, qualifier: shape.comparison },
        at: 0,
        shape,
      });
    }

    // (Spending is read in the sentence as written too: `Myanmar’s military budget` is `@0 budget`
    // once the junta's name stands for its armed forces.)
    const topics = hints & HINT.outside ? OUTSIDE_TOPICS.filter((o) => o.pattern.test(t) || (o.topic === 'military spending' && o.pattern.test(doc.unquoted.slice(s.start, s.end)))) : [];
    if (topics.length && !drafts.length) {
      const possessive = /@(\d+)['’]s\s+(?:[\p{L}-]+\s+){0,3}(?:trade|trading|economic|gross|GDP|economy|investors?|military|defen[cs]e|oil|gas|aid)/u.exec(t);
      let subject = possessive ? norm.refs[Number(possessive[1])] : /\bthe country['’]s\b/i.test(t) ? focus : null;
      const others = norm.refs.filter((r) => r !== subject);
      let about = others;
      if (!about.length && /^\s*(?:It|They)\b/.test(t) && previousSentenceFirst) about = [previousSentenceFirst];
      subject = subject ?? focus;
      about = about.filter((r) => r.iso3 !== subject?.iso3);
      drafts.push({
        kind: 'outside arms data',
        subject,
        about,
        detail: { ...base, relation: 'outside', topic: topics.map((o) => o.topic).join(', '), qualifier: topics.map((o) => o.reason).join('; ') },
        at: 0,
      });
    }

    const sentenceText = doc.text.slice(s.start, s.end).trim();
    for (const d of drafts) {
      const { spec, phrase } = windowFor(d, t);
      const window = articleYear ? resolveWindow(spec, articleYear, { firstYear: 1950, lastYear: spec.kind === 'after' ? articleYear + 3 : articleYear - 1 }) : { from: 0, to: 0 };
      const key = `${s.start}|${d.kind}|${d.about.map((r) => r.iso3).join(',')}`;
      if (seenClaims.has(key)) continue;
      seenClaims.add(key);
      const isOutside = d.kind === 'outside arms data';
      const typed = typedFields(d, phrase);
      out.push({
        text: sentenceText,
        subject: d.subject?.name ?? null,
        about: d.about.map((r) => r.name),
        kind: d.kind,
        ...typed,
        window,
        verdict: isOutside ? 'outside the data' : 'unverifiable',
        evidence: isOutside ? capitalise(d.detail.qualifier ?? 'outside the arms-transfer data') : 'not checked yet',
        query: null,
        start: s.start,
        end: s.start + doc.text.slice(s.start, s.end).trimEnd().length,
        detail: withWindow(d.detail, spec, phrase, d.shape ?? null),
      });
      if (d.subject && !isOutside) lastSubject = d.subject;
    }
    const firstRef = refsIn(t)[0];
    previousSentenceFirst = firstRef !== undefined ? norm.refs[firstRef] : null;
    for (const m of states) remember(seenStates, doc, m.actor);
  }
  doc.claims = out;
}

/**
 * The draft's detail with its window, field by field in the order the drafts give them: an object
 * spread over details made at nine different places is megamorphic, and slow.
 */
function withWindow(detail: Draft['detail'], windowSpec: WindowSpec, windowPhrase: string | null, shape: ClaimShape | null): ClaimDetail {
  const { qualifier, categories, share, topic, forecast, relation } = detail;
  return { qualifier, categories, share, topic, forecast, relation, windowSpec, windowPhrase, shape };
}

/**
 * `a major arms supplier`, `one of the main suppliers`, `a key supplier`: one of the first few, not
 * the first (`its main supplier`, `the top supplier` stay first).
 */
function oneAmong(phrase: string, before: string, rank: string): boolean {
  return /^(?:major|key|leading|important|main|top|largest|biggest)$/i.test(rank) && (/^an?\s/i.test(phrase) || /\bone\s+of\s+(?:the|its|their|@\d+['’]s?)?\s*$/i.test(before));
}

/** The typed reading of a claim: what it measures, in which unit, the stated value and the comparison. */
function typedFields(d: Draft, period: string | null): Pick<DocClaim, 'measure' | 'unit' | 'value' | 'comparison' | 'period'> {
  if (d.shape) return { measure: d.shape.measure, unit: d.shape.unit, value: d.shape.value, comparison: d.shape.comparison, period };
  const r = d.detail.relation;
  if (r === 'outside') return { measure: d.detail.topic ?? 'outside', unit: null, value: null, comparison: null, period };
  if (r === 'world share') return { measure: d.detail.topic ?? 'arms exports', unit: 'percent', value: d.detail.share, comparison: 'share', period };
  if (r === 'world rank') return { measure: d.detail.topic ?? 'arms exports', unit: 'rank', value: d.detail.qualifier === 'among' ? null : Number(d.detail.qualifier), comparison: 'rank', period };
  const comparison = r === 'share' ? 'share' : r === 'more from' ? 'more' : r === 'as much as' ? 'as much' : r === 'turning to' ? 'shift' : r === 'rising supplier' ? 'trend' : 'rank';
  return { measure: 'arms imports', unit: r === 'share' && d.detail.share !== null ? 'percent' : 'TIV', value: r === 'share' ? d.detail.share : null, comparison, period };
}

/** The states a sentence names (quotations included, places left out), each once, in order. */
function namedStates(doc: ArticleDoc, s: Sentence): (Ref & { at: number; demonym: boolean })[] {
  const out: (Ref & { at: number; demonym: boolean })[] = [];
  for (const m of within(doc.mentions, s.start, s.end)) {
    const a = doc.actors[m.actor];
    // A state after `to` is the recipient here even where the actors stage read a place (`to Qatar`).
    if ((m.place && !/\bto\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(s.start, m.start - 8), m.start))) || !a.iso3 || (a.kind !== 'country' && !a.military)) continue;
    if (out.some((r) => r.iso3 === a.iso3)) continue;
    const said = doc.text.slice(m.start, m.end);
    // `French-made`, `Russian weapons`: the word names where arms come from, not who is acting.
    const demonym = /(?:an|ese|ish|ch|i|ic)$/i.test(said) && !a.name.toLowerCase().includes(said.toLowerCase()) || doc.text.startsWith('-made', m.end);
    out.push({ name: a.military ? a.name.replace(/ military$/, '') : a.name, iso3: a.iso3, military: false, at: m.start, demonym });
  }
  return out;
}

/**
 * Whom a general claim is about: for arms, the receiving state (`… weapons to @`, else the first
 * state named as an actor, not as an origin); otherwise the article's state when the sentence names
 * it, else the first state named.
 */
function shapeSubject(doc: ArticleDoc, s: Sentence, shape: ClaimShape, named: (Ref & { at: number; demonym: boolean })[], focus: Ref | null): Ref | null {
  if (shape.topic === 'arms') {
    // `French arms exports rose …`, `Russia’s arms imports fell …`: the state whose flow changed.
    if (shape.comparison === 'change') {
      const owner = named.find((r) => FLOW_OWNER.test(doc.text.slice(r.at, s.end)));
      if (owner) return owner;
    }
    for (const r of named) {
      const before = doc.text.slice(Math.max(s.start, r.at - 12), r.at);
      if (/\b(?:to|for)\s+(?:the\s+)?$/i.test(before)) return r;
    }
    const actor = named.find((r) => !r.demonym && !/\b(?:from|by|of|like|as)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(s.start, r.at - 8), r.at)));
    if (actor) return actor;
  }
  if (focus && named.some((r) => r.iso3 === focus.iso3)) return focus;
  return named.find((r) => !r.demonym) ?? focus;
}

/**
 * Whether an arms sentence ties the weapons to parties the register could hold: two states (the
 * supplier and the recipient, by name or adjective), or one state or body with a named weapon, a
 * figure (a price, a count) or a rank. A weapon, a transfer word and one state alone are too often
 * background (`Russia has been using drones …`).
 */
function armsParties(doc: ArticleDoc, s: Sentence, shape: ClaimShape): boolean {
  const states = new Set<string>();
  let bodies = 0;
  for (const m of within(doc.mentions, s.start, s.end)) {
    const a = doc.actors[m.actor];
    if (a.kind === 'person') continue;
    if (a.iso3) states.add(a.iso3);
    else bodies++;
  }
  // A maker named by its adjective is a party too: `its first Chinese-built submarine`.
  for (const m of doc.text.slice(s.start, s.end).matchAll(/\b(\p{Lu}\p{L}*)-(?:made|built|designed|supplied)\b/gu)) states.add(`made in: ${m[1]}`);
  if (states.size >= 2) return true;
  const specific = shape.designations.length > 0 || shape.value !== null || shape.comparison === 'rank';
  return specific && (states.size + bodies > 0 || shape.designations.length > 0);
}

/**
 * A vote the records can hold names who voted or how many: a state, a tally, a count of voters or
 * a unanimous decision (`Many countries … voted in favour` names neither).
 */
function unParties(doc: ArticleDoc, s: Sentence, shape: ClaimShape): boolean {
  if (shape.tally && (shape.tally.yes !== null || shape.tally.no !== null || shape.tally.abstain !== null)) return true;
  // (A count of voters the tally's patterns did not read: `141 nations voted 'IN FAVOUR'`.)
  if (/\bunanimous(?:ly)?\b|\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\s+(?:member\s+)?(?:nations|countries|states|members|votes)\b/i.test(doc.text.slice(s.start, s.end))) return true;
  return within(doc.mentions, s.start, s.end).some((m) => doc.actors[m.actor].kind !== 'person' && doc.actors[m.actor].iso3 !== null);
}

function refOf(doc: ArticleDoc, actorIndex: number): Ref {
  const a = doc.actors[actorIndex];
  return { name: a.name, iso3: a.iso3, military: false };
}

/** The window of a claim: the phrase in its clause, else in its sentence, else the kind's default. */
/**
 * The window of a world rank or share: its own words' (up to the next comma), else the usual recent
 * years — `…, and Russia has long been its main supplier` speaks of another time.
 */
function ownWindow(t: string, m: RegExpExecArray): WindowSpec {
  const end = m.index + m[0].length;
  const own = windowSpecOf(t.slice(0, end) + (t.slice(end).split(/[,;]/)[0] ?? ''));
  return own.phrase ? own.spec : { kind: 'last', years: DEFAULT_YEARS };
}

function windowFor(d: Draft, t: string): { spec: WindowSpec; phrase: string | null } {
  if (d.detail.windowSpec) return { spec: d.detail.windowSpec, phrase: null };
  const inClause = windowSpecOf(clauseAt(t, d.at));
  if (inClause.phrase) return inClause;
  // `turning to X for Y` speaks of a recent shift.
  if (d.detail.relation === 'turning to') return { spec: { kind: 'last', years: RECENT_YEARS }, phrase: null };
  const inSentence = clauseAt(t, d.at).length === t.length ? inClause : windowSpecOf(t);
  // No time in the text: a transfer is looked for over the whole record, not the last five years.
  if (!inSentence.phrase && d.detail.relation === 'general') return { spec: { kind: 'history' }, phrase: null };
  return inSentence;
}

function remember(seen: Ref[], doc: ArticleDoc, actorIndex: number): void {
  const a = doc.actors[actorIndex];
  if (!a.iso3 || a.kind !== 'country') return;
  const i = seen.findIndex((r) => r.iso3 === a.iso3);
  if (i >= 0) seen.splice(i, 1);
  seen.push({ name: a.name, iso3: a.iso3, military: false });
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
