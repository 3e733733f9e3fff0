// The embed's URL options, the host page's postMessage API, full screen, and the embed code and
// oEmbed answer the story page gives.
// Chromium and Firefox ESR; every test also runs under the `guard` fixture (no console error, no
// uncaught exception, nothing fetched from off this machine).
import type { FrameLocator, Page } from '@playwright/test';
import { fallbackHeight } from '../shared/embed/snippet.ts';
import { expect, LOCATED, STORY, test } from './fixtures.ts';
import { markersIn, waitUntilStill } from './helpers.ts';

/** The frame's height in the bundled story's embed code, before the embed reports its own. */
const SNIPPET_HEIGHT = fallbackHeight(STORY);

const located = LOCATED;
const NAMESPACE = 'story-map';

// Independent tests, each with its own host site: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

const embedded = (page: Page): FrameLocator => page.frameLocator('#embed iframe');

test.describe('embed options and the host page API', () => {
  test('theme=dark and place= open the embed dark, on the place, without taking focus', async ({ page }) => {
    await page.goto('/embed.html?theme=dark&place=camp-taji');
    await expect(page.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
    await expect(page.locator('.leaflet-popup .pp-title')).toHaveText('Camp Taji');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    const [r, g, b] = (await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(3 * 60);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  test('"Full story page" keeps the place: the one open, else the embed’s own; a timeline step too', async ({ page, baseURL }) => {
    const story = page.getByRole('link', { name: 'Full story page' });
    await page.goto('/embed.html?place=camp-taji');
    await expect(page.locator('.leaflet-popup .pp-title')).toHaveText('Camp Taji');
    await expect(story).toHaveAttribute('href', `${baseURL}/#place=camp-taji`);
    // Closed: the embed is still Camp Taji's.
    await page.locator('.leaflet-popup .pp-title').press('Escape');
    await expect(page.locator('.leaflet-popup')).toHaveCount(0);
    await expect(story).toHaveAttribute('href', `${baseURL}/#place=camp-taji`);
    // Another place opened: that one.
    const marker = page.locator('.leaflet-marker-pane [data-place-id="karbala-international-airport"]');
    await marker.focus();
    await marker.press('Enter');
    await expect(page.locator('.leaflet-popup .pp-title')).toHaveText('Karbala International Airport');
    await expect(story).toHaveAttribute('href', `${baseURL}/#place=karbala-international-airport`);
    // A step of the timeline: the step, at its place.
    const step = STORY.events.at(-1)!;
    await page.goto(`/embed.html?event=${step.id}`);
    await expect(page.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
    await expect(story).toHaveAttribute('href', new RegExp(`^${baseURL}/#event=${step.id}(&place=[\\w-]+)?$`));
  });

  for (const width of [375, 1280]) {
    test(`at ${width} px an open popup leaves "Open full screen" uncovered, its × in the map, for every place`, async ({ page, ui }) => {
      // Twelve popups, two groups zoomed into: 25-40 s alone, past the 45 s default under load.
      test.slow();
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/embed.html');
      await ui.waitForMarkers(located.length);
      const button = page.getByRole('button', { name: 'Open full screen' });
      for (const place of located) {
        // A place in a group is reached as a reader reaches it: Enter on the group zooms in.
        await ui.focusMarker(place.name);
        await page.keyboard.press('Enter');
        await expect(page.locator('.leaflet-popup .pp-title')).toHaveText(place.name);
        await waitUntilStill('the popup', () => page.locator('.leaflet-popup').boundingBox());
        const seen = await page.evaluate(() => {
          const button = document.querySelector('.embed-fullscreen')!.getBoundingClientRect();
          const popup = document.querySelector('.leaflet-popup')!.getBoundingClientRect();
          const close = document.querySelector('.leaflet-popup .pp-close')!.getBoundingClientRect();
          const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
          return {
            apart: popup.top >= button.bottom || popup.bottom <= button.top || popup.left >= button.right || popup.right <= button.left,
            close: close.left >= map.left && close.right <= map.right && close.top >= map.top && close.bottom <= map.bottom,
          };
        });
        expect(seen.close, `${place.name}: its × in the map`).toBe(true);
        expect(seen.apart, `${place.name}: the popup clear of "Open full screen"`).toBe(true);
        // Drawn above the map (a button under Leaflet's panes would be hidden by the basemap).
        await expect(button, `${place.name}: "Open full screen" shown`).toBeVisible();
        expect(await button.evaluate((b) => getComputedStyle(b).zIndex)).toBe('1000');
        await page.locator('.leaflet-popup .pp-title').press('Escape');
        await expect(page.locator('.leaflet-popup')).toHaveCount(0);
      }
    });
  }

  test('"Open full screen" covers none of the map’s controls, the locator inset included, at 320, 375 and 1280 px', async ({ page, ui }) => {
    for (const width of [320, 375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/embed.html');
      await ui.waitForMarkers(located.length);
      await expect(page.locator('.locator')).toBeVisible();
      const covered = await page.evaluate(() => {
        const button = document.querySelector('.embed-fullscreen')!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('.leaflet-control-container .leaflet-control')]
          .filter((control) => {
            const r = control.getBoundingClientRect();
            return r.width > 0 && !(r.top >= button.bottom || r.bottom <= button.top || r.left >= button.right || r.right <= button.left);
          })
          .map((control) => control.className);
      });
      expect(covered, `${width} px`).toEqual([]);
    }
  });

  test('at 375 px a popup the reader moves under "Open full screen" hides it until it closes', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/embed.html?place=camp-taji');
    const button = page.getByRole('button', { name: 'Open full screen' });
    await expect(page.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
    await expect(button).toBeVisible();
    // The reader pans the map up with the keyboard: the popup goes under the button.
    await page.locator('.leaflet-container').focus();
    // One press at a time, each waited out: pressed all at once, the pans would carry the popup
    // past the button before it was seen under it.
    await expect(async () => {
      await page.keyboard.press('ArrowDown');
      await expect(button).toBeHidden({ timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    await page.locator('.leaflet-popup .pp-title').press('Escape');
    await expect(button).toBeVisible();
  });

  test('unknown and malformed options are ignored with a warning each', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' && m.text().startsWith('story map embed:')) warnings.push(m.text());
    });
    await page.goto('/embed.html?theme=purple&panel=sideways&place=atlantis&zoom=3');
    await expect(markersIn(page)).toHaveCount(located.length);
    await expect(page.locator('.leaflet-popup')).toHaveCount(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light dark');
    await expect(page.getByRole('button', { name: 'The article’s words' })).toHaveAttribute('aria-expanded', 'false');
    expect(warnings).toHaveLength(4);
  });

  test('the host selects and clears a place by postMessage and hears the selection; wrong shapes change nothing', async ({ page, host }) => {
    await page.goto(`${host.origin}/embedjs.html`);
    const frame = embedded(page);
    await expect(markersIn(frame)).toHaveCount(located.length);
    await page.evaluate((ns) => {
      const heard: unknown[] = [];
      (window as unknown as { heard: unknown[] }).heard = heard;
      window.addEventListener('message', (e) => {
        if (e.data?.namespace === ns && e.data.type === 'place') heard.push(e.data.place);
      });
    }, NAMESPACE);
    const send = (messages: unknown[]) =>
      page.evaluate((list) => {
        const target = document.querySelector<HTMLIFrameElement>('#embed iframe')!.contentWindow!;
        for (const m of list) target.postMessage(m, '*');
      }, messages);
    const heard = () => page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);

    // Messages arrive in order: if any of the wrong ones had been obeyed, the host would have heard
    // of Camp Taji before Baghdad.
    await send([
      { type: 'select', place: 'camp-taji' },
      { namespace: NAMESPACE, version: 1, type: 'select', place: 'atlantis' },
      { namespace: NAMESPACE, version: 2, type: 'select', place: 'camp-taji' },
      { namespace: NAMESPACE, version: 1, type: 'select', place: 'camp-taji', html: '<img src=x onerror=alert(1)>' },
      'pymxPYMxcamp-tajixPYMxselectxPYMx1',
      null,
      { namespace: NAMESPACE, version: 1, type: 'select', place: 'baghdad' },
    ]);
    await expect(frame.locator('.leaflet-popup .pp-title')).toHaveText('Baghdad');
    expect(await heard()).toEqual(['baghdad']);
    // Focus stayed on the host page: the embed says, politely, what was opened.
    await expect(frame.locator('main [aria-live="polite"]').first()).toHaveText('Opened on the map: Baghdad.');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('IFRAME');

    await send([
      { namespace: NAMESPACE, version: 1, type: 'clear', extra: true },
      { namespace: NAMESPACE, version: 1, type: 'clear' },
    ]);
    await expect(frame.locator('.leaflet-popup')).toHaveCount(0);
    expect(await heard()).toEqual(['baghdad', null]);

    // And the reader's own choice is reported.
    const marker = frame.locator('.leaflet-marker-pane [aria-label="Camp Taji"]');
    await marker.focus();
    await marker.press('Enter');
    await expect.poll(heard).toEqual(['baghdad', null, 'camp-taji']);
  });

  test('"Open full screen" puts the map alone on the screen, and back', async ({ page }) => {
    await page.goto('/embed.html');
    await expect(markersIn(page)).toHaveCount(located.length);
    await page.getByRole('button', { name: 'Open full screen' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('embed-map');
    // The map fills the screen (its height: the window's, which in full screen is the screen's).
    await expect
      .poll(() => page.evaluate(() => window.innerHeight - document.querySelector('.leaflet-container')!.getBoundingClientRect().height))
      .toBeLessThanOrEqual(4);
    await page.getByRole('button', { name: 'Exit full screen' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  });
});

test.describe('the story page gives the embed code', () => {
  test('"Copy embed code" copies the snippet for the chosen place, colours and panel', async ({ page, context, browserName }) => {
    await page.goto('/');
    await expect(markersIn(page)).toHaveCount(located.length);
    const section = page.getByRole('region', { name: 'Embed this map' });
    // The form's code is not part of the first view: it loads when the reader asks for it.
    await expect(section.getByLabel('Open at')).toHaveCount(0);
    const show = section.getByRole('button', { name: 'Show the embed code' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await show.click();
    await expect(section.getByRole('button', { name: 'Hide the embed code' })).toHaveAttribute('aria-expanded', 'true');
    await section.getByLabel('Open at').selectOption({ label: 'Camp Taji' });
    await section.getByLabel('Colours').selectOption('dark');
    await section.getByLabel('Below the map').selectOption('none');
    const code = await section.getByLabel('Embed code').inputValue();
    const origin = new URL(page.url()).origin;
    expect(code).toContain(`src="${origin}/embed.html?place=camp-taji&amp;theme=dark&amp;panel=none"`);
    expect(code).toContain(`<script async src="${origin}/embed.js"></script>`);
    // Pasted alone, an address embeds by oEmbed; only the place's own page keeps the place.
    expect(await section.getByLabel('Or paste this address').inputValue()).toBe(`${origin}/place/camp-taji.html`);
    if (browserName === 'chromium') await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await section.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(section.getByRole('status')).toHaveText('Copied.');
    if (browserName === 'chromium') expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });

  test('oEmbed: the page links its oembed.json, a rich answer: the iframe', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    expect(href).toMatch(/\/oembed\.json$/);
    const answer = await (await request.get('/oembed.json')).json();
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', height: SNIPPET_HEIGHT });
    expect(answer.html).toMatch(/^<iframe data-story-map title="Map: [^"]+" src="[^"]+\/embed\.html"/);
  });
});
