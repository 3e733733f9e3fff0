// The story editor (`npm run edit`), driven as a journalist drives it, on a copy of the Lualaba
// story: Add place and a click on the map, a Name, a precision with a radius, a quote made by
// selecting words with the mouse, Save; the saved story validates, builds, and the new place's
// popup quotes the selected words verbatim. A file changed on disk meanwhile is not overwritten; a
// story that does not validate is not saved, and the editor says why, beside the field.
// In Chromium and Firefox.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { validateStoryDir } from '../build/story/loadStoryDir.ts';
import { serve } from '../scripts/serve.mjs';
import { ELSEWHERE_STORY_DIR } from './fixtures/stories.ts';
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'serial' });
// A refused save is an HTTP answer of its own (409: a file changed on disk; 422: the story does not
// validate), which browsers log as failed loads; the tests provoke both on purpose.
test.use({ allowedConsoleErrors: [/status of (409|422)/] });

let dir: string;
let editor: ChildProcess;
let origin: string;

test.beforeAll(async ({}, info) => {
  dir = join(mkdtempSync(join(tmpdir(), 'editor-')), 'my-story');
  cpSync(ELSEWHERE_STORY_DIR, dir, { recursive: true });
  // A port per browser project: the two may run at once.
  const port = 5195 + info.workerIndex;
  origin = `http://127.0.0.1:${port}`;
  editor = spawn(process.execPath, ['scripts/edit.mjs', '--story', dir, '--port', String(port)], { stdio: 'ignore' });
  await expect.poll(async () => (await fetch(`${origin}/api/story`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200);
});
test.afterAll(() => {
  editor.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** Types `text` into a field as a person does, over whatever it held. (Playwright's fill() sets the
 * value in a way React's change tracking misses in Firefox over WebDriver BiDi.) */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text);
}

/** Selects `words` in paragraph `paragraph` with the mouse: press at the first letter, drag to the last. */
async function selectWords(page: Page, paragraph: string, words: string): Promise<void> {
  const [from, to] = await page.evaluate(
    ({ paragraph, words }) => {
      const p = document.querySelector(`[data-paragraph="${paragraph}"]`)!;
      p.scrollIntoView({ block: 'center' });
      const text = p.firstChild!;
      const start = text.textContent!.indexOf(words);
      const rect = (offset: number) => {
        const range = document.createRange();
        range.setStart(text, offset);
        range.setEnd(text, offset + 1);
        const r = range.getClientRects()[0]!;
        return [r.left, r.top + r.height / 2, r.width] as const;
      };
      const [x0, y0] = rect(start);
      const [x1, y1, w1] = rect(start + words.length - 1);
      return [
        [x0 + 0.5, y0],
        [x1 + w1 - 0.5, y1],
      ];
    },
    { paragraph, words },
  );
  await page.mouse.move(from![0]!, from![1]!);
  await page.mouse.down();
  await page.mouse.move(to![0]!, to![1]!, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(words);
}

test('a journalist adds a place on the map, names it, quotes the article and saves a story that builds', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${origin}/editor.html`);
  await page.getByRole('button', { name: 'Add place', exact: true }).click();
  const map = page.locator('.editor-map-canvas');
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width * 0.4, y: box.height * 0.45 } });

  await typeInto(page.getByRole('textbox', { name: 'Name', exact: true }), 'Lokandu ferry landing');
  const form = page.getByRole('form', { name: /^Place: / });
  await form.getByLabel('Precision', { exact: true }).selectOption('approximate');
  await typeInto(form.getByLabel('Radius (metres)'), '8000');
  await typeInto(form.getByLabel('What the position rests on'), 'Placed from the test article’s description, for the editor test.');
  await typeInto(form.getByLabel('What the confidence rates'), 'That the ferry stopped here');
  await typeInto(form.getByLabel("The article's words for it"), 'Kasongo');
  await form.getByRole('button', { name: 'Add source' }).click();
  await typeInto(form.getByLabel('Source 1', { exact: true }), 'The test article');

  const words = 'fields were flooded too';
  await selectWords(page, 'p-kasongo', words);
  await page.getByRole('button', { name: 'Quote selection', exact: true }).click();
  await expect(form.locator('.editor-quotes q')).toHaveText(words);

  await expect(page.locator('.editor-validity')).toHaveText('The story is valid.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(/^Saved to /);

  // The saved story: valid, with the new place and its quote, verbatim.
  const saved = validateStoryDir(dir);
  expect(saved.errors).toEqual([]);
  const place = saved.story!.places.find((p) => p.name === 'Lokandu ferry landing')!;
  expect(place.id).toBe('lokandu-ferry-landing');
  expect(place.precision).toMatchObject({ kind: 'approximate', radiusM: 8000 });
  expect(place.quotes.map((q) => [q.paragraph, q.text])).toEqual([['p-kasongo', words]]);

  // It builds, and the reader's popup of the new place quotes the selected words.
  const site = join(dir, '..', 'site');
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--story', dir, '--outDir', site, '--emptyOutDir', '--logLevel', 'error'], {
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
  const server: Server = await serve({ dir: site, port: 0 });
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/#place=${place.id}`);
    await expect(page.locator(`.leaflet-popup [role="dialog"][data-place-id="${place.id}"] blockquote`)).toHaveText(words);
  } finally {
    server.close();
  }
});

test('a file changed on disk while the editor has it open is not overwritten, and the editor says so', async ({ page }) => {
  await page.goto(`${origin}/editor.html`);
  await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: 'Kindu', exact: true }).click();
  await typeInto(page.getByRole('textbox', { name: 'Name', exact: true }), 'Kindu town');
  const elsewhere = `${readFileSync(join(dir, 'places.geojson'), 'utf8')}\n`;
  writeFileSync(join(dir, 'places.geojson'), elsewhere);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('places.geojson changed on disk since the editor opened it');
  expect(readFileSync(join(dir, 'places.geojson'), 'utf8')).toBe(elsewhere);
});

