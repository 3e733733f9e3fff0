// The parent script's budget, the oEmbed answer, and whether the committed fallback pictures show
// the story as it is now.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CSP, cspFor } from '../../src/host/csp.ts';
import { loadStoryDir } from '../story/loadStoryDir.ts';
import { buildHostScript, type FallbackManifest, storyHash } from './embedAssetsPlugin.ts';
import { oembedFor, placePage } from './placePages.ts';

const story = loadStoryDir(resolve('geo'));

describe('embed.js', () => {
  it('is at most 2 KB gzipped and has no imports left', async () => {
    const code = await buildHostScript();
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(2048);
    expect(code).not.toMatch(/\bimport\b|\brequire\(/);
    expect(code.startsWith('(function(){')).toBe(true);
  });
});

describe('the oEmbed answers', () => {
  const site = 'https://graphics.example.org/iraq/';
  const thumbnail = { file: 'map-wide-light.png', width: 1200, height: 646 };
  it('oembed.json is a rich answer: a blockquote linking the story page, then the iframe, and a sized thumbnail', () => {
    const answer = oembedFor(story, site, thumbnail) as Record<string, unknown>;
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 1000, height: 640, title: story.meta.title });
    expect(answer).toMatchObject({ thumbnail_url: `${site}fallback/map-wide-light.png`, thumbnail_width: 1200, thumbnail_height: 646 });
    expect(answer.html).toMatch(
      /^<blockquote class="wp-embedded-content"><a href="https:\/\/graphics\.example\.org\/iraq\/">[^<]+<\/a><\/blockquote>\n<iframe data-iraq-strikes-map title="Map: [^"]+" src="https:\/\/graphics\.example\.org\/iraq\/embed\.html" /,
    );
    expect(answer.html).toContain('<script async src="https://graphics.example.org/iraq/embed.js"></script>');
  });
  it('a place’s answer opens the embed on it and links the story page at it', () => {
    const place = story.places.find((p) => p.id === 'camp-taji')!;
    const answer = oembedFor(story, site, thumbnail, place) as Record<string, string>;
    expect(answer.title).toBe(`Camp Taji: ${story.meta.title}`);
    expect(answer.html).toContain(`<a href="${site}#place=camp-taji">Camp Taji: `);
    expect(answer.html).toContain(`src="${site}embed.html?place=camp-taji"`);
  });
  it('without the pictures, gives no thumbnail rather than a broken one', () => {
    expect(oembedFor(story, site, null)).not.toHaveProperty('thumbnail_url');
  });
  it('a place’s page has its title, card and discovery link, and sends readers to the place on the map', () => {
    const place = story.places.find((p) => p.id === 'camp-taji')!;
    const html = placePage(story, place, site, thumbnail, 'alt text');
    expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="${site}oembed/camp-taji.json"`);
    expect(html).toContain('<title>Camp Taji: ');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=../#place=camp-taji" />');
    expect(html).toContain(`<meta property="og:image" content="${site}fallback/map-wide-light.png" />`);
    expect(html).not.toMatch(/<script|<style|\sstyle=/);
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
