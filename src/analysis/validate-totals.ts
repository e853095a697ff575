// All-years totals from the deals against SIPRI's official tables (which are rounded).
import { compareText } from '../core/compare.js';

export interface TotalIn {
  id: string;
  name: string;
  tiv: number;
}

export interface TotalCheck {
  id: string;
  name: string;
  officialName: string | null;
  ours: number;
  official: number | null;
  diff: number;
  within: boolean;
  reason: string | null;
}

/** ±1 % or ±1 TIV, whichever is larger: SIPRI rounds each yearly figure. */
export function withinTolerance(ours: number, official: number): boolean {
  return Math.abs(ours - official) <= Math.max(1, 0.01 * Math.abs(official));
}

export function compareTotals(
  ours: TotalIn[],
  official: TotalIn[],
  opts: { minTiv?: number } = {},
): { checked: number; within: number; rows: TotalCheck[] } {
  const min = opts.minTiv ?? 10;
  const o = new Map(official.map((r) => [r.id, r]));
  const u = new Map(ours.map((r) => [r.id, r]));
  const ids = new Set([...u.keys(), ...o.keys()]);
  const rows: TotalCheck[] = [];
  for (const id of ids) {
    const a = u.get(id);
    const b = o.get(id);
    const oursTiv = a?.tiv ?? 0;
    const off = b?.tiv ?? null;
    if (Math.max(oursTiv, off ?? 0) < min) continue;
    const within = off != null && withinTolerance(oursTiv, off);
    let reason: string | null = null;
    if (!b) reason = 'not in the official table';
    else if (!a) reason = 'no deliveries in the register';
    else if (!within) reason = 'totals differ beyond rounding';
    if (a && b && a.name !== b.name && within) reason = `matched across spellings: "${a.name}" / "${b.name}"`;
    rows.push({ id, name: a?.name ?? b!.name, officialName: b?.name ?? null, ours: oursTiv, official: off, diff: oursTiv - (off ?? 0), within, reason });
  }
  rows.sort((x, y) => Number(x.within) - Number(y.within) || Math.abs(y.diff) - Math.abs(x.diff) || compareText(x.name, y.name));
  return { checked: rows.length, within: rows.filter((r) => r.within).length, rows };
}
