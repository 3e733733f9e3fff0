// Scripted timings in real browsers (Chromium and Firefox ESR, from Debian): time to "map ready"
// (the app's performance mark after the paint that first shows every place) and popup-open latency
// (the app's measure from the click's event time to the paint that shows the popup's content).
// Fresh browser context per run, so every load is a first visit.
import { createJiti } from 'jiti';
import { launch } from '../browsers.mjs';

// The mark names come from the app's own module, so the bench cannot drift from what the app marks.
export const { MAP_READY, POPUP_OPEN, STEP_HIGHLIGHT } = await createJiti(import.meta.url).import('../../src/map/timing.ts');

export const median = (xs) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Loads `url` in a fresh context and waits for the map-ready mark; returns its time (ms since navigation). */
export async function timeToReady(browser, url, viewport = { width: 1280, height: 800 }, timeout = 60_000) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MAP_READY, { timeout, polling: 50 });
    const readyMs = await page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, MAP_READY);
    return { page, context, readyMs };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Where the i-th place marker that nothing covers is, now (an opened popup may have panned the map). */
const markerPoint = (page, i) =>
  page.evaluate((i) => {
    const points = [...document.querySelectorAll('.leaflet-marker-pane [role="button"]')]
      .map((el) => {
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const inside = x > 0 && y > 0 && x < innerWidth && y < innerHeight;
        const hit = inside ? document.elementFromPoint(x, y) : null;
        return hit && (hit === el || el.contains(hit)) ? { x, y } : null;
      })
      .filter(Boolean);
    return points[i % Math.max(points.length, 1)] ?? null;
  }, i);

/** Opens `count` places' popups with real mouse clicks and reads the app's measure for each;
 * closes each with Escape. */
export async function popupLatencies(page, count) {
  const samples = [];
  for (let i = 0; i < count; i++) {
    const point = await markerPoint(page, i);
    if (!point) break;
    await page.evaluate((name) => performance.clearMeasures(name), POPUP_OPEN);
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, POPUP_OPEN, { timeout: 10_000, polling: 20 });
    samples.push(await page.evaluate((name) => performance.getEntriesByName(name)[0].duration, POPUP_OPEN));
    await page.keyboard.press('Escape');
    await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
    // Closing gives the reader's view back, maybe with a pan: aim the next click once the map is still.
    await page.waitForFunction(
      () =>
        new Promise((done) => {
          const pane = document.querySelector('.leaflet-map-pane');
          const before = pane.style.transform;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => done(pane.style.transform === before && !pane.matches('.leaflet-pan-anim, .leaflet-zoom-anim'))),
          );
        }),
      null,
      { polling: 50 },
    );
  }
  return samples;
}

/** Steps through the timeline with real clicks on Next event, `count` times, and reads the app's
 * measure for each: from the click to the paint that marks the step's places, and which frame
 * after the click that paint was (1: the next one). */
export async function stepLatencies(page, count) {
  const samples = [];
  const next = page.locator('.timeline .tl-next');
  if ((await next.count()) === 0) return samples;
  for (let i = 0; i < count; i++) {
    if ((await next.getAttribute('aria-disabled')) === 'true') break;
    await page.evaluate((name) => performance.clearMeasures(name), STEP_HIGHLIGHT);
    await next.click();
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, STEP_HIGHLIGHT, { timeout: 10_000, polling: 20 });
    samples.push(
      await page.evaluate((name) => {
        const measure = performance.getEntriesByName(name)[0];
        return { ms: measure.duration, frame: measure.detail.frame };
      }, STEP_HIGHLIGHT),
    );
  }
  return samples;
}

/** Time to ready for each page, and popup latency on the story page, `runs` times in each engine. */
export async function pageTimings(base, { runs = 7, engines = ['chromium', 'firefox'] } = {}) {
  const rows = [];
  for (const engine of engines) {
    const browser = await launch(engine);
    try {
      for (const [name, path] of [
        ['story page', '/'],
        ['embed', '/embed.html'],
      ]) {
        const ready = [];
        const popups = [];
        const steps = [];
        for (let r = 0; r < runs; r++) {
          const { page, context, readyMs } = await timeToReady(browser, base + path);
          ready.push(readyMs);
          if (path === '/') {
            popups.push(...(await popupLatencies(page, 6)));
            steps.push(...(await stepLatencies(page, 6)));
          }
          await context.close();
        }
        rows.push({
          engine,
          page: name,
          runs,
          readyMs: ready,
          readyMedianMs: median(ready),
          popupMs: popups,
          popupMedianMs: median(popups),
          popupMaxMs: popups.length ? Math.max(...popups) : null,
          stepMs: steps.map((s) => s.ms),
          stepMedianMs: median(steps.map((s) => s.ms)),
          stepMaxMs: steps.length ? Math.max(...steps.map((s) => s.ms)) : null,
          stepFrameMax: steps.length ? Math.max(...steps.map((s) => s.frame)) : null,
        });
      }
    } finally {
      await browser.close();
    }
  }
  return rows;
}
