// The timeline where Playwright's own tools are needed: axe with a step open (wide and light, 320 px
// and dark), and the embed's `event=` option and host API. Chromium and Firefox ESR, under the
// `guard` fixture. Reduced motion: page.spec.ts, with the other media preferences.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { isLocated } from '../shared/story/types.ts';
import { expect, LOCATED, STORY, test } from './fixtures.ts';
import { markersIn, screenshotInChromium } from './helpers.ts';

const events = STORY.events;
const onMap = new Set(LOCATED.map((p) => p.id));
const lead = (id: string): string => {
  const event = events.find((e) => e.id === id)!;
  return event.placeIds.find((p) => onMap.has(p)) ?? event.placeIds[0]!;
};
const nameOf = (id: string): string => STORY.places.find((p) => p.id === id)!.name;
/** An event at several places on the map. */
const multi = events.find((e) => e.placeIds.filter((id) => onMap.has(id)).length >= 2)!;
const NAMESPACE = 'story-map';

async function openStep(page: Page, path: string, event: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.leaflet-popup .pp-title')).toHaveText(nameOf(lead(event)));
  await expect(page.locator('.timeline .tl-step[aria-current="step"]')).toHaveAttribute('data-event', event);
  // Leaflet fades a popup in: colour contrast is measured once it is fully shown.
  await expect(page.locator('.leaflet-popup')).toHaveCSS('opacity', '1');
}

for (const { width, scheme } of [
  { width: 1280, scheme: 'light' },
  { width: 375, scheme: 'light' },
  { width: 320, scheme: 'dark' },
] as const) {
  test(`axe finds no violation with a step of the timeline open, at ${width} px, ${scheme}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await openStep(page, `/#event=${multi.id}`, multi.id);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // No sideways scroll at 320 px: the row of steps scrolls inside itself.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.evaluate(() => document.querySelector('.timeline')!.scrollIntoView({ block: 'start' }));
    await screenshotInChromium(page, `reports/screenshots/timeline-${width}-${scheme}.png`);
  });
}

test.describe('the embed', () => {
  test('event= opens a step, quietly', async ({ page }) => {
    await page.goto(`/embed.html?event=${multi.id}`);
    await expect(page.locator('.leaflet-popup .pp-title')).toHaveText(nameOf(lead(multi.id)));
    await expect(page.locator('.timeline .tl-step[aria-current="step"]')).toHaveAttribute('data-event', multi.id);
    expect(await page.evaluate(() => location.hash)).toBe(`#event=${multi.id}`);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  test('the host selects a step by postMessage and hears the reader’s steps; wrong shapes change nothing', async ({ page, host }) => {
    await page.goto(`${host.origin}/embedjs.html`);
    const frame = page.frameLocator('#embed iframe');
    await expect(markersIn(frame)).toHaveCount(onMap.size);
    await page.evaluate((ns) => {
      const heard: unknown[] = [];
      (window as unknown as { heard: unknown[] }).heard = heard;
      window.addEventListener('message', (e) => {
        if (e.data?.namespace === ns && e.data.type === 'step') heard.push(e.data.event);
      });
    }, NAMESPACE);
    const heard = () => page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
    await page.evaluate(
      (messages) => {
        const target = document.querySelector<HTMLIFrameElement>('#embed iframe')!.contentWindow!;
        for (const m of messages) target.postMessage(m, '*');
      },
      [
        { namespace: NAMESPACE, version: 1, type: 'step', event: 'atlantis' },
        { namespace: NAMESPACE, version: 1, type: 'step', event: events[0]!.id, place: lead(events[0]!.id) },
        { namespace: NAMESPACE, version: 1, type: 'step', event: multi.id },
      ],
    );
    await expect(frame.locator('.leaflet-popup .pp-title')).toHaveText(nameOf(lead(multi.id)));
    await expect.poll(heard).toEqual([multi.id]);
    // The reader steps on.
    await frame.locator('.timeline .tl-next').click();
    const next = events[events.findIndex((e) => e.id === multi.id) + 1]!;
    await expect(frame.locator('.leaflet-popup .pp-title')).toHaveText(nameOf(lead(next.id)));
    await expect.poll(heard).toEqual([multi.id, next.id]);
    expect(STORY.places.filter(isLocated).length).toBe(onMap.size);
  });
});
