// Page-level guarantees that need Playwright's own tools (axe, network, media emulation), run in
// Chromium and Firefox ESR. Every test here also runs under the `guard` fixture: no console error,
// no uncaught exception, no request to another origin.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, LOCATED, test } from './fixtures.ts';

const located = LOCATED;
const markers = (page: Page) => page.locator('.leaflet-marker-pane [role="button"]');

async function ready(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(markers(page)).toHaveCount(located.length);
  // Laid out: which places stand in groups is known only then (LabelLayout.tsx).
  await expect(page.locator('.leaflet-container')).toHaveAttribute('data-labels', 'laid-out');
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('accessibility', () => {
  test('axe finds no violation on load', async ({ page }) => {
    await ready(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe finds no violation with a popup, the key and an unlocated place open', async ({ page }) => {
    await ready(page, '/#place=karbala-international-airport');
    await expect(page.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
    // Leaflet fades a popup in: colour contrast is measured once it is fully shown.
    await expect(page.locator('.leaflet-popup')).toHaveCSS('opacity', '1');
    await page.locator('.leaflet-popup details summary').click();
    await page.locator('.places-why summary').first().click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe finds no violation at 320 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await ready(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a popup opened from the keyboard: its ring frames the whole popup, its × is the first Tab stop and gives focus back', async ({ page }) => {
    await ready(page);
    const marker = page.locator('.leaflet-marker-pane [aria-label="Camp Taji"]');
    await marker.focus();
    await page.keyboard.press('Enter');
    // Focus on the popup's heading (a screen reader says "dialog", the name, and reads on).
    await expect(page.locator('.leaflet-popup').getByRole('heading', { level: 2, name: 'Camp Taji' })).toBeFocused();
    // The ring is on the popup's box (var(--focus), light), not on the heading inside its scrolling content.
    expect(await page.locator('.leaflet-popup-content-wrapper').evaluate((w) => getComputedStyle(w).boxShadow)).toContain('rgb(26, 95, 180)');
    await page.keyboard.press('Tab');
    await expect(page.locator('.leaflet-popup').getByRole('button', { name: 'Close popup' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.leaflet-popup')).toHaveCount(0);
    await expect(marker).toBeFocused();
  });

  test('Tab from the map reaches every place marker, or the group that names it', async ({ page }) => {
    await ready(page);
    await page.locator('.leaflet-container').focus();
    const reached: string[] = [];
    for (let i = 0; i < located.length + 2; i++) {
      await page.keyboard.press('Tab');
      const ids = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (el?.closest('.leaflet-marker-pane')) return [el.dataset.placeId!];
        return el?.classList.contains('place-group') ? el.dataset.placeIds!.split(' ') : [];
      });
      reached.push(...ids);
    }
    expect(reached.sort()).toEqual(located.map((p) => p.id).sort());
  });
});

test('usable at 320 px: no sideways scroll, and a popup fits inside the map', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await ready(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.locator('#places').getByRole('button', { name: 'Show Karbala International Airport on the map' }).click();
  const popup = page.locator('.leaflet-popup').last();
  await expect(popup.locator('[role="dialog"]')).toBeVisible();
  await expect
    .poll(async () => {
      const [p, m] = await Promise.all([popup.boundingBox(), page.locator('.leaflet-container').boundingBox()]);
      return p && m ? p.x >= m.x && p.x + p.width <= m.x + m.width + 1 && p.y >= m.y - 1 && p.y + p.height <= m.y + m.height + 1 : false;
    })
    .toBe(true);
});

test('a full tour loads nothing from another origin and every image loads', async ({ page, baseURL }) => {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  await ready(page);
  for (const place of located) {
    await page
      .locator('#places')
      .getByRole('button', { name: `Show ${place.name} on the map` })
      .click();
    await expect(page.locator('.leaflet-popup [role="dialog"]').last()).toHaveAttribute('data-place-id', place.id);
  }
  for (const summary of await page.locator('#places summary, .map-about summary').all()) await summary.click();
  await page.mouse.wheel(0, 4000);
  const origin = new URL(baseURL!).origin;
  // Not vacuous: the page did load its own files.
  expect(seen.filter((u) => u.startsWith(origin)).length).toBeGreaterThanOrEqual(3);
  expect(seen.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  // The print picture is lazy and hidden on screen: it loads only for printing (fallbacks.spec.ts).
  const broken = await page.evaluate(() =>
    [...document.images].filter((img) => !img.classList.contains('print-map') && (!img.complete || img.naturalWidth === 0)).map((img) => img.src),
  );
  expect(broken).toEqual([]);
});

test('every popup lists its sources as links', async ({ page }) => {
  for (const place of located) {
    await ready(page, `/?s=${place.id}#place=${place.id}`);
    await expect(page.locator('.leaflet-popup [role="dialog"]').last()).toHaveAttribute('data-place-id', place.id);
    const hrefs = await page.locator('.leaflet-popup .pp-sources a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs, place.id).toEqual(place.sources.filter((s) => s.url).map((s) => s.url));
  }
});

// How each of the map's moves answers reduced motion, in both engines, is the components tier's
// (src/map/camera/camera.browser.test.tsx, with the setting stubbed); here, that the browser's own
// setting reaches the map, once.
test.describe('media preferences (Chromium; Firefox ESR ignores emulated media over BiDi)', () => {
  test.skip(({ browserName }) => browserName !== 'chromium', 'page.emulateMedia is a no-op in Firefox ESR over WebDriver BiDi');

  /** Opens a place that is out of view and counts the distinct positions its marker is drawn at on the way, on
   * the page's clock: installed before the page loads (Leaflet takes requestAnimationFrame when it
   * loads), then stepped a frame (16 ms) at a time, so the flight draws the same frames on any machine. */
  async function framesToReach(page: Page, open: (page: Page) => Promise<void> = showNajaf, placeId = 'najaf'): Promise<number> {
    await page.clock.install();
    await ready(page);
    // Zoom in on the north, so that Najaf, in the south, is out of view.
    await markers(page).filter({ hasText: 'Erbil air base' }).focus();
    await page.locator('.leaflet-container').focus();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('+');
      // Leaflet starts a zoom's animation on the next frame, takes its class off the pane when it
      // ends, and ignores a zoom asked for during one: one step at a time.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
      await expect(page.locator('.leaflet-map-pane.leaflet-zoom-anim, .leaflet-map-pane.leaflet-pan-anim')).toHaveCount(0);
    }
    // Pause a little ahead of the page's now: the clock keeps running while this call travels.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 2000);
    // Where Najaf's marker is drawn: it moves on every frame of a flight.
    const position = () => page.locator('.leaflet-marker-pane [data-place-id="najaf"]').evaluate((m: HTMLElement) => m.style.transform);
    const seen = new Set([await position()]);
    await open(page);
    const popup = page.locator(`.leaflet-popup [role="dialog"][data-place-id="${placeId}"]`);
    // At most 3 s of frames: the flight takes 0.6 s, and the popup opens when it ends.
    for (let frame = 0; frame < 190 && (await popup.count()) === 0; frame++) {
      await page.clock.runFor(16);
      seen.add(await position());
    }
    await expect(popup).toBeVisible();
    return seen.size;
  }

  const showNajaf = (page: Page) => page.locator('#places').getByRole('button', { name: 'Show Najaf (reported strike area, doubtful) on the map' }).click();
  test('prefers-reduced-motion: a far place is shown without a fly animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await framesToReach(page)).toBeLessThanOrEqual(3);
  });

  test('without reduced motion, the same move is animated: a frame after frame flight', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    // 0.6 s at a frame per 16 ms: dozens of positions on the way, on any machine.
    expect(await framesToReach(page)).toBeGreaterThan(20);
  });

  test('dark mode: dark page and map, and axe finds no violation', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await ready(page, '/#place=camp-taji');
    await expect(page.locator('.leaflet-popup')).toHaveCSS('opacity', '1');
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      sea: getComputedStyle(document.querySelector('.leaflet-container')!).backgroundColor,
    }));
    expect(colours).toEqual({ body: 'rgb(20, 22, 25)', sea: 'rgb(23, 38, 47)' });
    expect(await axeViolations(page)).toEqual([]);
  });
});
