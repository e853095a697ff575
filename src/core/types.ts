// Plain data shapes shared by every layer. Nothing here does I/O.

/** A problem found while reading a source file: never fatal on its own, always reported. */
export interface Problem {
  file: string;
  /** 1-based physical line in the source file (first line of a record split over several). */
  line: number;
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

/**
 * How a file's physical lines were spent: `total` = `preamble` (header included) + `blank` +
 * `records` (one first line per record read, kept or rejected) + `continuation` (further lines of
 * records over several lines) + `other` (summary rows a reader sets aside, e.g. the world total).
 * Every reader returns one; the import reports it, and tests hold every reader to the identity.
 */
export interface LineAccount {
  total: number;
  preamble: number;
  blank: number;
  records: number;
  continuation: number;
  other: number;
}

/** What every reader returns: typed rows, the problems met, and the dataset version it found. */
export interface ReadResult<T> {
  /** Where every physical line went (see LineAccount). */
  lines: LineAccount;
  /** Records that repeat an earlier record field for field (kept or rejected as the format says). */
  duplicates: number;
  file: string;
  /** e.g. the `Data generated:` line of a SIPRI export; null when the file has none. */
  version: string | null;
  rows: T[];
  problems: Problem[];
  /** Data records read (after rejoining records split over two lines): rows.length + rejected. */
  recordsRead: number;
  rejected: number;
}

export type EntityKind = 'state' | 'historical' | 'nonstate' | 'multinational' | 'unknown';

export interface Entity {
  /** Stable id: ISO3 where one exists, otherwise a slug of the SIPRI name. */
  id: string;
  /** The name as SIPRI spells it. */
  name: string;
  kind: EntityKind;
  iso3: string | null;
}

export const CATEGORIES = [
  'aircraft',
  'air defence systems',
  'anti-submarine warfare weapons',
  'armoured vehicles',
  'artillery',
  'engines',
  'missiles',
  'naval weapons',
  'satellites',
  'sensors',
  'ships',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** A numeric value as SIPRI gives it: null = not known; uncertain = flagged with `?`. */
export interface Uncertain<T> {
  value: T;
  uncertain: boolean;
}

/** Exact deliveries of one deal in one year (known only from SIPRI's per-delivery-year format). */
export interface YearDelivery {
  year: number;
  yearUncertain: boolean;
  number: number | null;
  numberUncertain: boolean;
  tiv: number | null;
}

/** One arms transfer deal (one row of the trade register, or the rows of one deal id in the per-year format). */
export interface Deal {
  /** Source line (1-based) of the record's first physical line. */
  line: number;
  /** SIPRI AT Database ID when the source gives one. */
  sipriId: number | null;
  recipient: string;
  supplier: string;
  orderYear: number | null;
  orderYearUncertain: boolean;
  numberOrdered: number | null;
  numberOrderedUncertain: boolean;
  designation: string;
  description: string;
  /** SIPRI's own category when the source gives one (per-year format). */
  sipriCategory: string | null;
  numberDelivered: number | null;
  numberDeliveredUncertain: boolean;
  deliveryYears: number[];
  deliveryYearsUncertain: boolean;
  status: string;
  comments: string;
  tivPerUnit: number | null;
  tivOrder: number | null;
  /** Empty in the source = no deliveries identified (null), `0` = under 0.5. */
  tivDelivered: number | null;
  /** Present only for the per-year format: SIPRI's exact yearly deliveries. */
  yearly: YearDelivery[] | null;
}

/** One row of SIPRI's official TIV table (imports per recipient or exports per supplier). */
export interface TivTableRow {
  line: number;
  /** Recipient (imports table) or supplier (exports table) as SIPRI spells it. */
  name: string;
  /** Yearly TIV; `0 ` in the source (between 0 and 0.5) is tiv 0 with belowHalf true; empty cells are omitted. */
  years: { year: number; tiv: number; belowHalf: boolean }[];
  total: number | null;
}

export interface TivTable {
  kind: 'imports' | 'exports';
  firstYear: number;
  lastYear: number;
  rows: TivTableRow[];
  /** The `Total world import/export` row, if present. */
  world: TivTableRow | null;
}

/** One country × UNGA session row of the Bailey–Strezhnev–Voeten ideal points file. */
export interface IdealPointRow {
  line: number;
  ccode: number;
  session: number;
  year: number;
  iso3: string | null;
  name: string;
  votes: number | null;
  idealPoint: number | null;
  /** Share of votes agreeing with each reference state: keys are the file's (US, RUSS, Brazil …) mapped to ISO3. */
  agree: Record<string, number | null>;
}

/** A member's vote in a UN body. */
export type UnVote = 'yes' | 'no' | 'abstain';
/** What became of a Security Council draft. */
export type ScOutcome = 'adopted' | 'vetoed' | 'failed';

/** One member's vote on one Security Council draft (sc-voting workbook: a row per draft × member). */
export interface ScVoteRow {
  line: number;
  year: number;
  /** YYYY-MM-DD. */
  date: string;
  /** `2669 (2022)`, or null for a draft that was not adopted. */
  resolution: string | null;
  meeting: string | null;
  /** The draft's symbol (`S/2022/980`) wherever the cell gives one; null for an oral amendment or a report paragraph. */
  draft: string | null;
  /** The cell as written (`S/2007/14 as orally revised`, `Oral amendment 2`, empty). */
  draftAsWritten: string;
  agenda: string;
  category: string | null;
  region: string | null;
  submittedBy: string | null;
  outcome: ScOutcome;
  /** The outcome as the file words it (`Adopted unanimously` …). */
  outcomeText: string;
  vote: UnVote;
  member: string;
  membership: string | null;
  topic: string | null;
}

/** One vetoed draft of the Dag Hammarskjöld Library's veto list. */
export interface VetoRow {
  line: number;
  /** YYYY-MM-DD. */
  date: string;
  year: number;
  /** The draft's symbol, or null where the list gives only a meeting record (early years). */
  draft: string | null;
  meeting: string | null;
  agenda: string;
  /** The list's short topic (`Syria`, `Israel-Palestine`). */
  topic: string | null;
  region: string | null;
  /** The vetoing members as the list names them (`USSR`, `Russia`, `China`, `USA`, `UK`, `France`). */
  vetoedBy: string[];
}

/** One General Assembly roll call (unvotes roll_calls.csv). */
export interface RollCallRow {
  line: number;
  rcid: number;
  session: number;
  important: boolean;
  /** YYYY-MM-DD. */
  date: string;
  /** `A/RES/74/38`, `R/61/232`, or null. */
  resolution: string | null;
  amendment: boolean;
  paragraph: boolean;
  short: string;
  description: string;
}

/** One member's vote in one GA roll call (unvotes.csv; absent members have no row). */
export interface GaVoteRow {
  line: number;
  rcid: number;
  country: string;
  /** ISO 3166 alpha-2, or null (historical states without one). */
  code: string | null;
  vote: UnVote;
}

/** One topic of a GA roll call (issues.csv). */
export interface RollCallIssueRow {
  line: number;
  rcid: number;
  shortName: string;
  issue: string;
}

/** Who supplies a recipient (or whom a supplier supplies) over a window. */
export interface Share {
  name: string;
  iso3: string | null;
  tiv: number;
  share: number;
}

/** One reported trade figure (IMF Direction of Trade): US$ millions in a year, maybe an IMF estimate. */
export interface TradeFigure {
  year: number;
  value: number;
  estimate: boolean;
}
