// Renders the fallback pictures of the map — wide and narrow, light and dark, with the key and the
// credits — from the built embed (`embed.html?static=1`), into public/fallback/, with a manifest
// that records which version of the story they show. The build puts them in <noscript>, in the
// og:image / twitter:image cards and in the print view, and leaves them out (with a warning) when
// the story has changed since they were made. A unit test fails on stale pictures too.
// They are committed: rendering needs a browser, and `npm ci && npm start` must not.
//   npm run fallback-images
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launch } from './browsers.mjs';
import { serve } from './serve.mjs';

const OUT = 'public/fallback';
const SHOTS = [
  { layout: 'wide', theme: 'light', width: 1200 },
  { layout: 'wide', theme: 'dark', width: 1200 },
  { layout: 'narrow', theme: 'light', width: 400 },
  { layout: 'narrow', theme: 'dark', width: 400 },
];

if (spawnSync('node', ['scripts/build.mjs', '--logLevel', 'warn'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const server = await serve({ port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch('chromium');
mkdirSync(OUT, { recursive: true });
const images = [];
let storyHash = null;
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${origin}/embed.html?static=1&panel=none&theme=${shot.theme}`);
    await page.locator('.leaflet-marker-pane [role="button"]').first().waitFor();
    await page.waitForTimeout(500); // the label layout runs after the markers
    storyHash = await page.locator('meta[name="iraq-strikes-map:story"]').getAttribute('content');
    const file = `map-${shot.layout}-${shot.theme}.png`;
    const png = await page.locator('main.embed').screenshot({ path: `${OUT}/${file}`, animations: 'disabled' });
    // PNG: the IHDR chunk holds width and height at bytes 16-23.
    images.push({ file, layout: shot.layout, theme: shot.theme, width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
    console.log(`${OUT}/${file} ${png.readUInt32BE(16)}x${png.readUInt32BE(20)} ${(png.length / 1024).toFixed(1)} KB`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (!storyHash) throw new Error('embed.html carries no story version (meta iraq-strikes-map:story)');
const previous = (() => {
  try {
    return readFileSync(`${OUT}/fallback.json`, 'utf8');
  } catch {
    return '';
  }
})();
const manifest = `${JSON.stringify({ storyHash, images }, null, 2)}\n`;
writeFileSync(`${OUT}/fallback.json`, manifest);
console.log(previous === manifest ? 'fallback.json unchanged' : `${OUT}/fallback.json written`);
