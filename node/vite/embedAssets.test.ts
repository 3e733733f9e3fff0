// The parent script's budget, the oEmbed answers and the policy of a build.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CSP, cspFor } from '../../shared/host/csp.ts';
import { loadStoryDir } from '../story/loadStoryDir.ts';
import { buildHostScript } from './embedAssetsPlugin.ts';
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
  const thumbnail = { file: 'fallback/card.png', width: 1200, height: 630 };
  it('oembed.json is a rich answer: the iframe, and a sized thumbnail', () => {
    const answer = oembedFor(story, site, thumbnail) as Record<string, unknown>;
    // The frame's height until the embed reports its own: 640 px, and 220 more for the story's timeline.
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 1000, height: 860, title: story.meta.title });
    expect(String((answer as { html: string }).html)).toContain('height="860"');
    expect(answer).toMatchObject({ thumbnail_url: `${site}fallback/card.png`, thumbnail_width: 1200, thumbnail_height: 630 });
    expect(answer.html).toMatch(/^<iframe data-story-map title="Map: [^"]+" src="https:\/\/graphics\.example\.org\/iraq\/embed\.html" /);
    expect(answer.html).not.toContain('<blockquote');
    expect(answer.html).toContain('<script async src="https://graphics.example.org/iraq/embed.js"></script>');
  });
  it('a place’s answer opens the embed on it', () => {
    const place = story.places.find((p) => p.id === 'camp-taji')!;
    const answer = oembedFor(story, site, thumbnail, place) as Record<string, string>;
    expect(answer.title).toBe(`Camp Taji: ${story.meta.title}`);
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
    expect(html).toContain(`<meta property="og:image" content="${site}fallback/card.png" />`);
    expect(html).not.toMatch(/<script|<style|\sstyle=/);
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
