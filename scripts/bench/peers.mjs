// The map beside its peers, measured in one run, interleaved (issue 28): the story page and the
// embed against pages that show the same located places with the same quotes, built from the
// story's own data at run time, so that a change that loses ground shows as a ratio to them, not as
// a noisy absolute on a shared machine.
//   P1 "toy react-leaflet": Vite + React + react-leaflet + Leaflet at the app's own versions, the
//      first version a developer writes (tools/bench/peers/p1-react-leaflet);
//   P2 "vanilla Leaflet": Leaflet alone, one small module (tools/bench/peers/p2-vanilla-leaflet);
//   P3 "no script": one static HTML page, an inline SVG map projected at build time, popups by CSS
//      :target (tools/bench/peers/p3-static-svg).
// Each site is measured in Chromium through Playwright (markers in the DOM, first-view bytes, real
// clicks to the popup's second frame) and by Lighthouse (mobile, simulated throttling), in rounds.
// The peers and the measuring code come from a side-by-side bench the project was given to learn
// from; here they read the story through the project's own loader and basemap cut.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createJiti } from 'jiti';
import { feature } from 'topojson-client';
import { launch } from '../browsers.mjs';
import { serve } from '../serve.mjs';
import { MAP_READY, median as medianOf, POPUP_OPEN } from './timings.mjs';

const PEERS = resolve('tools/bench/peers');
const OUT = resolve('bench/peers');
const jiti = createJiti(import.meta.url);
/** The median of the numbers in `xs` (a run may have none for a figure). */
const median = (xs) => medianOf(xs.filter((x) => typeof x === 'number' && Number.isFinite(x)));
const round4 = (_key, value) => (typeof value === 'number' ? Math.round(value * 1e4) / 1e4 : value);

/** What the peers show, from the story in `storyDir`: its located places with only what a peer's
 * popup shows (the name, the article's quotes with who says them, or why it has none), the land and
 * borders of the overview basemap the build cut for it (4 decimals, about 10 m), and its title. */
export async function peerData(storyDir) {
  const { loadStoryDir } = await jiti.import('../../node/story/loadStoryDir.ts');
  const { cutStoryBasemap } = await jiti.import('../../node/vite/basemapPlugin.ts');
  const story = loadStoryDir(storyDir);
  const located = story.places.filter((p) => p.position !== null);
  const places = {
    type: 'FeatureCollection',
    features: located.map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: p.position },
      properties: {
        name: p.name,
        quotes: p.quotes.map((q) => ({ text: q.text, attributedTo: q.attributedTo })),
        ...(p.quotes.length ? {} : { noQuoteReason: p.noQuoteReason ?? '' }),
      },
    })),
  };
  const topo = JSON.parse(readFileSync(join(cutStoryBasemap(storyDir), 'overview.topo.json'), 'utf8'));
  const basemap = JSON.parse(JSON.stringify({ land: feature(topo, topo.objects.land), borders: feature(topo, topo.objects.borders) }, round4));
  return {
    story: { title: story.meta.title, credit: 'Basemap: Natural Earth' },
    places,
    basemap,
    /** What each popup must contain: the name and every quote (or the reason there is none). */
    expected: located.map((p) => ({ id: p.id, name: p.name, texts: p.quotes.length ? p.quotes.map((q) => q.text) : [p.noQuoteReason ?? ''] })),
  };
}

/** Copies a peer's sources to bench/peers/src/<name>/ with the story's data files beside them (inside
 * the project, so that they import the app's own React, react-leaflet and Leaflet). */
function stage(name, data, dataDir) {
  const src = join(OUT, 'src', name);
  rmSync(src, { recursive: true, force: true });
  cpSync(join(PEERS, name), src, { recursive: true });
  mkdirSync(join(src, dataDir), { recursive: true });
  for (const [file, value] of [
    ['places.json', data.places],
    ['basemap.json', data.basemap],
    ['story.json', data.story],
  ])
    writeFileSync(join(src, dataDir, file), JSON.stringify(value));
  const html = join(src, 'index.html');
  const title = data.story.title.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
  writeFileSync(html, readFileSync(html, 'utf8').replaceAll('__TITLE__', title));
  return src;
}

/** Builds P1 and P2 with Vite (P1 with the create-vite template's config, P2 with Vite's defaults)
 * and P3 with its script; returns each site's folder. */
