import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadStoryDir } from '../../node/story/loadStoryDir.ts';
import { embedSnippet, embedUrl, FALLBACK_HEIGHT, fallbackHeight, oembedHtml } from './snippet.ts';

const base = 'https://graphics.example.org/iraq/';

describe('embedUrl', () => {
  it('carries only the choices that differ from the defaults', () => {
    expect(embedUrl(base)).toBe('https://graphics.example.org/iraq/embed.html');
    expect(embedUrl(base, { place: 'camp-taji', theme: 'dark', panel: 'none' })).toBe(
      'https://graphics.example.org/iraq/embed.html?place=camp-taji&theme=dark&panel=none',
    );
    expect(embedUrl(base, { place: null, theme: 'auto', panel: null })).toBe('https://graphics.example.org/iraq/embed.html');
  });
});

describe('embedSnippet', () => {
  it('is a titled, full-width, lazy iframe with a fallback height in a block of its own, then the script line', () => {
    const [open, frame, close, script, ...rest] = embedSnippet(base, 'Map: a "title" <here>', { place: 'camp-taji' }).split('\n');
    expect(rest).toEqual([]);
    expect([open, close]).toEqual(['<div class="story-map">', '</div>']);
    expect(frame).toBe(
      `<iframe data-story-map title="Map: a &quot;title&quot; &lt;here&gt;" src="https://graphics.example.org/iraq/embed.html?place=camp-taji" width="100%" height="${FALLBACK_HEIGHT}" frameborder="0" loading="lazy" allow="fullscreen"></iframe>`,
    );
    expect(script).toBe('<script async src="https://graphics.example.org/iraq/embed.js"></script>');
  });

  it('can leave the script out, and never needs a style attribute (hosts with a strict CSP)', () => {
    const frame = embedSnippet(base, 'Map', {}, false);
    expect(frame).not.toContain('<script');
    expect(frame).not.toContain('style=');
  });
});

describe('oembedHtml', () => {
  it('is the iframe with the attributes WordPress keeps, then embed.js: no blockquote, which would close a paragraph around it', () => {
    const [frame, script, ...rest] = oembedHtml(base, 'Map: T', { place: 'camp-taji' }).split('\n');
    expect(rest).toEqual([]);
    expect(frame).toMatch(
      /^<iframe data-story-map title="Map: T" src="https:\/\/graphics\.example\.org\/iraq\/embed\.html\?place=camp-taji" width="100%" height="640" frameborder="0" .* marginwidth="0" marginheight="0"><\/iframe>$/,
    );
    expect(script).toBe('<script async src="https://graphics.example.org/iraq/embed.js"></script>');
  });
});

describe("the README's embed code", () => {
  // What a producer copies from the README must be what the story page's "Copy embed code" gives for
  // the same choice (src/share/EmbedCode.tsx): the bundled story, opened at the README's place.
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Embedding it on a news page'));
  const code = /```html\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const story = loadStoryDir(fileURLToPath(new URL('../../geo', import.meta.url)));
  /** The same markup whatever its line breaks: the README wraps the iframe's attributes. */
  const spaced = (html: string): string => html.replace(/\s+/g, ' ').trim();

  it('is the code the story page copies for that place, with the height that holds its closed embed', () => {
    const place = /[?&]place=([\w-]+)/.exec(code)?.[1] ?? null;
    expect(place, 'the README shows the code for a place').not.toBeNull();
    const base = /src="(https:\/\/[^"]+\/)embed\.html/.exec(code)?.[1] ?? '';
    const page = embedSnippet(base, `Map: ${story.meta.title}`, { place, theme: 'auto', panel: null, height: fallbackHeight(story) });
    expect(spaced(code)).toBe(spaced(page));
  });
});
