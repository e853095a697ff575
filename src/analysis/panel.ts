// The supplier × recipient × year panel: allocated cells summed per dyad-year, with the entity
// codes and the provenance a researcher needs to cite it.
import type { EntityKind } from '../core/types.js';
import type { AllocationCell, AllocationDeal } from './allocate.js';

export interface PanelRow {
  supplier: string;
  recipient: string;
  year: number;
  tiv: number;
  /** Deals delivering to the dyad in that year. */
  deals: number;
}

/** What the panel says about an entity id. */
export interface PanelEntity {
  name: string;
  iso3: string | null;
  kind: EntityKind;
}

export interface PanelMeta {
  entity: (id: string) => PanelEntity;
  /** e.g. `trade-register-2024-10-13` */
  dataset: string;
  /** The `Data generated:` line of the source export. */
  version: string | null;
  /** `even`, `reconciled` … */
  allocation: string;
}

export interface PanelRecord {
  supplier: string;
  supplier_name: string;
  supplier_iso3: string | null;
  supplier_kind: EntityKind;
  recipient: string;
  recipient_name: string;
  recipient_iso3: string | null;
  recipient_kind: EntityKind;
  year: number;
  tiv: number;
  deals: number;
  allocation: string;
  dataset: string;
  dataset_version: string | null;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One row per supplier, recipient and year with deliveries (TIV > 0), summed over the deals'
 * cells; sorted by supplier id, recipient id, year (code-unit order, so the same on every machine).
 * Cells whose key is not among `deals` are ignored.
 */
export function buildPanel(cells: readonly AllocationCell[], deals: readonly AllocationDeal[]): PanelRow[] {
  const byKey = new Map(deals.map((d) => [d.key, d]));
  const rows = new Map<string, PanelRow & { seen: Set<number> }>();
  for (const c of cells) {
    if (!(c.tiv > 0)) continue;
    const deal = byKey.get(c.key);
    if (!deal) continue;
    const k = `${deal.supplier}\u0000${deal.recipient}\u0000${c.year}`;
    let row = rows.get(k);
    if (!row) rows.set(k, (row = { supplier: deal.supplier, recipient: deal.recipient, year: c.year, tiv: 0, deals: 0, seen: new Set() }));
    row.tiv += c.tiv;
    row.seen.add(c.key);
  }
  return [...rows.values()]
    .map(({ seen, ...row }) => ({ ...row, deals: seen.size }))
    .sort((a, b) => byCodeUnits(a.supplier, b.supplier) || byCodeUnits(a.recipient, b.recipient) || a.year - b.year);
}

/** Panel rows with names, ISO3 codes, kinds and provenance on every row (for CSV and JSON alike). */
export function panelRecords(rows: readonly PanelRow[], meta: PanelMeta): PanelRecord[] {
  return rows.map((r) => {
    const s = meta.entity(r.supplier);
    const p = meta.entity(r.recipient);
    return {
      supplier: r.supplier,
      supplier_name: s.name,
      supplier_iso3: s.iso3,
      supplier_kind: s.kind,
      recipient: r.recipient,
      recipient_name: p.name,
      recipient_iso3: p.iso3,
      recipient_kind: p.kind,
      year: r.year,
      tiv: r.tiv,
      deals: r.deals,
      allocation: meta.allocation,
      dataset: meta.dataset,
      dataset_version: meta.version,
    };
  });
}

export const PANEL_COLUMNS: readonly (keyof PanelRecord)[] = [
  'supplier',
  'supplier_name',
  'supplier_iso3',
  'supplier_kind',
  'recipient',
  'recipient_name',
  'recipient_iso3',
  'recipient_kind',
  'year',
  'tiv',
  'deals',
  'allocation',
  'dataset',
  'dataset_version',
];

/** TIV to 6 decimals, no exponent, no trailing zeros: stable text for diffs and golden files. */
export function csvNumber(tiv: number): string {
  const s = tiv.toFixed(6).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

export function csvField(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = typeof v === 'string' ? v : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header row; empty field = no ISO3 code / no version. */
export function panelToCsv(rows: readonly PanelRow[], meta: PanelMeta): string {
  const lines = [PANEL_COLUMNS.join(',')];
  for (const rec of panelRecords(rows, meta)) {
    lines.push(PANEL_COLUMNS.map((c) => (c === 'tiv' ? csvNumber(rec.tiv) : csvField(rec[c]))).join(','));
  }
  return lines.join('\n') + '\n';
}
