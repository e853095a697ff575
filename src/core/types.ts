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

/** Who supplies a recipient (or whom a supplier supplies) over a window. */
export interface Share {
  name: string;
  iso3: string | null;
  tiv: number;
  share: number;
}
