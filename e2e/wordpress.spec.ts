// The map where newsrooms publish and platforms sandbox it (README, "Embedding it on a news page"):
// in an iframe sandboxed with `allow-scripts` only (an opaque origin), from a server that sends no
// CORS headers for the map's files; and in WordPress's own oEmbed markup, driven by WordPress's
// wp-embed.js, after a real discovery round trip from a place's page. Chromium and Firefox ESR; the
// `guard` fixture fails any test with a console error, an uncaught exception or a request off this machine.
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { discoverOembed, wpEmbedScript } from './host/wordpress.ts';
import { expect, LOCATED, STORY, test } from './fixtures.ts';
import { screenshotInChromium } from './helpers.ts';
import { fallbackHeight } from '../src/embed/snippet.ts';

const story = STORY;
/** The frame's height in the bundled story's embed code, before the embed reports its own. */
const SNIPPET_HEIGHT = fallbackHeight(STORY);
const located = LOCATED;
const taji = story.places.find((p) => p.id === 'camp-taji')!;

test.describe.configure({ mode: 'parallel' });

const frameOf = (page: Page): FrameLocator => page.frameLocator('#embed iframe');
const markersIn = (frame: FrameLocator) => frame.locator('.leaflet-marker-pane [role="button"]');

/** The iframe's height on the page and its content's (the embed's body), in px. */
async function heights(page: Page): Promise<{ frame: number; content: number }> {
  const iframe = page.locator('#embed iframe');
  const frame = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const inner = (await (await iframe.elementHandle())!.contentFrame())!;
  const content = await inner.evaluate(() => document.body.getBoundingClientRect().height);
  return { frame: Math.round(frame), content: Math.round(content) };
}

/** Waits until the frame follows its content's height within `slack` px (WordPress caps it at 1000). */
async function expectFollowed(page: Page, slack = 8): Promise<number> {
  await expect
    .poll(async () => {
      const h = await heights(page);
      return Math.abs(h.frame - Math.min(h.content, 1000)) <= slack ? 'follows' : `frame ${h.frame} px, content ${h.content} px`;
    })
    .toBe('follows');
  return (await heights(page)).frame;
}

