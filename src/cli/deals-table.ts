import type { DealRecord } from '../engine/answers.js';
import { renderTable } from '../report/table.js';
import { formatTiv, formatYearList } from '../core/format.js';

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
      d.numberDelivered == null ? '' : String(d.numberDelivered), formatYearList(d.deliveryYears),
      d.tivDelivered == null ? '' : formatTiv(d.tivDelivered), d.pending ? 'yes' : '',
    ]),
  );
}
