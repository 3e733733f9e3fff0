// Without the live map: the printed page, and readers without JavaScript.
// Chromium and Firefox ESR; every test also runs under the `guard` fixture (no console error, no
// uncaught exception, nothing fetched from off this machine).
import type { FrameLocator, Page } from '@playwright/test';
import { expect, LOCATED, test } from './fixtures.ts';
import { markersIn } from './helpers.ts';

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
  test.skip(
    ({ browserName }) => browserName === 'firefox',
    'Firefox ESR under Playwright, with JavaScript off, leaves <noscript> empty (0 children, no text): nothing to check',
  );

  test('the story page shows the fallback picture in <noscript>', async ({ page }) => {
    await page.goto('/');
    const image = page.locator('img.fallback-image');
    await expect(image).toBeVisible();
    expect(await image.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1200);
    expect(await image.getAttribute('alt')).toMatch(/^Map: .+ Marked: Camp Taji; Karbala International Airport; /);
  });

  test('the bare snippet shows the picture inside its frame (screenshot: reports/screenshots)', async ({ page, host }) => {
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto(`${host.origin}/bare.html`);
    const image = embedded(page).locator('img.fallback-image');
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(400);
    await page.locator('#embed').screenshot({ path: `reports/screenshots/noscript-snippet-375-${test.info().project.name}.png` });
  });
});
