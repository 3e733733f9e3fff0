// What makes a place survive a paste into a CMS. WordPress (and every oEmbed consumer) fetches the
// pasted URL and follows the page's oEmbed discovery link; a static host sends the same file
// whatever the query or hash, so `embed.html?place=…` and `index.html#place=…` both answer for the
// whole map. Each place therefore has a small page of its own, place/<id>.html, with its own title,
// card and discovery link to oembed/<id>.json, whose iframe opens the embed on that place. A reader
// who follows the link is sent on to the story page at the place.

import { fallbackHeight, oembedHtml, placePagePath } from '../../shared/embed/snippet.ts';
import { hashForPlace } from '../../shared/selection/hash.ts';
import { escapeHtml } from '../../shared/story/escapeHtml.ts';
import type { Place, Story } from '../../shared/story/types.ts';
import { placeSummary } from '../../shared/story/words.ts';

export interface Thumbnail {
  readonly file: string;
  readonly width: number;
  readonly height: number;
}

export { placePagePath };
/** Where a place's oEmbed answer is, relative to the site. */
export const placeOembedPath = (id: string): string => `oembed/${id}.json`;

/** The oEmbed answer for the whole map, or for one place. `thumbnail` is the social card. */
export function oembedFor(story: Story, siteUrl: string, thumbnail: Thumbnail | null, place: Place | null = null): object {
  const title = place ? `${place.name}: ${story.meta.title}` : story.meta.title;
  return {
    version: '1.0',
    type: 'rich',
    provider_name: story.meta.publisher,
    provider_url: siteUrl,
    title,
    html: oembedHtml(siteUrl, `Map: ${title}`, { place: place?.id ?? null, height: fallbackHeight(story) }),
    width: 1000,
    height: fallbackHeight(story),
    ...(thumbnail ? { thumbnail_url: new URL(thumbnail.file, siteUrl).href, thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height } : {}),
  };
}

/** The og:image and twitter:image tags for the card, or none without one: the story page and every
 * place's page share them. */
export function cardTags(thumbnail: Thumbnail | null, siteUrl: string, alt: string): string[] {
  if (!thumbnail) return [];
  const image = escapeHtml(new URL(thumbnail.file, siteUrl).href);
  return [
    `<meta property="og:image" content="${image}" />`,
    `<meta property="og:image:width" content="${thumbnail.width}" />`,
    `<meta property="og:image:height" content="${thumbnail.height}" />`,
    `<meta property="og:image:alt" content="${escapeHtml(alt)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:image" content="${image}" />`,
  ];
}

/** A place's page: its title and card for the CMS, and a link (and a redirect) to the place on the map. */
export function placePage(story: Story, place: Place, siteUrl: string, thumbnail: Thumbnail | null, alt: string): string {
  const title = `${place.name}: ${story.meta.title}`;
  const description = `${placeSummary(place)}. ${story.meta.dek}`;
  const onMap = `../${hashForPlace(place.id)}`;
  const abs = (path: string): string => escapeHtml(new URL(path, siteUrl).href);
  const card = cardTags(thumbnail, siteUrl, alt);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(title)}</title>
    <meta name="description" content="${escapeHtml(description)}" />
    <meta http-equiv="refresh" content="0; url=${escapeHtml(onMap)}" />
    <link rel="canonical" href="${abs(placePagePath(place.id))}" />
    <link rel="icon" href="../favicon.svg" type="image/svg+xml" />
    <link rel="alternate" type="application/json+oembed" href="${abs(placeOembedPath(place.id))}" title="${escapeHtml(title)}" />
    <meta property="og:type" content="article" />
    <meta property="og:url" content="${abs(placePagePath(place.id))}" />
    <meta property="og:title" content="${escapeHtml(title)}" />
    <meta property="og:description" content="${escapeHtml(description)}" />
    ${card.join('\n    ')}
  </head>
  <body>
    <p><a href="${escapeHtml(onMap)}">${escapeHtml(place.name)} on the map: ${escapeHtml(story.meta.title)}</a></p>
  </body>
</html>
`;
}
