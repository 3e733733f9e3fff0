// axe on the embed, alone and on a news page.
// Chromium and Firefox ESR; every test also runs under the `guard` fixture (no console error, no
// uncaught exception, nothing fetched from off this machine).
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { expect, LOCATED, test } from './fixtures.ts';

import { markersIn } from './helpers.ts';

const located = LOCATED;

// Independent tests, each with its own host site: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

const embedded = (page: Page): FrameLocator => page.frameLocator('#embed iframe');

test.describe('accessibility of the embed', () => {
  const violations = async (builder: AxeBuilder) =>
    (await builder.analyze()).violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  for (const theme of ['light', 'dark']) {
    test(`axe finds no violation in the embed (${theme}), with the places panel and a popup open`, async ({ page }) => {
      await page.setViewportSize({ width: 600, height: 800 });
      await page.goto(`/embed.html?theme=${theme}&panel=places&place=karbala-international-airport`);
      await expect(page.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
      // Leaflet fades a popup in: colour contrast is measured once it is fully shown.
      await expect(page.locator('.leaflet-popup')).toHaveCSS('opacity', '1');
      expect(await violations(new AxeBuilder({ page }))).toEqual([]);
    });
  }

  test('a Tab path past the map: "Skip the map", the first stop, leads on to the panels', async ({ page }) => {
    const articleButton = page.getByRole('button', { name: 'The article’s words' });
    await page.goto('/embed.html');
    await expect(markersIn(page)).toHaveCount(located.length);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip the map' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(articleButton).toBeFocused();
    // The long way, from the top again: every place, the zoom, the credits' links, full screen, the timeline.
    await page.reload();
    await expect(markersIn(page)).toHaveCount(located.length);
    let stops = 0;
    do {
      await page.keyboard.press('Tab');
      stops++;
    } while (!(await articleButton.evaluate((b) => b === document.activeElement)) && stops < 80);
    await expect(articleButton).toBeFocused();
    expect(stops, 'the skip link is the shorter way').toBeGreaterThan(3);
    console.log(`embed: ${stops} Tab presses to the panels' first button; 3 keys with the skip link`);
  });

  test('axe finds no violation on the news page with the embed in it', async ({ page, host }) => {
    await page.goto(`${host.origin}/embedjs.html`);
    await expect(markersIn(embedded(page))).toHaveCount(located.length);
    expect(await violations(new AxeBuilder({ page }))).toEqual([]);
  });
});
