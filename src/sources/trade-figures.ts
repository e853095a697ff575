// A trade series as the store keeps it: the first year, then one comma-separated figure per year
// (`49.9,53.4,,27.81e`: empty = not reported, a trailing `e` = an IMF estimate). Pure.

import type { TradeFigure as Figure } from '../core/types.js';

export type { Figure };

/** `[year, value, estimate 0|1]` triples (any order) → the stored form. */
export function encodeFigures(triples: [number, number, number][]): { firstYear: number; figures: string } {
  if (!triples.length) return { firstYear: 0, figures: '' };
  const sorted = [...triples].sort((a, b) => a[0] - b[0]);
  const firstYear = sorted[0][0];
  const cells: string[] = new Array(sorted[sorted.length - 1][0] - firstYear + 1).fill('');
  for (const [year, value, estimate] of sorted) cells[year - firstYear] = `${value}${estimate ? 'e' : ''}`;
  return { firstYear, figures: cells.join(',') };
}

/**
 * One year's figure of the stored form, without decoding the others: a brief asks for a few years
 * of ~800 series of 60 years each. A cursor walks the commas (years are asked in order, mostly),
 * so no array of 60 strings is built per series.
 */
export function figureLookup(firstYear: number, figures: string): (year: number) => Figure | undefined {
  // The cell `index` starts at `pos`.
  let index = 0;
  let pos = 0;
  return (year) => {
    const want = year - firstYear;
    if (!figures || want < 0) return undefined;
    if (want < index) index = pos = 0;
    while (index < want) {
      const comma = figures.indexOf(',', pos);
      if (comma < 0) return undefined;
      pos = comma + 1;
      index++;
    }
    const end = figures.indexOf(',', pos);
    if (end === pos || pos === figures.length) return undefined;
    const c = end < 0 ? figures.slice(pos) : figures.slice(pos, end);
    const estimate = c.endsWith('e');
    return { year, value: Number(estimate ? c.slice(0, -1) : c), estimate };
  };
}
