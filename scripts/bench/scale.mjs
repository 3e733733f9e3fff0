// The scale rows of `npm run bench`: synthetic stories of 10, 100, 1,000 and 10,000 places
// (node/perf/syntheticStory.ts), each built like any story into bench/scale/ (git-ignored) and served,
// then loaded in Chromium: time to "map ready", frames per second while the map is dragged and while
// it zooms (rAF counted over scripted moves), and the JS heap after a forced GC.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createJiti } from 'jiti';
import { launch } from '../browsers.mjs';
import { serve } from '../serve.mjs';
import { median, timeToReady } from './timings.mjs';

const jiti = createJiti(import.meta.url);

/** Drags the map by `frames` × `step` px, one mouse move per animation frame; returns frames per second. */
export async function dragFps(page, frames = 120, step = 4) {
  return page.evaluate(
    ({ frames, step }) =>
      new Promise((resolve) => {
        const map = document.querySelector('.leaflet-container');
        const r = map.getBoundingClientRect();
        let x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const fire = (type, target) =>
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: 1, view: window }));
        fire('mousedown', map);
        let n = 0;
        let direction = -1;
        const started = performance.now();
        const tick = () => {
          n++;
          if (n % 40 === 0) direction = -direction;
          x += direction * step;
          fire('mousemove', document);
          if (n < frames) requestAnimationFrame(tick);
          else {
            fire('mouseup', document);
            resolve((n / (performance.now() - started)) * 1000);
          }
        };
        requestAnimationFrame(tick);
      }),
    { frames, step },
  );
}

/** Zooms in twice and out twice with the map's own buttons (animated), counting animation frames
 * over the two seconds that takes; returns frames per second. */
export async function zoomFps(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const press = (selector) => document.querySelector(selector)?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
        const steps = ['.leaflet-control-zoom-in', '.leaflet-control-zoom-in', '.leaflet-control-zoom-out', '.leaflet-control-zoom-out'];
        let n = 0;
        let pressed = -1;
        const started = performance.now();
        const tick = (now) => {
          n++;
          const step = Math.floor((now - started) / 500);
          if (step < steps.length && step !== pressed) {
            pressed = step;
            press(steps[step]);
          }
          if (now - started < 2000) requestAnimationFrame(tick);
          else resolve((n / (performance.now() - started)) * 1000);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Drags and zooms the loaded map, then reads the JS heap after a forced GC; closes the context. */
export async function measureMoves(page, context) {
  const fps = await dragFps(page);
  const zoom = await zoomFps(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await context.close();
  return { fps, zoom, heap };
}

export async function scaleRows({ counts = [10, 100, 1000, 10000], runs = 5 } = {}) {
  const { writeSyntheticStory } = await jiti.import('../../node/perf/syntheticStory.ts');
  const rows = [];
  const browser = await launch('chromium');
  try {
    for (const count of counts) {
      const storyDir = join('bench', 'scale', `story-${count}`);
      const siteDir = join('bench', 'scale', `site-${count}`);
      rmSync(storyDir, { recursive: true, force: true });
      writeSyntheticStory(storyDir, count);
      const built = spawnSync('node', ['scripts/build.mjs', '--story', storyDir, '--outDir', siteDir, '--emptyOutDir', '--logLevel', 'error'], {
        encoding: 'utf8',
      });
      if (built.status !== 0) throw new Error(`building the ${count}-place story failed:\n${built.stdout}\n${built.stderr}`);
      const server = await serve({ dir: siteDir, port: 0 });
      const base = `http://127.0.0.1:${server.address().port}/`;
      const ready = [];
      const fps = [];
      const zoom = [];
      const heap = [];
      let mode = null;
      try {
        for (let r = 0; r < runs; r++) {
          const { page, context, readyMs } = await timeToReady(browser, base, { width: 1280, height: 800 }, 120_000);
          ready.push(readyMs);
          mode = await page.evaluate(() => document.querySelector('.leaflet-container')?.getAttribute('data-render-mode') ?? 'markers');
          const moves = await measureMoves(page, context);
          fps.push(moves.fps);
          zoom.push(moves.zoom);
          heap.push(moves.heap);
        }
      } finally {
        server.close();
      }
      rows.push({
        places: count,
        mode,
        runs,
        readyMs: ready,
        readyMedianMs: median(ready),
        fps,
        fpsMedian: median(fps),
        zoomFps: zoom,
        zoomFpsMedian: median(zoom),
        heapBytes: heap,
        heapMedianBytes: median(heap),
      });
      console.error(
        `bench: ${count} places (${mode}): ready ${Math.round(median(ready))} ms, drag ${median(fps).toFixed(0)} fps, zoom ${median(zoom).toFixed(0)} fps, heap ${(median(heap) / 2 ** 20).toFixed(1)} MB`,
      );
    }
  } finally {
    await browser.close();
  }
  return rows;
}