test('a story that does not validate is not saved, and each problem stands beside its field', async ({ page }) => {
  await page.goto(`${origin}/editor.html`);
  await page.getByRole('button', { name: 'Add place', exact: true }).click();
  await page.getByRole('button', { name: 'Put it at the centre' }).click();
  const before = readFileSync(join(dir, 'places.geojson'), 'utf8');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText(/^Not saved: the story has \d+ problems, listed beside their fields\.$/);
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`[id="${await name.getAttribute('aria-describedby')}"]`)).toContainText('must not be empty');
  expect(readFileSync(join(dir, 'places.geojson'), 'utf8')).toBe(before);
});

test('an area is drawn corner by corner, and a halo’s radius dragged; the saved area is closed and counterclockwise', async ({ page }) => {
  await page.goto(`${origin}/editor.html`);
  const places = page.getByRole('list', { name: 'Places' });
  const map = page.locator('.editor-map-canvas');
  const box = (await map.boundingBox())!;

  // The river gauge had no position: it becomes an area, drawn as four corners and closed on the first.
  await places.getByRole('button', { name: 'The river gauge', exact: true }).click();
  await page.getByRole('button', { name: 'Draw area', exact: true }).click();
  // Inside the story's bounds, which fill the map's height and the middle of its width.
  const corners = [
    [0.45, 0.35],
    [0.45, 0.45],
    [0.55, 0.45],
    [0.55, 0.35],
    [0.45, 0.35],
  ] as const;
  for (const [x, y] of corners) await map.click({ position: { x: box.width * x, y: box.height * y } });
  await expect(page.getByRole('status')).toHaveText('The area is drawn; drag its corners to change it.');

  // Kasongo's halo (15 km): its radius handle, dragged outwards.
  await places.getByRole('button', { name: 'Fields around Kasongo', exact: true }).click();
  const handles = page.locator('.leaflet-marker-pane .marker-icon:not(.marker-icon-middle)');
  await expect(handles).not.toHaveCount(0);
  const boxes = await handles.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  // The radius handle is the one right of the centre (Geoman puts it on the circle's east side).
  const outer = boxes.sort((a, b) => b.x - a.x)[0]!;
  await page.mouse.move(outer.x + outer.width / 2, outer.y + outer.height / 2);
  await page.mouse.down();
  await page.mouse.move(outer.x + outer.width / 2 + 60, outer.y + outer.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect(page.getByLabel('Radius (metres)')).not.toHaveValue('15000');

  await expect(page.locator('.editor-validity')).toHaveText('The story is valid.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(/^Saved to /);
  const saved = validateStoryDir(dir);
  expect(saved.errors).toEqual([]);
  const gauge = JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')).features.find((f: { id: string }) => f.id === 'river-gauge');
  const ring = gauge.geometry.coordinates[0] as [number, number][];
  expect(gauge.geometry.type).toBe('Polygon');
  expect(ring).toHaveLength(5);
  expect(ring[0]).toEqual(ring[4]);
  const twiceArea = ring.slice(0, -1).reduce((sum, [x1, y1], i) => {
    const [x2, y2] = ring[i + 1]!;
    return sum + x1 * y2 - x2 * y1;
  }, 0);
  expect(twiceArea).toBeGreaterThan(0);
  expect(saved.story!.places.find((p) => p.id === 'kasongo')!.precision.radiusM).toBeGreaterThan(15000);
});

test('axe finds no violation in the editor, with a place open (screenshot at 1280 px)', async ({ page, browserName }) => {
  await page.goto(`${origin}/editor.html`);
  await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: 'Fields around Kasongo', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Fields around Kasongo');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  if (browserName === 'chromium') await page.screenshot({ path: 'reports/screenshots/editor-1280.png' });
});
