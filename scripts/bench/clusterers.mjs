// The clustering libraries side by side: supercluster (what the app uses past CLUSTER_THRESHOLD)
// and leaflet.markercluster, each drawing the same synthetic places (node/perf/syntheticStory.ts) on
// the same bare Leaflet map (scripts/bench/clusterers/, a harness page built into bench/), in
// Chromium: time from the data to the paint that shows the clusters, drag and zoom frames per
// second, JS heap after a forced GC, and each library's minified gzipped bytes.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createJiti } from 'jiti';
import { build } from 'vite';
import { launch } from '../browsers.mjs';
import { serve } from '../serve.mjs';
import { measureMoves } from './scale.mjs';
import { median } from './timings.mjs';

const SITE = join('bench', 'clusterers-site');
const ENGINES = ['supercluster', 'markercluster'];
const jiti = createJiti(import.meta.url);

/** leaflet.markercluster is the bench's, not the app's: installed in tools/bench/ (bench.mjs). */
const MARKERCLUSTER = resolve('tools/bench/node_modules/leaflet.markercluster');

/** Each library's own code as it ships, minified, gzipped (the CSS too, for markercluster). */
function libraryBytes(gzipSize) {
  const read = (f) => readFileSync(f, 'utf8');
  return {
    // supercluster's UMD bundle includes its one dependency, kdbush.
    supercluster: gzipSize(read('node_modules/supercluster/dist/supercluster.min.js')),
    markercluster: gzipSize(
      read(join(MARKERCLUSTER, 'dist/leaflet.markercluster.js')) +
        read(join(MARKERCLUSTER, 'dist/MarkerCluster.css')) +
        read(join(MARKERCLUSTER, 'dist/MarkerCluster.Default.css')),
    ),
  };
}

export async function clustererRows({ counts = [1000, 10000], runs = 5 } = {}) {
  const { syntheticStory } = await jiti.import('../../node/perf/syntheticStory.ts');
  const { gzipSize } = await jiti.import('../../node/perf/firstView.ts');
  rmSync(SITE, { recursive: true, force: true });
  await build({
    configFile: false,
    logLevel: 'error',
    root: resolve('scripts/bench/clusterers'),
    base: './',
    resolve: { alias: { 'leaflet.markercluster': MARKERCLUSTER } },
    build: { outDir: resolve(SITE), target: 'es2022', emptyOutDir: true },
  });
  for (const count of counts) {
    const points = syntheticStory(count).places.features.map((f) => f.geometry.coordinates);
    writeFileSync(join(SITE, `points-${count}.json`), JSON.stringify(points));
  }
  const bytes = libraryBytes(gzipSize);
  const server = await serve({ dir: SITE, port: 0 });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launch('chromium');
  const rows = [];
  try {
    for (const count of counts) {
      for (const engine of ENGINES) {
        const ready = [];
        const fps = [];
        const zoom = [];
        const heap = [];
        for (let r = 0; r < runs; r++) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
          const page = await context.newPage();
          const errors = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.addInitScript(() => {
            const flag = () => (document.documentElement.dataset.error = 'yes');
            addEventListener('error', flag);
            addEventListener('unhandledrejection', flag);
          });
          await page.goto(`${base}?engine=${engine}&points=points-${count}.json`);
          // An error in the page ends the wait at once, with its message.
          await page.waitForFunction(() => performance.getEntriesByName('clusters-ready').length > 0 || document.documentElement.dataset.error, null, {
            timeout: 120_000,
            polling: 50,
          });
          if (errors.length) throw new Error(`${engine}, ${count} places: ${errors.join('; ')}`);
          ready.push(await page.evaluate(() => performance.measure('clusters', 'clusters-start', 'clusters-ready').duration));
          const moves = await measureMoves(page, context);
          fps.push(moves.fps);
          zoom.push(moves.zoom);
          heap.push(moves.heap);
        }
        rows.push({
          engine,
          places: count,
          runs,
          readyMs: ready,
          readyMedianMs: median(ready),
          fpsMedian: median(fps),
          zoomFpsMedian: median(zoom),
          heapMedianBytes: median(heap),
          libraryGzip: bytes[engine],
        });
        console.error(
          `bench: ${engine}, ${count} places: ready ${Math.round(median(ready))} ms, drag ${median(fps).toFixed(0)} fps, zoom ${median(zoom).toFixed(0)} fps, heap ${(median(heap) / 2 ** 20).toFixed(1)} MB`,
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}
