// The parent script's budget, the oEmbed answer, and whether the committed fallback pictures show
// the story as it is now.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CSP, cspFor } from '../../scripts/serve.mjs';
import { loadStoryDir } from '../data/loadStoryDir.ts';
import { buildHostScript, type FallbackManifest, oembedFor, storyHash } from './embedAssetsPlugin.ts';

const story = loadStoryDir(resolve('geo'));

describe('embed.js', () => {
  it('is at most 2 KB gzipped and has no imports left', async () => {
    const code = await buildHostScript();
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(2048);
    expect(code).not.toMatch(/\bimport\b|\brequire\(/);
    expect(code.startsWith('(function(){')).toBe(true);
  });
});

describe('oembed.json', () => {
  it('is a rich oEmbed answer whose html is the snippet', () => {
    const answer = oembedFor(story, 'https://graphics.example.org/iraq/') as Record<string, unknown>;
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 1000, height: 640, title: story.meta.title });
    expect(answer.html).toMatch(/^<iframe data-iraq-strikes-map title="Map: [^"]+" src="https:\/\/graphics\.example\.org\/iraq\/embed\.html" /);
    expect(answer.html).toContain('<script async src="https://graphics.example.org/iraq/embed.js"></script>');
  });
});

describe('fallback images (public/fallback)', () => {
  const manifest = JSON.parse(readFileSync('public/fallback/fallback.json', 'utf8')) as FallbackManifest;

  it('show the story as it is now (else: npm run fallback-images)', () => {
    expect(manifest.storyHash).toBe(storyHash(story));
  });

  it('are four PNGs, wide and narrow, light and dark, of the recorded size', () => {
    expect(manifest.images.map((i) => `${i.layout}-${i.theme}`).sort()).toEqual(['narrow-dark', 'narrow-light', 'wide-dark', 'wide-light']);
    for (const image of manifest.images) {
      const path = `public/fallback/${image.file}`;
      expect(existsSync(path), path).toBe(true);
      const png = readFileSync(path);
      expect(png.subarray(0, 8).toString('hex'), path).toBe('89504e470d0a1a0a');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([image.width, image.height]);
      expect(png.length, path).toBeGreaterThan(20_000);
    }
  });
});

describe('the Content-Security-Policy of a build (csp.txt)', () => {
  it('is the strict policy when the story has no online tiles', () => {
    expect(cspFor(null)).toBe(CSP);
  });
  it('adds only the tile service’s origin to img-src', () => {
    expect(cspFor('https://tiles.example.test/{z}/{x}/{y}.png')).toContain("img-src 'self' data: https://tiles.example.test;");
    expect(cspFor('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe(CSP.replace("img-src 'self' data:", "img-src 'self' data: https://*.tile.example.org"));
  });
});
