// The map on a news page: a stand-in news site (e2e/host/) on another origin embeds it three ways —
// the bare snippet, the snippet with our embed.js, and NPR's pym.js Parent — under a strict CSP of
// its own. Chromium and Firefox ESR; every test also runs under the `guard` fixture (no console
// error, no uncaught exception, nothing fetched from off this machine).
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';
import { loadStoryDir } from '../build/story/loadStoryDir.ts';
import { FALLBACK_HEIGHT } from '../src/embed/snippet.ts';
import { TOUCH_HINT, WHEEL_HINT } from '../src/map/gestureHints.ts';
import { MAP_READY } from '../src/map/timing.ts';
import { CSP } from '../src/host/csp.ts';
import { HOST_WAYS, type HostSite, startHostSite } from './host/hostServer.ts';
import { expect, screenshotInChromium, test as base, watchCspViolations } from './ui.ts';

const story = loadStoryDir('geo');
const located = story.places.filter((p) => p.position !== null);
const NAMESPACE = 'iraq-strikes-map';

// Independent tests, each with its own host site: spread them over the workers.
base.describe.configure({ mode: 'parallel' });

const test = base.extend<{ host: HostSite }>({
  host: async ({ baseURL }, use) => {
    const site = await startHostSite(new URL(baseURL!).origin);
    await use(site);
    await site.close();
  },
});

const embedded = (page: Page): FrameLocator => page.frameLocator('#embed iframe');
const markersIn = (scope: Page | FrameLocator) => scope.locator('.leaflet-marker-pane [role="button"]');

