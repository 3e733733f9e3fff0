// End-to-end tests in three engines, all from Debian packages (npx playwright install cannot
// download browsers here): Chromium and Firefox ESR through Playwright, WebKitGTK through its
// WebDriver and WebdriverIO (see e2e/drivers/). WebKitGTK needs an X display: scripts/e2e.mjs starts
// the run under xvfb-run when there is none.
import { defineConfig } from '@playwright/test';
import type { EngineOptions } from './e2e/fixtures.ts';
// The same browsers and Chromium flags as the scripts (bench, screenshots, fallback pictures).
import { CHROME_PATH as CHROMIUM, CHROMIUM_ARGS, FIREFOX_PATH as FIREFOX } from './scripts/browsers.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const SCREEN_READER = /screen-reader\.spec\.ts$/;

export default defineConfig<EngineOptions>({
  testDir: './e2e',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  // One retry, in a fresh browser, for every engine: the drivers click once, when the map and the
  // page are still, and fail when a click lands elsewhere; a test that passes only on its retry is
  // named by .ci/summary.mjs with what its first attempt met, so flake is counted, not hidden.
  // Twice in a row fails.
  retries: 1,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Asia/Baghdad',
    // Tracing slows every test; turn it on when a failure needs one: E2E_TRACE=1 npm run e2e.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: SCREEN_READER,
      use: { engine: 'playwright', browserName: 'chromium', launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } },
    },
    {
      name: 'firefox',
      testIgnore: SCREEN_READER,
      use: { engine: 'playwright', browserName: 'firefox', channel: 'moz-firefox', launchOptions: { executablePath: FIREFOX } },
    },
    {
      // Orca reading Firefox ESR, on a display of its own (e2e/drivers/orca.ts): no Playwright browser.
      name: 'screen-reader',
      testMatch: SCREEN_READER,
      // Transcripts beside the ARIA snapshots, named as the spec names them, with no engine suffix.
      snapshotPathTemplate: '{testDir}/{testFilePath}-snapshots/{arg}{ext}',
      // Its retry is in a fresh Orca: on CI's busy machine Orca has now and then dropped a live
      // region's message (seen once: the timeline's Next, 1 journey of 7).
    },
    {
      name: 'webkit',
      // Only engine-neutral specs: they drive the page through the `ui` fixture. Playwright still
      // builds its `page` fixture, so point that (unused) browser at Chromium.
      testMatch: /\.(neutral)\.spec\.ts$/,
      // MiniBrowser under Xvfb now and then dies in the middle of a test ("invalid session id": the
      // browser is gone, not the page wrong); seen twice in five full runs, never twice in a row. Its
      // retry is in a fresh session, and .ci/summary.mjs counts these crashes apart.
      use: { engine: 'webkit-webdriver', browserName: 'chromium', launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } },
    },
  ],
  webServer: {
    // dist/ is built by scripts/e2e.mjs just before; never reuse a server that may serve an old build.
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
