// The embed's HTML is rendered at build time for its options' defaults (src/prerender.tsx). An embed
// asked for another layout renders in the browser instead of hydrating what would not match.
import { type EmbedOptions, parseEmbedOptions } from '../../shared/embed/options.ts';

/** The options the embed's HTML is rendered with: an embed's URL with none. */
export const PRERENDERED_EMBED: EmbedOptions = parseEmbedOptions('', new Set()).options;

/** Whether the embed's HTML is what these options render first. A place or a step (taken from the
 * URL after hydration), the theme (on the document) and pym.js's id do not change it. */
export function matchesPrerendered(options: EmbedOptions, wordPressSecret: string | null): boolean {
  return (
    wordPressSecret === null &&
    options.panel === PRERENDERED_EMBED.panel &&
    options.static === PRERENDERED_EMBED.static &&
    options.links === PRERENDERED_EMBED.links
  );
}
