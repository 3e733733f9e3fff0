// The map where newsrooms publish and platforms sandbox it (README, "Embedding it on a news page"):
// in an iframe sandboxed with `allow-scripts` only (an opaque origin), from a server that sends no
// CORS headers for the map's files; and in WordPress's own oEmbed markup, driven by WordPress's
// wp-embed.js, after a real discovery round trip from a place's page. Chromium and Firefox ESR; the
// `guard` fixture fails any test with a console error, an uncaught exception or a request off this machine.
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { fallbackHeight } from '../shared/embed/snippet.ts';
import { expect, LOCATED, STORY, test } from './fixtures.ts';
import { screenshotInChromium } from './helpers.ts';
import { discoverOembed, wpEmbedScript } from './host/wordpress.ts';

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
    await frame.locator('.leaflet-popup .pp-title').press('Escape');
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

test.describe('in WordPress, pasted as an address (oEmbed)', () => {
  // Fails at once, saying where to get it, if WordPress's script is not on this machine.
  test.beforeAll(() => void wpEmbedScript());
  const pasted = (baseURL: string, query = ''): string => `/wordpress.html?url=${encodeURIComponent(`${baseURL}/place/${taji.id}.html`)}${query}`;

  /** Where the frame is against the theme's text column (its first paragraph), in px. */
  const edges = (page: Page, frame: string): Promise<number[]> =>
    page.evaluate((frame) => {
      const column = document.querySelector('#post > p')!.getBoundingClientRect();
      const box = document.querySelector(frame)!.getBoundingClientRect();
      return [box.left - column.left, box.right - column.right].map(Math.round);
    }, frame);

  test('a place’s page round-trips: its discovery link, an answer for that place with its own sized thumbnail', async ({ baseURL, request }) => {
    const { endpoint, answer } = await discoverOembed(`${baseURL}/place/${taji.id}.html`);
    expect(endpoint).toBe(`${baseURL}/oembed/${taji.id}.json`);
    expect(answer).toMatchObject({ type: 'rich', title: `${taji.name}: ${story.meta.title}`, thumbnail_width: 1200, thumbnail_height: 630 });
    // The map with the place marked, not the whole map's card.
    expect(answer.thumbnail_url).toBe(`${baseURL}/fallback/card-${taji.id}.png`);
    const picture = await request.get(String(answer.thumbnail_url));
    expect(picture.headers()['content-type']).toBe('image/png');
    expect(String(answer.html)).toContain(`src="${baseURL}/embed.html?place=${taji.id}"`);
  });

  for (const width of [375, 1280]) {
    test(`as an Embed block at ${width} px: the frame shows at once, in the column, at the answer’s height; a panel takes the map’s place (screenshots)`, async ({
      page,
      host,
      baseURL,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${host.origin}${pasted(baseURL!)}`);
      const iframe = page.locator('#embed iframe');
      await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
      const frame = frameOf(page);
      await expect(markersIn(frame)).toHaveCount(located.length);
      // The place survived the paste: its popup is open.
      await expect(frame.locator('.leaflet-popup [role="dialog"]')).toContainText(taji.name);
      // No blockquote in the answer: nothing to hide the frame behind, and no wp-embed.js loaded for it.
      await expect(iframe).not.toHaveAttribute('style', /clip/);
      await expect(page.locator('script#wp-embed-js')).toHaveCount(0);
      expect(await edges(page, '#embed iframe')).toEqual([0, 0]);
      // Nothing follows its height: the answer's holds the closed map, with no inner scrollbar.
      const closed = await heights(page);
      expect(closed.frame).toBe(SNIPPET_HEIGHT);
      expect(closed.content).toBeLessThanOrEqual(SNIPPET_HEIGHT);
      await page.locator('#embed').scrollIntoViewIfNeeded();
      await screenshotInChromium(page, `reports/screenshots/wordpress-${width}.png`);

      // The article's words: in the map's place, as tall as the frame allows, never past it.
      await frame.getByRole('button', { name: 'The article’s words' }).click();
      await expect(frame.locator('#embed-article .para').first()).toBeVisible();
      await expect(frame.locator('.leaflet-container')).toBeHidden();
      const panel = await frame.locator('#embed-article').evaluate((p) => ({ box: Math.round(p.clientHeight), scrolls: p.scrollHeight > p.clientHeight }));
      const open = await heights(page);
      expect(open.frame).toBe(SNIPPET_HEIGHT);
      expect(open.content).toBeLessThanOrEqual(SNIPPET_HEIGHT);
      expect(panel.box, 'the panel fills most of the frame, not a strip under the map').toBeGreaterThan(SNIPPET_HEIGHT * 0.6);
      await screenshotInChromium(page, `reports/screenshots/wordpress-${width}-article.png`);
      // A place chosen from the article brings the map back, with its popup.
      const other = story.places.find((p) => p.position !== null && p.id !== taji.id && p.quotes.length > 0)!;
      await frame.locator(`.passage-chips button[data-chip-for="${other.id}"]`).first().click();
      await expect(frame.locator('.leaflet-container')).toBeVisible();
      await expect(frame.locator('.leaflet-popup [role="dialog"]')).toContainText(other.name);
      console.log(
        `wordpress block ${width}px: frame ${closed.frame}, closed ${closed.content}; article panel ${panel.box} px${panel.scrolls ? ', scrolls' : ''}`,
      );
    });

    test(`in a paragraph at ${width} px (the classic editor, an http: paste, an address typed on its own line): the frame in the column (screenshot)`, async ({
      page,
      host,
      baseURL,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${host.origin}${pasted(baseURL!, '&paragraph=1')}`);
      // WordPress's <p> holds the iframe, a child of the theme's constrained column.
      await expect(page.locator('#post > p#embed > iframe.wp-embedded-content')).toHaveCount(1);
      await expect(markersIn(frameOf(page))).toHaveCount(located.length);
      expect(await edges(page, '#post iframe')).toEqual([0, 0]);
      await page.locator('#embed').scrollIntoViewIfNeeded();
      await screenshotInChromium(page, `reports/screenshots/wordpress-paragraph-${width}.png`);
    });
  }

  test('in a paragraph, an answer that starts with a blockquote (as ours did) leaves the frame outside the column at 1280 px', async ({
    page,
    host,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${host.origin}${pasted(baseURL!, '&paragraph=1&quote=1')}`);
    // The parser closed WordPress's <p> at the blockquote: the iframe is the column's own child.
    await expect(page.locator('#post > iframe.wp-embedded-content')).toHaveCount(1);
    await expect(page.locator('#post > blockquote.wp-embedded-content')).toBeHidden();
    await expect(page.locator('#post > iframe')).not.toHaveAttribute('style', /clip/);
    const [left] = await edges(page, '#post > iframe');
    expect(left, 'the frame starts left of the column').toBeLessThan(-100);
    console.log(`wordpress paragraph with a blockquote, 1280px: the frame ${-left!} px left of the column`);
  });

  test('with wp-embed.js on the page (another post’s embed brought it): the frame follows its content; "Full story page" takes the page to the place', async ({
    page,
    host,
    baseURL,
  }) => {
    await page.goto(`${host.origin}${pasted(baseURL!, '&wpembed=1')}`);
    const frame = frameOf(page);
    await expect(markersIn(frame)).toHaveCount(located.length);
    await expect(frame.locator('.leaflet-popup [role="dialog"]')).toContainText(taji.name);
    const closed = await expectFollowed(page);
    expect(closed).toBeLessThan(SNIPPET_HEIGHT);
    // A panel in the map's place: the frame keeps its height.
    await frame.getByRole('button', { name: 'All places' }).click();
    await expect(frame.locator('#embed-places li').first()).toBeVisible();
    expect(Math.abs((await expectFollowed(page)) - closed)).toBeLessThanOrEqual(8);
    await frame.getByRole('button', { name: 'Back to the map' }).click();
    await expect(frame.locator('.leaflet-container')).toBeVisible();
    // WordPress's frame does not allow full screen: that control leads to the story page too.
    await expect(frame.locator('.embed-fullscreen summary')).toHaveText('Open full screen');
    await frame.getByText('Full story page').click();
    await expect(page).toHaveURL(`${baseURL}/#place=${taji.id}`);
  });

  test('without wp-embed.js, "Full story page" shows the address of the story page at the place, to copy', async ({ page, host, baseURL }) => {
    await page.goto(`${host.origin}${pasted(baseURL!)}`);
    const frame = frameOf(page);
    await expect(markersIn(frame)).toHaveCount(located.length);
    // The reader closes the place (Escape from its heading, where focus is in an open popup): the
    // link still keeps the embed's own.
    await frame.locator('.leaflet-popup .pp-title').press('Escape');
    await expect(frame.locator('.leaflet-popup')).toHaveCount(0);
    await frame.getByText('Full story page').click();
    await expect(frame.getByRole('textbox', { name: /copy its address/ })).toHaveValue(`${baseURL}/#place=${taji.id}`);
    await expect(page).toHaveURL(new RegExp(`^${host.origin}/wordpress\\.html`));
  });

  test('as a Custom HTML block (administrators, editors): the snippet stays in the column and follows its height', async ({ page, host }) => {
    await page.goto(`${host.origin}/wordpress-html.html`);
    await expect(markersIn(frameOf(page))).toHaveCount(located.length);
    await expectFollowed(page, 3);
    expect(await edges(page, '#embed iframe')).toEqual([0, 0]);
  });
});
