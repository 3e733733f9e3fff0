// The story page driven through Playwright (Chromium, Firefox ESR).
import { expect, type Locator, type Page } from '@playwright/test';
import { waitUntilStill } from '../helpers.ts';
import { type Focused, GROUP_OF, type PopupInfo, READ_FOCUS, READ_GROUPS, READ_POPUP, type StoryUI } from './storyUI.ts';

export function playwrightUI(page: Page): StoryUI {
  const marker = (name: string) => page.locator('.leaflet-marker-pane').getByRole('button', { name, exact: true });
  const popupLocator = page.locator('.leaflet-popup [role="dialog"]').last();
  return {
    engine: 'playwright',
    goto: async (path) => {
      await page.goto(path);
    },
    waitForMarkers: async (count) => {
      await expect(page.locator('.leaflet-marker-pane [role="button"]')).toHaveCount(count);
      // And laid out: which places stand in groups is known only then (LabelLayout.tsx).
      if (count > 0) await expect(page.locator('.leaflet-container')).toHaveAttribute('data-labels', 'laid-out');
    },
    markers: async () => {
      const names = await page
        .locator('.leaflet-marker-pane [role="button"]')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).style.display !== 'none').map((e) => e.getAttribute('aria-label') ?? ''));
      // Cross-check through the accessibility tree: each name must resolve to exactly one button.
      for (const name of names) await expect(marker(name)).toHaveCount(1);
      return names.map((name) => ({ name, role: 'button' }));
    },
    groups: () => page.evaluate(READ_GROUPS),
    // The symbol, as a reader aims: it stands on the place's point, once the map is still.
    clickMarker: async (name) => {
      await openGroupsOf(page, name, (group) => clickWhenStill(page, group, group, `the group of ${name}`));
      await clickWhenStill(page, marker(name), marker(name).locator('.sym'), `the marker of ${name}`);
    },
    focusMarker: async (name) => {
      await openGroupsOf(page, name, async (group) => {
        await group.focus();
        await page.keyboard.press('Enter');
      });
      await marker(name).focus();
    },
    press: (key) => page.keyboard.press(key === ' ' ? 'Space' : key),
    popup: async (placeId) => {
      await expect(popupLocator).toBeVisible();
      let info: PopupInfo | null = null;
      await expect
        .poll(
          async () => {
            info = await page.evaluate(READ_POPUP);
            return info !== null && (placeId === undefined || info.placeId === placeId);
          },
          {
            message: `popup of ${placeId ?? 'any place'}`,
          },
        )
        .toBe(true);
      // An opening popup may still bring itself into view (an animated pan): a click on it while it
      // moves can press on one spot and release on another, and so click nothing. Wait until it stays.
      await waitUntilStill('the popup', () => popupLocator.evaluate((e) => e.getBoundingClientRect().toJSON()));
      return info!;
    },
    waitForNoPopup: async () => {
      await expect(page.locator('.leaflet-popup')).toHaveCount(0);
    },
    waitForFocus: async (testFocus, what) => {
      let focused: Focused | null = null;
      await expect
        .poll(
          async () => {
            focused = await page.evaluate(READ_FOCUS);
            return testFocus(focused);
          },
          { message: `focus: ${what}` },
        )
        .toBe(true);
      return focused!;
    },
    clickPopupClose: () => {
      const close = page.locator('.leaflet-popup').last().getByRole('button', { name: 'Close popup' });
      return clickWhenStill(page, close, close, 'the popup’s ×');
    },
    clickPopupLink: (text) => {
      const link = popupLocator.getByRole('link', { name: new RegExp(`^${escapeRegExp(text)}`) }).first();
      return clickWhenStill(page, link, link, `the link ${text}`);
    },
    clickPassage: (placeId) => page.locator(`.article .passage--opens[data-places="${placeId}"]`).first().click(),
    clickPassageChip: (placeId) => page.locator(`.article .passage-chips button[data-chip-for="${placeId}"]`).first().click(),
    click: (selector) => {
      const target = page.locator(selector).first();
      return clickWhenStill(page, target, target, selector);
    },
    waitUntil: async (fn, arg, what) => {
      await expect.poll(() => page.evaluate(fn as (a: unknown) => boolean, arg as unknown), { message: what }).toBe(true);
    },
    eval: (fn) => page.evaluate(fn),
    evalArg: <A, T>(fn: (arg: A) => T, arg: A) => page.evaluate(fn as (arg: unknown) => T, arg as unknown),
    screenshot: async (file) => {
      await page.screenshot({ path: file, animations: 'disabled' });
    },
  };
}

/** Opens (with `open`) the group a place is in, and any group it is then still in, until its own
 * marker shows: the layout shows it once the map has stopped moving. */
async function openGroupsOf(page: Page, name: string, open: (group: Locator) => Promise<void>): Promise<void> {
  for (let depth = 0; ; depth++) {
    const ids = await page.evaluate(GROUP_OF, name);
    if (ids === null) return;
    if (depth === 3) throw new Error(`${name} is still in a group after three zooms`);
    await open(page.locator(`.place-group[data-place-ids="${ids}"]`));
    await expect.poll(() => page.evaluate(GROUP_OF, name), { message: `the group of ${name} opens` }).not.toBe(ids);
  }
}

/**
 * Clicks `clickOn` once the map has stopped moving (`data-moving`, set by the camera) and the page
 * has stopped scrolling, as a reader clicks what they see, and fails, saying so, if the click did
 * not reach `target` (or take it away, as the × does): a click released where something stood a
 * frame before is the runner's to retry and report, not the driver's to hide. It holds on to the
 * element it found: a click that works may put a new element where the locator points (the popup
 * of another place), which must not count as a miss.
 */
async function clickWhenStill(page: Page, target: Locator, clickOn: Locator, what: string): Promise<void> {
  // Still: three looks in a row, 50 ms apart, with the map at rest and the page at the same scroll
  // (a scroll may start the map following the reading, so both at once).
  await waitUntilStill(
    `before a click on ${what}, the map and the page`,
    () => page.evaluate(() => ({ moving: document.querySelector('.leaflet-container[data-moving]') !== null, scroll: window.scrollY })),
    { looks: 3, interval: 50, atRest: (seen) => !seen.moving },
  );
  const element = await target.elementHandle();
  const on = clickOn === target ? element : await clickOn.elementHandle();
  await element.evaluate((e: HTMLElement) => {
    delete e.dataset.e2eClicked;
    e.addEventListener('click', () => (e.dataset.e2eClicked = ''), { once: true, capture: true });
  });
  await on.click();
  const reached = await element.evaluate((e: HTMLElement) => e.dataset.e2eClicked !== undefined || !e.isConnected);
  await Promise.all([element.dispose(), on === element ? null : on.dispose()]);
  if (!reached) throw new Error(`the click on ${what} landed elsewhere (it moved under the pointer)`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
