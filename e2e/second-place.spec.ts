// A second place clicked while a popup is open, and a resize with a popup open (issue 23): each popup
// points at its place and is kept inside the map, its × where the reader can reach it; closing the
// last popup gives back the view the reader had before the first one opened, whatever opened and
// replaced popups in between.
// The story page and the embed, at 375, 650 and 1280 px, in Chromium and Firefox.
import type { Page } from '@playwright/test';
import { expect, LOCATED, type StoryUI, test } from './fixtures.ts';
import { screenshotInChromium, waitUntilStill } from './helpers.ts';

const nameOf = new Map(LOCATED.map((p) => [p.id, p.name]));

/** Where every place's true point is against the map's centre, rounded to the pixel: the view,
 * whatever the map's size. Leaflet puts each marker's element at its place's point (a transform,
 * inside the map pane's own); a place in a group is hidden, but its element stays where Leaflet put it. */
const view = (page: Page): Promise<number[][]> =>
  page.evaluate(() => {
    const at = (el: HTMLElement): [number, number] => {
      const m = /translate3d\((-?[\d.]+)px, (-?[\d.]+)px/.exec(el.style.transform);
      return m ? [Number(m[1]), Number(m[2])] : [0, 0];
    };
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    const [px, py] = at(document.querySelector<HTMLElement>('.leaflet-map-pane')!);
    return [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [role="button"]')].map((el) => {
      const [x, y] = at(el);
      return [Math.round(px + x - map.width / 2), Math.round(py + y - map.height / 2)];
    });
  });

/** The largest distance between two views, in px. */
const drift = (a: number[][], b: number[][]): number =>
  a.length !== b.length ? Number.POSITIVE_INFINITY : Math.max(0, ...a.map(([x, y], i) => Math.max(Math.abs(x! - b[i]![0]!), Math.abs(y! - b[i]![1]!))));

/** Waits until the map is at rest (`data-moving`, set by the camera) and it and any popup stay where
 * they are from one look to the next. At rest, not only still: after a window's resize Leaflet ends
 * the move 200 ms later (its debounced moveend), and only then is the open popup brought back in. */
async function settled(page: Page): Promise<void> {
  await waitUntilStill(
    'the map and its popup',
    async () => ({
      view: await view(page),
      ...(await page.evaluate(() => ({
        popup: document.querySelector('.leaflet-popup')?.getBoundingClientRect().toJSON() ?? null,
        moving: document.querySelector('.leaflet-container[data-moving]') !== null,
      }))),
    }),
    { interval: 150, atRest: ({ moving }) => !moving },
  );
}

/** Where the open popup's × is against the map, and how far its tip is, across, from its place's point. */
const popupPlace = (page: Page, id: string) =>
  page.evaluate((id) => {
    const popups = document.querySelectorAll('.leaflet-popup');
    const popup = popups[popups.length - 1];
    const close = popup?.querySelector('.pp-close');
    const tip = popup?.querySelector('.leaflet-popup-tip');
    const marker = document.querySelector<HTMLElement>(`.leaflet-marker-pane [data-place-id="${id}"]`);
    if (!close || !tip || !marker) return null;
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    const box = close.getBoundingClientRect();
    const t = tip.getBoundingClientRect();
    // The place's point: where Leaflet anchors its marker, the symbol's centre (it never moves).
    const sym = marker.querySelector('.sym')!.getBoundingClientRect();
    const point = sym.left + sym.width / 2;
    return {
      top: Math.round(box.top - map.top),
      inside: box.left >= map.left && box.right <= map.right && box.top >= map.top && box.bottom <= map.bottom,
      tipOff: Math.round(Math.abs(t.left + t.width / 2 - point)),
    };
  }, id);

/** The places whose symbols a reader can click now: inside the map, and not under a popup or a control. */
const clickable = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [role="button"]')].flatMap((marker) => {
      const r = marker.querySelector('.sym')!.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      const inside = x > map.left + 12 && x < map.right - 12 && y > map.top + 12 && y < map.bottom - 12 && y > 0 && y < innerHeight;
      return inside && marker.contains(document.elementFromPoint(x, y)) ? [marker.dataset.placeId!] : [];
    });
  });

/** A place to open first that has not been opened first yet, among those a reader can click now. */
async function firstPlace(page: Page, opened: Set<string>): Promise<string> {
  const now = await clickable(page);
  // Places too close to tell apart are one group at this zoom: once every place a reader can click
  // has been opened first, start again (the second places still vary).
  if (now.every((id) => opened.has(id))) opened.clear();
  const first = now.find((id) => !opened.has(id));
  expect(first, `a place to open first (clickable: ${now.join(', ')})`).toBeDefined();
  opened.add(first!);
  return first!;
}

/** Turns following the reading on or off where the story page offers it (map and article side by
 * side): once the last popup closes, the map shows the places of the paragraph being read, which is
 * another view than the one given back. */
async function followReading(page: Page, on: boolean): Promise<void> {
  const toggle = page.getByRole('checkbox', { name: 'Map follows the article' });
  if (await toggle.isVisible()) await toggle.setChecked(on);
}

/** The open popup of `id` points at its place, and its × is inside the map. */
async function expectInPlace(page: Page, id: string, what: string): Promise<void> {
  const popup = await popupPlace(page, id);
  expect(popup?.tipOff, `${what}: its tip on its place, across`).toBeLessThanOrEqual(2);
  expect(popup?.inside, `${what}: the popup's × inside the map (its top ${popup?.top} px from the map's top)`).toBe(true);
}

