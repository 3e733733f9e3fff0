// One way to drive the story page in every engine. Chromium and Firefox run through Playwright;
// WebKitGTK runs through its own WebDriver (WebKitWebDriver + MiniBrowser) and WebdriverIO, because
// Playwright's WebKit build cannot be downloaded here. Specs named *.neutral.spec.ts use only `ui`,
// so the same data-driven tests run in all three engines.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { loadStoryDir } from '../build/story/loadStoryDir.ts';
import type { Story } from '../src/story/types.ts';

export type Engine = 'playwright' | 'webkit-webdriver';
export type EngineOptions = { engine: Engine };

/** What the open popup shows. */
export interface PopupInfo {
  readonly placeId: string | null;
  readonly title: string;
  /** Each blockquote's text content, exactly. */
  readonly quotes: readonly string[];
  readonly text: string;
}

/** Who has focus. */
export interface Focused {
  readonly tag: string;
  readonly role: string | null;
  readonly label: string | null;
  readonly id: string;
  readonly placeId: string | null;
  /** True when the element is inside the viewport. */
  readonly inViewport: boolean;
}

export interface StoryUI {
  readonly engine: Engine;
  goto(path: string): Promise<void>;
  /** Waits until the map shows `count` place markers. */
  waitForMarkers(count: number): Promise<void>;
  /** The computed accessible names of the place markers, and their computed roles. */
  markers(): Promise<{ name: string; role: string }[]>;
  clickMarker(name: string): Promise<void>;
  focusMarker(name: string): Promise<void>;
  /** Presses a key on whatever has focus ("Enter", "Escape", " ", "Tab"). */
  press(key: string): Promise<void>;
  /** Waits for an open, visible popup (of `placeId`, when given) and reads it. */
  popup(placeId?: string): Promise<PopupInfo>;
  waitForNoPopup(): Promise<void>;
  /** Waits until `test` holds for the focused element. */
  waitForFocus(test: (f: Focused) => boolean, what: string): Promise<Focused>;
  /** Clicks the open popup's close (×) button. */
  clickPopupClose(): Promise<void>;
  /** Clicks the link in the open popup whose text starts with `text`. */
  clickPopupLink(text: string): Promise<void>;
  /** Clicks the article passage that opens `placeId` on its own (not a shared passage). */
  clickPassage(placeId: string): Promise<void>;
  /** Clicks the button for `placeId` after a passage shared by several places. */
  clickPassageChip(placeId: string): Promise<void>;
  eval<T>(fn: () => T): Promise<T>;
  evalArg<A, T>(fn: (arg: A) => T, arg: A): Promise<T>;
  screenshot(file: string): Promise<void>;
}

const READ_POPUP = (): PopupInfo | null => {
  // A closing popup fades out for a moment beside the new one: read the newest.
  const all = document.querySelectorAll('.leaflet-popup .leaflet-popup-content');
  const content = all[all.length - 1];
  const popup = content?.closest('.leaflet-popup') as HTMLElement | null;
  if (!content || !popup || getComputedStyle(popup).opacity === '0') return null;
  const dialog = content.querySelector('[role="dialog"]');
  if (!dialog) return null;
  return {
    placeId: dialog.getAttribute('data-place-id'),
    title: dialog.querySelector('h2')?.textContent ?? '',
    quotes: [...dialog.querySelectorAll('blockquote')].map((b) => b.textContent ?? ''),
    text: dialog.textContent ?? '',
  };
};

const READ_FOCUS = (): Focused => {
  const el = document.activeElement as HTMLElement | null;
  const r = el?.getBoundingClientRect();
  return {
    tag: el?.tagName.toLowerCase() ?? '',
    role: el?.getAttribute('role') ?? null,
    label: el?.getAttribute('aria-label') ?? null,
    id: el?.id ?? '',
    placeId: el?.getAttribute('data-place-id') ?? null,
    inViewport: !!r && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
  };
};

