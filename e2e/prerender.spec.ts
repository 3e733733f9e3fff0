// The page paints before its script (issue 28): the built HTML holds the page, readable with
// script off, and the browser hydrates it without rendering it again. Chromium and Firefox ESR; every
// test also runs under the `guard` fixture, which fails on a console error such as the one a
// hydration mismatch gives (src/ui/hydration.ts).
import type { Page } from '@playwright/test';
import { expect, LOCATED, STORY, test } from './fixtures.ts';
import { markersIn } from './helpers.ts';

// Independent tests: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

/** The text of every body paragraph of the article, as published. */
const paragraphs = STORY.article.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text);

/** What the page shows as laid out: the article's paragraphs, the places list's entries, the drawn map's places. */
const shown = (page: Page) =>
  page.evaluate(() => ({
    paragraphs: [...document.querySelectorAll<HTMLElement>('.article .para')].map((p) => p.textContent ?? ''),
    entries: [...document.querySelectorAll<HTMLElement>('#places li[id]')].map((li) => li.id),
    drawn: [...document.querySelectorAll<HTMLAnchorElement>('.drawn-place')].map((a) => ({ name: a.getAttribute('aria-label'), href: a.getAttribute('href') })),
    drawnVisible: (document.querySelector('.drawn-map')?.getClientRects().length ?? 0) > 0,
  }));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // Seen here: the option is not applied to Firefox ESR over BiDi, whose page runs its script.
  test.skip(({ browserName }) => browserName === 'firefox', 'Firefox ESR under Playwright runs the page’s script with JavaScript off');

  test('the story page is the whole page: the article, the places, and the drawn map whose places lead to their entries', async ({ page }) => {
    await page.goto('/');
    const seen = await shown(page);
    for (const text of paragraphs)
      expect(
        seen.paragraphs.some((p) => p.includes(text.slice(0, 60))),
        text.slice(0, 60),
      ).toBe(true);
    expect(seen.entries).toEqual(expect.arrayContaining(STORY.places.map((p) => `place-${p.id}`)));
    expect(seen.drawnVisible).toBe(true);
    expect(seen.drawn.map((d) => d.name)).toEqual(LOCATED.map((p) => p.name));
    expect(seen.drawn.map((d) => d.href)).toEqual(LOCATED.map((p) => `#place-${p.id}`));
    await expect(page.locator('svg.drawn-basemap path.bm-land')).toHaveCount(1);

    // A place on the drawn map leads to its entry in the list.
    const karbala = LOCATED.find((p) => p.id === 'karbala-international-airport')!;
    await page.locator('.drawn-place', { hasText: karbala.label }).click();
    await expect(page).toHaveURL(new RegExp(`#place-${karbala.id}$`));
    await expect(page.locator(`#place-${karbala.id}`)).toBeInViewport();
  });

  test('the embed shows its title, key, drawn map and credit; its places lead to the story page’s entries', async ({ page }) => {
    await page.goto('/embed.html');
    await expect(page.locator('h1')).toHaveText(STORY.meta.title);
    await expect(page.locator('.legend')).toBeVisible();
    await expect(page.locator('.drawn-map')).toBeVisible();
    const seen = await shown(page);
    expect(seen.drawn.map((d) => d.href)).toEqual(LOCATED.map((p) => `./#place-${p.id}`));
    await expect(page.locator('.embed-credit')).toContainText(STORY.article.outlet);
  });
});

test('the story page and the embed hydrate: the live map takes the drawn map’s place, with no mismatch reported', async ({ page }) => {
  for (const path of ['/', '/embed.html']) {
    await page.goto(path);
    await expect(markersIn(page).first()).toBeVisible();
    await expect(page.locator('.drawn-map')).toHaveCount(0);
  }
  // The guard fails the test on the console error a mismatch gives.
});

test('the page’s code is asked for once the page has painted, not with the HTML and stylesheet the paint needs', async ({ page }) => {
  for (const path of ['/', '/embed.html']) {
    await page.goto(path);
    await expect(markersIn(page).first()).toBeVisible();
    const { painted, boot, code } = await page.evaluate(() => {
      const scripts = performance.getEntriesByType('resource').filter((r) => /\/assets\/.+\.js$/.test(r.name));
      return {
        painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        boot: scripts.filter((r) => /\/boot-[\w-]+\.js$/.test(r.name)).map((r) => r.startTime),
        code: scripts.filter((r) => !/\/boot-[\w-]+\.js$/.test(r.name)).map((r) => ({ file: r.name.replace(/.*\/assets\//, ''), at: r.startTime })),
      };
    });
    expect(painted, path).not.toBeNull();
    // The boot script alone comes with the HTML (src/boot/); the entry, its chunks and the live map after the paint.
    expect(boot, path).toHaveLength(1);
    expect(boot[0]!, path).toBeLessThan(painted!);
    expect(code.length, path).toBeGreaterThan(2);
    for (const { file, at } of code) expect(at, `${path}: ${file}`).toBeGreaterThanOrEqual(painted!);
  }
});

test.describe('a page whose HTML does not match its first render', () => {
  test.use({ allowedConsoleErrors: [/the page's HTML did not match/] });

  test('is rendered again, and says so in the console in one line', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // The built page with its heading's text changed, as an old cached HTML would be.
    await page.route('**/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(`<h1>${STORY.meta.title.slice(0, 20)}`, '<h1>Not the title, ');
      await route.fulfill({ response, body: html });
    });
    await page.goto('/');
    await expect(markersIn(page).first()).toBeVisible();
    await expect(page.locator('h1')).toHaveText(STORY.meta.title);
    expect(errors.filter((e) => e.includes("the page's HTML did not match"))).toHaveLength(1);
  });
});
