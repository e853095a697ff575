// The brief's charts as standalone SVG strings: Observable Plot drawn into a linkedom
// document, framed by charts-frame.ts. Same brief in, same bytes out.
import * as Plot from '@observablehq/plot';
import type { Brief, RankChange } from '../core/brief.js';
import {
  alignmentCaveats,
  armsSourceLine,
  patronName,
  votesSourceLine,
  type ChartName,
} from './brief-sections.js';
import {
  CHART_WIDTH,
  FONT_SIZE,
  MARGIN,
  chartDocument,
  estimateTextWidth,
  inkOn,
  renderFrame,
  type LegendItem,
} from './charts-frame.js';
import { formatYearList, formatYears, yearRuns } from '../core/format.js';
import { compareText } from '../core/compare.js';

/** Observable10 without its grey: patrons take colours by their order in `brief.patrons`. */
const PATRON_PALETTE = [
  '#4269d0',
  '#efb118',
  '#ff725c',
  '#6cc5b0',
  '#3ca951',
  '#ff8ab7',
  '#a463f2',
  '#97bbf5',
  '#9c6b4e',
];
export const OTHERS_COLOR = '#9498a0';
export const OTHERS_LABEL = 'Others';
const CAVEAT_FILL = '#e4e4e4';

/** iso3 → colour, the same in every chart of a brief. */
export function patronColors(brief: Brief): Map<string, string> {
  return new Map(brief.patrons.map((p, i) => [p, PATRON_PALETTE[i % PATRON_PALETTE.length]]));
}

function patronScale(brief: Brief, withOthers: boolean): { domain: string[]; range: string[] } {
  const colors = patronColors(brief);
  const domain = brief.patrons.map((p) => patronName(brief, p));
  const range = brief.patrons.map((p) => colors.get(p)!);
  if (!withOthers) return { domain, range };
  return { domain: [...domain, OTHERS_LABEL], range: [...range, OTHERS_COLOR] };
}

function swatches(color: { domain: string[]; range: string[] }, shape: LegendItem['shape']): LegendItem[] {
  return color.domain.map((label, i) => ({ label, color: color.range[i], shape }));
}

/** A left axis whose label starts at the frame's margin, in line with the title. */
const Y_AXIS = { grid: true, labelArrow: 'none', labelOffset: 40 } as const;
const X_AXIS = { tickFormat: 'd', labelAnchor: 'center', labelArrow: 'none' } as const;

/** Stacked shares of each 5-year window, patrons at the bottom, everyone else as "Others". */
export function patronShareChart(brief: Brief): string {
  const patrons = new Set(brief.patrons);
  const rows = brief.arms.rolling.flatMap((point) => {
    const byName = new Map<string, number>();
    for (const s of point.shares) {
      const name = patrons.has(s.iso3) ? patronName(brief, s.iso3) : OTHERS_LABEL;
      byName.set(name, (byName.get(name) ?? 0) + s.share * 100);
    }
    return [...byName].map(([name, pct]) => ({ end: point.to, name, pct }));
  });
  const color = patronScale(brief, true);
  const rolling = brief.arms.rolling;
  const first = rolling[0];
  const last = rolling[rolling.length - 1];
  const span = first && last ? ` from ${formatYears(first.from, first.to)} to ${formatYears(last.from, last.to)}` : '';
  const latest = brief.arms.rankChanges.reduce<RankChange | undefined>((a, c) => (a && a.to >= c.to ? a : c), undefined);
  const plot = Plot.plot({
    document: chartDocument(),
    width: CHART_WIDTH,
    height: 300,
    marginTop: 34,
    marginLeft: MARGIN + 40,
    marginRight: MARGIN + 10,
    marginBottom: 40,
    x: { label: '5-year window ending', ...X_AXIS },
    y: { label: 'Share of TIV delivered (%)', domain: [0, 100], ...Y_AXIS },
    color,
    marks: [
      Plot.areaY(rows, { x: 'end', y: 'pct', fill: 'name', z: 'name', order: color.domain, curve: 'linear' }),
      // The latest change of leader answers "is it shifting?": mark it above the plot.
      latest ? Plot.ruleX([latest.to], { y1: 0, y2: 100, stroke: '#222', strokeDasharray: '3,3' }) : null,
      latest
        ? Plot.text([latest], { x: 'to', y: 100, text: 'text', textAnchor: 'end', dx: 4, dy: -12, fill: '#222' })
        : null,
      Plot.ruleY([0]),
    ],
  });
  return renderFrame({
    title: `Who arms ${brief.country.name}: supplier shares over time`,
    subtitle: `Share of major arms delivered to ${brief.country.name} (SIPRI TIV) by supplier, in each 5-year window${span}.`,
    legend: swatches(color, 'swatch'),
    plot: plot as unknown as Element,
    notes: last
      ? [
          `Each point is a 5-year total: the value shown at ${last.to} covers ${formatYears(last.from, last.to)}. ` +
            'Windows with little trade swing widely.',
        ]
      : [],
    source: armsSourceLine(brief),
  });
}

