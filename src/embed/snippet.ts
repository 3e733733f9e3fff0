// The code a newsroom pastes into its CMS. It must look right with every script stripped (many CMSs
// and oEmbed proxies drop them): a full-width iframe with a title and a fixed height that fits the
// embed with its panels closed; `embed.js` then only makes that height exact.
import { escapeHtml } from '../data/escapeHtml.ts';
import type { Panel, Theme } from './options.ts';

/** Fits the closed embed at every width from 300 to 1200 px (measured by e2e/embed.spec.ts). */
export const FALLBACK_HEIGHT = 640;
/** Marks our iframes for embed.js. */
export const FRAME_ATTRIBUTE = 'data-iraq-strikes-map';

export interface EmbedChoice {
  readonly place?: string | null;
  readonly theme?: Theme;
  readonly panel?: Panel | null;
}

/** The embed's URL for a choice; `base` is the URL of the published `dist/` folder. */
export function embedUrl(base: string, choice: EmbedChoice = {}): string {
  const url = new URL('embed.html', base);
  if (choice.place) url.searchParams.set('place', choice.place);
  if (choice.theme && choice.theme !== 'auto') url.searchParams.set('theme', choice.theme);
  if (choice.panel) url.searchParams.set('panel', choice.panel);
  return url.href;
}

/** The iframe (and, unless `script` is false, the embed.js line) for `base` and a choice. */
export function embedSnippet(base: string, title: string, choice: EmbedChoice = {}, script = true): string {
  const src = embedUrl(base, choice);
  // Attributes, not a style attribute: a host whose CSP blocks inline styles would log an error and
  // drop it. embed.js sets the same width and border through the CSSOM, which no CSP blocks.
  const frame =
    `<iframe ${FRAME_ATTRIBUTE} title="${escapeHtml(title)}" src="${escapeHtml(src)}" width="100%" height="${FALLBACK_HEIGHT}"` +
    ` frameborder="0" loading="lazy" allow="fullscreen"></iframe>`;
  if (!script) return frame;
  return `${frame}\n<script async src="${escapeHtml(new URL('embed.js', base).href)}"></script>`;
}
