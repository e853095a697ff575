// The brief page in a real browser (Debian's chromium through playwright-core): it must load with
// no console error and no request beyond its own file, and draw the four charts. Leaves a
// screenshot in test-results/ to look at.
import { myanmarBrief } from '../../test/fixtures/brief-myanmar.js';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM, hasChromium, launchChromium } from '../../test/browser.js';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../core/brief.js';
import { renderBriefHtml } from './brief-html.js';

const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

if (!hasChromium) {
  console.warn(`brief-html.browser.test.ts skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
}

describe.skipIf(!hasChromium)(`brief page in headless Chromium (${CHROMIUM})`, () => {
  it('loads without console errors or outside requests and draws the four charts', async () => {
    const brief = structuredClone(myanmarBrief);
    const dir = mkdtempSync(join(tmpdir(), 'counterweight-html-'));
    const file = join(dir, 'brief-myanmar.html');
    writeFileSync(file, renderBriefHtml(brief));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

      const boxes = await page.$$eval('figure.chart > svg', (svgs) =>
        svgs.map((svg) => {
          const r = svg.getBoundingClientRect();
          return { width: Math.round(r.width), height: Math.round(r.height) };
        }),
      );
      expect(boxes).toHaveLength(4);
      for (const box of boxes) {
        expect(box.width).toBe(720);
        expect(box.height).toBeGreaterThan(300);
      }
      // Plot's marks were laid out, not only the frame text.
      const areaPaths = await page.$$eval('figure.chart path', (paths) =>
        paths.filter((p) => (p as SVGGraphicsElement).getBBox().width > 100).length,
      );
      expect(areaPaths).toBeGreaterThan(5);
      expect(await page.title()).toBe('Balance brief: Myanmar (MMR)');

      mkdirSync(resultsDir, { recursive: true });
      await page.screenshot({ path: join(resultsDir, 'brief-myanmar.png'), fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
