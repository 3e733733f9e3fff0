// The code a newsroom pastes into its CMS. It must look right with every script stripped (many CMSs
// and oEmbed proxies drop them): a full-width iframe with a title and a fixed height that fits the
// embed with its panels closed (a popup scrolls inside the map, so a chosen place fits too);
// `embed.js` then only makes that height exact. The iframe sits in a block of its own: a theme that
// keeps its content in a column (WordPress's constrained layout) sizes and centres that block, where
// it would leave a bare iframe, an inline element, at the column's left edge.
import { escapeHtml } from '../story/escapeHtml.ts';
import type { Panel, Theme } from './options.ts';

/** Fits the closed embed of a story without a timeline at every width from 300 to 1200 px
 * (measured by e2e/embed-height.spec.ts). */
export const FALLBACK_HEIGHT = 640;
/** What a timeline adds to the closed embed, at its tallest (the narrowest frame). */
export const TIMELINE_HEIGHT = 220;

/** The snippet's height for a story: room for its timeline when it has one. */
export function fallbackHeight(story: { readonly events: readonly unknown[] }): number {
  return FALLBACK_HEIGHT + (story.events.length > 0 ? TIMELINE_HEIGHT : 0);
}
/** Marks our iframes for embed.js. */
export const FRAME_ATTRIBUTE = 'data-story-map';
/** The class of the block the snippet puts the iframe in. */
export const BLOCK_CLASS = 'story-map';

export interface EmbedChoice {
  readonly place?: string | null;
  readonly theme?: Theme;
  readonly panel?: Panel | null;
  /** The frame's height until it hears the embed's own (fallbackHeight); FALLBACK_HEIGHT if not given. */
  readonly height?: number;
}

/** A place's own page (node/vite/placePages.ts), relative to the site: the address to paste where a
 * CMS embeds by address (oEmbed), since a static host answers for the whole map at any other. */
export const placePagePath = (id: string): string => `place/${id}.html`;

/** The embed's URL for a choice; `base` is the URL of the published `dist/` folder. */
export function embedUrl(base: string, choice: EmbedChoice = {}): string {
  const url = new URL('embed.html', base);
  if (choice.place) url.searchParams.set('place', choice.place);
  if (choice.theme && choice.theme !== 'auto') url.searchParams.set('theme', choice.theme);
  if (choice.panel) url.searchParams.set('panel', choice.panel);
  return url.href;
}

/** The iframe alone. Attributes, not a style attribute: a host whose CSP blocks inline styles would
 * log an error and drop it. embed.js sets the same width and border through the CSSOM, which no CSP blocks. */
export function embedFrame(base: string, title: string, choice: EmbedChoice = {}): string {
  const src = embedUrl(base, choice);
  return (
    `<iframe ${FRAME_ATTRIBUTE} title="${escapeHtml(title)}" src="${escapeHtml(src)}" width="100%" height="${choice.height ?? FALLBACK_HEIGHT}"` +
    ` frameborder="0" loading="lazy" allow="fullscreen"></iframe>`
  );
}

/** The iframe in its block (and, unless `script` is false, the embed.js line) for `base` and a choice. */
export function embedSnippet(base: string, title: string, choice: EmbedChoice = {}, script = true): string {
  const block = `<div class="${BLOCK_CLASS}">\n${embedFrame(base, title, choice)}\n</div>`;
  if (!script) return block;
  return `${block}\n<script async src="${escapeHtml(new URL('embed.js', base).href)}"></script>`;
}

/** What an oEmbed answer's `html` holds (oembed/*.json): the iframe, with the attributes WordPress
 * keeps, then embed.js for other consumers (WordPress drops it). No link to the story page in a
 * `blockquote` before it, though WordPress would load its resize script for one: WordPress keeps an
 * address pasted in a paragraph inside its `<p>`, and a blockquote closes that `<p>`, which leaves
 * the iframe an inline element outside the theme's text column. No `scrolling="no"`: where nothing
 * follows its height, a frame whose content grew (the key opened) scrolls rather than cuts it. */
export function oembedHtml(base: string, title: string, choice: EmbedChoice = {}): string {
  const frame = embedFrame(base, title, choice).replace('></iframe>', ' marginwidth="0" marginheight="0"></iframe>');
  return `${frame}\n<script async src="${escapeHtml(new URL('embed.js', base).href)}"></script>`;
}