/** Opens `first`, then a second place while its popup is open (after `between`), a pair not in `used`;
 * checks each popup's ×, closes the second and returns how far the view is from the one before. Null
 * when no new pair can be made from `first`: its popup is closed. */
async function secondPlace(
  page: Page,
  ui: StoryUI,
  first: string,
  used: Set<string>,
  between: () => Promise<void>,
  screenshot: string | null,
): Promise<{ second: string; how: string; drift: number } | null> {
  const before = await view(page);
  await ui.clickMarker(nameOf.get(first)!);
  await ui.popup(first);
  await settled(page);
  await between();
  await expectInPlace(page, first, `${first}'s popup`);
  // A place clicked, where one can be that makes a new pair; else one reached with the keyboard
  // (Tab to its marker, Enter): on a narrow map the first popup covers most places, and the pairs
  // must still differ. Not a place in a group: opening the group would zoom, the reader's own move.
  const fresh = (id: string) => id !== first && !used.has(`${first} → ${id}`);
  let second: string | undefined = (await clickable(page)).find(fresh);
  let how = 'clicked';
  if (second === undefined) {
    for (const { id } of LOCATED) {
      if (fresh(id) && (await page.locator(`.leaflet-marker-pane [data-place-id="${id}"]`).isVisible())) {
        second = id;
        how = 'keyboard';
        break;
      }
    }
  }
  if (second === undefined) {
    await ui.clickPopupClose();
    await ui.waitForNoPopup();
    await settled(page);
    return null;
  }
  used.add(`${first} → ${second}`);
  if (how === 'clicked') await ui.clickMarker(nameOf.get(second)!);
  else {
    await ui.focusMarker(nameOf.get(second)!);
    await ui.press('Enter');
  }
  await ui.popup(second);
  await settled(page);
  if (screenshot) await screenshotInChromium(page, screenshot);
  await expectInPlace(page, second, `${second}'s popup, opened over ${first}'s`);
  await ui.clickPopupClose();
  await ui.waitForNoPopup();
  await settled(page);
  return { second, how, drift: drift(before, await view(page)) };
}

const pages = [
  { name: 'the story page', path: '/', slug: 'page', tall: false },
  { name: 'the embed', path: '/embed.html', slug: 'embed', tall: true },
];
const WIDTHS = [375, 650, 1280];
/** Where the window goes in the resize case: a phone turned to landscape, a window made wider and
 * shorter, a window narrowed to a phone's width (the block editor's Mobile preview). The embed's
 * frame is as tall as its content wherever it is embedded: there only the width changes. */
const RESIZED: Record<number, { width: number; height: number }> = {
  375: { width: 812, height: 375 },
  650: { width: 1280, height: 600 },
  1280: { width: 375, height: 800 },
};
const HEIGHT = 800;

for (const { name, path, slug, tall } of pages) {
  for (const width of WIDTHS) {
    const resized = tall ? { width: RESIZED[width]!.width, height: HEIGHT } : RESIZED[width]!;
    test.describe(`${name} at ${width} px`, () => {
      // Five pairs of popups, each waited on until the map is still: 20-40 s alone, past the 45 s
      // default under the whole suite's load.
      test.slow();
      test.beforeEach(async ({ page, ui }) => {
        await page.setViewportSize({ width, height: HEIGHT });
        await ui.goto(path);
        await ui.waitForMarkers(LOCATED.length);
        await page.locator('.map-frame').scrollIntoViewIfNeeded();
        await settled(page);
      });

      test('a second place opened over the first: its × inside the map; closing it gives the view back (five pairs)', async ({ page, ui }) => {
        const used = new Set<string>();
        const opened = new Set<string>();
        const pairs: string[] = [];
        while (pairs.length < 5) {
          const first = await firstPlace(page, opened);
          const shot = pairs.length === 0 ? `reports/screenshots/second-place-${slug}-${width}.png` : null;
          const pair = await secondPlace(page, ui, first, used, async () => {}, shot);
          if (pair === null) continue;
          const { second, how, drift: moved } = pair;
          pairs.push(`${first} → ${second} (${how}): ${moved} px`);
          expect(moved, `${first} then ${second}: the view back within 2 px`).toBeLessThanOrEqual(2);
        }
        console.log(`second place, ${slug} ${width}px: ${pairs.join('; ')}`);
      });

      test(`a resize to ${resized.width}×${resized.height} px with a popup open: the popup stays inside the map; a second place too; the view comes back`, async ({
        page,
        ui,
      }) => {
        const used = new Set<string>();
        const opened = new Set<string>();
        const pairs: string[] = [];
        while (pairs.length < 5) {
          await page.setViewportSize({ width, height: HEIGHT });
          await page.locator('.map-frame').scrollIntoViewIfNeeded();
          await settled(page);
          const first = await firstPlace(page, opened);
          const resize = async (): Promise<void> => {
            await page.setViewportSize(resized);
            await page.locator('.map-frame').scrollIntoViewIfNeeded();
            await followReading(page, false);
            await settled(page);
          };
          const pair = await secondPlace(page, ui, first, used, resize, null);
          if (pair === null) continue;
          const { second, how, drift: moved } = pair;
          pairs.push(`${first} → ${second} (${how}): ${moved} px`);
          expect(moved, `${first}, a resize, then ${second}: the view back within 2 px`).toBeLessThanOrEqual(2);
        }
        console.log(`resize ${width}×${HEIGHT}→${resized.width}×${resized.height}, ${slug}: ${pairs.join('; ')}`);
      });
    });
  }
}
