// The story page's and the embed's HTML, rendered at build time with React's own static rendering.
// Vite builds this module for Node and node/prerender/prerenderPages.ts puts each page's markup into
// its #root; the browser hydrates it (main.tsx, embed/main.tsx). Nothing here may need a window:
// what only the browser knows is read after hydration (ui/hydration.ts), and the live map, which
// Leaflet draws, is fetched then (map/StoryMap.tsx).

import { story } from 'virtual:story';
import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './App.tsx';
import { EmbedApp } from './embed/EmbedApp.tsx';
import { PRERENDERED_EMBED } from './embed/prerendered.ts';

/** The markup of `node`. A component that throws here fails the build: React would otherwise leave
 * its part to be rendered in the browser by an inline script, which the pages' policy refuses. */
async function html(node: ReactNode): Promise<string> {
  const errors: unknown[] = [];
  // progressiveChunkSize: every part inline. By default React sends a large part (a long places list)
  // after the rest, moved into place by an inline script, which the pages' policy refuses.
  const { prelude } = await prerender(node, { onError: (error) => void errors.push(error), progressiveChunkSize: Number.POSITIVE_INFINITY });
  const markup = await new Response(prelude).text();
  if (errors.length > 0) {
    const [first] = errors;
    throw new Error(`the page could not be rendered at build time: ${first instanceof Error ? (first.stack ?? first.message) : String(first)}`);
  }
  return markup;
}

/** Each page's markup, for its #root. */
export async function renderPages(): Promise<{ readonly 'index.html': string; readonly 'embed.html': string }> {
  return {
    'index.html': await html(<App story={story} />),
    'embed.html': await html(<EmbedApp story={story} options={PRERENDERED_EMBED} wordPressSecret={null} />),
  };
}
