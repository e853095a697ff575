// The article check as an ordered list of small pure stages (compromise-style): each reads what the
// ones before it left on the document and adds its own part. Text in, report out; never throws.
import { warn } from '../core/warn.js';
import { clean } from './stages/01-clean.js';
import { sentences } from './stages/02-sentences.js';
import { actors } from './stages/03-actors.js';
import { quotes } from './stages/04-quotes.js';
import { events } from './stages/05-events.js';
import { claims } from './stages/06-claims.js';
import { verdicts } from './stages/07-verdicts.js';
import type { ActorMention, ArticleDoc, ArticleReport, CheckOptions, ReportActor } from './types.js';

export interface Stage {
  name: string;
  run: (doc: ArticleDoc) => void;
}

/** The order of the pipeline. */
export const STAGES: readonly Stage[] = [
  { name: 'clean', run: clean },
  { name: 'sentences', run: sentences },
  { name: 'actors', run: actors },
  { name: 'quotes', run: quotes },
  { name: 'events', run: events },
  { name: 'claims', run: claims },
  { name: 'verdicts', run: verdicts },
];

export function newDoc(input: unknown, options: CheckOptions = {}): ArticleDoc {
  return {
    input: typeof input === 'string' ? input : input == null ? '' : String(input),
    options: options ?? {},
    text: '',
    title: null,
    date: null,
    dateSource: 'none',
    removed: [],
    paragraphs: [],
    sentences: [],
    quoteSpans: [],
    unquoted: '',
    actors: [],
    mentions: [],
    speech: [],
    quotes: [],
    events: [],
    claims: [],
    problems: [],
    sieves: {},
  };
}

/** Run the stages up to and including `until` (all by default). A failing stage is reported, not thrown. */
export function analyzeArticle(input: string, options: CheckOptions = {}, until?: string): ArticleDoc {
  let doc: ArticleDoc;
  try {
    doc = newDoc(input, options);
  } catch {
    doc = newDoc('', {});
  }
  for (const stage of STAGES) {
    try {
      stage.run(doc);
    } catch (error) {
      const message = `article stage ${stage.name} failed: ${error instanceof Error ? error.message : String(error)}`;
      doc.problems.push(message);
      warn(message);
    }
    if (stage.name === until) break;
  }
  return doc;
}

/** The report (the JSON every rendering shows) from a finished document. */
export function toReport(doc: ArticleDoc): ArticleReport {
  // Each actor's mentions, in text order, from one pass over the mentions (not one per actor).
  const mentionsOf: ActorMention[][] = doc.actors.map(() => []);
  for (const m of doc.mentions) if (!m.place) mentionsOf[m.actor]?.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) });
  const actors: ReportActor[] = doc.actors.map((a, i) => {
    const mentions = mentionsOf[i];
    const actor: ReportActor = { name: a.name, kind: a.kind, mentions };
    if (a.iso3) actor.iso3 = a.iso3;
    if (a.role) actor.role = a.role;
    return actor;
  }).filter((a) => a.mentions.length > 0);
  return {
    title: doc.title,
    date: doc.date,
    dateSource: doc.dateSource,
    removed: doc.removed,
    actors,
    quotes: doc.quotes,
    events: doc.events.map(({ start: _s, end: _e, precision: _p, ...e }) => e),
    claims: doc.claims.map(({ detail: _d, ...c }) => c),
  };
}

/** Check a news article: actors, quotes, events and claims, with verdicts when an arms oracle is given. */
export function checkArticle(input: string, opts: CheckOptions = {}): ArticleReport {
  const doc = analyzeArticle(input, opts);
  try {
    return toReport(doc);
  } catch {
    return { title: null, date: null, dateSource: 'none', removed: [], actors: [], quotes: [], events: [], claims: [] };
  }
}
