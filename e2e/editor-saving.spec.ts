// The story editor (`npm run edit`) saving a story, on a copy of the Lualaba story: a journalist's
// whole round (Add place and a click on the map, a Name, a precision with a radius, a quote made by
// selecting words with the mouse, Save; the saved story validates, builds, and the new place's popup
// quotes the selected words verbatim); a file changed on disk meanwhile is not overwritten; a story
// that does not validate is not saved, and the editor says why, beside the field.
// In Chromium and Firefox.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { validateStoryDir } from '../node/story/loadStoryDir.ts';
import { serve } from '../scripts/serve.mjs';
import { editorOnCopy, noAxeViolations, pasteInto, selectWords, typeInto } from './drivers/editor.ts';
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'serial' });
// A refused save is an HTTP answer of its own (409: a file changed on disk; 422: the story does not
// validate), which browsers log as failed loads; the tests provoke both on purpose.
test.use({ allowedConsoleErrors: [/status of (409|422)/] });

const { dir, origin } = editorOnCopy(test, 0);

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
  await noAxeViolations(page, 'a refused save, its messages beside the fields');
  expect(readFileSync(join(dir, 'places.geojson'), 'utf8')).toBe(before);
});

test('a save reloads the reader’s page open beside the editor, and never the editor, whose Undo goes on', async ({ page, context }) => {
  const reader = await context.newPage();
  await reader.goto(`${origin}/`);
  await expect(reader.locator('h1')).toHaveText('Test story: a flood on the Lualaba');
  await page.goto(`${origin}/editor.html`);
  await page.getByText(/^Story and article details/).click();
  // Pasted over the title (in Firefox, Ctrl+A right after the panel opens can leave the old words in).
  await pasteInto(page.getByRole('textbox', { name: 'Title', exact: true }), 'A flood on the Lualaba, saved beside its page');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(/^Saved to /);
  await expect(reader.locator('h1')).toHaveText('A flood on the Lualaba, saved beside its page');
  // The editor was not reloaded: what it holds, and Undo, are as they were.
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('A flood on the Lualaba, saved beside its page');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeEnabled();
  await reader.close();
});
