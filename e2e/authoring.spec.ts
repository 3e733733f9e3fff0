// The authoring loop as the README teaches it: `npm run dev -- --story DIR` on a copy of the
// fixture story; every save reloads the open page by itself, and a story that does not validate
// shows the validator's own message in the page, then recovers when the file is fixed. Chromium only:
// it tests the dev server, not the map, which every other spec tests in three engines.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SECOND_STORY_DIR } from './fixtures/stories.ts';
import { expect, test } from './fixtures.ts';

const PORT = 5192;
test.skip(({ browserName }) => browserName !== 'chromium', 'it tests the dev server, once');

test.describe('npm run dev -- --story DIR', () => {
  // While the story is broken, its module answers 500: that is the dev server reporting the error.
  test.use({ allowedConsoleErrors: [/status of 500/] });
  let dir: string;
  let dev: ChildProcess;
  test.beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'authoring-')), 'my-story');
    cpSync(SECOND_STORY_DIR, dir, { recursive: true });
    dev = spawn(process.execPath, ['scripts/dev.mjs', '--story', dir, '--port', String(PORT)], { stdio: 'ignore' });
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${PORT}/`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200);
  });
  test.afterAll(() => {
    dev.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test('reloads the page on every save, and shows the validator’s message in the page until the story is fixed', async ({ page }) => {
    const storyFile = join(dir, 'story.json');
    const placesFile = join(dir, 'places.geojson');
    const story = JSON.parse(readFileSync(storyFile, 'utf8'));
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await expect(page.locator('h1')).toHaveText(story.title);
    await expect(page.locator('.leaflet-marker-pane [data-place-id]').first()).toBeVisible();

    writeFileSync(storyFile, JSON.stringify({ ...story, title: 'Saved while the page is open' }, null, 2));
    await expect(page.locator('h1')).toHaveText('Saved while the page is open');

    // The mistake people make most when typing JSON by hand: a comma before a closing bracket.
    const places = readFileSync(placesFile, 'utf8');
    const broken = places.replace(/\n(\s*)\]\s*\}\s*$/, ',\n$1]\n}\n');
    expect(broken).not.toBe(places);
    writeFileSync(placesFile, broken);
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toContainText('places.geojson');
    await expect(overlay).toContainText('trailing comma');

    writeFileSync(placesFile, places);
    await expect(overlay).toHaveCount(0);
    await expect(page.locator('.leaflet-marker-pane [data-place-id]').first()).toBeVisible();
  });
});
