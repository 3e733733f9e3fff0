// Without the live map: the printed page, and readers without JavaScript.
// Chromium and Firefox ESR; every test also runs under the `guard` fixture (no console error, no
// uncaught exception, nothing fetched from off this machine).
import type { FrameLocator, Page } from '@playwright/test';
import { fallbackHeight } from '../shared/embed/snippet.ts';
import { expect, LOCATED, STORY, test } from './fixtures.ts';
import { markersIn, measureFit } from './helpers.ts';

const located = LOCATED;

// Independent tests, each with its own host site: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

const embedded = (page: Page): FrameLocator => page.frameLocator('#embed iframe');

test('printed, the story page shows the picture of the map instead of the live map', async ({ page, browserName }) => {
  test.skip(browserName === 'firefox', 'Firefox ESR ignores emulated media over BiDi');
  await page.goto('/');
  await expect(markersIn(page)).toHaveCount(located.length);
  const picture = page.locator('img.print-map');
  await expect(picture).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1200);
  await expect(page.locator('.map-frame')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test.skip(({ browserName }) => browserName === 'firefox', 'Firefox ESR under Playwright runs the page’s script with JavaScript off');

  // The page as the build rendered it is the whole embed (e2e/prerender.spec.ts reads it): no second
  // picture of the map under it, and it fits the snippet's own height.
  test('the bare snippet shows the embed with its drawn map, inside its frame (screenshot: reports/screenshots)', async ({ page, host }) => {
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto(`${host.origin}/bare.html`);
    await expect(embedded(page).locator('.drawn-map')).toBeVisible();
    // Its places, each alone or in the group the live map would draw at this size.
    await expect(embedded(page).locator('.drawn-place:visible, .drawn-group:visible').first()).toBeVisible();
    const f = await measureFit(page);
    expect(f.content).toBeLessThanOrEqual(fallbackHeight(STORY));
    expect(f.scrolls).toBe(false);
    await page.locator('#embed').screenshot({ path: `reports/screenshots/noscript-snippet-375-${test.info().project.name}.png` });
  });
});
