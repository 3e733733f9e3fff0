// The embed's height on a news page: a stand-in news site (e2e/host/) on another origin embeds it the
// bare way, with embed.js and with NPR's pym.js, under a strict CSP of its own; and no layout shift
// while the map loads.
// Chromium and Firefox ESR; every test also runs under the `guard` fixture (no console error, no
// uncaught exception, nothing fetched from off this machine).
import type { FrameLocator, Page } from '@playwright/test';
import { fallbackHeight } from '../shared/embed/snippet.ts';
import { MAP_READY } from '../src/map/timing.ts';
import { expect, LOCATED, STORY, test } from './fixtures.ts';
import { expectFitted, markersIn, measureFit, screenshotInChromium } from './helpers.ts';
import { HOST_WAYS } from './host/hostServer.ts';

/** The frame's height in the bundled story's embed code, before the embed reports its own. */
const SNIPPET_HEIGHT = fallbackHeight(STORY);

const located = LOCATED;

// Independent tests, each with its own host site: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

const embedded = (page: Page): FrameLocator => page.frameLocator('#embed iframe');

test.describe('auto-height on a news page', () => {
  for (const way of HOST_WAYS) {
    for (const width of [320, 600, 1000]) {
      test(`${way} at ${width} px`, async ({ page, host }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${host.origin}/${way}.html`);
        // Firefox draws a classic scrollbar: widen the window by it, so the column is `width` wide.
        const scrollbar = await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth);
        if (scrollbar > 0) await page.setViewportSize({ width: width + scrollbar, height: 800 });
        const frame = embedded(page);
        await expect(markersIn(frame)).toHaveCount(located.length);
        await expect.poll(() => page.locator('#embed iframe').evaluate((f) => f.getBoundingClientRect().width)).toBe(width);

        if (way === 'bare') {
          // No script on the host: the snippet's own height, which must hold the closed embed.
          const f = await measureFit(page);
          expect(f.frame).toBe(SNIPPET_HEIGHT);
          expect(f.content).toBeLessThanOrEqual(SNIPPET_HEIGHT);
          expect(f.scrolls).toBe(false);
          console.log(`height ${way} ${width}px: frame ${f.frame}, content ${f.content}`);
          return;
        }

        const closed = await expectFitted(page);
        // A panel grows the frame, and closing it shrinks the frame back.
        const articleButton = frame.getByRole('button', { name: 'The article’s words' });
        await articleButton.click();
        await expect(frame.locator('#embed-article .para').first()).toBeVisible();
        const withArticle = await expectFitted(page);
        expect(withArticle).toBeGreaterThan(closed + 500);
        await articleButton.click();
        await expect(frame.locator('#embed-article')).toBeHidden();
        expect(Math.abs((await expectFitted(page)) - closed)).toBeLessThanOrEqual(3);

        // A popup never grows the frame: it scrolls inside the map, whose height stays (README).
        const marker = frame.locator('.leaflet-marker-pane [aria-label="Karbala International Airport"]');
        await marker.focus();
        await marker.press('Enter');
        await expect(frame.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
        const withPopup = (await measureFit(page)).frame;
        expect(Math.abs(withPopup - closed)).toBeLessThanOrEqual(3);
        const popupIsInside = () =>
          frame.locator('.leaflet-popup').evaluate((p) => {
            const box = p.getBoundingClientRect();
            const map = p.closest('.leaflet-container')!.getBoundingClientRect();
            return box.top >= map.top && box.bottom <= map.bottom && box.left >= map.left && box.right <= map.right;
          });
        await expect.poll(popupIsInside).toBe(true);
        await frame.locator('.leaflet-popup .pp-title').press('Escape');
        await expect(frame.locator('.leaflet-popup')).toHaveCount(0);
        expect(Math.abs((await expectFitted(page)) - closed)).toBeLessThanOrEqual(3);
        console.log(`height ${way} ${width}px: closed ${closed}, article open ${withArticle}, airport popup ${withPopup}`);
      });
    }
  }

  // The README's code is the page's (shared/embed/snippet.test.ts); its height must hold the closed
  // embed at the narrowest and the widest frame the README promises, with its place chosen.
  for (const width of [300, 1200]) {
    test(`the code's own height, with no script, holds the closed embed at ${width} px`, async ({ page, host }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${host.origin}/bare.html?place=camp-taji`);
      const scrollbar = await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth);
      if (scrollbar > 0) await page.setViewportSize({ width: width + scrollbar, height: 900 });
      await page.locator('#embed').scrollIntoViewIfNeeded();
      const frame = embedded(page);
      await expect(frame.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
      await expect.poll(() => page.locator('#embed iframe').evaluate((f) => f.getBoundingClientRect().width)).toBe(width);
      const f = await measureFit(page);
      expect(f.frame).toBe(SNIPPET_HEIGHT);
      expect(f.content).toBeLessThanOrEqual(SNIPPET_HEIGHT);
      expect(f.scrolls).toBe(false);
      console.log(`snippet height at ${width}px: content ${f.content} of ${SNIPPET_HEIGHT}`);
    });
  }

  test('the news page at 375 px with embed.js (screenshot: reports/screenshots)', async ({ page, host }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${host.origin}/embedjs.html`);
    await expect(markersIn(embedded(page))).toHaveCount(located.length);
    const height = await expectFitted(page);
    expect(height).toBeLessThan(SNIPPET_HEIGHT);
    // The map in its place on the page: the end of the text above it, then the embed.
    await page.evaluate(() => window.scrollTo(0, document.querySelector('#embed')!.getBoundingClientRect().top + window.scrollY - 120));
    await screenshotInChromium(page, 'reports/screenshots/news-page-375-embedjs.png');
  });

  test('embed.js loads an iframe given data-src only when it comes near the viewport, and sizes it too', async ({ page, host, baseURL }) => {
    await page.setViewportSize({ width: 600, height: 800 });
    await page.goto(`${host.origin}/embedjs.html`);
    await expect(markersIn(embedded(page))).toHaveCount(located.length);
    const later = page.locator('#later iframe');
    expect(await later.getAttribute('src')).toBeNull();
    await later.scrollIntoViewIfNeeded();
    await expect(later).toHaveAttribute('src', /\/embed\.html\?panel=none$/);
    const frame = page.frameLocator('#later iframe');
    await expect(markersIn(frame)).toHaveCount(located.length);
    await expect.poll(async () => Math.round(await later.evaluate((f) => f.getBoundingClientRect().height))).toBeLessThan(SNIPPET_HEIGHT);
    await expect(frame.getByRole('button', { name: 'The article’s words' })).toHaveCount(0);
    // This iframe does not allow full screen: the control is a link to the story page instead.
    await expect(frame.getByRole('button', { name: 'Open full screen' })).toHaveCount(0);
    const link = frame.getByRole('link', { name: 'Open full screen' });
    await expect(link).toHaveAttribute('href', `${baseURL}/`);
    await expect(link).toHaveAttribute('target', '_blank');
  });
});

test.describe('no layout shift while the map loads (CLS 0)', () => {
  // Lighthouse's phone and a wide desktop: the wide embed also fetches the neighbouring lands.
  for (const [path, width, height] of [
    ['/embed.html', 412, 823],
    ['/embed.html', 1350, 940],
    ['/', 412, 823],
  ] as const) {
    test(`${path} at ${width} px`, async ({ page, browserName }) => {
      test.skip(browserName !== 'chromium', 'the Layout Instability API is Chromium’s');
      await page.setViewportSize({ width, height });
      await page.addInitScript(() => {
        const shifts: string[] = [];
        Object.assign(window, { shifts });
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[])
            shifts.push(`${e.value.toFixed(4)} ${e.sources.map((s) => (s.node as Element | undefined)?.className ?? '?').join(', ')}`);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MAP_READY);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    });
  }
});
