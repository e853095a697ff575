// Scoring the article check against hand-made gold annotations, by the rules of the development
// set (shared/data/articles/dev/README.md): quotes match on 60 % word overlap of the shorter text and
// are speaker-correct when the gold speaker's last word is in the predicted speaker or the reverse;
// a claim is found when a predicted claim's sentence covers half its words; an event is found by a
// predicted event of the same kind sharing an actor; a date is unsupported when an event is dated
// although the article's date is unknown and its own words hold no year. Pure: the script in bench/
// reads the files.

export interface GoldQuote {
  text: string;
  speaker: string | null;
  speaker_role?: string | null;
}

export interface GoldEvent {
  type: string;
  actors: string[];
  date: string | null;
  summary?: string;
}

export interface GoldClaim {
  text: string;
  subject: string | null;
  about: string[];
}

export interface Gold {
  quotes: GoldQuote[];
  countries?: string[];
  events: GoldEvent[];
  claims: GoldClaim[];
}

export interface Predicted {
  quotes: { text: string; speaker: string | null; via?: string; link?: string }[];
  events: { type: string; actors: string[]; date?: string | null; sentence: string }[];
  claims: { text: string }[];
}

export interface Score {
  quotes: { gold: number; predicted: number; matched: number; speakerCorrect: number };
  claims: { gold: number; predicted: number; found: number; correctPredicted: number };
  events: { gold: number; predicted: number; found: number };
  unsupportedDates: number;
  /** What was missed or wrong, for reading (never for writing rules against the hold-out). */
  misses: { quotes: string[]; claims: string[]; events: string[]; dates: string[] };
}

/** Lower case, punctuation removed, split into words. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Words two texts share (as multisets), over the shorter one's length. */
export function overlapOfShorter(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  return shared(a, b) / Math.min(a.length, b.length);
}

/** Words shared, over `of`'s length. */
export function coverage(of: string[], by: string[]): number {
  return of.length ? shared(of, by) / of.length : 0;
}

function shared(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of a) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      n++;
      counts.set(w, c - 1);
    }
  }
  return n;
}

/** The gold speaker's last word in the predicted speaker, or the predicted speaker's last word in the gold one. */
export function speakerMatches(gold: string | null, predicted: string | null): boolean {
  if (!gold || !predicted) return false;
  const g = words(gold);
  const p = words(predicted);
  if (!g.length || !p.length) return false;
  return p.includes(g[g.length - 1]) || g.includes(p[p.length - 1]);
}

/** Event actors compared loosely: one's last word among the other's words. */
export function actorMatches(gold: string, predicted: string): boolean {
  return speakerMatches(gold, predicted);
}

/** Event types of the report (`UN action`) and of the gold (`un_action`) compared as the same words. */
export function sameType(a: string, b: string): boolean {
  const norm = (t: string) => t.toLowerCase().replace(/[\s_-]+/g, '_').replace(/s$/, '');
  return norm(a) === norm(b);
}

