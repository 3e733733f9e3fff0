// The two measurements of one site, each a fresh first view:
// - browserRun: Chromium through Playwright (the app's). From
//   navigation start to all the markers in the DOM (a MutationObserver installed before the page's
//   own code), the requests and gzipped bytes of the first view, then real mouse clicks on markers,
//   each timed in the page from the click (a capture listener's performance.now()) to two
//   requestAnimationFrames later: the frame that shows the popup has been painted. Between clicks
//   the popup is closed and the map dragged back to its first view if the popup panned it.
// - lighthouseRun: Lighthouse (mobile, simulated throttling, its defaults; performance only).
// And checkPopups: every marker's popup opened once (untimed), its text checked for the quotes.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_PATH, CHROMIUM_ARGS } from '../../../scripts/browsers.mjs';

/** Debian's Chromium, headless, for Lighthouse: one browser for the whole run. */
export const launchChrome = () => chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });

/** Runs in the page before any of its scripts. */
function recorder({ markerSel, count, popupSel }) {
  const b = { markersInDom: null, markersPainted: null, clicks: [], record: false };
  window.__bench = b;
  const check = () => {
    if (b.markersInDom !== null || document.querySelectorAll(markerSel).length < count) return b.markersInDom !== null;
    b.markersInDom = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => (b.markersPainted = performance.now())));
    return true;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true });
  addEventListener('DOMContentLoaded', () => check() && observer.disconnect());
  addEventListener(
    'click',
    (event) => {
      if (!b.record || !(event.target instanceof Element) || !event.target.closest(markerSel)) return;
      const t0 = performance.now();
      const eventTime = event.timeStamp;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const t1 = performance.now();
          const popup = document.querySelector(popupSel);
          b.clicks.push({
            ms: t1 - t0,
            fromEventMs: t1 - eventTime,
            popupShown: Boolean(popup?.getClientRects().length),
            popupChars: popup?.textContent.length ?? 0,
          });
        }),
      );
    },
    true,
  );
}

/** Where to click the first marker, from the `from`-th on, that a click can reach (the page
 * scrolled to it if it is below or above the window; one that the map's edge hides is skipped),
 * once it stops moving (an opening popup may have panned the map). */
async function clickablePoint(page, markerSel, from) {
  const find = () =>
    page.evaluate(
      ([sel, from]) => {
        const all = [...document.querySelectorAll(sel)];
        for (let k = 0; k < all.length; k++) {
          const index = (from + k) % all.length;
          const el = all[index];
          let r = el.getBoundingClientRect();
          // Scroll the page, never the map (scrollIntoView would scroll Leaflet's own container).
          if (r.top < 0 || r.bottom > innerHeight) {
            scrollBy(0, r.top - innerHeight / 2);
            r = el.getBoundingClientRect();
          }
          const x = Math.round(r.left + r.width / 2);
          const y = Math.round(r.top + r.height / 2);
          if (x <= 0 || y <= 0 || x >= innerWidth || y >= innerHeight) continue;
          const hit = document.elementFromPoint(x, y);
          if (hit && (hit === el || el.contains(hit))) return { index, x, y };
        }
        return null;
      },
      [markerSel, from],
    );
  let last = await find();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const now = await find();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}

/** The mean position of the markers, in page coordinates. */
const markersCentre = (page, markerSel) =>
  page.evaluate((sel) => {
    const all = [...document.querySelectorAll(sel)].map((el) => el.getBoundingClientRect());
    const mean = (f) => all.reduce((n, r) => n + f(r), 0) / all.length;
    return { x: mean((r) => r.left + r.width / 2) + scrollX, y: mean((r) => r.top + r.height / 2) + scrollY };
  }, markerSel);

/** Drags the map back to where it was after loading, as a reader would: a popup that opened near
 * the map's edge panned it (Leaflet's autoPan, the project's keepInView), and the pans add up until
 * no marker is left in view (the embed grows for a popup and shrinks back after it, keeping the
 * pan). Slow steps, so that Leaflet adds no inertia. Nothing moves on a map without script. */
