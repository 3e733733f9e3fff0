// The byte budgets, checked on a fresh build of the bundled story: each page's first view at most
// 150 KB gzipped, and 5 KB more for the timeline. Bytes do not depend on the machine, so this can fail only when the site grows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNUSED_LEAFLET_CLASSES } from '../vite/unusedLeafletRules.ts';
import { BYTE_BUDGETS, KB } from './budgets.ts';
import { firstView, gzipSize } from './firstView.ts';

const dist = mkdtempSync(join(tmpdir(), 'budgets-'));
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

describe('byte budgets of the built site', () => {
  beforeAll(() => {
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    const env = { ...process.env, NODE_ENV: 'production' };
    const built = spawnSync('node', ['scripts/build.mjs', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], { encoding: 'utf8', env });
    if (built.status !== 0) throw new Error(`the build failed:\n${built.stderr}`);
  }, 180_000);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  for (const page of ['index.html', 'embed.html']) {
    it(`${page}: paints and hydrates with at most ${kb(BYTE_BUDGETS.firstViewGzip)} gzipped, the timeline and the page's HTML in it; Leaflet and the live map load after`, () => {
      const view = firstView(dist, page);
      const list = view.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');
      // What counts: the page, its code and styles, and the basemap's first tier inside the code.
      expect(view.files.map((f) => f.file)).toContain(page);
      expect(view.files.some((f) => f.file.endsWith('.css'))).toBe(true);
      expect(view.gzip, `${page}: ${kb(view.gzip)} (${list})`).toBeLessThanOrEqual(BYTE_BUDGETS.firstViewGzip);
      // Leaflet names its panes in its own code: none of the first view's scripts holds it.
      const code = view.files.filter((f) => f.file.endsWith('.js')).map((f) => readFileSync(join(dist, f.file), 'utf8'));
      expect(code.some((c) => c.includes('leaflet-map-pane'))).toBe(false);
      expect(readFileSync(join(dist, page), 'utf8')).toContain('class="drawn-map"');
    });
  }

  it('leaves what the first view does not show out of it: the detailed basemap, the neighbours, the embed form, online tiles', () => {
    const index = firstView(dist, 'index.html').files.map((f) => f.file);
    const embed = firstView(dist, 'embed.html').files.map((f) => f.file);
    for (const lazy of [/detail\.topo/, /context\.topo/, /EmbedCode/, /OnlineTiles/, /fallback\//]) {
      expect(
        index.some((f) => lazy.test(f)),
        `${lazy} in the story page's first view`,
      ).toBe(false);
      expect(
        embed.some((f) => lazy.test(f)),
        `${lazy} in the embed's first view`,
      ).toBe(false);
    }
  });

  it('ships the detailed basemap and the neighbours as chunks of their own', () => {
    const app = firstView(dist, 'index.html').files.filter((f) => f.file.endsWith('.js'));
    const code = app.map((f) => readFileSync(join(dist, f.file), 'utf8')).join('\n');
    expect(code).toMatch(/import\(`\.\/detail\.topo-[\w-]+\.js`\)/);
    expect(code).toMatch(/import\(`\.\/context\.topo-[\w-]+\.js`\)/);
  });

  it('leaves out Leaflet’s styles for what the map never creates, and keeps the rest', () => {
    const css = firstView(dist, 'embed.html')
      .files.filter((f) => f.file.endsWith('.css'))
      .map((f) => readFileSync(join(dist, f.file), 'utf8'))
      .join('\n');
    for (const unused of UNUSED_LEAFLET_CLASSES) expect(css, unused).not.toMatch(new RegExp(`\\.${unused}(?![\\w])`));
    for (const used of [
      'leaflet-popup-content-wrapper',
      'leaflet-control-attribution',
      'leaflet-control-scale-line',
      'leaflet-marker-icon',
      'leaflet-zoom-animated',
      'leaflet-bar',
    ]) {
      expect(css, used).toContain(`.${used}`);
    }
  });

  it(`embed.js at most ${kb(BYTE_BUDGETS.embedScriptGzip)} gzipped`, () => {
    expect(gzipSize(readFileSync(join(dist, 'embed.js')))).toBeLessThanOrEqual(BYTE_BUDGETS.embedScriptGzip);
  });
});
