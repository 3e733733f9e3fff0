// Soak: open and close the popups 1,000 times in all, every located place in turn, the way a reader
// does (a click on the marker, a click on ×), and check that nothing leaks: no console error, and
// the JS heap after a forced garbage collection grown by at most 1.5 KB per opening over the last 500. A leaked popup
// (its DOM and React tree) would cost tens of KB each time; what remains, 0.3 to 0.9 KB per opening
// over repeated runs, is React 19 keeping update queues on alternate fibres (react/react#31705).
// The bar is in bytes, not percent: a lighter page (the first view's basemap is now 7 KB) must not
// make it stricter. Chromium only (the heap figures come from the Chrome DevTools Protocol). The
// figures go to reports/soak.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, LOCATED, test } from './fixtures.ts';

const OPENINGS = 1000;
/** Warm-up rounds of this many openings, until one grows the heap by no more than the bar allows. */
const WARM_UP_ROUND = 120;
const MAX_WARM_UP_ROUNDS = 8;
const MAX_BYTES_PER_OPENING = 1536;
const located = LOCATED;

test.skip(({ browserName }) => browserName !== 'chromium', 'heap figures come from the Chrome DevTools Protocol');

test(`opening and closing popups ${OPENINGS} times leaks no memory and logs no error`, async ({ page }) => {
  test.setTimeout(240_000);
  // Reduced motion: no fades or flights, so each cycle is the popup's own work, not animation time.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await expect(page.locator('.leaflet-marker-pane [role="button"]')).toHaveCount(located.length);
  // One-time costs that are not the popups': the basemap's detail and context tiers, decoded the
  // first time the view needs them (2 MB or so). Whether a popup's pan reaches them first depends on
  // timing, so load both now: zoom in to the detail, then out past the detail box.
  const fetched = (name: string) => page.evaluate((n) => performance.getEntriesByType('resource').some((r) => r.name.includes(n)), name);
  for (let clicks = 0; clicks < 12 && !(await fetched('detail.topo')); clicks++) await page.locator('.leaflet-control-zoom-in').click();
  await expect.poll(() => fetched('detail.topo')).toBe(true);
  for (let clicks = 0; clicks < 12 && !(await page.locator('.leaflet-control-zoom-out.leaflet-disabled').count()); clicks++) {
    await page.locator('.leaflet-control-zoom-out').click();
  }
  await expect.poll(() => fetched('context.topo')).toBe(true);
  const cdp = await page.context().newCDPSession(page);
  const heap = async (): Promise<number> => {
    // Twice: the first pass can free objects whose finalisers release more.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };

  const cycle = (args: { ids: readonly string[]; from: number; count: number }) =>
    new Promise<number>((resolve, reject) => {
      const until = (test: () => boolean, then: () => void, what: string, tries = 400): void => {
        if (test()) then();
        else if (tries === 0) reject(new Error(`timed out waiting for ${what}`));
        else setTimeout(() => until(test, then, what, tries - 1), 5);
      };
      let done = 0;
      const step = (): void => {
        if (done === args.count) {
          resolve(done);
          return;
        }
        const id = args.ids[(args.from + done) % args.ids.length]!;
        const marker = document.querySelector<HTMLElement>(`.leaflet-marker-pane [data-place-id="${id}"]`);
        if (!marker) {
          reject(new Error(`no marker ${id}`));
          return;
        }
        marker.click();
        until(
          () => document.querySelector(`.leaflet-popup [role="dialog"][data-place-id="${id}"]`) !== null,
          () => {
            document.querySelector<HTMLElement>('.leaflet-popup-close-button')!.click();
            // Closed: out of sight at once; it leaves the page a moment later, or as the next opens.
            until(
              () => document.querySelector('.leaflet-popup:not(.place-popup-closing)') === null,
              () => {
                done++;
                step();
              },
              `${id}'s popup to close`,
            );
          },
          `${id}'s popup to open`,
        );
      };
      step();
    });

  const ids = located.map((p) => p.id);
  const loaded = await heap();
  // Warm up until the heap levels off, so the other one-time costs (first renders, the engine's
  // optimised code and caches) are in the starting figure, not counted as growth. A leak never
  // levels off: after the last round the measure below fails. (Runs used to jump 2.2 MB at a
  // moment that varied with the machine's load: the basemap tiers, now loaded above.)
  let warmUp = 0;
  let before = await heap();
  for (let round = 0; round < MAX_WARM_UP_ROUNDS; round++) {
    await page.evaluate(cycle, { ids, from: warmUp, count: WARM_UP_ROUND });
    warmUp += WARM_UP_ROUND;
    const after = await heap();
    const level = after - before <= WARM_UP_ROUND * MAX_BYTES_PER_OPENING;
    before = after;
    if (level) break;
  }
  const start = before;
  const samples: { openings: number; heap: number }[] = [{ openings: 0, heap: start }];
  for (let opened = 0; opened < OPENINGS; ) {
    const count = Math.min(250, OPENINGS - opened);
    expect(await page.evaluate(cycle, { ids, from: opened, count })).toBe(count);
    opened += count;
    samples.push({ openings: opened, heap: await heap() });
  }
  const end = samples.at(-1)!.heap;
  const growth = (end - start) / start;
  const perOpening = (end - start) / OPENINGS;
  // A leak grows the heap steadily; the engine's one-time costs land once, at a time that varies with
  // load (a CI run saw 1.5 MB between openings 250 and 500, after the warm-up had levelled). So the bar
  // holds for the second half of the openings, after any such step.
  const middle = samples.find((x) => x.openings === OPENINGS / 2)!.heap;
  const perOpeningLate = (end - middle) / (OPENINGS / 2);
  const figures = {
    openings: OPENINGS,
    warmUpOpenings: warmUp,
    places: ids.length,
    heapAfterLoadBytes: loaded,
    heapStartBytes: start,
    heapEndBytes: end,
    growthPercent: Math.round(growth * 1000) / 10,
    bytesPerOpening: Math.round(perOpening),
    bytesPerOpeningSecondHalf: Math.round(perOpeningLate),
    samples,
  };
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/soak.json', `${JSON.stringify(figures, null, 2)}\n`);
  console.log(
    `soak: ${OPENINGS} popups opened and closed; heap ${(start / 1e6).toFixed(2)} MB → ${(end / 1e6).toFixed(2)} MB (${figures.growthPercent}%, ${figures.bytesPerOpening} B per opening)`,
  );

  expect(perOpeningLate, `heap after GC: ${middle} → ${end} bytes over the last ${OPENINGS / 2} openings`).toBeLessThanOrEqual(MAX_BYTES_PER_OPENING);
  await expect(page.locator('.leaflet-popup')).toHaveCount(0);
  // The page still works: a reader's click opens a place (one shown on its own, not in a group).
  const shown = page.locator('.leaflet-marker-pane [role="button"]:visible').first();
  const id = await shown.getAttribute('data-place-id');
  await shown.locator('.sym').click();
  await expect(page.locator(`.leaflet-popup [data-place-id="${id}"]`)).toBeVisible();
});
