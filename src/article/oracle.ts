// The arms engine as the article pipeline sees it. The lead implements this over the SQLite store;
// the verdict stage only ever talks to this interface, so it stays pure and testable with literals.
import type { PendingDeal } from '../core/brief.js';
import type { Category } from '../core/types.js';

export interface OracleSupplier {
  name: string;
  iso3: string | null;
  tiv: number;
  share: number;
}

export interface OracleSuppliers {
  totalTiv: number;
  suppliers: OracleSupplier[];
  /** The query that produced the figures, for provenance. */
  query: string;
  /** Dataset id/version the figures come from. */
  dataset: string;
}

/** One deal of the register, as a transfer claim is checked against it: the fields of a pending deal, and what was delivered. */
export interface OracleDeal extends Pick<PendingDeal, 'line' | 'supplier' | 'designation' | 'description' | 'category' | 'orderYear' | 'numberOrdered' | 'numberDelivered'> {
  supplierIso3: string | null;
  recipient: string;
  deliveryYears: number[];
  tivDelivered: number | null;
}

export interface OracleDeals {
  deals: OracleDeal[];
  query: string;
  dataset: string;
}

export interface ArmsOracle {
  /** Resolve a country mention to {name, iso3} or null. */
  resolve(name: string): { name: string; iso3: string | null } | null;
  /** Supplier shares of a recipient's imports (delivered TIV) over [from,to], optional category. */
  suppliers(recipient: string, from: number, to: number, category?: Category): OracleSuppliers;
  /** Every deal of the register with the recipient (from one supplier, when given), newest order first. */
  transfers(recipient: string, supplier?: string): OracleDeals;
  /** Every state's arms exports or imports (delivered TIV) over [from,to], largest first, and the world's total (non-state parties included, as SIPRI's shares count them). */
  ranking?(side: 'exports' | 'imports', from: number, to: number): { rows: { name: string; iso3: string | null; tiv: number }[]; totalTiv: number; query: string; dataset: string };
  /** A state's arms exports or imports (delivered TIV) over [from,to], all counterparts together. */
  flow?(country: string, side: 'exports' | 'imports', from: number, to: number): { totalTiv: number; query: string; dataset: string };
  /** First and last year of delivery data in the dataset. */
  coverage(): { firstYear: number; lastYear: number };
}

/** A vote in a UN body as a claim is checked against it: every member's vote (ISO3 → vote). */
export interface OracleUnVote {
  body: 'council' | 'assembly';
  date: string;
  /** The draft's symbol (Council) or the roll call's resolution symbol (Assembly), or null. */
  symbol: string | null;
  resolution: string | null;
  title: string;
  outcome: 'adopted' | 'vetoed' | 'failed' | null;
  votes: Record<string, 'yes' | 'no' | 'abstain'>;
  vetoedBy: string[];
  tally: { yes: number; no: number; abstain: number };
}

export interface OracleUnVotes {
  votes: OracleUnVote[];
  /** The days the body's records cover (`YYYY-MM-DD`). */
  coverage: { from: string; to: string };
  query: string;
  dataset: string;
}

/** The UN voting records as the article check sees them (engine/oracle.ts implements it over the store). */
export interface UnOracle {
  resolve(name: string): { name: string; iso3: string | null } | null;
  /** The Council's votes on drafts about a state (and the vetoes of the veto list about it), or null without records. */
  council(country: string): OracleUnVotes | null;
  /** The Assembly's roll calls about a state, or null without records. */
  assembly(country: string): OracleUnVotes | null;
}

/** A country's trade partners in one year, as it reported them and as each partner did. */
export interface OracleTrade {
  year: number;
  /** The last year the trade data hold. */
  lastYear: number;
  /** US$ m with the world, as the country reported it (null: no report). */
  world: number | null;
  partners: { name: string; iso3: string | null; total: number | null; share: number | null; rank: number | null; mirrorTotal: number | null }[];
  query: string;
  dataset: string;
}

export interface TradeOracle {
  /** The year's partners (the year clamped to the data's last), or null without trade data for the country. */
  trade(country: string, year: number): OracleTrade | null;
}

/** Direct investment in a country by source (the host's report first), and Chinese deals there. */
export interface OracleInvestment {
  year: number | null;
  investors: { name: string; iso3: string; value: number | null; hostReport: boolean }[];
  /** Investments the China Global Investment Tracker lists in the country (nominal US$ m), or null without the tracker. */
  chineseDeals: { count: number; total: number; from: number | null; to: number | null } | null;
  query: string;
  dataset: string;
}

export interface InvestmentOracle {
  investment(country: string): OracleInvestment | null;
}

/** A country's military spending per year (SIPRI), with SIPRI's flags. */
export interface OracleMilex {
  years: { year: number; currentUsd: number | null; constantUsd: number | null; shareOfGdp: number | null; uncertain: boolean; estimate: boolean }[];
  priceYear: string;
  query: string;
  dataset: string;
}

export interface MilexOracle {
  milex(country: string): OracleMilex | null;
}