/** Category mix of each patron's deliveries since `categoriesFrom`: one column of bars per patron. */
export function categoryChart(brief: Brief): string {
  const from = brief.arms.categoriesFrom;
  const rows = brief.patrons.flatMap((p) =>
    (brief.arms.categories[p] ?? []).map((c) => ({
      patron: patronName(brief, p),
      category: c.category,
      pct: c.share * 100,
      tiv: c.tiv,
    })),
  );
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.category, (totals.get(r.category) ?? 0) + r.tiv);
  const categories = [...totals].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([c]) => c);
  const color = patronScale(brief, false);
  const empty = color.domain.filter((name) => !rows.some((r) => r.patron === name)).map((patron) => ({ patron }));
  const label = (d: { pct: number }) => (d.pct > 0 && d.pct < 0.5 ? '<1 %' : `${Math.round(d.pct)} %`);
  // Long bars carry their label inside, in whichever ink reads on the patron's colour (Plot takes
  // channel values that are all CSS colours literally, not through the colour scale).
  const ink = new Map(color.domain.map((name, i) => [name, inkOn(color.range[i])]));
  const inkOf = (d: { patron: string }) => ink.get(d.patron);
  const bar = { fx: 'patron', y: 'category', x: 'pct', text: label } as const;
  const longest = Math.max(0, ...categories.map((c) => estimateTextWidth(c, FONT_SIZE)));
  const plot = Plot.plot({
    document: chartDocument(),
    width: CHART_WIDTH,
    height: Math.max(categories.length, 3) * 24 + 70,
    marginLeft: MARGIN + Math.ceil(longest) + 12,
    marginRight: MARGIN + 12,
    marginTop: 30,
    marginBottom: 40,
    fx: { domain: color.domain, label: null, padding: 0.25 },
    x: { domain: [0, 100], ticks: [0, 50, 100], label: 'Share of patron’s TIV (%)', ...X_AXIS, tickFormat: undefined },
    y: { domain: categories.length ? categories : ['(none)'], label: null },
    color,
    marks: [
      Plot.frame({ stroke: '#ddd' }),
      Plot.barX(rows, { fx: 'patron', y: 'category', x: 'pct', fill: 'patron', insetTop: 3, insetBottom: 3 }),
      Plot.text(
        rows.filter((r) => r.pct >= 55),
        { ...bar, textAnchor: 'end', dx: -4, fill: inkOf, fontWeight: 'bold' },
      ),
      Plot.text(
        rows.filter((r) => r.pct < 55),
        { ...bar, textAnchor: 'start', dx: 3, fill: '#222' },
      ),
      Plot.text(empty, { fx: 'patron', frameAnchor: 'middle', text: () => `no deliveries\nsince ${from}`, fill: '#555' }),
    ],
  });
  return renderFrame({
    title: `What each patron sends ${brief.country.name}`,
    subtitle: `Share of each patron's arms deliveries by weapon category, ${from} onwards (% of the patron's total TIV).`,
    legend: swatches(color, 'swatch'),
    plot: plot as unknown as Element,
    notes: [],
    source: armsSourceLine(brief),
  });
}

