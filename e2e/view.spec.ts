// Closing a popup gives the reader's view back (src/map/camera/camera.ts): opening one pans the map to
// bring it inside, and that pan is ours, not the reader's. If the reader moves the map while the
// popup is open, the view is theirs and stays. The embed at 600×450, the story page at 375 and 1280
// px wide; the popup's × is inside the map at each.
import type { Locator, Page } from '@playwright/test';
import { expect, LOCATED, type StoryUI, test } from './fixtures.ts';

const located = LOCATED;
// The place whose popup pans the map the most in every layout here: it lies near the map's top.
const PLACE = 'Camp Taji';

const markers = (page: Page): Locator => page.locator('.leaflet-marker-pane [role="button"]');

/** Where every place's marker is in the map, rounded to the pixel (the page may scroll meanwhile). */
const positions = (page: Page): Promise<number[][]> =>
  page.evaluate(() => {
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    // The markers shown, and the groups of places too close to tell apart (a hidden marker has no place on screen).
    const drawn = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [role="button"], .place-group')].filter((el) => el.style.display !== 'none');
    return drawn.map((el) => [Math.round(el.getBoundingClientRect().left - map.left), Math.round(el.getBoundingClientRect().top - map.top)]);
  });

/** How many markers lie wholly inside the map. */
const inView = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    return [...document.querySelectorAll('.leaflet-marker-pane [role="button"]')].filter((m) => {
      const r = m.getBoundingClientRect();
      return r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
    }).length;
  });

const near = (a: number[][], b: number[][]): boolean =>
  a.length === b.length && a.every(([x, y], i) => Math.abs(x! - b[i]![0]!) <= 2 && Math.abs(y! - b[i]![1]!) <= 2);

/** Opens the place's popup from the keyboard and waits until it has stopped moving. */
async function openPopup(page: Page): Promise<void> {
  const marker = page.locator(`.leaflet-marker-pane [aria-label="${PLACE}"]`);
  await marker.focus();
  await marker.press('Enter');
  await expect(page.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify([await positions(page), await page.locator('.leaflet-popup').boundingBox()]);
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
}

/** Clicks the popup's ×, as a reader does (the driver checks the click reached it). */
async function clickClose(page: Page, ui: StoryUI): Promise<void> {
  await ui.clickPopupClose();
  await expect(page.locator('.leaflet-popup')).toHaveCount(0);
}

const layouts = [
  { name: 'the embed at 600×450', path: '/embed.html', width: 600, height: 450 },
  { name: 'the story page at 375 px', path: '/', width: 375, height: 800 },
  { name: 'the story page at 1280 px', path: '/', width: 1280, height: 800 },
];

for (const { name, path, width, height } of layouts) {
  test.describe(name, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(path);
      await expect(markers(page)).toHaveCount(located.length);
      await expect(page.locator('.leaflet-container')).toHaveAttribute('data-labels', 'laid-out');
      await page.locator('.map-frame').scrollIntoViewIfNeeded();
    });

    test('closing a popup with its × gives the view back; the × is inside the map', async ({ page, ui }) => {
      const before = await positions(page);
      const visible = await inView(page);
      await openPopup(page);
      expect(near(await positions(page), before), 'the popup moved the map').toBe(false);
      const map = (await page.locator('.leaflet-container').boundingBox())!;
      const close = (await page.locator('.leaflet-popup-close-button').boundingBox())!;
      expect(
        close.x >= map.x && close.y >= map.y && close.x + close.width <= map.x + map.width && close.y + close.height <= map.y + map.height,
        'the × inside the map',
      ).toBe(true);
      await clickClose(page, ui);
      await expect.poll(async () => near(await positions(page), before), { message: 'every marker back where it was' }).toBe(true);
      expect(await inView(page)).toBe(visible);
      console.log(`view ${name}: ${visible} markers in view before the popup and after it`);
    });

    test('closing with Escape gives it back too; a view the reader made while it was open stays', async ({ page, ui }) => {
      const before = await positions(page);
      await openPopup(page);
      await page.locator('.leaflet-popup .pp-title').press('Escape');
      await expect(page.locator('.leaflet-popup')).toHaveCount(0);
      await expect.poll(async () => near(await positions(page), before)).toBe(true);

      await openPopup(page);
      // The reader pans the map with the keyboard while the popup is open.
      await page.locator('.leaflet-container').focus();
      await page.keyboard.press('ArrowRight');
      let moved: number[][] = [];
      await expect
        .poll(async () => {
          const now = await positions(page);
          const still = near(now, moved);
          moved = now;
          return still;
        })
        .toBe(true);
      await clickClose(page, ui);
      // Give a restore every chance to happen: the next frames, then a check that none did.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(near(await positions(page), moved), 'the reader’s own view stays').toBe(true);
    });
  });
}

test.describe('a map made while hidden (an embed in a closed accordion) fits the story once shown', () => {
  test('the whole story in view', async ({ page, host }) => {
    await page.goto(`${host.origin}/tabs.html`);
    const frame = page.frameLocator('#embed iframe');
    await expect(frame.locator('.leaflet-marker-pane [role="button"]')).toHaveCount(located.length);
    await page.locator('#tab summary').click();
    await expect
      .poll(() =>
        frame.locator('html').evaluate(() => {
          const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
          const inside = (r: DOMRect) => r.width > 0 && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
          // A place too close to others to tell apart is drawn in its group: count it there.
          const shown = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [role="button"]')].filter((m) => m.style.display !== 'none');
          const grouped = [...document.querySelectorAll<HTMLElement>('.place-group')].flatMap((g) =>
            inside(g.getBoundingClientRect()) ? g.dataset.placeIds!.split(' ') : [],
          );
          return shown.filter((m) => inside(m.getBoundingClientRect())).length + grouped.length;
        }),
      )
      .toBe(located.length);
  });

  test('a chosen place open, its popup inside the map, the map drawn (no NaN)', async ({ page, host }) => {
    await page.goto(`${host.origin}/tabs.html?place=camp-taji`);
    const frame = page.frameLocator('#embed iframe');
    await expect(frame.locator('.leaflet-popup [role="dialog"]')).toContainText(PLACE);
    await page.locator('#tab summary').click();
    await expect(frame.locator('.leaflet-marker-pane [role="button"]')).toHaveCount(located.length);
    await expect
      .poll(() =>
        frame.locator('.leaflet-popup').evaluate((p) => {
          const box = p.getBoundingClientRect();
          const map = p.closest('.leaflet-container')!.getBoundingClientRect();
          return box.width > 0 && box.top >= map.top && box.bottom <= map.bottom && box.left >= map.left && box.right <= map.right;
        }),
      )
      .toBe(true);
  });
});
