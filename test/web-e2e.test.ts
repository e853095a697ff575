// The dashboard in headless Chromium (Debian's chromium through playwright-core) against a real
// server on 127.0.0.1 (port 0) over a real import of the shared data: the Myanmar page and its
// charts, a finding's deals, search by keyboard, the dyad page, the article check, a pasted
// <script> that must not run, CSV and chart downloads, and no console error on any page.
// Screenshots go to test-results/ to be looked at.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, hasChromium, launchChromium } from './browser.js';
import { startServer, type Running } from '../src/server/serve.js';
import { dataFile } from './data.js';
import { importSharedData, repoRoot, tempDir } from './helpers.js';

const results = join(repoRoot, 'test-results');
if (!hasChromium) console.warn(`web-e2e.test.ts skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

const tmp = tempDir('cw-web-');
const dbPath = join(tmp.dir, 'store.sqlite');
let server: Running;
let browser: Browser;
/** Console errors, page errors and failed requests of the current test's pages. */
let problems: string[] = [];

beforeAll(async () => {
  if (!hasChromium) return;
  await importSharedData(dbPath);
  server = await startServer({ dbPath, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  mkdirSync(results, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  tmp.cleanup();
});
afterEach(() => {
  expect(problems).toEqual([]);
  problems = [];
});

async function open(path: string, viewport = { width: 1200, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${page.url()} console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()} pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`${page.url()} request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${page.url()} HTTP ${r.status()}: ${r.url()}`);
  });
  // Only our own server: anything else is a leak.
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) problems.push(`outside request: ${r.url()}`);
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(results, `web-${name}.png`), fullPage: true });

describe.skipIf(!hasChromium)('dashboard in headless Chromium', () => {
  it('the Myanmar page shows the four charts and the China and Russia figures', async () => {
    const page = await open('/country/Myanmar');
    expect(await page.title()).toBe('Balance brief: Myanmar (MMR) · Counterweight');
    const charts = await page.$$eval('figure.chart > svg', (svgs) =>
      svgs.map((svg) => ({ w: svg.getBoundingClientRect().width, h: svg.getBoundingClientRect().height, title: svg.querySelector('title')?.textContent ?? '' })),
    );
    expect(charts).toHaveLength(4);
    expect(charts.map((c) => c.title).join(' | ')).toMatch(/balances its patrons/);
    for (const c of charts) {
      expect(c.w).toBeGreaterThan(600);
      expect(c.h).toBeGreaterThan(250);
    }
    expect(charts[0].title).toMatch(/^Who arms Myanmar/);
    // The figures in the suppliers table are the API's.
    const brief = await (await page.request.get(`${server.url}/api/brief/Myanmar`)).json();
    const recent = brief.arms.windows[1];
    const row = async (name: string) => (await page.locator('#arms table tbody tr', { hasText: name }).first().innerText()).split('\t');
    for (const iso3 of ['CHN', 'RUS']) {
      const s = recent.suppliers.find((x: { iso3: string }) => x.iso3 === iso3);
      const cells = await row(s.name);
      expect(cells).toContain(`${(s.share * 100).toFixed(1)} %`);
      expect(cells).toContain(Math.round(s.tiv).toLocaleString('en-US'));
    }
    // Chart downloads.
    const links = await page.$$eval('figure.chart figcaption a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(8);
    for (const href of links) {
      const res = await page.request.get(`${server.url}${href}`);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-type'], href).toMatch(href.includes('.svg') ? /^image\/svg\+xml/ : /^image\/png/);
    }
    await shot(page, 'country-myanmar');
    await page.context().close();
  });

  it('a click on a finding shows the deals behind it', async () => {
    const page = await open('/country/Myanmar');
    const sentence = page.locator('a.sentence[data-deals]').first();
    const text = await sentence.innerText();
    expect(text.length).toBeGreaterThan(20);
    const panelId = (await sentence.getAttribute('aria-controls'))!;
    await sentence.click();
    const panel = page.locator(`#${panelId}`);
    await panel.locator('table tbody tr').first().waitFor();
    expect(await sentence.getAttribute('aria-expanded')).toBe('true');
    const rows = await panel.locator('table tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    const first = (await panel.locator('table tbody tr').first().innerText()).split('\t');
    expect(Number(first[0])).toBeGreaterThan(0); // a source line
    expect(await panel.locator('figcaption .caption').first().innerText()).toMatch(/deals behind the figure/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(results, 'web-country-deals.png') });
    // A second click folds it away.
    await sentence.click();
    expect(await panel.isHidden()).toBe(true);
    await page.context().close();
  });

  it('search by keyboard: type, arrow down, Enter', async () => {
    const page = await open('/');
    expect(await page.locator('#world-importers table tbody tr').count()).toBeGreaterThan(5);
    await shot(page, 'home');
    const input = page.locator('#country-search');
    await input.focus();
    await page.keyboard.type('burm');
    const option = page.locator('#country-options [role="option"]').first();
    await option.waitFor();
    expect(await option.innerText()).toContain('Myanmar');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: join(results, 'web-search.png') });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await Promise.all([page.waitForURL(/\/country\/Myanmar$/), page.keyboard.press('Enter')]);
    await page.locator('figure.chart svg').first().waitFor();
    await page.context().close();
  });

  it('the dyad page shows the yearly series and the deals', async () => {
    const page = await open('/dyad/Russia/Myanmar');
    expect(await page.locator('figure.chart > svg').count()).toBe(1);
    expect(await page.locator('#dyad-years-table tbody tr').count()).toBeGreaterThan(3);
    expect(await page.locator('#dyad-deals-table tbody tr').count()).toBeGreaterThan(3);
    await shot(page, 'dyad-russia-myanmar');
    await page.context().close();
  });

  it('every table downloads as CSV', async () => {
    const page = await open('/country/Myanmar');
    const button = page.locator('#pending button.csv');
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('myanmar-pending.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('Ordered,Supplier,Weapon,Delivered,TIV,Line');
    expect(csv.split('\r\n').length).toBeGreaterThan(3);
    await page.context().close();
  });

  it('the reference article: Anthony Davis’s quote attributed, claims with verdicts', async () => {
    const page = await open('/article');
    await page.locator('#article-text').fill(readFileSync(dataFile('articles/myanmar-junta-woos-moscow.txt'), 'utf8'));
    await page.locator('#article-date').fill('2021-06-28');
    await Promise.all([page.waitForURL(/\/article$/), page.locator('form.article-form button[type=submit]').click()]);
    await page.locator('#quotes table').waitFor();
    expect(await page.locator('h1').innerText()).toMatch(/Junta Woos Moscow/);
    const davis = page.locator('#quotes tbody tr', { hasText: 'Moscow’s support for the new regime' });
    expect((await davis.innerText()).split('\t')[1]).toBe('Anthony Davis');
    // In the text, the quote is marked and followed by its speaker.
    expect(await page.locator('article.annotated a.speaker', { hasText: 'Anthony Davis' }).count()).toBeGreaterThan(0);
    const verdicts = await page.$$eval('#claims tbody tr', (trs) => trs.map((tr) => tr.children[2]?.textContent ?? ''));
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.some((v) => v !== 'unverifiable')).toBe(true);
    expect(await page.locator('article.annotated a.verdict').count()).toBe(verdicts.length);
    await shot(page, 'article');
    await page.context().close();
  });

  it('a pasted <script> is shown as text and never runs', async () => {
    const page = await open('/article');
    // Few tags: read as plain text, so every character must come back as text.
    const payload = [
      'Attack page',
      '',
      '<script>window.__pwned = "script"; document.title = "pwned"</script> “<img src=x onerror="window.__pwned = 2">,” said <b>Eve</b>.',
      '</textarea><svg onload=window.__pwned=1>',
    ].join('\n');
    await page.locator('#article-text').fill(payload);
    await Promise.all([page.waitForURL(/\/article$/), page.locator('form.article-form button[type=submit]').click()]);
    await page.locator('article.annotated').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.title()).not.toBe('pwned');
    expect(await page.locator('article.annotated script, article.annotated img, article.annotated svg, article.annotated b').count()).toBe(0);
    const shown = await page.$eval('article.annotated', (el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('a.speaker, a.verdict').forEach((a) => a.remove());
      return copy.textContent ?? '';
    });
    expect(shown).toContain('<script>window.__pwned = "script"; document.title = "pwned"</script>');
    expect(shown).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(shown).toContain('</textarea><svg onload=window.__pwned=1>');
    await shot(page, 'article-script');
    // An uploaded saved page with scripts: the same.
    await page.goto(`${server.url}/article`);
    await page.locator('#article-file').setInputFiles({
      name: 'saved.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<html><head><title>Saved &lt;b&gt;page</title><script>window.__pwned = "upload"</script></head><body><article><h1>Saved &lt;b&gt;page</h1><p onclick="x()">“Russia sells jets,” said Anthony Davis. &lt;script&gt;window.__pwned = 3&lt;/script&gt;</p></article></body></html>'),
    });
    await Promise.all([page.waitForURL(/\/article$/), page.locator('form.article-form button[type=submit]').click()]);
    await page.locator('article.annotated').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('article.annotated script, script:not([src])').count()).toBe(0);
    expect(await page.locator('h1').innerText()).toContain('Saved <b>page');
    await page.context().close();
  });

  it('an unknown country is a page with suggestions (and the one expected 404)', async () => {
    const page = await open('/country/Burmah');
    expect(await page.locator('section.error .message').innerText()).toMatch(/unknown country or actor: "Burmah"/);
    expect(await page.locator('section.error a', { hasText: 'Myanmar' }).count()).toBe(1);
    await shot(page, 'not-found');
    problems = problems.filter((p) => !/HTTP 404: .*\/country\/Burmah$|status of 404/.test(p));
    await page.context().close();
  });

  it('the country page reads well on a phone', async () => {
    const page = await open('/country/Myanmar', { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(results, 'web-country-phone.png') });
    await page.context().close();
  });
});