async function restoreView(page, site, home) {
  for (let attempt = 0; attempt < 8; attempt++) {
    const now = await markersCentre(page, site.markerSel);
    const dx = Math.round(home.x - now.x);
    const dy = Math.round(home.y - now.y);
    if (Math.abs(dx) <= 2 && Math.abs(dy) <= 2) return attempt;
    const start = await page.evaluate(
      ([dx, dy]) => {
        const map = document.querySelector('.leaflet-container');
        if (!map) return null;
        const r = map.getBoundingClientRect();
        const top = Math.max(r.top, 0);
        const bottom = Math.min(r.bottom, innerHeight);
        const sx = Math.max(-(r.width / 2 - 40), Math.min(r.width / 2 - 40, dx));
        const sy = Math.max(-((bottom - top) / 2 - 30), Math.min((bottom - top) / 2 - 30, dy));
        // A point of the map's own background (not a marker, popup or control) on a grid round the centre.
        for (let i = 0; i < 9; i++) {
          for (let j = 0; j < 9; j++) {
            const x = Math.round(r.left + r.width / 2 - sx / 2 + (i - 4) * 12);
            const y = Math.round((top + bottom) / 2 - sy / 2 + (j - 4) * 12);
            const hit = document.elementFromPoint(x, y);
            if (hit && map.contains(hit) && !hit.closest('.leaflet-marker-icon, .leaflet-popup, .leaflet-control'))
              return { x, y, sx: Math.round(sx), sy: Math.round(sy) };
          }
        }
        return null;
      },
      [dx, dy],
    );
    if (!start) return -1;
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    const steps = 8;
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(start.x + (start.sx * i) / steps, start.y + (start.sy * i) / steps);
      await page.waitForTimeout(60);
    }
    await page.mouse.up();
    await page.waitForTimeout(150);
  }
  return -1;
}

const syntheticClick = (page, selector) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    el?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    return Boolean(el);
  }, selector);

/** One fresh first view of `site` in `browser`, then `clicks` timed marker clicks. */
export async function browserRun(browser, site, { clicks = 10, count, viewport = { width: 1280, height: 800 } }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  try {
    await page.addInitScript(recorder, { markerSel: site.markerSel, count, popupSel: site.popupSel });
    const finished = [];
    const failed = [];
    page.on('requestfinished', (request) => finished.push(request));
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.goto(site.url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__bench.markersPainted !== null, null, { timeout: 60_000, polling: 100 });
    await page.waitForLoadState('networkidle');
    const ready = await page.evaluate(
      (mark) => ({
        markersInDomMs: window.__bench.markersInDom,
        markersPaintedMs: window.__bench.markersPainted,
        // The page's own "map ready" mark, where it has one (ours), as a cross-check.
        ownReadyMs: mark ? (performance.getEntriesByName(mark)[0]?.startTime ?? null) : null,
      }),
      site.readyMark ?? null,
    );

    let bodyBytes = 0;
    let headerBytes = 0;
    const urls = [];
    const external = [];
    for (const request of finished) {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) continue;
      const sizes = await request.sizes();
      bodyBytes += sizes.responseBodySize;
      headerBytes += sizes.responseHeadersSize;
      urls.push(url);
      if (new URL(url).origin !== site.origin) external.push(url);
    }
    for (const url of failed) if (!url.startsWith('data:') && new URL(url).origin !== site.origin) external.push(url);

    // Timed clicks, cycling over the markers a click can reach.
    await page.evaluate(() => {
      window.__bench.clicks = [];
      window.__bench.record = true;
    });
    const clicked = [];
    const drags = [];
    const ownPopupMs = [];
    const home = await markersCentre(page, site.markerSel);
    for (let k = 0; k < clicks; k++) {
      if (k > 0) drags.push(await restoreView(page, site, home));
      const point = await clickablePoint(page, site.markerSel, k);
      if (!point) throw new Error(`${site.label}: no marker can be clicked (click ${k + 1})`);
      clicked.push(point.index);
      if (site.popupMeasure) await page.evaluate((name) => performance.clearMeasures(name), site.popupMeasure);
      await page.mouse.click(point.x, point.y);
      const stage = (what) => (error) => {
        throw new Error(`${site.label}, click ${k + 1} on marker ${point.index} at ${point.x},${point.y}: ${what}: ${error.message.split('\n')[0]}`);
      };
      await page.waitForFunction((n) => window.__bench.clicks.length >= n, k + 1, { timeout: 10_000, polling: 50 }).catch(stage('no click timed'));
      await page.waitForSelector(site.popupSel, { timeout: 10_000 }).catch(stage('no popup'));
      if (site.popupMeasure) {
        // The page's own popup measure (ours: from the click's event time to the paint that shows the content).
        const own = await page
          .waitForFunction((name) => performance.getEntriesByName(name)[0]?.duration ?? false, site.popupMeasure, { timeout: 2_000, polling: 20 })
          .then((handle) => handle.jsonValue())
          .catch(() => null);
        ownPopupMs.push(own);
      }
      await syntheticClick(page, site.closeSel);
      await page.waitForFunction((sel) => !document.querySelector(sel), site.popupSel, { timeout: 10_000, polling: 50 }).catch(stage('popup did not close'));
    }
    const samples = await page.evaluate(() => window.__bench.clicks);
    return { ...ready, requests: urls.length, bodyBytes, headerBytes, urls, external, failed, clicks: samples, clicked, drags, ownPopupMs };
  } finally {
    await context.close();
  }
}

