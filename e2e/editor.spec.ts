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
  // A port per worker, and per run: E2E_PORT moves it with the site's, so two runs do not meet.
  const port = Number(process.env.E2E_PORT ?? 4173) + 1022 + info.workerIndex;
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

/** Pastes `text` into a text area at once, as a paste does: the native value setter, then the input
 * event browsers fire for a paste (typing 900 characters one by one takes minutes in Firefox). */
async function pasteInto(field: Locator, text: string): Promise<void> {
  await field.evaluate((el, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: value }));
  }, text);
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

test('the Lualaba story’s places, made from scratch: the article pasted, five places put, written and quoted, saved', async ({ page }) => {
  test.setTimeout(300_000);
  const started = Date.now();
  // A copy of the story with no article text and no places: what a journalist starts from.
  const fresh = join(dir, '..', 'from-scratch');
  cpSync(ELSEWHERE_STORY_DIR, fresh, { recursive: true });
  const fixtureArticle = JSON.parse(readFileSync(join(ELSEWHERE_STORY_DIR, 'article.json'), 'utf8'));
  writeFileSync(join(fresh, 'article.json'), JSON.stringify({ ...fixtureArticle, paragraphs: [] }, null, 2));
  writeFileSync(join(fresh, 'places.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [] }, null, 2));
  const port = 5295 + test.info().workerIndex;
  const freshEditor = spawn(process.execPath, ['scripts/edit.mjs', '--story', fresh, '--port', String(port)], { stdio: 'ignore' });
  try {
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/api/story`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200);
    await page.goto(`http://127.0.0.1:${port}/editor.html`);

    // The article, pasted as the outlet published it.
    const text = (fixtureArticle.paragraphs as { text: string }[]).map((p) => p.text).join('\n\n');
    await pasteInto(page.getByLabel(/^Article text/), text);
    await page.getByRole('button', { name: 'Use this text' }).click();
    await expect(page.locator('[data-paragraph]')).toHaveCount(fixtureArticle.paragraphs.length);
    const paragraphOf = (words: string) => page.locator('[data-paragraph]', { hasText: words }).getAttribute('data-paragraph');

    // The map's pixels for a coordinate, read off the pointer's coordinate as a journalist would.
    const map = page.locator('.editor-map-canvas');
    const box = (await map.boundingBox())!;
    const pointer = page.locator('.editor-pointer');
    const readAt = async (x: number, y: number) => {
      const before = await pointer.textContent();
      await map.hover({ position: { x, y } });
      await expect(pointer).not.toHaveText(before ?? '');
      const [lon, lat] = ((await pointer.textContent()) ?? '').match(/-?\d+\.\d+/g)!.map(Number);
      return { x, y, lon: lon!, lat: lat! };
    };
    const a = await readAt(box.width * 0.2, box.height * 0.2);
    const b = await readAt(box.width * 0.8, box.height * 0.8);
    const pixel = ([lon, lat]: readonly [number, number]) => ({
      x: a.x + ((lon - a.lon) / (b.lon - a.lon)) * (b.x - a.x),
      y: a.y + ((lat - a.lat) / (b.lat - a.lat)) * (b.y - a.y),
    });

    const form = page.getByRole('form', { name: /^Place: / });
    const place = async (at: readonly [number, number] | null, fields: Record<string, string>, selects: Record<string, string>) => {
      await page.getByRole('button', { name: 'Add place', exact: true }).click();
      await map.click({ position: pixel(at ?? [26, -2]) });
      for (const [label, value] of Object.entries(selects)) await form.getByLabel(label, { exact: true }).selectOption({ label: value });
      for (const [label, value] of Object.entries(fields)) await typeInto(form.getByLabel(label, { exact: true }), value);
    };
    const source = async () => {
      await form.getByRole('button', { name: 'Add source' }).click();
      await typeInto(form.getByLabel('Source 1', { exact: true }), 'The test article');
      await typeInto(form.getByLabel('Link of source 1', { exact: true }), 'https://example.org/lualaba-test-story');
    };
    const when = async (date: string, what: string) => {
      await form.getByRole('button', { name: 'Add date' }).click();
      await typeInto(form.getByLabel('Date 1 (YYYY-MM-DD)'), date);
      await typeInto(form.getByLabel('What happened 1'), what);
      await typeInto(form.getByLabel('Who reports it 1'), 'the test article');
    };
    const quote = async (words: string, speaker: string, relation: string) => {
      // Who says it, then the words (the other order holds the words too: the test above).
      await typeInto(page.getByLabel('Who says it'), speaker);
      await page.getByLabel('How it bears on the place').selectOption(relation);
      await selectWords(page, (await paragraphOf(words))!, words);
      await page.getByRole('button', { name: 'Quote selection', exact: true }).click();
      await expect(form.locator('.editor-quotes q').last()).toHaveText(words);
    };

    await place(
      [25.9224, -2.9437],
      {
        Name: 'Kindu',
        'What the position rests on': 'The town’s centre, from GeoNames.',
        'What the confidence rates': 'That the river rose in Kindu',
        "The article's words for it": 'Kindu',
      },
      { Kind: 'City', Level: 'city', Confidence: 'high' },
    );
    await when('2025-11-02', 'The river rises in the night.');
    await source();
    await quote('The river, it says, rose overnight in Kindu, “higher than anyone on the quay remembered.”', 'the test article', 'names');

    await place(
      [26.6617, -4.4511],
      {
        Name: 'Fields around Kasongo',
        'Label on the map': 'Kasongo',
        'What the position rests on': 'The article says only “somewhere around Kasongo”.',
        'What the confidence rates': 'That fields flooded around Kasongo',
        "The article's words for it": 'Kasongo',
      },
      { Kind: 'Flooded town', Precision: 'approximate' },
    );
    await typeInto(form.getByLabel('Radius (metres)'), '15000');
    await form.getByLabel('Where the radius comes from').selectOption('derived');
    await source();
    await quote('somewhere around Kasongo, the article adds, fields were flooded too', 'the test article', 'names');

    await place(
      [25.4811, -0.3553],
      {
        Name: 'Relief camp at Ubundu',
        'Label on the map': 'Ubundu camp',
        'What the position rests on': 'Only the town is named; the point is its centre.',
        'What the confidence rates': 'That a camp was set up at Ubundu',
        "The article's words for it": 'a relief camp was reported at Ubundu',
      },
      { Kind: 'Relief camp', Precision: 'named area', Confidence: 'low' },
    );
    await source();
    await quote('a relief camp was reported at Ubundu, in notes passed on by a third party', 'a third party', 'names');

    // An area: put, then drawn corner by corner around the quarter beside Kindu.
    await place(
      [26.55, -3.35],
      {
        Name: 'Flooded riverside quarter of Kindu',
        'Label on the map': 'Flooded quarter',
        'What the position rests on': 'An invented box beside the river, drawn for the test.',
        'What the confidence rates': 'That this quarter flooded',
        "The article's words for it": 'A riverside quarter beside the town',
      },
      { Kind: 'Flooded town', Precision: 'approximate' },
    );
    await page.getByRole('button', { name: 'Draw area', exact: true }).click();
    // Corners well clear of every marker (a click on one would select its place, not add a corner).
    for (const corner of [
      [26.25, -3.05],
      [26.25, -3.65],
      [26.85, -3.65],
      [26.85, -3.05],
      [26.25, -3.05],
    ] as const)
      await map.click({ position: pixel(corner) });
    await expect(page.getByRole('status')).toHaveText('The area is drawn; drag its corners to change it.');
    await source();
    await quote('where “the fishing boats now tie up to the roofs,”', 'invented notes', 'describes');

    // Not located: no point at all.
    await place(
      null,
      {
        Name: 'The river gauge',
        'What the position rests on': 'The article never says where the gauge is.',
        'What the confidence rates': 'That the gauge exists',
        "The article's words for it": 'The river gauge',
      },
      { Kind: 'Other place', Precision: 'not located', Confidence: 'low' },
    );
    await source();
    await quote('“a gauge nobody had read in years.”', 'the test article', 'describes');

    await expect(page.locator('.editor-validity')).toHaveText('The story is valid.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(/^Saved to /);
    const saved = validateStoryDir(fresh);
    expect(saved.errors).toEqual([]);
    const made = saved.story!.places;
    expect(made.map((p) => [p.id, p.kind, p.precision.kind, p.area ? 'area' : p.position ? 'point' : 'none'])).toEqual([
      ['kindu', 'city', 'exact', 'point'],
      ['fields-around-kasongo', 'flooded-town', 'approximate', 'point'],
      ['relief-camp-at-ubundu', 'relief-camp', 'named-area', 'point'],
      ['flooded-riverside-quarter-of-kindu', 'flooded-town', 'approximate', 'area'],
      ['the-river-gauge', 'other', 'unlocated', 'none'],
    ]);
    // Every quote is the article's own words, as the fixture quotes them.
    const fixtureQuotes = validateStoryDir(ELSEWHERE_STORY_DIR)
      .story!.places.flatMap((p) => p.quotes.map((q) => q.text))
      .sort();
    expect(made.flatMap((p) => p.quotes.map((q) => q.text)).sort()).toEqual(fixtureQuotes);
    console.log(`editor: the Lualaba story's 5 places made from scratch in ${((Date.now() - started) / 1000).toFixed(1)} s (${test.info().project.name})`);
  } finally {
    freshEditor.kill();
  }
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
