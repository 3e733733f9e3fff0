// A story with many places (the `many` fixture: 400 generated places, past the cluster threshold)
// is drawn as clusters and canvas points, and every place stays reachable: clusters are buttons
// that zoom in, and the places list finds any place by name and opens it on the map.
import AxeBuilder from '@axe-core/playwright';
import { MANY_PLACES } from './fixtures/stories.ts';
import { expect, test } from './sites.ts';

test.describe('a story with many places', () => {
  test.beforeEach(async ({ page, sites }) => {
    await page.goto(sites.url('many'));
    await expect(page.locator('.leaflet-container')).toHaveAttribute('data-render-mode', 'clusters');
  });

  test('clusters its places: each cluster a button naming its count, Enter zooms in', async ({ page }) => {
    const clusters = page.locator('.cluster-marker[role="button"]');
    await expect(clusters.first()).toBeVisible();
    // No DOM marker per place: a few dozen clusters at most stand for the 400 places.
    expect(await clusters.count()).toBeLessThan(60);
    await expect(page.locator('.place-marker')).toHaveCount(0);
    const labels = await clusters.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    for (const label of labels) expect(label).toMatch(/^\d[\d,]* places here: zoom in$/);
    const counts = labels.map((l) => Number(l.replace(/\D.*$/, '')));
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MANY_PLACES);
    expect(Math.max(...counts)).toBeGreaterThan(1);

    // The scale bar tells the zoom: its label and its width together.
    const scale = page.locator('.leaflet-control-scale-line');
    const reading = () => scale.evaluate((el) => `${el.textContent} ${(el as HTMLElement).style.width}`);
    const before = await reading();
    const biggest = clusters.nth(counts.indexOf(Math.max(...counts)));
    await biggest.focus();
    await page.keyboard.press('Enter');
    await expect.poll(reading).not.toBe(before);
  });

  test('the list finds any place by name and opens it on the map; Escape gives focus back', async ({ page }) => {
    const list = page.getByRole('region', { name: 'Places in this story' });
    await expect(list.getByRole('status')).toHaveText(`${MANY_PLACES} places. Showing the first 100.`);
    await expect(list.locator('.places-item')).toHaveCount(100);
    await list.getByRole('button', { name: 'Show 100 more places' }).click();
    await expect(list.locator('.places-item')).toHaveCount(200);

    // Typed key by key: Firefox's fill sets the value in a way React's change tracking does not see.
    await list.getByLabel('Find a place').pressSequentially('Place 377');
    await expect(list.getByRole('status')).toHaveText(`1 of ${MANY_PLACES} places match.`);
    const open = list.getByRole('button', { name: 'Show Place 377 on the map' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Place 377' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Place 377' })).toBeFocused();
    await expect(page).toHaveURL(/#place=place-377$/);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(open).toBeFocused();
  });

  test('a link to a place inside a cluster zooms to where it stands alone and opens it', async ({ page, sites }) => {
    await page.goto(`${sites.url('many')}#place=place-123`);
    await expect(page.getByRole('dialog', { name: 'Place 123' })).toBeVisible();
    // A deep link does not move focus.
    await expect(page.getByRole('dialog', { name: 'Place 123' }).getByRole('heading', { level: 2 })).not.toBeFocused();
  });

  test('axe finds no violation with clusters on the map', async ({ page }) => {
    await expect(page.locator('.cluster-marker').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