function playwrightUI(page: Page): StoryUI {
  const marker = (name: string) => page.locator('.leaflet-marker-pane').getByRole('button', { name, exact: true });
  const popupLocator = page.locator('.leaflet-popup [role="dialog"]').last();
  return {
    engine: 'playwright',
    goto: async (path) => {
      await page.goto(path);
    },
    waitForMarkers: async (count) => {
      await expect(page.locator('.leaflet-marker-pane [role="button"]')).toHaveCount(count);
    },
    markers: async () => {
      const names = await page.locator('.leaflet-marker-pane [role="button"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      // Cross-check through the accessibility tree: each name must resolve to exactly one button.
      for (const name of names) await expect(marker(name)).toHaveCount(1);
      return names.map((name) => ({ name, role: 'button' }));
    },
    // The symbol, as a reader aims: the marker's box includes its label, whose width and side the
    // declutter may change as the map settles. Under load (three engines on two cores) a click now
    // and then lands where the marker was a frame before, as the map settles: check that it reached
    // the marker, and click again if not. A click that reaches it must still open its popup.
    clickMarker: async (name) => {
      for (let attempt = 1; ; attempt++) {
        await marker(name).evaluate((e: HTMLElement) => {
          delete e.dataset.e2eClicked;
          e.addEventListener('click', () => (e.dataset.e2eClicked = ''), { once: true, capture: true });
        });
        await marker(name).locator('.sym').click();
        if (await marker(name).evaluate((e: HTMLElement) => e.dataset.e2eClicked !== undefined || !e.isConnected)) return;
        if (attempt === 3) throw new Error(`three clicks never reached the marker of ${name}`);
      }
    },
    focusMarker: (name) => marker(name).focus(),
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
      let last = '';
      await expect
        .poll(
          async () => {
            const box = await popupLocator.evaluate((e) => JSON.stringify(e.getBoundingClientRect()));
            const still = box === last;
            last = box;
            return still;
          },
          { message: 'the popup stops moving', intervals: [100] },
        )
        .toBe(true);
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
    clickPopupClose: () => page.locator('.leaflet-popup').last().getByRole('button', { name: 'Close popup' }).click(),
    clickPopupLink: (text) =>
      popupLocator
        .getByRole('link', { name: new RegExp(`^${escapeRegExp(text)}`) })
        .first()
        .click(),
    clickPassage: (placeId) => page.locator(`.article [role="button"][data-places="${placeId}"]`).first().click(),
    clickPassageChip: (placeId) => page.locator(`.article .passage-chips button[data-chip-for="${placeId}"]`).first().click(),
    eval: (fn) => page.evaluate(fn),
    evalArg: <A, T>(fn: (arg: A) => T, arg: A) => page.evaluate(fn as (arg: unknown) => T, arg as unknown),
    screenshot: async (file) => {
      await page.screenshot({ path: file, animations: 'disabled' });
    },
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// biome-ignore lint/suspicious/noConfusingVoidType: Playwright types a fixture that gives no value (guard) as void.
export const test = base.extend<{ ui: StoryUI; story: Story; guard: void; allowedConsoleErrors: readonly RegExp[] }, EngineOptions & { wkDriverPort: number }>({
  // Console errors (or, in Firefox, page errors) a test provokes on purpose and checks for itself.
  allowedConsoleErrors: [[], { option: true }],
  engine: ['playwright', { option: true, scope: 'worker' }],
  // In every Playwright test: no console error, no uncaught exception, and no request that leaves
  // this machine (such a request is aborted and reported). The embed specs' stand-in news site runs
  // on another loopback port, so loopback origins count as ours. WebKitGTK's WebDriver exposes neither the
  // console nor the network; there, specs check Resource Timing instead.
  guard: [
    async ({ engine, page, baseURL, allowedConsoleErrors }, use) => {
      if (engine !== 'playwright') return use();
      const ours = (url: URL): boolean => url.origin === new URL(baseURL!).origin || url.hostname === '127.0.0.1';
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !allowedConsoleErrors.some((allowed) => allowed.test(m.text()))) problems.push(`console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => {
        if (!allowedConsoleErrors.some((allowed) => allowed.test(e.message))) problems.push(`uncaught: ${e.message}`);
      });
      await page.route(
        (url) => !ours(url),
        (route) => {
          problems.push(`request left the origin: ${route.request().url()}`);
          return route.abort();
        },
      );
      await use();
      expect(problems, 'console errors, uncaught exceptions and off-origin requests').toEqual([]);
    },
    { auto: true },
  ],
  // One WebKitWebDriver per worker: it holds a single session at a time.
  wkDriverPort: [
    async ({ engine }, use, workerInfo) => {
      if (engine !== 'webkit-webdriver') return use(0);
      const port = 4600 + workerInfo.workerIndex;
      const driver: ChildProcess = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
      let ready = false;
      for (let i = 0; i < 100 && !ready; i++) {
        try {
          ready = (await fetch(`http://127.0.0.1:${port}/status`)).ok;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      if (!ready) throw new Error('WebKitWebDriver did not start: is webkit2gtk-driver installed, and is there an X display (xvfb-run)?');
      await use(port);
      driver.kill();
    },
    { scope: 'worker' },
  ],
  story: async ({}, use) => {
    await use(loadStoryDir('geo'));
  },
  ui: async ({ engine, page, baseURL, wkDriverPort }, use) => {
    if (engine === 'playwright') return use(playwrightUI(page));
    const { remote } = await import('webdriverio');
    const browser = await remote({
      hostname: '127.0.0.1',
      port: wkDriverPort,
      path: '/',
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        // Without this WebdriverIO asks for BiDi, which WebKitGTK's driver refuses.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      } as WebdriverIO.Capabilities,
    });
    try {
      await browser.setWindowSize(1280, 860);
      await use(webdriverUI(browser, baseURL!));
    } finally {
      await browser.deleteSession();
    }
  },
});

function webdriverUI(b: WebdriverIO.Browser, baseURL: string): StoryUI {
  const timeout = 10_000;
  const markerByName = async (name: string) => {
    let found: WebdriverIO.Element | null = null;
    await b.waitUntil(
      async () => {
        for (const el of await b.$$('.leaflet-marker-pane [role="button"]')) {
          if ((await el.getComputedLabel()) === name) {
            found = el;
            return true;
          }
        }
        return false;
      },
      { timeout, timeoutMsg: `no marker named "${name}"` },
    );
    return found! as WebdriverIO.Element;
  };
  const KEYS: Record<string, string> = { Enter: '\uE007', Escape: '\uE00C', Tab: '\uE004', ' ': '\uE00D' };
  /** Scrolls with plain JS (WebKitGTK's Actions-based scrolling misplaces targets), waits until the
   * element stops moving (a smooth scroll or the map's pan may still be running, as Playwright's own
   * click waits for), then clicks. WebDriver's Element Click aims at the centre of the element's first
   * line box, so a passage that wraps over several lines is clicked on its text. */
  const clickInline = async (el: WebdriverIO.Element, block: ScrollLogicalPosition = 'center'): Promise<void> => {
    await b.execute((e: HTMLElement, where: ScrollLogicalPosition) => e.scrollIntoView({ block: where }), el as unknown as HTMLElement, block);
    let last = '';
    let still = 0;
    await b.waitUntil(
      async () => {
        // The page's scroll too: a paragraph link's smooth scroll may still be running, and while it
        // does WebKitGTK can deliver the click's mouseup elsewhere (the link keeps focus, no click).
        // Under Xvfb its animation frames can be ~300 ms apart, so ask for ~450 ms without a change.
        const box = JSON.stringify(await b.execute((e: HTMLElement) => [e.getClientRects()[0]?.toJSON(), window.scrollY], el as unknown as HTMLElement));
        still = box === last ? still + 1 : 0;
        last = box;
        return still >= 3;
      },
      { timeout, interval: 150, timeoutMsg: 'the element (or the page) kept moving' },
    );
    // Check that the click reached the element: now and then WebKitGTK delivers it to whatever lay
    // under that point a moment before (the popup around a link, say). Then click again.
    for (let attempt = 1; ; attempt++) {
      await b.execute(
        (e: HTMLElement) => {
          delete e.dataset.e2eClicked;
          e.addEventListener('click', () => (e.dataset.e2eClicked = ''), { once: true, capture: true });
        },
        el as unknown as HTMLElement,
      );
      await el.click();
      const reached = await b.execute((e: HTMLElement) => e.dataset.e2eClicked !== undefined || !e.isConnected, el as unknown as HTMLElement);
      if (reached) return;
      if (attempt === 3) throw new Error('three clicks never reached the element');
      await new Promise((r) => setTimeout(r, 300));
    }
  };
  return {
    engine: 'webkit-webdriver',
    goto: async (path) => {
      await b.url(new URL(path, baseURL).toString());
    },
    waitForMarkers: async (count) => {
      const markers = () => document.querySelectorAll('.leaflet-marker-pane [role="button"]').length;
      await b.waitUntil(async () => (await b.execute(markers)) === count, { timeout, timeoutMsg: `expected ${count} markers` });
    },
    markers: async () => {
      const out: { name: string; role: string }[] = [];
      for (const el of await b.$$('.leaflet-marker-pane [role="button"]')) out.push({ name: await el.getComputedLabel(), role: await el.getComputedRole() });
      return out;
    },
    clickMarker: async (name) => {
      const el = await (await markerByName(name)).$('.sym');
      await el.waitForClickable({ timeout });
      await el.click();
    },
    focusMarker: async (name) => {
      const el = await markerByName(name);
      await b.execute((e: HTMLElement) => e.focus(), el as unknown as HTMLElement);
    },
    press: async (key) => {
      await b.keys(KEYS[key] ?? key);
    },
    popup: async (placeId) => {
      let info: PopupInfo | null = null;
      await b.waitUntil(
        async () => {
          info = (await b.execute(READ_POPUP)) as PopupInfo | null;
          return info !== null && (placeId === undefined || info.placeId === placeId);
        },
        {
          timeout,
          timeoutMsg: `no popup of ${placeId ?? 'any place'} opened`,
        },
      );
      return info!;
    },
    waitForNoPopup: async () => {
      const popups = () => document.querySelectorAll('.leaflet-popup').length;
      await b.waitUntil(async () => (await b.execute(popups)) === 0, { timeout, timeoutMsg: 'the popup stayed open' });
    },
    waitForFocus: async (testFocus, what) => {
      let focused: Focused | null = null;
      await b
        .waitUntil(
          async () => {
            focused = (await b.execute(READ_FOCUS)) as Focused;
            return testFocus(focused);
          },
          { timeout, timeoutMsg: `focus: ${what}` },
        )
        .catch(() => {
          throw new Error(`focus: ${what}; focused: ${JSON.stringify(focused)}`);
        });
      return focused!;
    },
    clickPopupClose: async () => {
      // The newest popup is the pane's last child (a closing one may still be fading out before it).
      await clickInline(await b.$('.leaflet-popup-pane > .leaflet-popup:last-child .leaflet-popup-close-button').getElement(), 'nearest');
    },
    clickPopupLink: async (text) => {
      const links = await b.$$('.leaflet-popup [role="dialog"] a');
      for (const link of links) {
        if ((await link.getText()).startsWith(text)) {
          // 'nearest': centring would also scroll Leaflet's overflow-hidden container and misplace the map.
          await clickInline(link, 'nearest');
          return;
        }
      }
      throw new Error(`no popup link starting "${text}"`);
    },
    clickPassage: async (placeId) => {
      await clickInline(await b.$(`.article [role="button"][data-places="${placeId}"]`).getElement());
    },
    clickPassageChip: async (placeId) => {
      await clickInline(await b.$(`.article .passage-chips button[data-chip-for="${placeId}"]`).getElement());
    },
    eval: async (fn) => (await b.execute(fn)) as Awaited<ReturnType<typeof fn>>,
    evalArg: async <A, T>(fn: (arg: A) => T, arg: A) => (await (b.execute as unknown as (f: (a: A) => T, a: A) => Promise<T>)(fn, arg)) as T,
    screenshot: async (file) => {
      await b.saveScreenshot(file);
    },
  };
}

/** Records the page's Content-Security-Policy violations from its first script on, as
 * "directive blocked-URI"; call before `page.goto`, read with the function it returns. */
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

export { expect };

/** Waits for the URL's hash to follow the selection: it is written after the popup paints. */
export async function expectHash(ui: StoryUI, hash: string): Promise<void> {
  await expect.poll(() => ui.eval(() => location.hash), { message: 'the hash follows the selection (after the popup paints)' }).toBe(hash);
}
