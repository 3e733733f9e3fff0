// Screenshots of what a reader gets, for people to look at (not a test): wide and phone, light and
// dark, on load and with a popup open. Builds first. Writes reports/screenshots/*.png.
//   npm run screenshots
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launch } from './browsers.mjs';
import { serve } from './serve.mjs';

if (spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' }).status !== 0) process.exit(1);
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
];
try {
  for (const s of shots) {
    const page = await browser.newPage({ viewport: { width: s.width, height: s.height }, colorScheme: s.dark ? 'dark' : 'light' });
    await page.goto(`http://127.0.0.1:${port}/${s.hash}`);
    await page.locator('.leaflet-marker-pane [role="button"]').first().waitFor();
    if (s.hash) await page.locator('.leaflet-popup [role="dialog"]').waitFor();
    if (s.scrollToMap) await page.locator('.map-column').evaluate((el) => el.scrollIntoView());
    await page.waitForTimeout(400); // let the popup's pan settle before the picture
    await page.screenshot({ path: `${out}/${s.name}.png`, animations: 'disabled' });
    console.log(`${out}/${s.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
