import type { Share } from '../core/types.js';
import { compareText } from '../core/compare.js';

export interface TivByEntity {
  id: string;
  name: string;
  iso3: string | null;
  tiv: number;
}

/** Shares of a total, largest first (ties by name so output is stable). */
export function computeShares(rows: TivByEntity[]): { totalTiv: number; shares: Share[] } {
  const merged = new Map<string, TivByEntity>();
  for (const r of rows) {
    const prev = merged.get(r.id);
    merged.set(r.id, prev ? { ...prev, tiv: prev.tiv + r.tiv } : { ...r });
  }
  const list = [...merged.values()].filter((r) => r.tiv > 0);
  const totalTiv = list.reduce((s, r) => s + r.tiv, 0);
  const shares = list
    .map((r) => ({ name: r.name, iso3: r.iso3, tiv: r.tiv, share: totalTiv > 0 ? r.tiv / totalTiv : 0 }))
    .sort((a, b) => b.tiv - a.tiv || compareText(a.name, b.name));
  return { totalTiv, shares };
}

/** Herfindahl–Hirschman index of supplier concentration, 0..1 (1 = a single supplier). */
export function hhi(shares: { share: number }[]): number {
  return shares.reduce((s, x) => s + x.share * x.share, 0);
}