test.describe('in a sandboxed frame with an opaque origin, from a host without CORS', () => {
  test('the map draws, opens a popup and a panel, with no console error and no CORS header', async ({ page, host, baseURL }) => {
    const cors: string[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(baseURL!) && response.headers()['access-control-allow-origin'] && !response.url().endsWith('/embed.js'))
        cors.push(response.url());
    });
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(`${host.origin}/sandbox.html`);
    const frame = frameOf(page);
    await expect(markersIn(frame)).toHaveCount(located.length);
    expect(await frame.locator('html').evaluate(() => window.origin)).toBe('null');
    await frame.locator(`.leaflet-marker-pane [aria-label="${taji.name}"]`).focus();
    await frame.locator(`.leaflet-marker-pane [aria-label="${taji.name}"]`).press('Enter');
    await expect(frame.locator('.leaflet-popup [role="dialog"]')).toContainText(taji.name);
    // Zoomed in, the detailed basemap loads (a data script, where a module would need CORS).
    await frame.locator('.leaflet-popup [role="dialog"]').press('Escape');
    const detailLoaded = async () =>
      (await frame.locator('html').evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).some((url) =>
        /\/assets\/detail\.topo-[\w-]+\.js$/.test(url),
      );
    // A click during the zoom animation may count for nothing: zoom in until the tier is wanted.
    await expect(async () => {
      if (!(await detailLoaded())) await frame.getByRole('button', { name: 'Zoom in' }).click();
      expect(await detailLoaded(), 'the detailed basemap, as a classic script').toBe(true);
    }).toPass();
    await frame.getByRole('button', { name: /^All places/ }).click();
    await expect(frame.locator('#embed-places li').first()).toBeVisible();
    expect(warnings.filter((w) => /could not be loaded/.test(w))).toEqual([]);
    expect(cors).toEqual([]);
  });

  for (const width of [375, 1280]) {
    test(`follows its content's height with embed.js at ${width} px (screenshot: reports/screenshots)`, async ({ page, host }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${host.origin}/sandbox.html`);
      await expect(markersIn(frameOf(page))).toHaveCount(located.length);
      await expectFollowed(page, 3);
      await page.locator('#embed').scrollIntoViewIfNeeded();
      await screenshotInChromium(page, `reports/screenshots/sandbox-${width}.png`);
    });
  }

  test('links: where the frame cannot know what its sandbox allows, the story page’s address is shown to copy', async ({ page, host, baseURL }) => {
    await page.goto(`${host.origin}/sandbox.html`);
    const frame = frameOf(page);
    await expect(markersIn(frame)).toHaveCount(located.length);
    await frame.getByText('Full story page').click();
    const address = frame.getByRole('textbox', { name: /Copy the address/ });
    await expect(address).toBeVisible();
    await expect(address).toHaveValue(`${baseURL}/`);
    // axe, into the frame too. Its CSS preload fetches stylesheets by XHR, which an opaque origin
    // may not do (CORS): that is axe's request, not the map's, so it is turned off.
    const axe = await new AxeBuilder({ page }).options({ preload: false }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('links: with allow-popups and links=tab, "Full story page" opens a tab', async ({ page, host, baseURL }) => {
    await page.goto(`${host.origin}/sandbox.html?flags=allow-popups&links=tab`);
    const frame = frameOf(page);
    await expect(markersIn(frame)).toHaveCount(located.length);
    const [tab] = await Promise.all([page.context().waitForEvent('page'), frame.getByRole('link', { name: 'Full story page' }).click()]);
    await expect.poll(() => tab.url()).toBe(`${baseURL}/`);
    await tab.close();
  });

  test('links: with allow-top-navigation-by-user-activation and links=top, "Full story page" takes the whole page there', async ({ page, host, baseURL }) => {
    await page.goto(`${host.origin}/sandbox.html?flags=allow-top-navigation-by-user-activation&links=top`);
    const frame = frameOf(page);
    await expect(markersIn(frame)).toHaveCount(located.length);
    await frame.getByRole('link', { name: 'Full story page' }).click();
    await expect(page).toHaveURL(`${baseURL}/`);
  });
});

test.describe('the bare snippet (no script) holds a chosen place: its popup scrolls inside the map', () => {
  for (const width of [320, 375, 1280]) {
    test(`at ${width} px`, async ({ page, host }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${host.origin}/bare.html?place=${taji.id}`);
      // Where the reader sees it: a browser runs no animation frames in a frame out of view.
      await page.locator('#embed').scrollIntoViewIfNeeded();
      const frame = frameOf(page);
      await expect(frame.locator('.leaflet-popup [role="dialog"]')).toContainText(taji.name);
      const { frame: height, content } = await heights(page);
      expect(height).toBe(SNIPPET_HEIGHT);
      expect(content).toBeLessThanOrEqual(SNIPPET_HEIGHT);
      // Inside the map, once it has panned into view: the reader sees the whole popup and its ×.
      await expect
        .poll(() =>
          frame.locator('.leaflet-popup').evaluate((p) => {
            const box = p.getBoundingClientRect();
            const map = p.closest('.leaflet-container')!.getBoundingClientRect();
            return box.top >= map.top && box.bottom <= map.bottom && box.left >= map.left && box.right <= map.right;
          }),
        )
        .toBe(true);
      const scrolls = await frame.locator('.leaflet-popup-content').evaluate((c) => c.scrollHeight > c.clientHeight);
      console.log(`bare snippet with a place, ${width}px: content ${content} px of ${SNIPPET_HEIGHT}; popup ${scrolls ? 'scrolls' : 'fits'}`);
    });
  }
});

