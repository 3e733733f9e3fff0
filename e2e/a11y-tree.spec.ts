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

test('a popup: a dialog named by its place, its × first', async ({ page }) => {
  await page.goto('/#place=karbala-international-airport');
  await expect(page.locator('.leaflet-popup [role="dialog"]')).toBeVisible();
  await expect(page.getByRole('dialog')).toMatchAriaSnapshot({ name: 'popup.aria.yml' });
});

test('the embed', async ({ page }) => {
  await page.goto('/embed.html');
  await expect(markersIn(page)).toHaveCount(LOCATED.length);
  await expect(page.getByRole('main')).toMatchAriaSnapshot({ name: 'embed.aria.yml' });
});
