// Chart SVG → PNG with resvg, for slides and papers that take no SVG; plus the one helper that
// writes a brief's charts to disk.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Brief } from '../core/brief.js';
import { briefCharts } from './charts.js';

function render(svg: string, width?: number) {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: width ? { mode: 'width', value: width } : { mode: 'zoom', value: 2 },
    font: {
      loadSystemFonts: true,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  return resvg.render();
}

/**
 * Renders with the system fonts (resvg draws no text without them: on Debian, `fonts-dejavu-core`),
 * falling back to DejaVu Sans for the generic families. `width` in pixels, default 2× the SVG's.
 */
export function svgToPng(svg: string, width?: number): Buffer {
  return render(svg, width).asPng();
}

/** Raw RGBA pixels of the same rendering, for tests that check text was drawn. */
export function svgToPixels(svg: string, width?: number): { width: number; height: number; pixels: Buffer } {
  const image = render(svg, width);
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** Writes `<stem>.png` for each brief chart into `dir` (created if missing); returns the paths. */
export function writeBriefPngs(brief: Brief, dir: string, width?: number): string[] {
  mkdirSync(dir, { recursive: true });
  return briefCharts(brief).map(({ file, svg }) => {
    const path = join(dir, `${file}.png`);
    writeFileSync(path, svgToPng(svg, width));
    return path;
  });
}