/** The iframe's height on the host page against its content's, and whether the frame scrolls. */
async function measureFit(page: Page): Promise<{ frame: number; content: number; scrolls: boolean }> {
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
async function expectFitted(page: Page): Promise<number> {
  await expect
    .poll(async () => {
      const f = await measureFit(page);
      return Math.abs(f.frame - f.content) <= 3 && !f.scrolls ? 'fitted' : `frame ${f.frame} px, content ${f.content} px${f.scrolls ? ', scrolls' : ''}`;
    })
    .toBe('fitted');
  return (await measureFit(page)).frame;
}

test.describe('auto-height on a news page', () => {
  for (const way of HOST_WAYS) {
    for (const width of [320, 600, 1000]) {
      test(`${way} at ${width} px`, async ({ page, host }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${host.origin}/${way}.html`);
        // Firefox draws a classic scrollbar: widen the window by it, so the column is `width` wide.
        const scrollbar = await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth);
        if (scrollbar > 0) await page.setViewportSize({ width: width + scrollbar, height: 800 });
        const frame = embedded(page);
        await expect(markersIn(frame)).toHaveCount(located.length);
        await expect.poll(() => page.locator('#embed iframe').evaluate((f) => f.getBoundingClientRect().width)).toBe(width);

        if (way === 'bare') {
          // No script on the host: the snippet's own height, which must hold the closed embed.
          const f = await measureFit(page);
          expect(f.frame).toBe(FALLBACK_HEIGHT);
          expect(f.content).toBeLessThanOrEqual(FALLBACK_HEIGHT);
          expect(f.scrolls).toBe(false);
          console.log(`height ${way} ${width}px: frame ${f.frame}, content ${f.content}`);
          return;
        }

        const closed = await expectFitted(page);
        // A panel grows the frame, and closing it shrinks the frame back.
        const articleButton = frame.getByRole('button', { name: 'The article’s words' });
        await articleButton.click();
        await expect(frame.locator('#embed-article .para').first()).toBeVisible();
        const withArticle = await expectFitted(page);
        expect(withArticle).toBeGreaterThan(closed + 500);
        await articleButton.click();
        await expect(frame.locator('#embed-article')).toBeHidden();
        expect(Math.abs((await expectFitted(page)) - closed)).toBeLessThanOrEqual(3);

        // A popup never grows the frame: it scrolls inside the map, whose height stays (README).
        const marker = frame.locator('.leaflet-marker-pane [aria-label="Karbala International Airport"]');
        await marker.focus();
        await marker.press('Enter');
        await expect(frame.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
        const withPopup = (await measureFit(page)).frame;
        expect(Math.abs(withPopup - closed)).toBeLessThanOrEqual(3);
        const popupIsInside = () =>
          frame.locator('.leaflet-popup').evaluate((p) => {
            const box = p.getBoundingClientRect();
            const map = p.closest('.leaflet-container')!.getBoundingClientRect();
            return box.top >= map.top && box.bottom <= map.bottom && box.left >= map.left && box.right <= map.right;
          });
        await expect.poll(popupIsInside).toBe(true);
        await frame.locator('.leaflet-popup [role="dialog"]').press('Escape');
        await expect(frame.locator('.leaflet-popup')).toHaveCount(0);
        expect(Math.abs((await expectFitted(page)) - closed)).toBeLessThanOrEqual(3);
        console.log(`height ${way} ${width}px: closed ${closed}, article open ${withArticle}, airport popup ${withPopup}`);
      });
    }
  }

  test('the news page at 375 px with embed.js (screenshot: reports/screenshots)', async ({ page, host }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${host.origin}/embedjs.html`);
    await expect(markersIn(embedded(page))).toHaveCount(located.length);
    const height = await expectFitted(page);
    expect(height).toBeLessThan(FALLBACK_HEIGHT);
    // The map in its place on the page: the end of the text above it, then the embed.
    await page.evaluate(() => window.scrollTo(0, document.querySelector('#embed')!.getBoundingClientRect().top + window.scrollY - 120));
    await screenshotInChromium(page, 'reports/screenshots/news-page-375-embedjs.png');
  });

  test('embed.js loads an iframe given data-src only when it comes near the viewport, and sizes it too', async ({ page, host, baseURL }) => {
    await page.setViewportSize({ width: 600, height: 800 });
    await page.goto(`${host.origin}/embedjs.html`);
    await expect(markersIn(embedded(page))).toHaveCount(located.length);
    const later = page.locator('#later iframe');
    expect(await later.getAttribute('src')).toBeNull();
    await later.scrollIntoViewIfNeeded();
    await expect(later).toHaveAttribute('src', /\/embed\.html\?panel=none$/);
    const frame = page.frameLocator('#later iframe');
    await expect(markersIn(frame)).toHaveCount(located.length);
    await expect.poll(async () => Math.round(await later.evaluate((f) => f.getBoundingClientRect().height))).toBeLessThan(FALLBACK_HEIGHT);
    await expect(frame.getByRole('button', { name: 'The article’s words' })).toHaveCount(0);
    // This iframe does not allow full screen: the control is a link to the story page instead.
    await expect(frame.getByRole('button', { name: 'Open full screen' })).toHaveCount(0);
    const link = frame.getByRole('link', { name: 'Open full screen' });
    await expect(link).toHaveAttribute('href', `${baseURL}/`);
    await expect(link).toHaveAttribute('target', '_blank');
  });
});

test.describe('embed-safe gestures', () => {
  test('the wheel scrolls the page until the map is clicked; then it zooms the map', async ({ page, host }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(`${host.origin}/embedjs.html`);
    const frame = embedded(page);
    await expect(markersIn(frame)).toHaveCount(located.length);
    await expectFitted(page);
    await page.evaluate(() => window.scrollTo(0, 120));
    const box = (await frame.locator('.leaflet-container').boundingBox())!;
    const scale = frame.locator('.leaflet-control-scale-line');
    const scaleBefore = await scale.textContent();
    const spot = { x: box.x + box.width * 0.12, y: box.y + box.height * 0.3 }; // open desert, no marker
    await page.mouse.move(spot.x, spot.y);
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    await expect(frame.locator('.map-hint.is-shown')).toHaveText(WHEEL_HINT);
    expect(await scale.textContent()).toBe(scaleBefore);

    const box2 = (await frame.locator('.leaflet-container').boundingBox())!;
    await page.mouse.click(box2.x + box2.width * 0.12, box2.y + box2.height * 0.3);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, -200);
    await expect.poll(() => scale.textContent()).not.toBe(scaleBefore);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test('touch: one finger scrolls the page and shows the hint; two fingers move the map', async ({ page, browserName }) => {
    test.skip(browserName !== 'chromium', 'touch input is sent through the Chrome DevTools Protocol');
    await page.setViewportSize({ width: 400, height: 700 });
    await page.goto('/embed.html?panel=places');
    await expect(markersIn(page)).toHaveCount(located.length);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
    // Where the map puts Baghdad on the screen, relative to the map: it moves only if the map does.
    const where = () =>
      page.evaluate(() => {
        const marker = document.querySelector('.leaflet-marker-pane [aria-label="Baghdad"]')!.getBoundingClientRect();
        const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
        return `${Math.round(marker.x - map.x)},${Math.round(marker.y - map.y)}`;
      });
    const box = (await page.locator('.leaflet-container').boundingBox())!;
    const x = box.x + box.width * 0.15;
    const y = box.y + box.height * 0.6;

    // Two fingers move the map.
    const mapBefore = await where();
    await touch('touchStart', [
      { x, y },
      { x: x + 60, y },
    ]);
    for (let i = 1; i <= 8; i++)
      await touch('touchMove', [
        { x: x + i * 10, y: y - i * 10 },
        { x: x + 60 + i * 10, y: y - i * 10 },
      ]);
    await touch('touchEnd', []);
    await expect.poll(where).not.toBe(mapBefore);

    // One finger scrolls the page; the map stays where it is and says how to move it.
    const settled = async () => {
      const first = await where();
      await page.waitForTimeout(500);
      return first === (await where()) ? first : null;
    };
    await expect.poll(settled).not.toBeNull(); // the pinch's zoom animation has ended
    const mapThen = await where();
    await touch('touchStart', [{ x, y }]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [{ x, y: y - i * 15 }]);
    await touch('touchEnd', []);
    await expect(page.locator('.map-hint.is-shown')).toHaveText(TOUCH_HINT);
    expect(await where()).toBe(mapThen);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });
});

test.describe('no layout shift while the map loads (CLS 0)', () => {
  // Lighthouse's phone and a wide desktop: the wide embed also fetches the neighbouring lands.
  for (const [path, width, height] of [
    ['/embed.html', 412, 823],
    ['/embed.html', 1350, 940],
    ['/', 412, 823],
  ] as const) {
    test(`${path} at ${width} px`, async ({ page, browserName }) => {
      test.skip(browserName !== 'chromium', 'the Layout Instability API is Chromium’s');
      await page.setViewportSize({ width, height });
      await page.addInitScript(() => {
        const shifts: string[] = [];
        Object.assign(window, { shifts });
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[])
            shifts.push(`${e.value.toFixed(4)} ${e.sources.map((s) => (s.node as Element | undefined)?.className ?? '?').join(', ')}`);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MAP_READY);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    });
  }
});

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

  test('unknown and malformed options are ignored with a warning each', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' && m.text().startsWith('iraq-strikes-map embed:')) warnings.push(m.text());
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

  test('oEmbed: the page links its oembed.json, a rich answer: a link to the story page, then the iframe', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    expect(href).toMatch(/\/oembed\.json$/);
    const answer = await (await request.get('/oembed.json')).json();
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', height: FALLBACK_HEIGHT });
    expect(answer.html).toMatch(
      /^<blockquote class="wp-embedded-content"><a href="[^"]+\/">[^<]+<\/a><\/blockquote>\n<iframe data-iraq-strikes-map title="Map: [^"]+" src="[^"]+\/embed\.html"/,
    );
  });
});

