// The accessibility tree as a screen reader meets it, kept as reviewed snapshots (Playwright's
// ariaSnapshot, in e2e/a11y-tree.spec.ts-snapshots/): the story page's map and timeline, the
// article, the places list, a popup, and the embed. A change to any of them fails here until the new
// tree is looked at and accepted with `npx playwright test e2e/a11y-tree.spec.ts --update-snapshots`.
// Chromium only: one tree to review (Playwright computes it the same way in every engine).
import { expect, LOCATED, test } from './fixtures.ts';
import { markersIn } from './helpers.ts';

test.skip(({ browserName }) => browserName !== 'chromium', 'one reviewed tree, taken in Chromium');

test('the story page: the map and its timeline, the article, the places', async ({ page }) => {
  await page.goto('/');
  await expect(markersIn(page)).toHaveCount(LOCATED.length);
  await expect(page.getByRole('region', { name: 'Map', exact: true })).toMatchAriaSnapshot({ name: 'story-map.aria.yml' });
  await expect(page.getByRole('article', { name: 'The article' })).toMatchAriaSnapshot({ name: 'story-article.aria.yml' });
  await expect(page.getByRole('region', { name: 'Places in this story' })).toMatchAriaSnapshot({ name: 'story-places.aria.yml' });
});

test('a popup: a dialog named by its place, its heading then its ×', async ({ page }) => {
  await page.goto('/#place=karbala-international-airport');
  await expect(page.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
  await expect(page.getByRole('dialog')).toMatchAriaSnapshot({ name: 'popup.aria.yml' });
});

test('the embed', async ({ page }) => {
  await page.goto('/embed.html');
  await expect(markersIn(page)).toHaveCount(LOCATED.length);
  await expect(page.getByRole('main')).toMatchAriaSnapshot({ name: 'embed.aria.yml' });
});

test('the whole page, Leaflet’s parts with it: no "·" in any name or description, and no tabindex but where it is needed', async ({ page }) => {
  await page.goto('/');
  await expect(markersIn(page)).toHaveCount(LOCATED.length);
  // A step chosen and its place's popup open: every part of the page drawn.
  await page.locator('.timeline .tl-next').click();
  await expect(page.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: string }; description?: { value?: string } }[] };
  const dotted = nodes.flatMap((n) => [n.name?.value, n.description?.value]).filter((text) => text?.includes('·'));
  expect(dotted, 'a screen reader reads "·" as "middle dot"').toEqual([]);
  // Each tabindex in the page, and why it is there.
  const tabIndexes = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[tabindex]')].map((e) => `${e.getAttribute('tabindex')} ${e.className.toString().split(' ')[0]}`),
  );
  const needed = [
    /^0 map$/, // Leaflet's container: the map, for its arrow keys
    /^0 leaflet-marker-icon$/, // Leaflet: each place's marker, a button
    /^0 place-group$/, // a group of places too close to tell apart, a button
    /^-1 tl-list$/, // the timeline's scrolling row: not a Tab stop of its own in Firefox
    /^-?[01] tl-step$/, // the timeline's steps: one Tab stop among them
    /^-1 leaflet-popup-content$/, // the popup's scrolling box: not a Tab stop of its own in Firefox
    /^-1 pp-title$/, // the popup's heading, where focus goes as it opens
  ];
  expect(tabIndexes.filter((t) => !needed.some((n) => n.test(t)))).toEqual([]);
  expect(tabIndexes.filter((t) => t.endsWith(' tl-step') && t.startsWith('0'))).toHaveLength(1);
});
