import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { myanmarBrief } from '../../test/fixtures/brief-myanmar.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../core/brief.js';
import { svgToPixels, svgToPng, writeBriefPngs } from './charts-png.js';
import { patronShareChart } from './charts.js';

const myanmar = (): Brief => structuredClone(myanmarBrief);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('svgToPng', () => {
  it('renders a chart to a non-trivial PNG at twice its size by default', () => {
    const png = svgToPng(patronShareChart(myanmar()));
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.length).toBeGreaterThan(30_000);
    expect(png.readUInt32BE(16)).toBe(1440); // IHDR width
  });

  it('honours a requested width', () => {
    expect(svgToPng(patronShareChart(myanmar()), 900).readUInt32BE(16)).toBe(900);
  });

  it('draws the text (fails when no font is installed: apt-get install fonts-dejavu-core)', () => {
    // The title band holds only the title: without a font resvg leaves it white.
    const { width, pixels } = svgToPixels(patronShareChart(myanmar()), 720);
    let dark = 0;
    for (let y = 18; y < 38; y++) {
      for (let x = 16; x < 400; x++) {
        const i = (y * width + x) * 4;
        if (pixels[i] < 96 && pixels[i + 1] < 96 && pixels[i + 2] < 96) dark++;
      }
    }
    expect(dark, 'no title text drawn: is a font (fonts-dejavu-core) installed?').toBeGreaterThan(500);
  });
});

describe('writeBriefPngs', () => {
  it('writes the four charts as PNG files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterweight-png-'));
    try {
      const files = writeBriefPngs(myanmar(), join(dir, 'charts'));
      expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
        'charts/patron-share.png',
        'charts/category.png',
        'charts/alignment.png',
        'charts/balance.png',
      ]);
      for (const f of files) {
        expect(existsSync(f)).toBe(true);
        expect(statSync(f).size).toBeGreaterThan(30_000);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
