// `npm run bench`: what the site costs a reader. Builds dist/ (validating the story first), then
// measures the gzipped bytes of every asset and of each page's first view, and what each part of
// the code weighs (React, Leaflet, the basemap, the story...); serves dist/ on loopback and runs
// Lighthouse on the story page and the embed, times "map ready" and popup openings in Chromium and
// Firefox ESR, builds and measures synthetic stories of 10 to 10,000 places (scale rows), and
// compares the two clustering libraries on the same places (scripts/bench/clusterers.mjs); last, the
// story page and the embed beside a toy react-leaflet page, vanilla Leaflet and a page without script
// carrying the same places and quotes, interleaved, as ratios (scripts/bench/peers.mjs).
// Prints tables and writes bench/results.json and bench/results.md.
// Tests never assert times; the byte budgets are checked by a test in `npm test`.
// It also times `npm run build` itself (cold and warm basemap cache).
//   npm run bench [-- --runs 7] [-- --lighthouse-runs 3] [-- --peer-rounds 5] [-- --skip build,lighthouse,timings,scale,clusterers,peers]

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import { createJiti } from 'jiti';
import { minifySync } from 'rolldown/utils';
import { build } from 'vite';
import { prerenderInto } from './lib/prerender.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'peer-rounds': { type: 'string', default: '5' },
    skip: { type: 'string', default: '' },
  },
});
const skip = new Set(args.skip.split(',').filter(Boolean));
const DIST = 'dist';
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// 1. Validate, then build with a plugin that records which module ended up in which chunk.
const jiti = createJiti(import.meta.url);
const kb = (n) => (n / 1024).toFixed(1); // KiB, as the budgets and Lighthouse count
const { runValidate } = await jiti.import('../node/story/validateCli.ts');
if (runValidate([process.env.STORY_DIR ?? 'geo']) !== 0) process.exit(1);
const modules = [];
// The story page, then the embed into the same folder (vite.config.ts; scripts/build.mjs does the same).
for (const mode of ['production', 'embed']) {
  await build({
    mode,
    logLevel: 'warn',
    plugins: [
      {
        name: 'bench:modules',
        generateBundle(_options, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue;
            // A module both pages use is counted once (as the story page's build rendered it).
            for (const [id, info] of Object.entries(chunk.modules))
              if (!modules.some((m) => m.id === id)) modules.push({ chunk: chunk.fileName, id, code: info.code ?? '' });
          }
        },
      },
    ],
  });
}
// Then the pages' HTML, rendered into them as `npm run build` does.
if ((await prerenderInto(DIST, { env: { ...process.env, STORY_DIR: process.env.STORY_DIR ?? 'geo' } })) === null) process.exit(1);

// 2. Every file in dist/, and the first view of each page (node/perf/firstView.ts, which the byte
// budget test in `npm test` uses too).
const { sizeAll, firstView, gzipSize } = await jiti.import('../node/perf/firstView.ts');
const { BYTE_BUDGETS } = await jiti.import('../node/perf/budgets.ts');
const files = sizeAll(DIST).map((f) => ({ ...f, brotli: br(readFileSync(join(DIST, f.file))) }));
const byFile = new Map(files.map((f) => [f.file, f]));
const views = ['index.html', 'embed.html'].map((page) => {
  const view = firstView(DIST, page);
  return {
    page,
    files: view.files.map((f) => f.file),
    raw: view.raw,
    gzip: view.gzip,
    brotli: view.files.reduce((n, f) => n + byFile.get(f.file).brotli, 0),
    budget: BYTE_BUDGETS.firstViewGzip,
  };
});

