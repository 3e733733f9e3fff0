// Online tiles are optional: a story may name a tile service (story.json `tiles`); the default build
// makes no tile request at all. When the service errors or hangs, the bundled basemap stays and a
// quiet notice says so. The tile host does not exist; every request to it is answered here.

import type { Page, Route } from '@playwright/test';
import { isLocated } from '../shared/story/types.ts';
import { TILE_HOST, TILE_TIMEOUT_MS } from './fixtures/stories.ts';
import { screenshotInChromium, watchCspViolations } from './helpers.ts';
import { expect, type Sites, test } from './sites.ts';

// A 1×1 PNG: any image will do for a tile.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAFBAH/q6nXWQAAAABJRU5ErkJggg==', 'base64');

test.use({
  // Browsers log a failed image load as a console error; that failure is what these tests make.
  allowedConsoleErrors: [/Failed to load resource|status of 500|tiles\.example\.test/],
});

const markers = (page: Page) => page.locator('.leaflet-marker-pane [role="button"]');
const locatedIn = (sites: Sites): number => sites.story('tiles').places.filter(isLocated).length;

/** Opens the tiles story and waits for its markers; returns a reader of its CSP violations. */
async function openTiled(page: Page, sites: Sites): Promise<() => Promise<string[]>> {
  const violations = await watchCspViolations(page);
  await page.goto(sites.url('tiles'));
  await expect(markers(page)).toHaveCount(locatedIn(sites));
  return violations;
}

const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'Online map tiles could not be loaded; this is the built-in map.' });

test('tiles that load are drawn over the basemap, credited as text, under the build’s CSP', async ({ page, sites }) => {
  const requested: string[] = [];
  await page.route(`${TILE_HOST}/**`, (route) => {
    requested.push(new URL(route.request().url()).pathname);
    return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
  });
  const violations = await openTiled(page, sites);
  await expect(page.locator('.leaflet-container')).toHaveAttribute('data-tiles', 'ok');
  await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.every((p) => /^\/\d+\/\d+\/\d+\.png$/.test(p))).toBe(true);
  // The attribution is the story's text, shown as typed: its "<b>" is characters, not bold.
  const attribution = page.locator('.leaflet-control-attribution');
  await expect(attribution).toContainText('Test tiles <b>as text</b>');
  await expect(attribution.locator('b')).toHaveCount(0);
  await expect(notice(page)).toHaveCount(0);
  await expect(page.locator('path.bm-land').first()).toBeAttached();
  expect(await violations()).toEqual([]);
});

for (const [how, answer, why] of [
  ['errors (HTTP 500)', (route: Route) => route.fulfill({ status: 500, body: 'tile server down' }), 'failed to load'],
  ['hangs', (_route: Route) => undefined, `sent no tile within ${TILE_TIMEOUT_MS} ms`],
] as const) {
  test(`when the tile service ${how}, the bundled basemap stays and a quiet notice says so`, async ({ page, sites }) => {
    const pending: Route[] = [];
    await page.route(`${TILE_HOST}/**`, (route) => {
      pending.push(route);
      return answer(route);
    });
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    const violations = await openTiled(page, sites);
    await expect(notice(page)).toBeVisible({ timeout: TILE_TIMEOUT_MS + 8000 });
    await expect(page.locator('.leaflet-container')).toHaveAttribute('data-tiles', 'failed');
    // The tiles are gone; the bundled basemap and every place are still there.
    await expect(page.locator('img.leaflet-tile')).toHaveCount(0);
    expect(await page.locator('path.bm-land').count()).toBeGreaterThan(0);
    await expect(markers(page)).toHaveCount(locatedIn(sites));
    expect(pending.length).toBeGreaterThan(0);
    expect(warnings).toContain(`story map: online tiles from tiles.example.test ${why}; showing the built-in basemap`);
    expect(await violations()).toEqual([]);
    if (how === 'errors (HTTP 500)') await screenshotInChromium(page, 'reports/screenshots/tiles-failed.png');
    // The notice is quiet: it does not cover the map's places or take focus.
    expect(await page.evaluate(() => document.activeElement?.closest('.tiles-notice'))).toBeNull();
    for (const route of pending) await route.abort().catch(() => undefined);
  });
}

test('the default story asks no tile service for anything', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await expect(page.locator('.leaflet-marker-pane [role="button"]').first()).toBeVisible();
  await expect(page.locator('.leaflet-container')).not.toHaveAttribute('data-tiles', /.*/);
  expect(requests.filter((u) => !u.startsWith('http://127.0.0.1'))).toEqual([]);
  expect(await page.locator('img.leaflet-tile').count()).toBe(0);
});
