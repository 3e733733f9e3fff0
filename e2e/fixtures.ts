// The tests' fixtures: the guard every Playwright test runs under, the bundled story and its located
// places, the stand-in news site, and `ui`, the one way to drive the story page in every engine.
import { test as base, expect } from '@playwright/test';
import { loadStoryDir } from '../node/story/loadStoryDir.ts';
import { isLocated, type LocatedPlace, type Story } from '../shared/story/types.ts';
import { playwrightUI } from './drivers/playwright.ts';
import type { EngineOptions, StoryUI } from './drivers/storyUI.ts';
import { logSince, logSize, openWebKitSession, startWebKitDriver, webdriverUI } from './drivers/webkitgtk.ts';
import { type HostSite, startHostSite } from './host/hostServer.ts';

/** The bundled story, read once: specs that make a test per place loop over it at load time. */
export const STORY: Story = loadStoryDir('geo');
/** Its places that have a position on the map. */
export const LOCATED: readonly LocatedPlace[] = STORY.places.filter(isLocated);

export const test = base.extend<
  {
    ui: StoryUI;
    story: Story;
    located: readonly LocatedPlace[];
    host: HostSite;
    // biome-ignore lint/suspicious/noConfusingVoidType: Playwright types a fixture that gives no value as void.
    guard: void;
    allowedConsoleErrors: readonly RegExp[];
    allowedRequests: readonly RegExp[];
  },
  EngineOptions & { wkDriverPort: number; wkDriverLog: string }
>({
  // Console errors (or, in Firefox, page errors) a test provokes on purpose and checks for itself.
  allowedConsoleErrors: [[], { option: true }],
  // Requests to other sites that a test's page makes by design and the test does not look at (the
  // tiles story's tiles): still aborted, not reported.
  allowedRequests: [[], { option: true }],
  engine: ['playwright', { option: true, scope: 'worker' }],
  // In every Playwright test: no console error, no uncaught exception, and no request that leaves
  // this machine (such a request is aborted and reported). The embed specs' stand-in news site runs
  // on another loopback port, so loopback origins count as ours. WebKitGTK's WebDriver exposes neither the
  // console nor the network; there, specs check Resource Timing instead.
  guard: [
    async ({ engine, page, baseURL, allowedConsoleErrors, allowedRequests }, use) => {
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
          if (!allowedRequests.some((allowed) => allowed.test(route.request().url()))) problems.push(`request left the origin: ${route.request().url()}`);
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
    async ({ engine, wkDriverLog }, use, workerInfo) => {
      if (engine !== 'webkit-webdriver') return use(0);
      const port = 4600 + workerInfo.workerIndex;
      const driver = await startWebKitDriver(port, wkDriverLog);
      await use(port);
      driver.kill();
    },
    { scope: 'worker' },
  ],
  // Where the worker's WebKitWebDriver and its MiniBrowsers print: a failed test is given what they
  // printed during it, so a MiniBrowser that dies ("invalid session id") leaves its last words.
  wkDriverLog: [
    async ({}, use, workerInfo) => {
      await use(`${workerInfo.project.outputDir}/webkit-driver-${workerInfo.workerIndex}.log`);
    },
    { scope: 'worker' },
  ],
  // The bundled story, and its places on the map: the tests are driven by the data.
  story: async ({}, use) => {
    await use(STORY);
  },
  located: async ({}, use) => {
    await use(LOCATED);
  },
  // The stand-in news site (host/hostServer.ts) on its own origin, for the embed specs.
  host: async ({ baseURL }, use) => {
    const site = await startHostSite(new URL(baseURL!).origin);
    await use(site);
    await site.close();
  },
  ui: async ({ engine, page, baseURL, wkDriverPort, wkDriverLog }, use, testInfo) => {
    if (engine === 'playwright') return use(playwrightUI(page));
    const from = logSize(wkDriverLog);
    const browser = await openWebKitSession(wkDriverPort);
    try {
      await use(webdriverUI(browser, baseURL!));
    } finally {
      if (testInfo.status !== testInfo.expectedStatus)
        await testInfo.attach('webkit-driver.log', { body: logSince(wkDriverLog, from), contentType: 'text/plain' });
      await browser.deleteSession().catch(() => undefined);
    }
  },
});

export type { EngineOptions, Focused, PopupInfo, StoryUI } from './drivers/storyUI.ts';
export { expect };