interface Band {
  from: number;
  to: number;
  marker: string;
}

export interface AlignmentChartOptions {
  /** Print the caveats under the chart (default); a page that shows them beside it turns this off. */
  notes?: boolean;
}

/** Yearly UNGA agreement with each patron; caveated years shaded and their points hollow. */
export function alignmentChart(brief: Brief, { notes = true }: AlignmentChartOptions = {}): string {
  const color = patronScale(brief, false);
  const rows = brief.alignment.flatMap((y) =>
    brief.patrons.map((p) => {
      const agreement = y.agreement[p];
      // NaN breaks the line: a year without votes (or a patron not yet seated) is a gap, not a zero.
      const pct = agreement == null ? NaN : agreement * 100;
      return { year: y.year, patron: patronName(brief, p), pct, caveat: Boolean(y.caveat) };
    }),
  );
  const caveats = alignmentCaveats(brief.alignment);
  const bands: Band[] = caveats.flatMap((c) => yearRuns(c.years).map(([from, to]) => ({ from, to, marker: c.marker })));
  const years = brief.alignment.map((y) => y.year);
  const span = years.length ? ` ${formatYears(Math.min(...years), Math.max(...years))}` : '';
  const legend = swatches(color, 'line');
  if (bands.length) legend.push({ label: 'caveat: see note', color: CAVEAT_FILL, shape: 'band' });
  const plot = Plot.plot({
    document: chartDocument(),
    width: CHART_WIDTH,
    height: 320,
    marginLeft: MARGIN + 40,
    marginRight: MARGIN + 10,
    marginTop: 24,
    marginBottom: 40,
    x: { label: 'Year of UN General Assembly session', ...X_AXIS },
    y: { label: 'Votes agreeing (%)', domain: [0, 100], ...Y_AXIS },
    color,
    marks: [
      Plot.rect(bands, { x1: (d: Band) => d.from - 0.5, x2: (d: Band) => d.to + 0.5, y1: 0, y2: 100, fill: CAVEAT_FILL }),
      Plot.text(bands, { x: (d: Band) => (d.from + d.to) / 2, y: 100, text: 'marker', dy: -8, fontWeight: 'bold' }),
      Plot.ruleY([0]),
      Plot.lineY(rows, { x: 'year', y: 'pct', stroke: 'patron', z: 'patron', strokeWidth: 2 }),
      Plot.dot(
        rows.filter((r) => r.caveat && Number.isFinite(r.pct)),
        { x: 'year', y: 'pct', stroke: 'patron', fill: 'white', r: 3, strokeWidth: 1.5 },
      ),
    ],
  });
  return renderFrame({
    title: `How ${brief.country.name} votes at the UN`,
    subtitle:
      `Share of recorded UN General Assembly votes in which ${brief.country.name} ` +
      `voted the same way as each patron,${span}.`,
    legend,
    plot: plot as unknown as Element,
    notes: notes ? caveats.map((c) => `${c.marker} ${formatYearList(c.years)}: ${c.text}`) : [],
    source: votesSourceLine(brief),
  });
}

/** One patron's weight in three relations, each a share in percent (null: no figure). */
interface BalanceRow {
  patron: string;
  measure: string;
  pct: number | null;
}

/**
 * The balance on one page: for each patron, its share of the country's arms imports (the last
 * 5-year window), of its trade (the latest year with a report) and how often the two vote alike in
 * the General Assembly (the latest year with votes) — three shares on one 0–100 scale, side by side.
 */
