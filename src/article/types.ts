// Data shapes of the article pipeline: the public report (the JSON twin of every rendering) and the
// working document the stages fill in order. Offsets are into the cleaned text.
import type { ArmsOracle, InvestmentOracle, MilexOracle, TradeOracle, UnOracle } from './oracle.js';

export type DateSource = 'option' | 'metadata' | 'text' | 'inferred' | 'none';
export type ActorKind = 'person' | 'country' | 'organisation' | 'armed group';
export type QuoteKind = 'direct' | 'partial';
/** Kinds of event (the development set's gold vocabulary, spelt for people). */
export const EVENT_TYPES = ['visit', 'meeting', 'arms transfer', 'UN action', 'sanction', 'statement', 'exercise', 'agreement', 'coup'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const CLAIM_KINDS = [
  'main suppliers', 'top supplier', 'more from', 'as much as', 'share', 'turning to', 'rising supplier', 'forecast',
  'arms transfer', 'world standing', 'UN vote', 'economic ties', 'outside arms data',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
/**
 * `not comparable`: the text's unit cannot be set against the data's (US dollars against SIPRI's
 * TIV); `outside the data`: a dataset this check does not hold would settle it (it is named);
 * `unverifiable`: the data hold the subject but cannot tell. Forecasts: borne out, not borne out, too early.
 */
export const VERDICTS = ['supported', 'contradicted', 'mixed', 'not comparable', 'outside the data', 'unverifiable', 'borne out', 'not borne out', 'too early'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Span {
  start: number;
  end: number;
}

export interface Removed {
  text: string;
  reason: string;
}

export interface ActorMention extends Span {
  text: string;
}

export interface ReportActor {
  name: string;
  kind: ActorKind;
  iso3?: string;
  role?: string;
  mentions: ActorMention[];
}

export interface ReportQuote {
  /** The quoted words without the quote marks (a quotation carried over paragraphs gives one item per paragraph). */
  text: string;
  speaker: string | null;
  speakerRole: string | null;
  kind: QuoteKind;
  /** The attribution sieve that decided the speaker (stages/04-quotes.ts SIEVES). */
  via: string;
  /** How the attribution's mention was linked to the speaker (stage 2: name, pronoun, nominal …). */
  link: string;
  /** Offsets of the quoted words (inside the marks) in the cleaned text. */
  start: number;
  end: number;
}

export interface ReportEvent {
  type: EventType;
  actors: string[];
  place?: string;
  /** ISO date at the precision the text gives: YYYY, YYYY-MM, YYYY-MM-DD, or an interval a/b. */
  date?: string;
  dateText: string;
  sentence: string;
}

export interface ReportClaim {
  text: string;
  /** The recipient the claim is about (e.g. Myanmar). */
  subject: string | null;
  /** The suppliers or partners it names. */
  about: string[];
  kind: ClaimKind;
  /** What the claim measures (`arms imports`, `arms transfer`, `UN vote`, `trade`, `investment`, …). */
  measure: string;
  /** The unit of the value the text states (`USD`, `EUR`, `items`, `percent`, `votes`), or null. */
  unit: string | null;
  /** The figure the text states, in `unit` (a share as a fraction), or null. */
  value: number | null;
  /** `rank`, `more`, `as much`, `share`, `shift`, `trend`, `change`, or null for a plain statement. */
  comparison: string | null;
  /** The time phrase of the text (`in the past two decades`), or null. */
  period: string | null;
  window: { from: number; to: number };
  verdict: Verdict;
  evidence: string;
  query: string | null;
  /** Offsets of the claim's sentence in the cleaned text. */
  start: number;
  end: number;
}

export interface ArticleReport {
  title: string | null;
  /** YYYY-MM-DD, or null when neither the options, the page nor the text gives one. */
  date: string | null;
  dateSource: DateSource;
  removed: Removed[];
  actors: ReportActor[];
  quotes: ReportQuote[];
  events: ReportEvent[];
  claims: ReportClaim[];
}

export interface CheckOptions {
  /** Publication date, YYYY-MM-DD; overrides anything found in the page. */
  date?: string;
  oracle?: ArmsOracle;
  /** The UN voting records, for claims about votes, vetoes and resolutions. */
  un?: UnOracle;
  /** Bilateral trade, for claims about trade partners. */
  trade?: TradeOracle;
  /** Direct investment positions and Chinese deals, for claims about investors. */
  investment?: InvestmentOracle;
  /** Military spending, for claims about defence budgets. */
  milex?: MilexOracle;
}

// ---------------------------------------------------------------------------------------------
// The working document.

export type ParagraphKind = 'title' | 'heading' | 'caption' | 'body';

export interface Paragraph extends Span {
  kind: ParagraphKind;
}

export interface Sentence extends Span {
  para: number;
}

/** A pair of quote marks: inner = the words, outer = with the marks; several segments when it runs over paragraphs. */
export interface QuoteSpan {
  start: number;
  end: number;
  open: number;
  close: number;
  segments: Span[];
  closed: boolean;
}

export interface Actor {
  name: string;
  kind: ActorKind;
  iso3: string | null;
  role: string | null;
  /** For a country's armed forces (Tatmadaw, the junta): the country's ISO3. */
  military: boolean;
  gender: 'm' | 'f' | null;
  /** True when the gender comes from the text (Mr/Ms, a resolved he/she), not a name list. */
  genderFromText: boolean;
}

export interface Mention extends Span {
  actor: number;
  inQuote: boolean;
  /** A capital after in/at (`talks in Moscow`): a place, not the state acting. */
  place: boolean;
}

/** One attribution: a speech verb with the one who speaks. */
export interface SpeechAct extends Span {
  verbStart: number;
  verbEnd: number;
  sentence: number;
  speaker: number | null;
  /** What the text says when no actor is known: `he`, `the ministry`, `a spokesman for the army`. */
  speakerText: string | null;
  /** Role given at this attribution (`, a security analyst with Janes`). */
  role: string | null;
  source: 'person' | 'pronoun' | 'organisation' | 'country' | 'document' | 'unnamed';
}

export interface DocEvent extends ReportEvent {
  start: number;
  end: number;
  precision: number;
}

export interface DocClaim extends ReportClaim {
  /** Inputs of the verdict that the report does not show. */
  detail: ClaimDetail;
}

export interface ClaimDetail {
  relation: 'main suppliers' | 'top supplier' | 'more from' | 'as much as' | 'share' | 'turning to' | 'rising supplier' | 'world rank' | 'world share' | 'outside' | 'general';
  /** The general detector's reading (claim-shape.ts), for the claims it found. */
  shape: import('./claim-shape.js').ClaimShape | null;
  qualifier: string | null;
  categories: string[];
  share: number | null;
  windowPhrase: string | null;
  windowSpec: WindowSpec;
  topic: string | null;
  forecast: boolean;
}

export type WindowSpec =
  | { kind: 'history' }
  | { kind: 'last'; years: number }
  | { kind: 'since'; from: number }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'after' };

export interface ArticleDoc {
  input: string;
  options: CheckOptions;
  text: string;
  title: string | null;
  date: string | null;
  dateSource: DateSource;
  removed: Removed[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quoteSpans: QuoteSpan[];
  /** The text with every quotation (marks included) blanked to spaces: same offsets, no quoted words. */
  unquoted: string;
  actors: Actor[];
  mentions: Mention[];
  speech: SpeechAct[];
  quotes: ReportQuote[];
  events: DocEvent[];
  claims: DocClaim[];
  /** Stage failures caught by the pipeline (the input is never at fault). */
  problems: string[];
  /** Quotations each attribution sieve decided (stages/04-quotes.ts), for measuring each alone. */
  sieves: Record<string, number>;
}
