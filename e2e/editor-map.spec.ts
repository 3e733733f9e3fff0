// The story editor's map (`npm run edit`), on a copy of the Lualaba story: an area drawn corner by
// corner and a halo's radius dragged with the mouse; the same from the keyboard alone; a position
// typed or pasted into Latitude and Longitude. In Chromium and Firefox.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateStoryDir } from '../node/story/loadStoryDir.ts';
import { editorOnCopy, noAxeViolations, typeInto } from './drivers/editor.ts';
import { expect, test } from './fixtures.ts';
import { waitUntilStill } from './helpers.ts';

test.describe.configure({ mode: 'serial' });

const { dir, origin } = editorOnCopy(test, 1);

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
  // The selected halo's handle is named for what it changes: axe finds no unnamed control on the map.
  await noAxeViolations(page, 'a halo with its radius handle');

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
      await waitUntilStill('the map', at);
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
