// The files that go with the embed, made at build time from the story:
// - embed.js, the parent-page script (src/host/embed.ts, bundled and minified on its own);
// - csp.txt, the Content-Security-Policy the pages need (online tiles add their origin to img-src);
// - oembed.json, the oEmbed answer (`type: "rich"`, the snippet as `html`), and for each place a page
//   of its own with its own answer (placePages.ts);
// - the story's pictures (node/pictures/): the map wide and narrow, light and dark, for print (and
//   print desks, as SVG too), and the 1200 × 630 card for og:/twitter: and the oEmbed thumbnail (a place's own card
//   for its page and answer, where the story has one per place);
// - in the HTML pages: the story's title and summary, the picture for print,
//   the og:/twitter: cards and the oEmbed discovery link.
// SITE_URL (default http://127.0.0.1:4173/, where `npm start` serves) is where dist/ is published:
// oEmbed and social cards need absolute URLs.
import { resolve } from 'node:path';
import { build } from 'rolldown';
import type { Plugin } from 'vite';
import { fallbackAlt } from '../../shared/embed/alt.ts';
import { cspFor } from '../../shared/host/csp.ts';
import { escapeHtml } from '../../shared/story/escapeHtml.ts';
import type { Story } from '../../shared/story/types.ts';
import { type PictureFile, placeCards, rasterise, readCutBasemap, storyPictures, svgFileOf } from '../pictures/pictures.ts';
import type { CutBasemap } from '../pictures/staticMap.ts';
import { loadStoryDir } from '../story/loadStoryDir.ts';
import { cutStoryBasemap } from './basemapPlugin.ts';
import { cardTags, oembedFor, placeOembedPath, placePage, placePagePath, type Thumbnail } from './placePages.ts';

export const DEFAULT_SITE_URL = 'http://127.0.0.1:4173/';
const HOST_SCRIPT = resolve(import.meta.dirname, '../../src/host/embed.ts');

/** Bundles and minifies the parent-page script. */
export async function buildHostScript(): Promise<string> {
  const result = await build({ input: HOST_SCRIPT, write: false, logLevel: 'silent', output: { format: 'iife', minify: true } });
  return result.output[0].code;
}

/** `emitFiles`: write embed.js, csp.txt, oembed.json and the pictures (one of the two builds does). */
export function embedAssetsPlugin(storyDir: string, { emitFiles = true } = {}): Plugin {
  const siteUrl = new URL(process.env.SITE_URL ?? DEFAULT_SITE_URL).href;
  let story: Story | undefined;
  let serving = false;
  let pictures: ReturnType<typeof storyPictures> = [];
  let basemap: CutBasemap | null = null;
  const loadStory = (): void => {
    story = loadStoryDir(resolve(storyDir));
    basemap = readCutBasemap(cutStoryBasemap(resolve(storyDir)));
    // Drawn as SVG in both builds (a few hundred ms): the HTML needs their sizes; only one rasterises.
    pictures = storyPictures(story, basemap);
  };
  return {
    name: 'story-map:embed-assets',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      // The dev server and the editor open stories that do not validate yet; virtual:story reports why.
      if (!serving) loadStory();
      else {
        try {
          loadStory();
        } catch {
          story = undefined;
        }
      }
    },
    transformIndexHtml(html, ctx) {
      // The dev server keeps running while the story is edited: its page reads the saved files. A
      // story that does not validate keeps the last good words here; the virtual:story module shows
      // the validator's messages in the page's error overlay.
      if (ctx.server) {
        try {
          loadStory();
        } catch {
          // Reported by virtual:story (storyPlugin.ts).
        }
      }
      // A story that has never validated since the server started: the page shows the overlay only.
      if (!story) return html;
      const alt = fallbackAlt(story);
      const find = (layout: PictureFile['layout'], theme: 'light' | 'dark'): PictureFile | undefined =>
        pictures.find((i) => i.layout === layout && i.theme === theme);
      // Print gets the light, wide picture: paper is white, and Leaflet does not print well. (Readers
      // without JavaScript get the page as the build rendered it, with the drawn map.)
      const printPicture = (): string => {
        const img = find('wide', 'light');
        if (!img) return `<p>${escapeHtml(alt)}</p>`;
        return `<img class="print-map" src="./${img.file}" width="${img.width}" height="${img.height}" alt="${escapeHtml(alt)}" loading="lazy" />`;
      };
      const card = find('card', 'light');
      const head = [
        `<link rel="alternate" type="application/json+oembed" href="${new URL('oembed.json', siteUrl).href}" title="${escapeHtml(story.meta.title)}" />`,
        `<meta property="og:type" content="article" />`,
        `<meta property="og:title" content="${escapeHtml(story.meta.title)}" />`,
        `<meta property="og:description" content="${escapeHtml(story.meta.dek)}" />`,
        ...cardTags(card ?? null, siteUrl, alt),
      ].join('\n    ');
      // The page's title and summary are the story's own (index.html and embed.html hold only tokens).
      return html
        .replaceAll('__STORY_TITLE__', escapeHtml(story.meta.title))
        .replaceAll('__STORY_DEK__', escapeHtml(story.meta.dek))
        .replace('</head>', `  ${head}\n  </head>`)
        .replace('<!--story:print-->', printPicture());
    },
    async generateBundle() {
      if (!emitFiles || !story) return;
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: await buildHostScript() });
      // The policy the pages are built to run under, for the server (scripts/serve.mjs) and for hosts.
      this.emitFile({ type: 'asset', fileName: 'csp.txt', source: `${cspFor(story.meta.tiles?.url)}\n` });
      const cards = basemap ? placeCards(story, basemap) : [];
      for (const { file, picture } of [...pictures, ...cards]) this.emitFile({ type: 'asset', fileName: file, source: rasterise(picture) });
      // The map's pictures as SVG too, for print desks: text stays text, lines stay sharp at any size.
      for (const { file, picture } of pictures) this.emitFile({ type: 'asset', fileName: svgFileOf(file), source: picture.svg });
      const cardOf = (place?: string): PictureFile | undefined => [...pictures, ...cards].find((p) => p.layout === 'card' && p.place === place);
      const thumbnail = (card: PictureFile | undefined): Thumbnail | null => (card ? { file: card.file, width: card.width, height: card.height } : null);
      const storyCard = cardOf(undefined);
      const json = (value: object): string => `${JSON.stringify(value, null, 2)}\n`;
      this.emitFile({ type: 'asset', fileName: 'oembed.json', source: json(oembedFor(story, siteUrl, thumbnail(storyCard))) });
      const alt = fallbackAlt(story);
      for (const place of story.places) {
        // A place on the map has a card of its own (the map with it marked); one no source locates, the map's.
        const own = cardOf(place.id);
        const card = thumbnail(own ?? storyCard);
        const cardAlt = own ? `${place.name}, marked on the map. ${alt}` : alt;
        this.emitFile({ type: 'asset', fileName: placeOembedPath(place.id), source: json(oembedFor(story, siteUrl, card, place)) });
        this.emitFile({ type: 'asset', fileName: placePagePath(place.id), source: placePage(story, place, siteUrl, card, cardAlt) });
      }
    },
  };
}
