// The story editor (`npm run edit`), driven as a journalist drives it, on a copy of the Lualaba
// story: Add place and a click on the map, a Name, a precision with a radius, a quote made by
// selecting words with the mouse, Save; the saved story validates, builds, and the new place's
// popup quotes the selected words verbatim. A file changed on disk meanwhile is not overwritten; a
// story that does not validate is not saved, and the editor says why, beside the field.
// In Chromium and Firefox.
import { type ChildProcess, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { validateStoryDir } from '../build/story/loadStoryDir.ts';
import { serve } from '../scripts/serve.mjs';
import { ELSEWHERE_STORY_DIR } from './fixtures/stories.ts';
import { startEditor, selectWords, typeInto } from './drivers/editor.ts';
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
  // A port per worker, and per run: E2E_PORT moves it with the site's, so two runs do not meet.
  ({ origin, process: editor } = await startEditor(dir, Number(process.env.E2E_PORT ?? 4173) + 1022 + info.workerIndex));
});
test.afterAll(() => {
  editor.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('a journalist adds a place on the map, names it, quotes the article and saves a story that builds', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${origin}/editor.html`);
  await page.getByRole('button', { name: 'Add place', exact: true }).click();
  const map = page.locator('.editor-map-canvas');
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width * 0.4, y: box.height * 0.45 } });

  await typeInto(page.getByRole('textbox', { name: 'Name', exact: true }), 'Lokandu ferry landing');
  const form = page.getByRole('form', { name: /^Place: / });
  // No claim is chosen for the journalist: each is missing, and says so beside its field.
  await expect(form.getByRole('combobox', { name: 'Confidence', exact: true })).toHaveValue('');
  await expect(form.locator('.editor-field', { has: page.getByLabel('Confidence', { exact: true }) })).toContainText(
    'is missing: choose one of "high", "medium", "low"',
  );
  await expect(form.locator('.editor-field', { has: page.getByLabel('Does the article name it?') })).toContainText(
    'is missing: say whether the article names the place',
  );
  await form.getByLabel('Kind', { exact: true }).selectOption('other');
  await form.getByLabel('Precision', { exact: true }).selectOption('approximate');
  await form.getByLabel('Level', { exact: true }).selectOption('town');
  await typeInto(form.getByLabel('Independent sources for the position'), '1');
  await form.getByLabel('Confidence', { exact: true }).selectOption('medium');
  await form.getByLabel('Does the article name it?').selectOption('yes');
  await typeInto(form.getByLabel('Radius (metres)'), '8000');
  // The page words a source's bound and our own estimate differently: the journalist says which.
  await form.getByLabel('Where the radius comes from').selectOption('derived');
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
  expect(place.precision).toMatchObject({ kind: 'approximate', radiusM: 8000, radiusFrom: 'derived' });
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

test('from the keyboard alone: an area by corners at the centre, a place moved to the centre', async ({ page }) => {
  await page.goto(`${origin}/editor.html`);
  const map = page.locator('.editor-map-canvas');
  // Leaflet ignores an arrow key while its last pan is still moving: press the next once the map is
  // still, or under load two presses make one pan and two corners fall on one point.
  const pane = map.locator('.leaflet-map-pane');
  const at = () => pane.evaluate((el) => el.style.transform);
  const pan = async (key: string, times: number) => {
    await map.focus();
    for (let i = 0; i < times; i++) {
      const before = await at();
      await map.press(key);
      await expect.poll(at, { message: `the map pans on ${key}` }).not.toBe(before);
      let last = '';
      await expect
        .poll(
          async () => {
            const now = await at();
            const still = now === last;
            last = now;
            return still;
          },
          { message: 'the map stops', intervals: [100] },
        )
        .toBe(true);
    }
  };
  const press = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).press('Enter');

  await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: 'Relief camp at Ubundu', exact: true }).press('Enter');
  await press('Draw area');
  await pan('ArrowUp', 1);
  await press('Add a corner at the centre');
  await pan('ArrowDown', 2);
  await press('Add a corner at the centre');
  // One pan: two take the corner past the story's bounds (Ubundu is near their east edge).
  await pan('ArrowRight', 1);
  await press('Add a corner at the centre');
  await press(/^Close the area \(3 corners\)$/);
  await expect(page.getByRole('status')).toHaveText('The area is drawn; drag its corners to change it.');

  await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: 'Kindu', exact: true }).press('Enter');
  // One pan: each is a third of the map, and three take Kindu past the story's west edge.
  await pan('ArrowLeft', 1);
  await press('Move Kindu to the centre');
  await expect(page.locator('.editor-validity')).toHaveText('The story is valid.');
  await press('Save');
  await expect(page.getByRole('status')).toHaveText(/^Saved to /);
  const features = JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')).features as {
    id: string;
    geometry: { type: string; coordinates: number[][][] | number[] };
  }[];
  const camp = features.find((f) => f.id === 'ubundu-camp')!;
  expect(camp.geometry.type).toBe('Polygon');
  expect(camp.geometry.coordinates[0]).toHaveLength(4);
  expect(features.find((f) => f.id === 'kindu')!.geometry.coordinates).not.toEqual([25.9224, -2.9437]);
});

test('Undo reaches every change since the editor opened, back to the files as opened', async ({ page }) => {
  await page.goto(`${origin}/editor.html`);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeDisabled();
  await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: 'Kindu', exact: true }).click();
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await typeInto(name, 'Kindu, on the Lualaba');
  await page.getByRole('button', { name: 'Add place', exact: true }).click();
  await page.getByRole('button', { name: 'Put it at the centre' }).click();
  await expect(page.getByRole('list', { name: 'Places' }).getByRole('button')).toHaveCount(7);
  while (await undo.isEnabled()) await undo.click();
  await expect(page.getByRole('list', { name: 'Places' }).getByRole('button')).toHaveCount(6);
  await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: 'Kindu', exact: true }).click();
  await expect(name).toHaveValue('Kindu');
});

test('Delete place takes a place away, Undo brings it back; Escape gives up Add place, and says so', async ({ page }) => {
  await page.goto(`${origin}/editor.html`);
  const list = page.getByRole('list', { name: 'Places' });
  await list.getByRole('button', { name: 'Kindu', exact: true }).click();
  const count = await list.getByRole('button').count();
  await page.getByRole('button', { name: 'Delete place', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted Kindu. Undo brings it back.' })).toBeVisible();
  await expect(list.getByRole('button')).toHaveCount(count - 1);
  await expect(list.getByRole('button', { name: 'Kindu', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(list.getByRole('button', { name: 'Kindu', exact: true })).toBeVisible();
  await expect(list.getByRole('button')).toHaveCount(count);

  const add = page.getByRole('button', { name: 'Add place', exact: true });
  await add.click();
  await expect(add).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Waiting for the place:')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(add).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('status').filter({ hasText: 'Add place cancelled: no place was added.' })).toBeVisible();
  // A click on the map now adds nothing.
  await page.locator('.editor-map-canvas').click({ position: { x: 60, y: 200 } });
  await expect(list.getByRole('button')).toHaveCount(count);
});

test('words selected before who says them are typed are the words quoted; with none, the button says why', async ({ page }) => {
  await page.goto(`${origin}/editor.html`);
  await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: 'Kindu', exact: true }).click();
  const form = page.getByRole('form', { name: 'Place: Kindu' });
  const quotes = form.locator('.editor-quotes q');
  const before = await quotes.count();
  const button = page.getByRole('button', { name: 'Quote selection', exact: true });
  await expect(button).toHaveAccessibleDescription('Select some words in a paragraph of the article first.');
  const words = 'rose overnight in Kindu';
  const paragraph = (await page.locator('[data-paragraph]', { hasText: words }).first().getAttribute('data-paragraph'))!;
  await selectWords(page, paragraph, words);
  await expect(button).toHaveAccessibleDescription(`To quote: “${words}”`);
  // The README's order: the words first, then who says them and how they bear on the place.
  await typeInto(page.getByLabel('Who says it'), 'the test article');
  await page.getByLabel('How it bears on the place').selectOption('describes');
  await button.click();
  await expect(quotes).toHaveCount(before + 1);
  await expect(quotes.last()).toHaveText(words);
  await expect(button).toHaveAccessibleDescription('Select some words in a paragraph of the article first.');
});

test('a label typed stays when the name is typed after it', async ({ page }) => {
  await page.goto(`${origin}/editor.html`);
  await page.getByRole('button', { name: 'Add place', exact: true }).click();
  await page.getByRole('button', { name: 'Put it at the centre' }).click();
  const form = page.getByRole('form', { name: /^Place: / });
  // Put where a pixel of the story's overview can say: hundredths or thousandths of a degree, not metres.
  await expect(form.getByRole('textbox', { name: 'Latitude', exact: true })).toHaveValue(/^-?\d+(\.\d{1,3})?$/);
  const label = form.getByRole('textbox', { name: 'Label on the map', exact: true });
  await typeInto(label, 'Adana');
  // The name typed after it passes through "Adana" on its way to "Adana province".
  await typeInto(form.getByRole('textbox', { name: 'Name', exact: true }), 'Adana province');
  await expect(label).toHaveValue('Adana');
  // The story as it was, for the tests after this one.
  await page.getByRole('button', { name: 'Delete place', exact: true }).click();
  await expect(page.locator('.editor-validity')).toHaveText('The story is valid.');
});

test('Latitude and Longitude show the stored position; a pair pasted as Wikipedia prints it fills both, and is saved', async ({ page }) => {
  await page.goto(`${origin}/editor.html`);
  await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: 'Kindu', exact: true }).click();
  const latitude = page.getByRole('textbox', { name: 'Latitude', exact: true });
  const longitude = page.getByRole('textbox', { name: 'Longitude', exact: true });
  const stored = () =>
    JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')).features.find((f: { id: string }) => f.id === 'kindu').geometry.coordinates;
  const [lon, lat] = stored();
  await expect(latitude).toHaveValue(String(lat));
  await expect(longitude).toHaveValue(String(lon));
  // Pasted, as a journalist copies Kindu's position from its Wikipedia infobox.
  await latitude.evaluate((el: HTMLInputElement, value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: value }));
  }, '2°56′37″S 25°55′21″E');
  await expect(latitude).toHaveValue('-2.9436111');
  await expect(longitude).toHaveValue('25.9225');
  // One coordinate typed on its own changes that one.
  await typeInto(longitude, '25.93');
  await expect(latitude).toHaveValue('-2.9436111');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible();
  expect(stored()).toEqual([25.93, -2.9436111]);
  // Undo reaches across Save: the longitude as it was one keystroke before.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(longitude).toHaveValue('25.9');
});

test('axe finds no violation in the editor, with a place open (screenshot at 1280 px)', async ({ page, browserName }) => {
  await page.goto(`${origin}/editor.html`);
  await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: 'Fields around Kasongo', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Fields around Kasongo');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // What axe cannot see: the map's drawings are no unnamed images; the form says what they show.
  const drawings = await page.locator('.leaflet-pane > svg, .leaflet-pane > canvas').evaluateAll((all) => all.map((d) => d.getAttribute('aria-hidden')));
  expect(drawings.length).toBeGreaterThan(0);
  expect(drawings.every((hidden) => hidden === 'true')).toBe(true);
  if (browserName === 'chromium') await page.screenshot({ path: 'reports/screenshots/editor-1280.png' });
  // And the place's form as a screen reader meets it: one reviewed tree (as e2e/a11y-tree.spec.ts).
  if (browserName === 'chromium')
    await expect(page.getByRole('form', { name: 'Place: Fields around Kasongo' })).toMatchAriaSnapshot({ name: 'editor-place.aria.yml' });
});
