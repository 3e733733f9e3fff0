// The story editor's form and history (`npm run edit`), on a copy of the Lualaba story: Undo,
// Delete place, Escape, quotes held across the speaker field, a label that stops following the
// name, and axe on the form with a place open. In Chromium and Firefox.
import { editorOnCopy, noAxeViolations, selectWords, typeInto } from './drivers/editor.ts';
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'serial' });

const { origin } = editorOnCopy(test, 2);

test('Undo reaches every change since the editor opened, back to the files as opened', async ({ page }) => {
  await page.goto(`${origin}/editor.html`);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeDisabled();
  const count = await page.getByRole('list', { name: 'Places' }).getByRole('button').count();
  await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: 'Kindu', exact: true }).click();
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await typeInto(name, 'Kindu, on the Lualaba');
  await page.getByRole('button', { name: 'Add place', exact: true }).click();
  await page.getByRole('button', { name: 'Put it at the centre' }).click();
  await expect(page.getByRole('list', { name: 'Places' }).getByRole('button')).toHaveCount(count + 1);
  while (await undo.isEnabled()) await undo.click();
  await expect(page.getByRole('list', { name: 'Places' }).getByRole('button')).toHaveCount(count);
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
  await noAxeViolations(page, 'waiting for a click to put the place');
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

test('axe finds no violation in the editor, with a place open (screenshot at 1280 px)', async ({ page, browserName }) => {
  await page.goto(`${origin}/editor.html`);
  await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: 'Fields around Kasongo', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Fields around Kasongo');
  // The story's details open too: the panel above the place.
  await page.getByText(/^Story and article details/).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeVisible();
  await noAxeViolations(page, 'a place open, and the story’s details');
  // What axe cannot see: the map's drawings are no unnamed images; the form says what they show.
  const drawings = await page.locator('.leaflet-pane > svg, .leaflet-pane > canvas').evaluateAll((all) => all.map((d) => d.getAttribute('aria-hidden')));
  expect(drawings.length).toBeGreaterThan(0);
  expect(drawings.every((hidden) => hidden === 'true')).toBe(true);
  if (browserName === 'chromium') await page.screenshot({ path: 'reports/screenshots/editor-1280.png' });
  // And the place's form as a screen reader meets it: one reviewed tree (as e2e/a11y-tree.spec.ts).
  if (browserName === 'chromium')
    await expect(page.getByRole('form', { name: 'Place: Fields around Kasongo' })).toMatchAriaSnapshot({ name: 'editor-place.aria.yml' });
});
