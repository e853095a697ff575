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
  /** First and last year of delivery data in the dataset. */
  coverage(): { firstYear: number; lastYear: number };
}
