import { describe, expect, it } from 'vitest';
import { placeLabels, SPOTS } from './shifts-chart.js';

const opts = { charWidth: 1, lineHeight: 3, pxPerUnitX: 6, pxPerUnitY: 4, max: 100 };

describe('placeLabels', () => {
  it('puts a label above its dot when there is room', () => {
    expect(placeLabels([{ name: 'India', x: 50, y: 50 }], opts)).toEqual([{ name: 'India', x: 50, y: 50, spot: SPOTS[0] }]);
  });

  it('moves a label that would overlap an earlier one, and leaves it out when no spot fits', () => {
    const pts = [{ name: 'Venezuela', x: 70, y: 0 }, { name: 'Azerbaijan', x: 69, y: 0 }, { name: 'Peru', x: 40, y: 0 }];
    const placed = placeLabels(pts, opts);
    expect(placed[0].spot).toBe(SPOTS[0]);
    // Beside it there is no room either (the first label's box), below is outside the plot.
    expect(placed.map((p) => p.name)).toEqual(['Venezuela', 'Peru']);
  });

  it('never lets a label run out of the plot', () => {
    const placed = placeLabels([{ name: 'A long country name', x: 99, y: 90 }], opts);
    expect(placed[0]?.spot.anchor ?? 'none').toBe('end');
  });
});