test.describe('in WordPress, pasted as an address (oEmbed) and driven by wp-embed.js', () => {
  // Fails at once, saying where to get it, if WordPress's script is not on this machine.
  test.beforeAll(() => void wpEmbedScript());
  test('a place’s page round-trips: its discovery link, an answer for that place with a sized thumbnail', async ({ baseURL }) => {
    const { endpoint, answer } = await discoverOembed(`${baseURL}/place/${taji.id}.html`);
    expect(endpoint).toBe(`${baseURL}/oembed/${taji.id}.json`);
    expect(answer).toMatchObject({ type: 'rich', title: `${taji.name}: ${story.meta.title}`, thumbnail_width: 1200 });
    expect(answer.thumbnail_height).toEqual(expect.any(Number));
    expect(String(answer.html)).toContain(`src="${baseURL}/embed.html?place=${taji.id}"`);
  });

  for (const width of [375, 1280]) {
    test(`at ${width} px: the frame shows, stays in the column and follows its content within 8 px (screenshot)`, async ({ page, host, baseURL }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${host.origin}/wordpress.html?url=${encodeURIComponent(`${baseURL}/place/${taji.id}.html`)}`);
      const iframe = page.locator('#embed iframe');
      await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
      const frame = frameOf(page);
      await expect(markersIn(frame)).toHaveCount(located.length);
      // The place survived the paste: its popup is open.
      await expect(frame.locator('.leaflet-popup [role="dialog"]')).toContainText(taji.name);
      // wp-embed.js heard the frame: it took the clip off and hid the fallback link.
      await expect(iframe).not.toHaveAttribute('style', /clip/);
      await expect(page.locator('#embed blockquote.wp-embedded-content')).toBeHidden();
      const closed = await expectFollowed(page);
      // In the text column, not across the page.
      const inColumn = await page.evaluate(() => {
        const column = document.querySelector('#post > p')!.getBoundingClientRect();
        const frame = document.querySelector('#embed iframe')!.getBoundingClientRect();
        return Math.abs(frame.left - column.left) <= 1 && Math.abs(frame.right - column.right) <= 1;
      });
      expect(inColumn).toBe(true);
      await page.locator('#embed').scrollIntoViewIfNeeded();
      await screenshotInChromium(page, `reports/screenshots/wordpress-${width}.png`);
      // A panel: the frame follows, and stays within WordPress's 1000 px (the panel scrolls inside).
      await frame.getByRole('button', { name: 'The article’s words' }).click();
      await expect(frame.locator('#embed-article .para').first()).toBeVisible();
      const open = await expectFollowed(page);
      expect(open).toBeGreaterThan(closed);
      expect((await heights(page)).content).toBeLessThanOrEqual(1000);
      console.log(`wordpress ${width}px: closed ${closed} px, article open ${open} px`);
    });
  }

  test('as a Custom HTML block (administrators, editors): the snippet stays in the column and follows its height', async ({ page, host }) => {
    await page.goto(`${host.origin}/wordpress-html.html`);
    await expect(markersIn(frameOf(page))).toHaveCount(located.length);
    await expectFollowed(page, 3);
    const edges = await page.evaluate(() => {
      const column = document.querySelector('#post > p')!.getBoundingClientRect();
      const frame = document.querySelector('#embed iframe')!.getBoundingClientRect();
      return [frame.left - column.left, frame.right - column.right].map(Math.round);
    });
    expect(edges).toEqual([0, 0]);
  });

  test('"Full story page" asks WordPress, which takes the whole page there', async ({ page, host, baseURL }) => {
    await page.goto(`${host.origin}/wordpress.html?url=${encodeURIComponent(`${baseURL}/`)}`);
    const frame = frameOf(page);
    await expect(markersIn(frame)).toHaveCount(located.length);
    // WordPress's frame does not allow full screen: that control is a link to the story page too.
    await expect(frame.getByRole('link', { name: 'Open full screen' })).toHaveAttribute('href', `${baseURL}/`);
    await frame.getByRole('link', { name: 'Full story page' }).click();
    await expect(page).toHaveURL(`${baseURL}/`);
  });
});
