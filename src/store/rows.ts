// Rows of the deals table as the rest of the program sees them: one mapping, one year decoding.
import type { Category } from '../core/types.js';

/** Delivery years as stored: `2005;2006` (empty: none identified). */
export function decodeYears(stored: string | null | undefined): number[] {
  return stored ? stored.split(';').map(Number) : [];
}

export function encodeYears(years: readonly number[]): string {
  return years.join(';');
}

/** One deal as every answer shows it, with its source line in the dataset's file. */
export interface DealRecord {
  dataset: string;
  line: number;
  sipriId: number | null;
  supplier: string;
  supplierIso3: string | null;
  recipient: string;
  recipientIso3: string | null;
  orderYear: number | null;
  orderYearUncertain: boolean;
  numberOrdered: number | null;
  numberDelivered: number | null;
  designation: string;
  description: string;
  category: Category;
  deliveryYears: number[];
  status: string;
  comments: string;
  tivPerUnit: number | null;
  tivOrder: number | null;
  tivDelivered: number | null;
  /** Fewer delivered than ordered (an unknown delivered count counts as none). */
  pending: boolean;
}

/** The columns `rowToDeal` reads: deals `x` joined with the supplier `es` and recipient `er` entities. */
export const DEAL_COLUMNS = `x.dataset, x.line, x.sipri_id, x.supplier, es.iso3 AS supplier_iso3, x.recipient, er.iso3 AS recipient_iso3,
  x.order_year, x.order_year_unc, x.number_ordered, x.number_delivered, x.designation, x.description, x.category,
  x.delivery_years, x.status, x.comments, x.tiv_per_unit, x.tiv_order, x.tiv_delivered`;

/** FROM clause for DEAL_COLUMNS. */
export const DEALS_WITH_PARTIES = 'deals x LEFT JOIN entities es ON es.id = x.supplier_id LEFT JOIN entities er ON er.id = x.recipient_id';

/** Not fully delivered, as SQL over `x` (the same test as `pending` below). */
export const PENDING_SQL = '(x.number_ordered IS NOT NULL AND COALESCE(x.number_delivered, 0) < x.number_ordered)';

export function rowToDeal(r: Record<string, unknown>): DealRecord {
  const ordered = r.number_ordered as number | null;
  const delivered = r.number_delivered as number | null;
  return {
    dataset: r.dataset as string,
    line: r.line as number,
    sipriId: r.sipri_id as number | null,
    supplier: r.supplier as string,
    supplierIso3: r.supplier_iso3 as string | null,
    recipient: r.recipient as string,
    recipientIso3: r.recipient_iso3 as string | null,
    orderYear: r.order_year as number | null,
    orderYearUncertain: !!r.order_year_unc,
    numberOrdered: ordered,
    numberDelivered: delivered,
    designation: r.designation as string,
    description: r.description as string,
    category: r.category as Category,
    deliveryYears: decodeYears(r.delivery_years as string),
    status: r.status as string,
    comments: r.comments as string,
    tivPerUnit: r.tiv_per_unit as number | null,
    tivOrder: r.tiv_order as number | null,
    tivDelivered: r.tiv_delivered as number | null,
    pending: ordered != null && (delivered ?? 0) < ordered,
  };
}
