// Rolling windows of supplier shares and the rank changes they show.
import type { RankChange, RollingPoint } from '../core/brief.js';

export interface YearlySupplierTiv {
  id: string;
  name: string;
  iso3: string | null;
  year: number;
  tiv: number;
}

/**
 * Shares of each patron (and "Others") in every `width`-year window from firstYear to lastYear,
 * one window per end year. Windows with no deliveries are kept with zero shares so the series is continuous.
 */
export function rollingShares(
  rows: YearlySupplierTiv[],
  patrons: { id: string; iso3: string; name: string }[],
  firstYear: number,
  lastYear: number,
  width = 5,
): RollingPoint[] {
  const byYear = new Map<number, Map<string, number>>();
  for (const r of rows) {
    let m = byYear.get(r.year);
    if (!m) byYear.set(r.year, (m = new Map()));
    m.set(r.id, (m.get(r.id) ?? 0) + r.tiv);
  }
  const patronIds = new Set(patrons.map((p) => p.id));
  const out: RollingPoint[] = [];
  for (let to = firstYear + width - 1; to <= lastYear; to++) {
    const from = to - width + 1;
    const sums = new Map<string, number>();
    let total = 0;
    let others = 0;
    for (let y = from; y <= to; y++) {
      for (const [id, tiv] of byYear.get(y) ?? []) {
        total += tiv;
        if (patronIds.has(id)) sums.set(id, (sums.get(id) ?? 0) + tiv);
        else others += tiv;
      }
    }
    const share = (x: number) => (total > 0 ? x / total : 0);
    out.push({
      from,
      to,
      totalTiv: total,
      shares: [
        ...patrons.map((p) => ({ iso3: p.iso3, name: p.name, tiv: sums.get(p.id) ?? 0, share: share(sums.get(p.id) ?? 0) })),
        { iso3: 'OTHERS', name: 'Others', tiv: others, share: share(others) },
      ],
    });
  }
  return out;
}

/**
 * Where one patron passes another between consecutive windows, the latest crossing per pair
 * ("Russia overtook China in 2019–2023"). Crossings below `minShare` for both are noise and skipped.
 */
export function rankChanges(series: RollingPoint[], opts: { since?: number; minShare?: number } = {}): RankChange[] {
  const minShare = opts.minShare ?? 0.1;
  const latest = new Map<string, RankChange>();
  for (let i = 1; i < series.length; i++) {
    const prev = series[i - 1];
    const cur = series[i];
    if (opts.since !== undefined && cur.to < opts.since) continue;
    if (cur.totalTiv <= 0 || prev.totalTiv <= 0) continue;
    const patrons = cur.shares.filter((s) => s.iso3 !== 'OTHERS');
    for (const a of patrons) {
      for (const b of patrons) {
        if (a.iso3 === b.iso3) continue;
        const pa = prev.shares.find((s) => s.iso3 === a.iso3)!;
        const pb = prev.shares.find((s) => s.iso3 === b.iso3)!;
        if (pa.share <= pb.share && a.share > b.share && Math.max(a.share, b.share) >= minShare) {
          const key = [a.iso3, b.iso3].sort().join('-');
          latest.set(key, {
            text: `${a.name} overtook ${b.name} in ${cur.from}–${cur.to}`,
            over: a.iso3,
            under: b.iso3,
            from: cur.from,
            to: cur.to,
          });
        }
      }
    }
  }
  return [...latest.values()].sort((x, y) => y.to - x.to || x.text.localeCompare(y.text));
}