test.describe('strict Content-Security-Policy', () => {
  for (const path of ['/', '/embed.html?panel=article']) {
    test(`${path} works under the policy with no violation`, async ({ page }) => {
      const violations = await watchCspViolations(page);
      const response = await page.goto(path);
      expect(response!.headers()['content-security-policy']).toBe(CSP);
      await expect(markersIn(page)).toHaveCount(located.length);
      // Exercise what builds DOM at run time: a popup, the key, a passage.
      const marker = page.locator('.leaflet-marker-pane [aria-label="Karbala International Airport"]');
      await marker.focus();
      await marker.press('Enter');
      await expect(page.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
      await page.locator('.legend summary').click();
      await page.locator('.passage[role="button"]').first().click();
      expect(await violations()).toEqual([]);
    });
  }

  test.describe(() => {
    test.use({ allowedConsoleErrors: [/Content[- ]Security[- ]Policy|inline style/i] });
    test('the check can fail: an inline style is refused and reported', async ({ page }) => {
      const violations = await watchCspViolations(page);
      await page.goto('/embed.html');
      await expect(markersIn(page)).toHaveCount(located.length);
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { background: red }';
        document.head.append(style);
      });
      await expect.poll(violations).toEqual([expect.stringMatching(/^style-src/)]);
    });
  });

  test('the built pages carry no inline script, style element or style attribute', () => {
    for (const file of ['dist/index.html', 'dist/embed.html']) {
      const html = readFileSync(file, 'utf8');
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), file).toBeNull();
      expect(html.match(/<style\b/g), file).toBeNull();
      expect(html.match(/\sstyle=/g), file).toBeNull();
    }
  });
});