async function buildPeers(data) {
  const { build } = await import('vite');
  const { buildStatic } = await import('../../tools/bench/peers/p3-static-svg/build.mjs');
  const out = (name) => join(OUT, 'site', name);
  const sites = {};
  for (const [name, dataDir] of [
    ['p1-react-leaflet', 'src/data'],
    ['p2-vanilla-leaflet', 'data'],
  ]) {
    const root = stage(name, data, dataDir);
    await build({ root, logLevel: 'warn', build: { outDir: out(name), emptyOutDir: true } });
    sites[name] = out(name);
  }
  rmSync(out('p3-static-svg'), { recursive: true, force: true });
  buildStatic(data, out('p3-static-svg'));
  sites['p3-static-svg'] = out('p3-static-svg');
  return sites;
}

/** Measures the built site in `dist` (the story in `storyDir`) beside the peers: `rounds` rounds,
 * `clicks` timed clicks per load. Returns the per-site medians and every run. */
export async function peerRows({ dist, storyDir, rounds = 5, clicks = 10 }) {
  const { browserRun, checkPopups, launchChrome, lighthouseRun } = await import('../../tools/bench/peers/measure.mjs');
  const data = await peerData(storyDir);
  const count = data.places.features.length;
  const peerDirs = await buildPeers(data);

  const servers = [];
  const origin = async (dir, csp) => {
    const server = await serve({ dir, port: 0, csp });
    servers.push(server);
    return `http://127.0.0.1:${server.address().port}`;
  };
  const LEAFLET = { popupSel: '.leaflet-popup', closeSel: '.leaflet-popup-close-button' };
  // The page's own performance marks (src/map/timing.ts), read as cross-checks.
  const OURS = { markerSel: '.leaflet-marker-pane .place-marker', readyMark: MAP_READY, popupMeasure: POPUP_OPEN, ...LEAFLET };
  const ours = await origin(dist, true);
  const sites = [
    { key: 'ours-story', label: 'ours (story page)', origin: ours, url: `${ours}/`, ...OURS },
    { key: 'ours-embed', label: 'ours (embed)', origin: ours, url: `${ours}/embed.html`, ...OURS },
  ];
  for (const [key, label, dir] of [
    ['p1', 'P1 toy react-leaflet', peerDirs['p1-react-leaflet']],
    ['p2', 'P2 vanilla Leaflet', peerDirs['p2-vanilla-leaflet']],
  ]) {
    const o = await origin(dir, false);
    sites.push({ key, label, origin: o, url: `${o}/`, markerSel: '.leaflet-marker-pane .leaflet-marker-icon', ...LEAFLET });
  }
  const p3 = await origin(peerDirs['p3-static-svg'], false);
  sites.push({
    key: 'p3',
    label: 'P3 static SVG, no script',
    origin: p3,
    url: `${p3}/`,
    markerSel: 'svg a.mk',
    popupSel: '.pop:target',
    closeSel: '.pop:target a.close',
  });

  const runs = Object.fromEntries(sites.map((s) => [s.key, { browser: [], lighthouse: [] }]));
  const checks = {};
  let browser = null;
  let chrome = null;
  try {
    browser = await launch('chromium');
    chrome = await launchChrome();
    // Untimed first: every server has compressed its files once, and every popup is checked.
    // And one Lighthouse run: the first of a fresh Chromium held the page's first frame about a
    // second (observed first paint 1240 ms, 130-270 ms in the runs after it), whatever the page.
    await lighthouseRun(chrome.port, sites[0].url, sites[0].origin);
    for (const site of sites) {
      checks[site.key] = await checkPopups(browser, site, data.expected);
      const c = checks[site.key];
      console.error(
        `bench: peers: ${site.label}: ${c.markers} markers, popups carry ${c.placesFound}/${count} places' names and quotes${c.missing.length ? ` (missing: ${c.missing.join(', ')})` : ''}`,
      );
    }
    for (let round = 1; round <= rounds; round++)
      for (const site of sites) {
        const b = await browserRun(browser, site, { clicks, count });
        const l = await lighthouseRun(chrome.port, site.url, site.origin);
        runs[site.key].browser.push(b);
        runs[site.key].lighthouse.push(l);
        console.error(
          `bench: peers: round ${round}/${rounds} ${site.label}: markers ${Math.round(b.markersInDomMs)} ms, popup ${median(b.clicks.map((c) => c.ms))?.toFixed(1)} ms; Lighthouse LCP ${Math.round(l.lcpMs)} TBT ${Math.round(l.tbtMs)}`,
        );
      }
  } finally {
    await browser?.close();
    if (chrome) await chrome.kill();
    for (const s of servers) s.close();
  }

  const summary = sites.map((site) => {
    const { browser: b, lighthouse: l } = runs[site.key];
    const lh = (k) => median(l.map((r) => r[k]));
    const all = b.flatMap((r) => r.clicks);
    return {
      key: site.key,
      label: site.label,
      lhBytes: lh('totalBytes'),
      ownBytes: median(b.map((r) => r.bodyBytes)),
      requests: lh('httpRequests'),
      score: lh('score'),
      fcpMs: lh('fcpMs'),
      lcpMs: lh('lcpMs'),
      tbtMs: lh('tbtMs'),
      cls: lh('cls'),
      speedIndexMs: lh('speedIndexMs'),
      markersMs: median(b.map((r) => r.markersInDomMs)),
      popupMs: median(all.map((c) => c.ms)),
      popupsShown: all.filter((c) => c.popupShown).length,
      clicks: all.length,
      ownPopupMs: median(b.flatMap((r) => r.ownPopupMs ?? [])),
      external: [...new Set([...b.flatMap((r) => r.external), ...l.flatMap((r) => r.external)])],
    };
  });
  return { count, rounds, clicks, checks, summary, runs };
}