export function scoreArticle(gold: Gold, predicted: Predicted, articleDate: string | null): Score {
  const misses: Score['misses'] = { quotes: [], claims: [], events: [], dates: [] };

  // Quotes: each gold quote matched to the best unused predicted quote by word overlap.
  const goldQ = gold.quotes.map((q) => ({ ...q, w: words(q.text) }));
  const predQ = predicted.quotes.map((q) => ({ ...q, w: words(q.text), used: false }));
  let matched = 0;
  let speakerCorrect = 0;
  for (const g of goldQ) {
    let best: (typeof predQ)[number] | null = null;
    let bestScore = 0;
    for (const p of predQ) {
      if (p.used) continue;
      const s = overlapOfShorter(g.w, p.w);
      // Prefer the candidate with the right speaker among those that match.
      const bonus = speakerMatches(g.speaker, p.speaker) ? 0.001 : 0;
      if (s >= 0.6 && s + bonus > bestScore) {
        best = p;
        bestScore = s + bonus;
      }
    }
    if (!best) {
      misses.quotes.push(`missed: “${g.text.slice(0, 70)}” — ${g.speaker}`);
      continue;
    }
    best.used = true;
    matched++;
    if (speakerMatches(g.speaker, best.speaker)) speakerCorrect++;
    else misses.quotes.push(`speaker: “${g.text.slice(0, 60)}” — gold ${g.speaker}, ours ${best.speaker ?? '(none)'}${best.via ? ` [${best.via}${best.link ? ` / ${best.link}` : ''}]` : ''}`);
  }
  for (const p of predQ) if (!p.used) misses.quotes.push(`extra: “${p.text.slice(0, 60)}” — ${p.speaker ?? '(none)'}${p.via ? ` [${p.via}${p.link ? ` / ${p.link}` : ''}]` : ''}`);

  // Claims: found when a predicted claim's sentence covers half the gold claim's words.
  const predC = predicted.claims.map((c) => ({ w: words(c.text), hit: false }));
  let found = 0;
  for (const g of gold.claims) {
    const gw = words(g.text);
    const hit = predC.find((p) => coverage(gw, p.w) >= 0.5);
    if (hit) {
      found++;
      hit.hit = true;
    } else misses.claims.push(`missed: ${g.text.slice(0, 110)}`);
  }
  // Precision: a predicted claim is right when it covers half of some gold claim (or is covered by one).
  const correctPredicted = predC.filter((p) => p.hit || gold.claims.some((g) => coverage(p.w, words(g.text)) >= 0.5)).length;
  predC.forEach((p, i) => {
    if (!p.hit && !gold.claims.some((g) => coverage(p.w, words(g.text)) >= 0.5)) misses.claims.push(`extra: ${predicted.claims[i].text.slice(0, 110)}`);
  });

  // Events: found by a predicted event of the same kind sharing an actor.
  let eventsFound = 0;
  for (const g of gold.events) {
    const hit = predicted.events.some((p) => sameType(g.type, p.type) && g.actors.some((ga) => p.actors.some((pa) => actorMatches(ga, pa))));
    if (hit) eventsFound++;
    else misses.events.push(`missed: ${g.type} ${g.actors.join(', ')}: ${(g.summary ?? '').slice(0, 80)}`);
  }

  // Dates the text does not support.
  let unsupportedDates = 0;
  if (!articleDate) {
    for (const p of predicted.events) {
      if (p.date && !/\b(1[89]\d\d|20\d\d)\b/.test(p.sentence)) {
        unsupportedDates++;
        misses.dates.push(`${p.date} for: ${p.sentence.slice(0, 90)}`);
      }
    }
  }

  return {
    quotes: { gold: gold.quotes.length, predicted: predicted.quotes.length, matched, speakerCorrect },
    claims: { gold: gold.claims.length, predicted: predicted.claims.length, found, correctPredicted },
    events: { gold: gold.events.length, predicted: predicted.events.length, found: eventsFound },
    unsupportedDates,
    misses,
  };
}

/** Sums of several scores (misses left out). */
export function addScores(scores: Score[]): Omit<Score, 'misses'> {
  const z = { quotes: { gold: 0, predicted: 0, matched: 0, speakerCorrect: 0 }, claims: { gold: 0, predicted: 0, found: 0, correctPredicted: 0 }, events: { gold: 0, predicted: 0, found: 0 }, unsupportedDates: 0 };
  for (const s of scores) {
    for (const k of ['gold', 'predicted', 'matched', 'speakerCorrect'] as const) z.quotes[k] += s.quotes[k];
    for (const k of ['gold', 'predicted', 'found', 'correctPredicted'] as const) z.claims[k] += s.claims[k];
    for (const k of ['gold', 'predicted', 'found'] as const) z.events[k] += s.events[k];
    z.unsupportedDates += s.unsupportedDates;
  }
  return z;
}

/** Precision, recall and F1 of speaker-correct quotes; recall and precision of claims; recall of events. */
export function rates(s: Omit<Score, 'misses'>) {
  const p = s.quotes.predicted ? s.quotes.speakerCorrect / s.quotes.predicted : 0;
  const r = s.quotes.gold ? s.quotes.speakerCorrect / s.quotes.gold : 0;
  return {
    quoteP: p,
    quoteR: r,
    quoteF1: p + r ? (2 * p * r) / (p + r) : 0,
    claimR: s.claims.gold ? s.claims.found / s.claims.gold : 1,
    claimP: s.claims.predicted ? s.claims.correctPredicted / s.claims.predicted : 1,
    eventR: s.events.gold ? s.events.found / s.events.gold : 1,
    unsupportedDates: s.unsupportedDates,
  };
}

/** The dev file header: URL, TITLE, DATE (YYYY-MM-DD, YYYY-MM or unknown), then the article. */
export function parseDevArticle(text: string): { url: string | null; title: string | null; date: string | null; body: string } {
  const lines = text.split('\n');
  const field = (name: string) => {
    const l = lines.find((x) => x.startsWith(`${name}:`));
    const v = l ? l.slice(name.length + 1).trim() : '';
    return v && v !== 'unknown' ? v : null;
  };
  const blank = lines.findIndex((l, i) => i > 0 && l.trim() === '');
  return { url: field('URL'), title: field('TITLE'), date: field('DATE'), body: lines.slice(blank + 1).join('\n') };
}
