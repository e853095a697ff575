// A country's trade partners over a window of years, both ways: what the country reported and what
// each partner reported about it (the mirror: the partner's exports to it are its imports, and the
// other way round). Pure: decoded series in, ranked rows out. Years a side did not report are
// listed as missing and never counted as zero; aggregates (World, regions, groups) are never ranked.
import type { TradeFigure as Figure } from '../core/types.js';

export interface Series {
  partnerId: string;
  flow: 'exports' | 'imports';
  aggregate: boolean;
  /** The figure of a year, or undefined when that year was not reported. */
  at: (year: number) => Figure | undefined;
  /** Where the figures are: an opaque reference the caller resolves to workbook, sheet and row. */
  source: number;
}

export interface FlowSum {
  /** US$ m over the window's reported years; null when no year was reported. */
  value: number | null;
  /** Years of the window with a report. */
  years: number[];
  /** Years of the window without one (missing, not zero). */
  missing: number[];
  /** Reported years whose figure is an IMF estimate. */
  estimated: number[];
}

export interface PartnerTrade {
  partnerId: string;
  exports: FlowSum;
  imports: FlowSum;
  /** exports + imports over the reported years; null when neither flow was reported. */
  total: number | null;
  /** Of the country's trade with the world, as it reported it. */
  share: number | null;
  rank: number | null;
  mirror: { exports: FlowSum; imports: FlowSum; total: number | null } | null;
  sources: Series['source'][];
  mirrorSources: Series['source'][];
}

export interface TradeTable {
  world: { exports: FlowSum; imports: FlowSum; total: number | null };
  partners: PartnerTrade[];
}

export function sumFlow(series: Series | undefined, from: number, to: number): FlowSum {
  const years: number[] = [];
  const estimated: number[] = [];
  let value = 0;
  const missing: number[] = [];
  for (let y = from; y <= to; y++) {
    const f = series?.at(y);
    if (!f) {
      missing.push(y);
      continue;
    }
    years.push(y);
    value += f.value;
    if (f.estimate) estimated.push(y);
  }
  return { value: years.length ? value : null, years, missing, estimated };
}

function total(a: FlowSum, b: FlowSum): number | null {
  return a.value === null && b.value === null ? null : (a.value ?? 0) + (b.value ?? 0);
}

/**
 * `reported`: the country's own series; `mirror`: each partner's series about the country, keyed by
 * the partner (its `partnerId` field holds the reporter that gave it).
 */
export function tradeTable(reported: Series[], mirror: Series[], from: number, to: number): TradeTable {
  const key = (s: Series) => `${s.partnerId}\u0000${s.flow}`;
  const own = new Map(reported.map((s) => [key(s), s]));
  const theirs = new Map(mirror.map((s) => [key(s), s]));
  const world = {
    exports: sumFlow(own.get('agg:World\u0000exports'), from, to),
    imports: sumFlow(own.get('agg:World\u0000imports'), from, to),
    total: null as number | null,
  };
  world.total = total(world.exports, world.imports);
  const ids = new Set([...reported.filter((s) => !s.aggregate).map((s) => s.partnerId), ...mirror.map((s) => s.partnerId)]);
  const partners: PartnerTrade[] = [...ids].map((id) => {
    const ex = own.get(`${id}\u0000exports`);
    const im = own.get(`${id}\u0000imports`);
    const exports = sumFlow(ex, from, to);
    const imports = sumFlow(im, from, to);
    const t = total(exports, imports);
    // The partner's exports to the country are the country's imports, and the other way round.
    const mx = theirs.get(`${id}\u0000imports`);
    const mi = theirs.get(`${id}\u0000exports`);
    const mirrorExports = sumFlow(mx, from, to);
    const mirrorImports = sumFlow(mi, from, to);
    return {
      partnerId: id, exports, imports, total: t,
      share: t !== null && world.total ? t / world.total : null,
      rank: null,
      mirror: mx || mi ? { exports: mirrorExports, imports: mirrorImports, total: total(mirrorExports, mirrorImports) } : null,
      sources: [ex, im].filter((s): s is Series => !!s).map((s) => s.source),
      mirrorSources: [mx, mi].filter((s): s is Series => !!s).map((s) => s.source),
    };
  });
  partners.sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || (b.mirror?.total ?? -1) - (a.mirror?.total ?? -1) || (a.partnerId < b.partnerId ? -1 : 1));
  let rank = 0;
  for (const p of partners) if (p.total !== null && p.total > 0) p.rank = ++rank;
  return { world, partners };
}
