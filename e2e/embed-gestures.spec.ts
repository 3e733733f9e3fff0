// The page's scroll stays the reader's: the wheel and one finger scroll the page until the map is
// chosen; two fingers move it.
// Chromium and Firefox ESR; every test also runs under the `guard` fixture (no console error, no
// uncaught exception, nothing fetched from off this machine).
import type { FrameLocator, Page } from '@playwright/test';
import { TOUCH_HINT, WHEEL_HINT } from '../src/map/gestureHints.ts';
import { expect, LOCATED, test } from './fixtures.ts';

import { expectFitted, markersIn } from './helpers.ts';

const located = LOCATED;

// Independent tests, each with its own host site: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

const embedded = (page: Page): FrameLocator => page.frameLocator('#embed iframe');

test.describe('embed-safe gestures', () => {
  test('the wheel scrolls the page until the map is clicked; then it zooms the map', async ({ page, host }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(`${host.origin}/embedjs.html`);
    const frame = embedded(page);
    await expect(markersIn(frame)).toHaveCount(located.length);
    await expectFitted(page);
    await page.evaluate(() => window.scrollTo(0, 120));
    const box = (await frame.locator('.leaflet-container').boundingBox())!;
    const scale = frame.locator('.leaflet-control-scale-line');
    const scaleBefore = await scale.textContent();
    const spot = { x: box.x + box.width * 0.12, y: box.y + box.height * 0.3 }; // open desert, no marker
    await page.mouse.move(spot.x, spot.y);
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    await expect(frame.locator('.map-hint.is-shown')).toHaveText(WHEEL_HINT);
    expect(await scale.textContent()).toBe(scaleBefore);

    const box2 = (await frame.locator('.leaflet-container').boundingBox())!;
    await page.mouse.click(box2.x + box2.width * 0.12, box2.y + box2.height * 0.3);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, -200);
    await expect.poll(() => scale.textContent()).not.toBe(scaleBefore);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test('touch: one finger scrolls the page and shows the hint; two fingers move the map', async ({ page, browserName }) => {
    test.skip(browserName !== 'chromium', 'touch input is sent through the Chrome DevTools Protocol');
    await page.setViewportSize({ width: 400, height: 700 });
    await page.goto('/embed.html?panel=places');
    await expect(markersIn(page)).toHaveCount(located.length);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
    // Where the map puts Ain al-Asad (alone at every zoom) on the screen, relative to the map: it
    // moves only if the map does.
    const where = () =>
      page.evaluate(() => {
        const marker = document.querySelector('.leaflet-marker-pane [aria-label="Ain al-Asad Air Base"]')!.getBoundingClientRect();
        const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
        return `${Math.round(marker.x - map.x)},${Math.round(marker.y - map.y)}`;
      });
    const box = (await page.locator('.leaflet-container').boundingBox())!;
    const x = box.x + box.width * 0.15;
    const y = box.y + box.height * 0.6;

    // Two fingers move the map.
    const mapBefore = await where();
    await touch('touchStart', [
      { x, y },
      { x: x + 60, y },
    ]);
    for (let i = 1; i <= 8; i++)
      await touch('touchMove', [
        { x: x + i * 10, y: y - i * 10 },
        { x: x + 60 + i * 10, y: y - i * 10 },
      ]);
    await touch('touchEnd', []);
    await expect.poll(where).not.toBe(mapBefore);

    // One finger scrolls the page; the map stays where it is and says how to move it.
    // The pinch's zoom (and any pan) animation has ended: Leaflet takes its classes off the pane.
    await expect(page.locator('.leaflet-map-pane.leaflet-zoom-anim, .leaflet-map-pane.leaflet-pan-anim')).toHaveCount(0);
    const mapThen = await where();
    await touch('touchStart', [{ x, y }]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [{ x, y: y - i * 15 }]);
    await touch('touchEnd', []);
    await expect(page.locator('.map-hint.is-shown')).toHaveText(TOUCH_HINT);
    expect(await where()).toBe(mapThen);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });
});
