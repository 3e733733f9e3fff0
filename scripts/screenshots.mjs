// Screenshots of what a reader gets, for people to look at (not a test): wide and phone, light and
// dark, on load and with a popup open. Builds first. Writes reports/screenshots/*.png.
//   npm run screenshots
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launch } from './browsers.mjs';
import { serve } from './serve.mjs';

if (spawnSync('node', ['scripts/build.mjs', '--logLevel', 'warn'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const port = 4199;
const server = await serve({ port });
const out = 'reports/screenshots';
mkdirSync(out, { recursive: true });
const browser = await launch('chromium');
const shots = [
  { name: 'wide-1280x800', width: 1280, height: 800, hash: '' },
  { name: 'wide-1280x800-airport', width: 1280, height: 800, hash: '#place=karbala-international-airport' },
  { name: 'wide-1280x800-dark-taji', width: 1280, height: 800, hash: '#place=camp-taji', dark: true },
  { name: 'narrow-375x740', width: 375, height: 740, hash: '' },
  { name: 'narrow-375x740-map', width: 375, height: 740, hash: '', scrollToMap: true },
  { name: 'narrow-375x740-jurf', width: 375, height: 740, hash: '#place=jurf-al-nasr', scrollToMap: true },
  { name: 'narrow-320x640-dark', width: 320, height: 640, hash: '', dark: true, scrollToMap: true },
  // Close-ups: the key, and the popups whose words say least (a named area, a town, a disputed site).
  { name: 'key-1280', width: 1280, height: 800, hash: '', element: '.legend' },
  { name: 'popup-najaf', width: 1280, height: 900, hash: '#place=najaf', element: '.leaflet-popup' },
  { name: 'popup-jurf-al-nasr', width: 1280, height: 900, hash: '#place=jurf-al-nasr', element: '.leaflet-popup' },
  { name: 'popup-karbala-airport', width: 1280, height: 900, hash: '#place=karbala-international-airport', element: '.leaflet-popup' },
  { name: 'article-head', width: 1280, height: 800, hash: '', element: '.article-head' },
];
try {
  for (const s of shots) {
    const page = await browser.newPage({ viewport: { width: s.width, height: s.height }, colorScheme: s.dark ? 'dark' : 'light' });
    await page.goto(`http://127.0.0.1:${port}/${s.hash}`);
    await page.locator('.leaflet-marker-pane [role="button"]').first().waitFor();
    if (s.hash) await page.locator('.leaflet-popup [role="dialog"]').waitFor();
    if (s.scrollToMap) await page.locator('.map-column').evaluate((el) => el.scrollIntoView());
    await page.waitForTimeout(400); // let the popup's pan settle before the picture
    if (s.element)
      await page
        .locator(s.element)
        .first()
        .screenshot({ path: `${out}/${s.name}.png`, animations: 'disabled' });
    else await page.screenshot({ path: `${out}/${s.name}.png`, animations: 'disabled' });
    console.log(`${out}/${s.name}.png`);
    // A popup longer than the map scrolls inside it: show its end too, as a reader scrolls to it.
    if (s.element === '.leaflet-popup' && (await page.locator('.leaflet-popup-content').evaluate((el) => el.scrollHeight > el.clientHeight))) {
      await page.locator('.leaflet-popup-content').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page
        .locator(s.element)
        .first()
        .screenshot({ path: `${out}/${s.name}-end.png`, animations: 'disabled' });
      console.log(`${out}/${s.name}-end.png`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
