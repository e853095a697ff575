// The balance brief as data: what analysis/brief.ts builds from the rows engine/brief.ts fetches,
// and what report/ renders (terminal, Markdown, HTML, charts).
import type { Category } from './types.js';

/** Where a figure comes from: the query that produced it and the deals (source lines) behind it. */
export interface Ref {
  query: string;
  dataset: string;
  /** Source lines of the deals behind the figure in the dataset's file (capped; `rowCount` is the full count). */
  rows: number[];
  rowCount: number;
}

export interface BriefSupplier {
  name: string;
  iso3: string | null;
  tiv: number;
  share: number;
}

export interface BriefWindow {
  label: string; // "history", "last 20 years", "last 5 years"
  from: number;
  to: number;
  totalTiv: number;
  suppliers: BriefSupplier[];
  hhi: number;
  ref: Ref;
}

/** One 5-year rolling window: patrons' shares, plus "Others". */
export interface RollingPoint {
  from: number;
  to: number;
  totalTiv: number;
  shares: { iso3: string; name: string; tiv: number; share: number }[];
}

export interface RankChange {
  /** e.g. "Russia overtook China in 2019–2023". */
  text: string;
  over: string; // iso3 of the one moving up
  under: string;
  from: number;
  to: number;
}

export interface CategoryShare {
  category: Category;
  tiv: number;
  share: number;
}

export interface PendingDeal {
  supplier: string;
  iso3: string | null;
  designation: string;
  description: string;
  category: Category;
  orderYear: number | null;
  numberOrdered: number | null;
  numberDelivered: number | null;
  tivOrder: number | null;
  status: string;
  line: number;
}

export interface AlignmentYear {
  year: number;
  votes: number | null;
  idealPoint: number | null;
  /** iso3 → share of votes agreeing (0..1), null where the file has NA. */
  agreement: Record<string, number | null>;
  /** iso3 → absolute ideal point distance. */
  distance: Record<string, number | null>;
  caveat?: string;
}

export interface NarrativeSentence {
  text: string;
  refs: Ref[];
}

export interface Brief {
  country: { name: string; iso3: string | null };
  patrons: string[]; // iso3
  patronNames: Record<string, string>; // iso3 → display name
  arms: {
    windows: BriefWindow[];
    rolling: RollingPoint[];
    rankChanges: RankChange[];
    /** patron iso3 → category mix of deliveries since `categoriesFrom`. */
    categoriesFrom: number;
    categories: Record<string, CategoryShare[]>;
    pending: PendingDeal[];
  };
  alignment: AlignmentYear[];
  /** What the agreement columns mean beyond their names (Russia's before 1992 is the Soviet Union's votes). */
  alignmentNotes: string[];
  /** Diplomatic cover: the Security Council's votes on drafts about the country, the General Assembly's resolutions about it (null: no UN voting records in the store). */
  cover: BriefCover | null;
  /** Economic ties and means: trade partners and military spending (null: neither dataset in the store). */
  economy: BriefEconomy | null;
  narrative: NarrativeSentence[];
  provenance: {
    datasets: { id: string; kind: string; file: string; version: string | null }[];
    allocation: string;
    options: BriefOptionsUsed;
    generatedBy: string;
  };
}

/** The options a brief was built with, as its provenance states them. */
export interface BriefOptionsUsed {
  mergeSoviet: boolean;
  patrons: string[];
  windows: { long: number; short: number };
  categoriesFrom: number;
  coverage: { from: number; to: number; lastYearWithData: number | null };
}

export type CoverVote = 'yes' | 'no' | 'abstain' | 'absent' | 'not a member';

/** One Security Council vote on a draft about the country. */
export interface BriefCouncilVote {
  draft: string;
  date: string;
  resolution: string | null;
  outcome: 'adopted' | 'vetoed' | 'failed';
  agenda: string;
  /** Each patron's vote. */
  votes: Record<string, CoverVote>;
  vetoedBy: string[];
  /** Every member voting no (ISO3), patrons or not. */
  against: string[];
  tally: { yes: number; no: number; abstain: number };
}

/** One General Assembly roll call about the country. */
export interface BriefAssemblyVote {
  date: string;
  resolution: string | null;
  title: string;
  issues: string[];
  /** The country's and each patron's vote (`absent`: none recorded). */
  votes: Record<string, 'yes' | 'no' | 'abstain' | 'absent'>;
  tally: { yes: number; no: number; abstain: number };
}

export interface BriefCover {
  council: { dataset: string; from: number; to: number; votes: BriefCouncilVote[]; ref: Ref } | null;
  assembly: { dataset: string; from: number; to: number; votes: BriefAssemblyVote[]; ref: Ref } | null;
  sentences: NarrativeSentence[];
  notes: string[];
}

/** A patron's standing among the country's trade partners in one year, as the country reported it. */
export interface BriefTradeStanding {
  total: number | null;
  share: number | null;
  rank: number | null;
}

export interface BriefEconomy {
  trade: {
    dataset: string;
    year: number;
    /** The year compared with (ten years before, or the first with a report). */
    earlier: number;
    world: number | null;
    top: { name: string; iso3: string | null; total: number; share: number | null; mirrorTotal: number | null } | null;
    /** Patron iso3 → standing in `year` and in `earlier`. */
    patrons: Record<string, { now: BriefTradeStanding; then: BriefTradeStanding }>;
    ref: Ref;
  } | null;
  milex: {
    dataset: string;
    years: { year: number; constantUsd: number | null; shareOfGdp: number | null; status: string; estimate: boolean; uncertain: boolean }[];
    ref: Ref;
  } | null;
  sentences: NarrativeSentence[];
  notes: string[];
}
