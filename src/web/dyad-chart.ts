// One supplier → one recipient, year by year: bars of delivered TIV in the brief charts' frame.
import * as Plot from '@observablehq/plot';
import { CHART_WIDTH, MARGIN, chartDocument, renderFrame } from '../report/charts-frame.js';
import { formatYears } from '../core/format.js';
import type { DyadAnswer as Dyad } from '../engine/answers.js';


export function dyadChart(d: Dyad, datasetVersion: string | null): string {
  const years = d.years.map((y) => ({ year: y.year, tiv: y.tiv }));
  // From the first delivery, not the dataset's first year: decades of nothing say little.
  const first = years.length ? Math.max(d.from, years[0].year - 2) : d.from;
  const plot = Plot.plot({
    document: chartDocument(),
    width: CHART_WIDTH,
    height: 280,
    marginLeft: MARGIN + 44,
    marginRight: MARGIN + 10,
    marginBottom: 40,
    x: { label: 'Year of delivery', domain: [first - 0.5, d.to + 0.5], tickFormat: 'd', labelAnchor: 'center', labelArrow: 'none' },
    y: { label: 'TIV delivered (millions)', grid: true, labelArrow: 'none', labelOffset: 44 },
    marks: [
      Plot.rectY(years, { x1: (r: { year: number }) => r.year - 0.4, x2: (r: { year: number }) => r.year + 0.4, y: 'tiv', fill: '#4269d0' }),
      Plot.ruleY([0]),
    ],
  });
  return renderFrame({
    title: `${d.supplier.name} → ${d.recipient.name}: arms delivered per year`,
    subtitle: `Major arms delivered by ${d.supplier.name} to ${d.recipient.name}, ${formatYears(d.from, d.to)}, in SIPRI TIV (millions); ${d.allocation} allocation of each deal over its delivery years.`,
    legend: [],
    plot: plot as unknown as Element,
    notes: [],
    source: `Source: SIPRI Arms Transfers Database${datasetVersion ? `, data generated ${datasetVersion}` : ''}.`,
  });
}
