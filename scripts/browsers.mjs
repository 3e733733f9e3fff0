// The Debian browsers the scripts drive (Playwright cannot download its own here), with the flags
// Chromium needs on this closed network. Used by `npm run bench`, `npm run screenshots`
// and the tests (playwright.config.ts; types in browsers.d.mts).
import { chromium, firefox } from '@playwright/test';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches Debian's Chromium or Firefox ESR through Playwright. */
export function launch(engine) {
  return engine === 'chromium'
    ? chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS })
    : firefox.launch({ channel: 'moz-firefox', executablePath: FIREFOX_PATH });
}