const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** Opens every marker's popup once (a synthetic click, so markers under others count too) and
 * checks that, between them, the popups carry every located place's name and quotes. */
export async function checkPopups(browser, site, expected) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(site.url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length >= n, [site.markerSel, expected.length], { timeout: 60_000, polling: 100 });
    const markers = await page.evaluate((sel) => document.querySelectorAll(sel).length, site.markerSel);
    const texts = [];
    for (let i = 0; i < markers; i++) {
      await page.evaluate(
        ([sel, i]) => document.querySelectorAll(sel)[i].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window })),
        [site.markerSel, i],
      );
      await page.waitForSelector(site.popupSel, { timeout: 10_000 });
      await page.waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? '').trim().length > 0, site.popupSel, { timeout: 10_000 });
      texts.push(norm(await page.evaluate((sel) => document.querySelector(sel).textContent, site.popupSel)));
      await syntheticClick(page, site.closeSel);
      await page.waitForFunction((sel) => !document.querySelector(sel), site.popupSel, { timeout: 10_000, polling: 50 });
    }
    const missing = expected
      .filter((place) => !texts.some((t) => t.includes(norm(place.name)) && place.texts.every((q) => t.includes(norm(q)))))
      .map((p) => p.id);
    return { markers, popups: texts.length, placesFound: expected.length - missing.length, missing };
  } finally {
    await context.close();
  }
}

/** One Lighthouse run (mobile, simulated throttling, Lighthouse's defaults), performance only. */
export async function lighthouseRun(port, url, origin) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const value = (id) => lhr.audits[id]?.numericValue ?? null;
  const items = lhr.audits['network-requests'].details?.items ?? [];
  const byType = Object.fromEntries(
    (lhr.audits['resource-summary']?.details?.items ?? []).map((i) => [i.resourceType, { requests: i.requestCount, bytes: i.transferSize }]),
  );
  const mainThread = Object.fromEntries((lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((i) => [i.group, i.duration]));
  return {
    score: lhr.categories.performance.score,
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    speedIndexMs: value('speed-index'),
    ttiMs: value('interactive'),
    totalBytes: value('total-byte-weight'),
    requests: items.length,
    urls: items.map((i) => (i.url.startsWith('data:') ? `${i.url.slice(0, 40)}…` : i.url)),
    httpRequests: items.filter((i) => /^https?:/.test(i.url)).length,
    external: items.map((i) => i.url).filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin),
    mainThreadMs: value('mainthread-work-breakdown'),
    bootupMs: value('bootup-time'),
    mainThread,
    byType,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    lighthouseVersion: lhr.lighthouseVersion,
  };
}