export function balanceChart(brief: Brief): string {
  const arms = [...brief.arms.windows].sort((a, b) => (b.to - b.from) - (a.to - a.from)).pop();
  const trade = brief.economy?.trade ?? null;
  const lastVotes = [...brief.alignment].reverse().find((y) => brief.patrons.some((p) => y.agreement[p] != null));
  const measures = [
    { key: `Arms ${arms ? formatYears(arms.from, arms.to) : ''}`.trim(), value: (p: string) => (arms ? (arms.suppliers.find((s) => s.iso3 === p)?.share ?? 0) : null) },
    { key: `Trade ${trade ? trade.year : ''}`.trim(), value: (p: string) => (trade ? (trade.patrons[p]?.now.share ?? null) : null) },
    { key: `UN votes ${lastVotes ? lastVotes.year : ''}`.trim(), value: (p: string) => lastVotes?.agreement[p] ?? null },
  ];
  const rows: BalanceRow[] = brief.patrons.flatMap((p) =>
    measures.map((m) => {
      const v = m.value(p);
      return { patron: patronName(brief, p), measure: m.key, pct: v === null ? null : v * 100 };
    }),
  );
  const color = patronScale(brief, false);
  const shown = rows.filter((r) => r.pct !== null);
  const missing = rows.filter((r) => r.pct === null);
  const plot = Plot.plot({
    document: chartDocument(),
    width: CHART_WIDTH,
    height: 70 + brief.patrons.length * 78,
    marginLeft: MARGIN + 130,
    marginRight: MARGIN + 120,
    marginTop: 10,
    marginBottom: 40,
    x: { label: 'Share (%)', domain: [0, 100], grid: true, labelArrow: 'none' },
    y: { label: null, domain: measures.map((m) => m.key) },
    fy: { label: null, domain: color.domain },
    color,
    marks: [
      Plot.barX(shown, { x: 'pct', y: 'measure', fy: 'patron', fill: 'patron' }),
      Plot.text(shown, { x: 'pct', y: 'measure', fy: 'patron', text: (d: BalanceRow) => `${d.pct! > 0 && d.pct! < 1 ? d.pct!.toFixed(1) : Math.round(d.pct!)} %`, textAnchor: 'start', dx: 4 }),
      Plot.text(missing, { x: 0, y: 'measure', fy: 'patron', text: () => 'no figure', textAnchor: 'start', dx: 4, fill: '#666' }),
      Plot.ruleX([0]),
    ],
  });
  const notes = [
    'Arms: share of the TIV delivered in the window. Trade: share of exports plus imports with the world, as the country reported it. ' +
      'UN votes: share of recorded General Assembly votes cast the same way.',
  ];
  if (!trade) notes.push('No trade data in the store.');
  return renderFrame({
    title: `How ${brief.country.name} balances its patrons`,
    subtitle: `Each patron's share of ${brief.country.name}'s arms imports and trade, and how often they vote alike at the UN.`,
    legend: swatches(color, 'swatch'),
    plot: plot as unknown as Element,
    notes,
    source: `${armsSourceLine(brief).replace(/\.$/, '')}; IMF Direction of Trade Statistics; ${votesSourceLine(brief).replace(/^Source: /, '')}`,
  });
}

export interface BriefChart {
  name: ChartName;
  /** File stem for exports: `patron-share`, `category`, `alignment`, `balance`. */
  file: string;
  svg: string;
}

/** The charts in the order the brief shows them; `notes: false` leaves caveats to the page. */
export function briefCharts(brief: Brief, options: AlignmentChartOptions = {}): BriefChart[] {
  return [
    { name: 'patronShare', file: 'patron-share', svg: patronShareChart(brief) },
    { name: 'category', file: 'category', svg: categoryChart(brief) },
    { name: 'alignment', file: 'alignment', svg: alignmentChart(brief, options) },
    { name: 'balance', file: 'balance', svg: balanceChart(brief) },
  ];
}
