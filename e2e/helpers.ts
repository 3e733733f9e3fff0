// Small helpers the specs share.
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { StoryUI } from './drivers/storyUI.ts';

/** The places' markers on the map (buttons named after their places). */
export const markersIn = (scope: Page | FrameLocator): Locator => scope.locator('.leaflet-marker-pane [role="button"]');

export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** A screenshot for reports/screenshots, in Chromium only: Playwright's Firefox screenshots inject a
 * style element, which our strict CSP (and the test host's) refuses and reports. */
export async function screenshotInChromium(page: Page, path: string): Promise<void> {
  if (page.context().browser()?.browserType().name() !== 'chromium') return;
  await page.screenshot({ path });
}

/** Waits for the URL's hash to follow the selection: it is written after the popup paints. */
export async function expectHash(ui: StoryUI, hash: string): Promise<void> {
  await expect.poll(() => ui.eval(() => location.hash), { message: 'the hash follows the selection (after the popup paints)' }).toBe(hash);
}

/** The iframe's height on the host page against its content's, and whether the frame scrolls. */
export async function measureFit(page: Page): Promise<{ frame: number; content: number; scrolls: boolean }> {
  const iframe = page.locator('#embed iframe');
  const frame = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const inner = (await (await iframe.elementHandle())!.contentFrame())!;
  const { content, scrolls } = await inner.evaluate(() => ({
    content: document.body.getBoundingClientRect().height,
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
  }));
  return { frame: Math.round(frame), content: Math.round(content), scrolls };
}

/** Waits until the iframe is as tall as its content (within 3 px) with no inner scrollbar. */
export async function expectFitted(page: Page): Promise<number> {
  await expect
    .poll(async () => {
      const f = await measureFit(page);
      return Math.abs(f.frame - f.content) <= 3 && !f.scrolls ? 'fitted' : `frame ${f.frame} px, content ${f.content} px${f.scrolls ? ', scrolls' : ''}`;
    })
    .toBe('fitted');
  return (await measureFit(page)).frame;
}

export interface StillOptions<T> {
  /** How many looks in a row must agree: two (one repeat) unless a move can pause for a frame. */
  readonly looks?: number;
  /** Milliseconds between looks. */
  readonly interval?: number;
  /** Whether what was seen is at rest, beside being the same as before (the map's `data-moving`). */
  readonly atRest?: (seen: T) => boolean;
}

/**
 * Waits until `look` sees the same thing `looks` times in a row: what a reader aims at has stopped
 * moving (a smooth scroll, a pan, a popup bringing itself into view). A click or a measure made
 * while it moves lands on where it was a frame before. `what` names it in the failure.
 */
export async function waitUntilStill<T>(
  what: string,
  look: () => Promise<T>,
  { looks = 2, interval = 100, atRest = () => true }: StillOptions<T> = {},
): Promise<void> {
  let last: string | undefined;
  let same = 0;
  await expect
    .poll(
      async () => {
        const seen = await look();
        const now = JSON.stringify(seen);
        same = now === last && atRest(seen) ? same + 1 : 0;
        last = now;
        return same >= looks - 1;
      },
      { message: `${what} stops moving`, intervals: [interval] },
    )
    .toBe(true);
}
