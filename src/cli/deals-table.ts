import type { DealRecord } from '../store/queries.js';
import { formatTiv, renderTable } from '../report/table.js';

/** The deals table shown by `dyad` and `orders`: one row per deal, with its source line. */
export function renderDeals(deals: DealRecord[]): string {
  if (deals.length === 0) return '(no deals)';
  return renderTable(
    [
      { header: 'Line', align: 'right' }, { header: 'Supplier' }, { header: 'Recipient' }, { header: 'Ordered', align: 'right' },
      { header: 'Year', align: 'right' }, { header: 'Designation' }, { header: 'Description' }, { header: 'Delivered', align: 'right' },
      { header: 'Delivery years' }, { header: 'TIV deliv.', align: 'right' }, { header: 'Pending' },
    ],
    deals.map((d) => [
      String(d.line), d.supplier, d.recipient, d.numberOrdered == null ? '?' : String(d.numberOrdered),
      d.orderYear == null ? '' : `${d.orderYear}${d.orderYearUncertain ? '?' : ''}`, d.designation, d.description,
      d.numberDelivered == null ? '' : String(d.numberDelivered), compactYears(d.deliveryYears),
      d.tivDelivered == null ? '' : formatTiv(d.tivDelivered), d.pending ? 'yes' : '',
    ]),
  );
}

/** 2001;2002;2003;2005 → 2001–2003, 2005 */
export function compactYears(years: number[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < years.length) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    out.push(j > i ? `${years[i]}–${years[j]}` : String(years[i]));
    i = j + 1;
  }
  return out.join(', ');
}
