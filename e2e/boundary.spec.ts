// Never blank: when the map cannot be drawn, its frame shows the story's description and every place
// as text, the rest of the page works, and the console gets exactly one clear error. The failure is
// real Leaflet behaviour, provoked from outside: the map's element is made to look as if a map were
// already on it, so Leaflet throws "Map container is already initialized." as it creates the map.
import { expect, STORY, test } from './fixtures.ts';
import { screenshotInChromium } from './helpers.ts';

const story = STORY;
const ONE_CLEAR_ERROR = /^story map: the map could not be drawn, so its places are listed as text instead\. Cause: Map container is already initialized\./;

test.use({ allowedConsoleErrors: [ONE_CLEAR_ERROR] });

for (const path of ['/', '/embed.html']) {
  test(`${path}: a map that fails to render leaves the description, the places and the page`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.addInitScript(() => {
      Object.defineProperty(HTMLElement.prototype, '_leaflet_id', {
        configurable: true,
        get(this: HTMLElement) {
          return this.classList.contains('map') ? 1 : undefined;
        },
        set() {},
      });
    });
    await page.goto(path);
    const fallback = page.getByRole('region', { name: 'The map could not be drawn' });
    await expect(fallback).toBeVisible();
    await expect(fallback).toContainText(story.meta.description);
    await expect(fallback.getByRole('listitem')).toHaveCount(story.places.length);
    for (const place of story.places) await expect(fallback.getByRole('listitem').filter({ hasText: place.name }).first()).toBeVisible();
    await expect(page.locator('.leaflet-container')).toHaveCount(0);
    expect(await fallback.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(100);

    // The rest of the page is there and works.
    await expect(page.getByRole('heading', { level: 1, name: story.meta.title })).toBeVisible();
    if (path === '/') {
      await expect(page.locator('#places li.places-item')).toHaveCount(story.places.length);
      await expect(page.locator('.article p').first()).toBeVisible();
    } else {
      await page.getByRole('button', { name: /^All places/ }).click();
      await expect(page.locator('#embed-places')).toContainText(story.places[0]!.name);
    }
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(ONE_CLEAR_ERROR);
    await screenshotInChromium(page, `reports/screenshots/map-failed${path === '/' ? '' : '-embed'}.png`);
  });
}