// 4. What the code is made of: each module's code as the bundler rendered it, grouped, minified
// alone with the bundler's own minifier and gzipped alone. Close to, not exactly, each part's share
// of the bytes sent (minifying and compressing a chunk whole shares names and strings across parts).
const groupOf = (id) => {
  if (id.includes('/.cache/iraq-strikes-map/basemap/')) return 'basemap (cut for the story)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
  if (pkg) return pkg === 'scheduler' ? 'react-dom' : pkg;
  if (id.includes('virtual:story')) return 'story data';
  if (id.includes('/src/')) return 'app code (src/)';
  return 'other';
};
const groups = new Map();
for (const m of modules) {
  const g = groups.get(groupOf(m.id)) ?? { group: groupOf(m.id), modules: 0, codes: [] };
  g.modules++;
  g.codes.push(m.code);
  groups.set(g.group, g);
}
const parts = [...groups.values()]
  .map((g) => {
    // A module's rendered code is a fragment of its chunk: it may use names other modules declare,
    // which the minifier leaves alone. A fragment it cannot parse is counted as it is, and said so.
    const min = g.codes
      .map((code, i) => {
        const out = minifySync(`${g.group}-${i}.js`, code, { compress: { unused: false }, mangle: { toplevel: false } });
        if (out.errors.length) console.warn(`bench: ${g.group} module ${i} not minified: ${out.errors[0].message}`);
        return out.errors.length ? code : out.code;
      })
      .join('\n');
    return { group: g.group, modules: g.modules, minified: Buffer.byteLength(min), gzip: gzipSize(min) };
  })
  .sort((a, b) => b.gzip - a.gzip);

