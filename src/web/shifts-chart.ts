// One patron, every recipient: its share of each recipient's arms imports in the first window
// (x) against the second (y). Above the diagonal moved toward the patron, below moved away; the
// largest movers are labelled. Same frame as the brief charts.
import * as Plot from '@observablehq/plot';
import { formatWindow } from '../core/format.js';
import type { ShiftsAnswer } from '../engine/shifts.js';
import { CHART_WIDTH, MARGIN, chartDocument, renderFrame } from '../report/charts-frame.js';

/** Labelled movers: enough to name the story, few enough not to collide. */
export const LABELLED = 10;

interface Point {
  name: string;
  before: number;
  after: number;
  direction: 'toward' | 'away';
  label: boolean;
}

export interface PlacedLabel {
  name: string;
  x: number;
  y: number;
  /** Where the text sits from the dot, in pixels, and which end of it is anchored there. */
  spot: Spot;
}

export interface Spot {
  dx: number;
  dy: number;
  anchor: 'middle' | 'start' | 'end';
}

/** Above the dot, then right of it, left of it, below it. */
export const SPOTS: Spot[] = [
  { dx: 0, dy: -9, anchor: 'middle' },
  { dx: 7, dy: 0, anchor: 'start' },
  { dx: -7, dy: 0, anchor: 'end' },
  { dx: 0, dy: 14, anchor: 'middle' },
];

/**
 * Labels for the largest movers, in order, at the first spot where the text stays inside the plot
 * and overlaps no label already placed (boxes estimated in data units); left out when none fits.
 */
export function placeLabels(points: { name: string; x: number; y: number }[], o: { charWidth: number; lineHeight: number; pxPerUnitX: number; pxPerUnitY: number; max: number }): PlacedLabel[] {
  type Box = [number, number, number, number];
  const placed: { box: Box; label: PlacedLabel }[] = [];
  const overlaps = (b: Box) => placed.some(({ box: c }) => b[0] < c[2] && c[0] < b[2] && b[1] < c[3] && c[1] < b[3]);
  const inside = (b: Box) => b[0] >= 0 && b[2] <= o.max && b[1] >= 0 && b[3] <= o.max;
  for (const p of points) {
    const width = p.name.length * o.charWidth;
    for (const spot of SPOTS) {
      const x0 = p.x + spot.dx / o.pxPerUnitX - (spot.anchor === 'middle' ? width / 2 : spot.anchor === 'end' ? width : 0);
      const centre = p.y - spot.dy / o.pxPerUnitY;
      const box: Box = [x0, centre - o.lineHeight / 2, x0 + width, centre + o.lineHeight / 2];
      if (!inside(box) || overlaps(box)) continue;
      placed.push({ box, label: { name: p.name, x: p.x, y: p.y, spot } });
      break;
    }
  }
  return placed.map((p) => p.label);
}

export function shiftsChart(r: ShiftsAnswer): string {
  if (!r.patron) throw new Error('shiftsChart needs a patron');
  const points: Point[] = r.recipients.map((x, i) => ({
    name: x.recipient.name, before: x.move.before.share * 100, after: x.move.after.share * 100,
    direction: x.direction === 'away' ? 'away' : 'toward', label: i < LABELLED,
  }));
  const w1 = formatWindow(r.fromWindow.from, r.fromWindow.to);
  const w2 = formatWindow(r.toWindow.from, r.toWindow.to);
  const colour = { toward: '#4269d0', away: '#ff725c' };
  // Plot area ~610 × 420 px for 100 × 100 units; 11 px text is ~6.2 px per character.
  const labels = placeLabels(
    points.filter((p) => p.label).map((p) => ({ name: p.name, x: p.before, y: p.after })),
    { charWidth: (100 / 610) * 6.5, lineHeight: (100 / 420) * 13, pxPerUnitX: 610 / 100, pxPerUnitY: 420 / 100, max: 100 },
  );
  const plot = Plot.plot({
    document: chartDocument(),
    width: CHART_WIDTH,
    height: 520,
    marginLeft: MARGIN + 44,
    marginRight: MARGIN + 30,
    marginBottom: 44,
    x: { label: `${r.patron.name}'s share, ${w1} (%)`, domain: [0, 100], grid: true, labelAnchor: 'center', labelArrow: 'none' },
    y: { label: `${w2} (%)`, domain: [0, 100], grid: true, labelArrow: 'none', labelOffset: 44 },
    marks: [
      Plot.line([[0, 0], [100, 100]], { stroke: '#999', strokeDasharray: '4,4' }),
      Plot.dot(points, { x: 'before', y: 'after', r: 4, fill: (p: Point) => colour[p.direction], fillOpacity: 0.8 }),
      ...SPOTS.map((spot) => Plot.text(labels.filter((l) => l.spot === spot), {
        x: 'x', y: 'y', text: 'name', dx: spot.dx, dy: spot.dy, textAnchor: spot.anchor, fontSize: 11, fill: '#222', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke',
      })),
    ],
  });
  return renderFrame({
    title: `Who moved toward and away from ${r.patron.name}`,
    subtitle: `${r.patron.name}'s share of each recipient's major arms imports, ${w1} against ${w2}; recipients with at least ${r.minTiv} TIV in both windows. Above the line: its share rose.`,
    legend: [
      { label: 'moved toward', color: colour.toward, shape: 'swatch' },
      { label: 'moved away', color: colour.away, shape: 'swatch' },
    ],
    plot: plot as unknown as Element,
    notes: [`Labelled: the largest moves (${labels.length} of the first ${Math.min(LABELLED, points.length)}; the others would overlap). Deals spread over their delivery years (${r.allocation} allocation).`],
    source: `Source: SIPRI Arms Transfers Database${r.datasetVersion ? `, data generated ${r.datasetVersion}` : ''}.`,
  });
}