test('printed, the story page shows the picture of the map instead of the live map', async ({ page, browserName }) => {
  test.skip(browserName === 'firefox', 'Firefox ESR ignores emulated media over BiDi');
  await page.goto('/');
  await expect(markersIn(page)).toHaveCount(located.length);
  const picture = page.locator('img.print-map');
  await expect(picture).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1200);
  await expect(page.locator('.map-frame')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test.skip(
    ({ browserName }) => browserName === 'firefox',
    'Firefox ESR under Playwright, with JavaScript off, leaves <noscript> empty (0 children, no text): nothing to check',
  );

  test('the story page shows the fallback picture in <noscript>', async ({ page }) => {
    await page.goto('/');
    const image = page.locator('img.fallback-image');
    await expect(image).toBeVisible();
    expect(await image.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1200);
    expect(await image.getAttribute('alt')).toMatch(/^Map: .+ Marked: Camp Taji; Karbala International Airport; /);
  });

  test('the bare snippet shows the picture inside its frame (screenshot: reports/screenshots)', async ({ page, host }) => {
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto(`${host.origin}/bare.html`);
    const image = embedded(page).locator('img.fallback-image');
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(400);
    await page.locator('#embed').screenshot({ path: `reports/screenshots/noscript-snippet-375-${test.info().project.name}.png` });
  });
});

test.describe('accessibility of the embed', () => {
  const violations = async (builder: AxeBuilder) =>
    (await builder.analyze()).violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  for (const theme of ['light', 'dark']) {
    test(`axe finds no violation in the embed (${theme}), with the places panel and a popup open`, async ({ page }) => {
      await page.setViewportSize({ width: 600, height: 800 });
      await page.goto(`/embed.html?theme=${theme}&panel=places&place=karbala-international-airport`);
      await expect(page.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
      // Leaflet fades a popup in: colour contrast is measured once it is fully shown.
      await expect(page.locator('.leaflet-popup')).toHaveCSS('opacity', '1');
      expect(await violations(new AxeBuilder({ page }))).toEqual([]);
    });
  }

  test('axe finds no violation on the news page with the embed in it', async ({ page, host }) => {
    await page.goto(`${host.origin}/embedjs.html`);
    await expect(markersIn(embedded(page))).toHaveCount(located.length);
    expect(await violations(new AxeBuilder({ page }))).toEqual([]);
  });
});