// 5. In browsers, against dist/ served on loopback (gzip, CSP, as `npm start` serves it).
const { serve } = await import('./serve.mjs');
const { TIME_BUDGETS } = await jiti.import('../node/perf/budgets.ts');
const server = await serve({ port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
let timings = null;
let lighthouseResults = null;
let scale = null;
let clusterers = null;
let peers = null;
try {
  if (!skip.has('timings')) {
    const { pageTimings } = await import('./bench/timings.mjs');
    console.error('bench: timing map-ready and popups in Chromium and Firefox ESR…');
    timings = await pageTimings(base, { runs: Number(args.runs) });
  }
  if (!skip.has('lighthouse')) {
    benchTools();
    const { lighthouseRuns } = await import('../tools/bench/lighthouse.mjs');
    console.error('bench: Lighthouse on the story page and the embed…');
    lighthouseResults = await lighthouseRuns(
      [
        { name: 'story page', url: `${base}/` },
        { name: 'embed', url: `${base}/embed.html` },
      ],
      Number(args['lighthouse-runs']),
    );
  }
} finally {
  server.close();
}
/** The bench's heavy tools (Lighthouse, leaflet.markercluster) live apart, in tools/bench/, so that
 * `npm ci` and CI never fetch them; the first bench that needs them installs them there. */
function benchTools() {
  if (existsSync('tools/bench/node_modules/.package-lock.json')) return;
  console.error('bench: installing its tools in tools/bench/ (Lighthouse, leaflet.markercluster), once…');
  const installed = spawnSync('npm', ['ci', '--prefix', 'tools/bench', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (installed.status !== 0) throw new Error('npm ci in tools/bench/ failed: the bench needs Lighthouse and leaflet.markercluster from the npm registry');
}
let buildTime = null;
if (!skip.has('build')) {
  const { buildTimes } = await import('./bench/buildTime.mjs');
  console.error('bench: timing npm run build…');
  buildTime = buildTimes({ runs: 5 });
}
if (!skip.has('scale')) {
  const { scaleRows } = await import('./bench/scale.mjs');
  console.error('bench: synthetic stories of 10 to 10,000 places…');
  scale = await scaleRows({ runs: Math.max(5, Math.min(Number(args.runs), 7)) });
}

if (!skip.has('clusterers')) {
  const { clustererRows } = await import('./bench/clusterers.mjs');
  benchTools();
  console.error('bench: supercluster and leaflet.markercluster on the same places…');
  clusterers = await clustererRows({ runs: Math.max(5, Math.min(Number(args.runs), 7)) });
}

if (!skip.has('peers')) {
  const { peerRows } = await import('./bench/peers.mjs');
  benchTools();
  console.error('bench: the story page and the embed beside a toy react-leaflet page, vanilla Leaflet and a page without script…');
  peers = await peerRows({ dist: DIST, storyDir: process.env.STORY_DIR ?? 'geo', rounds: Number(args['peer-rounds']) });
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  story: createHash('sha256').update(readFileSync('geo/places.geojson')).digest('hex').slice(0, 12),
  firstView: views,
  build: buildTime,
  files: files.sort((a, b) => b.gzip - a.gzip),
  codeParts: parts,
  timings,
  lighthouse: lighthouseResults,
  scale,
  clusterers,
  peers,
  budgets: { bytes: BYTE_BUDGETS, times: TIME_BUDGETS },
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const md = [
  '# Benchmark',
  '',
  `${results.date}, ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGB} GB, Node ${results.machine.node}.`,
  '',
  '## First view (bytes a reader downloads before any interaction)',
  '',
  '| page | requests | raw KB | gzip -9 KB | brotli KB | budget (gzip) |',
  '|---|---:|---:|---:|---:|---|',
  ...views.map(
    (v) => `| ${v.page} | ${v.files.length} | ${kb(v.raw)} | ${kb(v.gzip)} | ${kb(v.brotli)} | ${kb(v.budget)}: ${v.gzip <= v.budget ? 'met' : '**over**'} |`,
  ),
  '',
  ...(buildTime
    ? [
        `## Build (npm run build of the bundled story, ${buildTime.runs} runs)`,
        '',
        '| basemap cache | seconds | budget |',
        '|---|---:|---|',
        `| cold (first run) | ${(buildTime.coldMs / 1000).toFixed(2)} | ${TIME_BUDGETS.buildMs / 1000} s: ${buildTime.coldMs <= TIME_BUDGETS.buildMs ? 'met' : '**over**'} |`,
        `| warm (median) | ${(buildTime.warmMedianMs / 1000).toFixed(2)} | ${TIME_BUDGETS.buildMs / 1000} s: ${buildTime.warmMedianMs <= TIME_BUDGETS.buildMs ? 'met' : '**over**'} |`,
        '',
      ]
    : []),
  ...(lighthouseResults
    ? [
        `## Lighthouse ${lighthouseVersion()} (mobile, simulated throttling; median of ${lighthouseResults[0].runs} runs; Debian Chromium, offline)`,
        '',
        '| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS | bytes KB |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...lighthouseResults.map(
          ({ name, median: m }) =>
            `| ${name} | ${m.performance.toFixed(2)} | ${m.accessibility.toFixed(2)} | ${m.bestPractices.toFixed(2)} | ${m.seo.toFixed(2)} | ${Math.round(m.fcpMs)} | ${Math.round(m.lcpMs)} | ${Math.round(m.tbtMs)} | ${m.cls.toFixed(3)} | ${kb(m.totalBytes)} |`,
        ),
        '',
        `Budgets: performance ≥ ${TIME_BUDGETS.lighthouse.performance}, accessibility ${TIME_BUDGETS.lighthouse.accessibility}, best practices ${TIME_BUDGETS.lighthouse.bestPractices}, SEO ≥ ${TIME_BUDGETS.lighthouse.seo}, CLS ${TIME_BUDGETS.lighthouse.cls}, TBT ≤ ${TIME_BUDGETS.lighthouse.tbtMs} ms.`,
        ...lighthouseResults.filter((r) => r.failed.length).map((r) => `Audits not passed on the ${r.name} in some run (worst score): ${r.failed.join(', ')}.`),
        '',
      ]
    : []),
  ...(timings
    ? [
        `## Timings (median over ${timings[0].runs} fresh loads each; popups: 6 markers per story-page load, clicked)`,
        '',
        '| engine | page | map ready ms (median) | ready ms (min–max) | popup open ms (median) | popup max ms | timeline step ms (median) | step max ms | step painted in frame (worst) |',
        '|---|---|---:|---:|---:|---:|---:|---:|---:|',
        ...timings.map(
          (t) =>
            `| ${t.engine} | ${t.page} | ${Math.round(t.readyMedianMs)} | ${Math.round(Math.min(...t.readyMs))}–${Math.round(Math.max(...t.readyMs))} | ${t.popupMedianMs === null ? '–' : t.popupMedianMs.toFixed(1)} | ${t.popupMaxMs === null ? '–' : t.popupMaxMs.toFixed(1)} | ${t.stepMedianMs === null ? '–' : t.stepMedianMs.toFixed(1)} | ${t.stepMaxMs === null ? '–' : t.stepMaxMs.toFixed(1)} | ${t.stepFrameMax ?? '–'} |`,
        ),
        '',
        `"Map ready": from navigation start to the paint that first shows every place. Popup: from the click's event time to the paint that shows its content (budget ${TIME_BUDGETS.popupOpenMs} ms, in Chromium). Timeline step: from a click on Next event to the paint that marks the step's places, and which frame after the click that paint is (budget: the next one, frame 1). Loopback, no throttling.`,
        '',
      ]
    : []),
  ...(scale
    ? [
        `## Scale: synthetic stories in Chromium (median of ${scale[0].runs} fresh loads each, 1280 × 800)`,
        '',
        '| places | map mode | map ready ms | drag fps | zoom fps | JS heap MB |',
        '|---:|---|---:|---:|---:|---:|',
        ...scale.map(
          (r) =>
            `| ${r.places.toLocaleString('en-GB')} | ${r.mode} | ${Math.round(r.readyMedianMs)} | ${r.fpsMedian.toFixed(0)} | ${r.zoomFpsMedian.toFixed(0)} | ${(r.heapMedianBytes / 2 ** 20).toFixed(1)} |`,
        ),
        '',
        'Targets at 10,000 places: ready ≤ 1,500 ms, drag ≥ 50 fps, and cost growing sub-linearly from 1,000 to 10,000. Drag: one mouse move per animation frame over 120 frames; zoom: the map’s + and − buttons, twice each, over 2 s (animated); frames counted with requestAnimationFrame. Heap: after a forced GC.',
        '',
      ]
    : []),
  ...(clusterers
    ? [
        `## Clustering libraries on the same places (Chromium, bare Leaflet map, median of ${clusterers[0].runs} fresh loads each, 1280 × 800)`,
        '',
        '| places | library | clusters drawn ms | drag fps | zoom fps | JS heap MB | library gzip KB |',
        '|---:|---|---:|---:|---:|---:|---:|',
        ...clusterers.map(
          (r) =>
            `| ${r.places.toLocaleString('en-GB')} | ${r.engine} | ${Math.round(r.readyMedianMs)} | ${r.fpsMedian.toFixed(0)} | ${r.zoomFpsMedian.toFixed(0)} | ${(r.heapMedianBytes / 2 ** 20).toFixed(1)} | ${kb(r.libraryGzip)} |`,
        ),
        '',
        'Both as the app sets them (radius 80 px, places alone from zoom 11; single places as circles on one canvas), on the page scripts/bench/clusterers/ builds: no basemap, no React. "Clusters drawn": from the data in hand to the paint that shows the clusters. The app uses supercluster.',
        '',
      ]
    : []),
  ...(peers ? (await import('./bench/peers.mjs')).peerMarkdown(peers) : []),
  '## What the code is made of (each part minified and gzipped alone: close to its share of the bytes sent)',
  '',
  '| part | modules | minified KB | its gzip KB |',
  '|---|---:|---:|---:|',
  ...parts.map((p) => `| ${p.group} | ${p.modules} | ${kb(p.minified)} | ${kb(p.gzip)} |`),
  '',
  '## Files in dist/ (largest first)',
  '',
  '| file | raw KB | gzip -9 KB | brotli KB |',
  '|---|---:|---:|---:|',
  ...results.files.map((f) => `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`),
  '',
].join('\n');
writeFileSync('bench/results.md', md);

function lighthouseVersion() {
  return JSON.parse(readFileSync('tools/bench/node_modules/lighthouse/package.json', 'utf8')).version;
}
console.log(md);