const FIGURES = [
  ['KB gz (Lighthouse)', 'lhBytes', (n) => (n / 1024).toFixed(1)],
  ['FCP ms', 'fcpMs', (n) => String(Math.round(n))],
  ['LCP ms', 'lcpMs', (n) => String(Math.round(n))],
  ['TBT ms', 'tbtMs', (n) => String(Math.round(n))],
  ['CLS', 'cls', (n) => n.toFixed(3)],
  ['markers in DOM ms', 'markersMs', (n) => String(Math.round(n))],
  ['click→popup 2nd frame ms', 'popupMs', (n) => n.toFixed(1)],
];

/** The table, each figure with its ratio to the toy react-leaflet page, and the issue's targets. */
export function peerMarkdown({ count, rounds, clicks, checks, summary }) {
  const toy = summary.find((r) => r.key === 'p1');
  const bare = summary.find((r) => r.key === 'p3');
  const ratio = (v, b) => (v === null || b === null || b === 0 ? '–' : `${(v / b).toFixed(2)}×`);
  const cell = (row, [, key, fmt]) => (row[key] === null ? '–' : `${fmt(row[key])} (${ratio(row[key], toy[key])})`);
  const targets = summary
    .filter((r) => r.key.startsWith('ours'))
    .map((r) => {
      const verdict = (ok) => (ok ? 'met' : '**not met**');
      return `- ${r.label}: LCP ≤ the toy's (${Math.round(r.lcpMs)} against ${Math.round(toy.lcpMs)} ms): ${verdict(r.lcpMs <= toy.lcpMs)}; within 1.5× the page without script's (${ratio(r.lcpMs, bare.lcpMs)}): ${verdict(r.lcpMs <= 1.5 * bare.lcpMs)}; TBT ≤ the toy's (${Math.round(r.tbtMs)} against ${Math.round(toy.tbtMs)} ms): ${verdict(r.tbtMs <= toy.tbtMs)}; CLS 0 (${r.cls.toFixed(3)}): ${verdict(r.cls === 0)}; the popup on screen by the second frame after every click (${r.popupsShown} of ${r.clicks}): ${verdict(r.popupsShown === r.clicks)}.`;
    });
  return [
    '## Beside its peers (interleaved, ratios to the toy react-leaflet page)',
    '',
    `The same ${count} located places and their quotes in every site; ${rounds} rounds, each site in turn, ${clicks} clicks a load; medians. Absolute times on a shared machine are noisy: read the ratios.`,
    '',
    `| site | ${FIGURES.map(([head]) => head).join(' | ')} | popup shown by 2nd frame |`,
    `|---|${FIGURES.map(() => '---:').join('|')}|---:|`,
    ...summary.map((row) => `| ${row.label} | ${FIGURES.map((f) => cell(row, f)).join(' | ')} | ${row.popupsShown}/${row.clicks} |`),
    '',
    `Popups checked once on every site (name and every quote): ${summary.map((r) => `${r.label} ${checks[r.key].placesFound}/${count}`).join(', ')}. Requests off the page's origin: ${summary.flatMap((r) => r.external).length === 0 ? 'none' : summary.map((r) => `${r.label}: ${r.external.join(', ')}`).join('; ')}.`,
    '',
    'Targets (issue 28):',
    '',
    ...targets,
    '',
  ];
}
