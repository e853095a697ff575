// A country's trade partners over time: each large partner's (and each patron's) share of the
// country's trade with the world, year by year, as the country reported it. Same frame as the brief's charts.
import * as Plot from '@observablehq/plot';
import { formatYears } from '../core/format.js';
import type { TradeSeriesAnswer } from '../engine/trade.js';
import { CHART_WIDTH, MARGIN, chartDocument, renderFrame } from '../report/charts-frame.js';

const PALETTE = ['#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7', '#a463f2', '#97bbf5', '#9c6b4e', '#9498a0'];

export function tradeChart(r: TradeSeriesAnswer): string {
  const points = r.partners.flatMap((p) => p.shares.filter((s) => s.share !== null).map((s) => ({ partner: p.name, year: s.year, pct: s.share! * 100 })));
  const colour = new Map(r.partners.map((p, i) => [p.name, PALETTE[i % PALETTE.length]]));
  const last = r.partners.map((p) => ({ partner: p.name, ...([...p.shares].reverse().find((s) => s.share !== null) ?? { year: r.to, share: null }) })).filter((x) => x.share !== null);
  const plot = Plot.plot({
    document: chartDocument(),
    width: CHART_WIDTH,
    height: 380,
    marginLeft: MARGIN + 40,
    marginRight: MARGIN + 110,
    marginBottom: 40,
    x: { label: 'Year', domain: [r.from, r.to], tickFormat: 'd', labelAnchor: 'center', labelArrow: 'none' },
    y: { label: 'Share of trade with the world (%)', grid: true, domain: [0, Math.max(10, ...points.map((p) => p.pct)) * 1.05], labelArrow: 'none', labelOffset: 40 },
    marks: [
      Plot.line(points, { x: 'year', y: 'pct', z: 'partner', stroke: (d: { partner: string }) => colour.get(d.partner)!, strokeWidth: 2 }),
      Plot.text(last, { x: 'year', y: (d: { share: number }) => d.share * 100, text: 'partner', dx: 6, textAnchor: 'start', fontSize: 11, fill: (d: { partner: string }) => colour.get(d.partner)! }),
      Plot.ruleY([0]),
    ],
  });
  return renderFrame({
    title: `Who ${r.country.name} trades with, ${formatYears(r.from, r.to)}`,
    subtitle: `Each partner's share of ${r.country.name}'s merchandise trade with the world (exports + imports), as ${r.country.name} reported it; the largest partners of the period and the patrons.`,
    legend: r.partners.map((p) => ({ label: p.name, color: colour.get(p.name)!, shape: 'line' as const })),
    plot: plot as unknown as Element,
    notes: ['A year without a report is a gap, not zero.'],
    source: `Source: International Monetary Fund, Direction of Trade Statistics (${r.dataset}).`,
  });
}
