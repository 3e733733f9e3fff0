// Puts the pages' markup, rendered at build time by React (src/prerender.tsx, built for Node by
// `vite build --ssr`), into the built story page and embed: their HTML then holds the title, the
// summary, the key, the timeline, the drawn map, the article and the places, painted before any
// script and readable without one. The browser hydrates it (src/main.tsx, src/embed/main.tsx).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The empty root each page's HTML is built with (index.html, embed.html). */
const EMPTY_ROOT = '<div id="root" role="none"></div>';

/** Renders the pages with the module `entry` (the built src/prerender.tsx) into `dist`'s HTML. */
export async function prerenderPages(entry: string, dist: string): Promise<Record<string, number>> {
  const { renderPages } = (await import(pathToFileURL(entry).href)) as { renderPages: () => Promise<Record<string, string>> };
  const pages = await renderPages();
  const sizes: Record<string, number> = {};
  for (const [page, markup] of Object.entries(pages)) {
    // No inline script: the pages' policy refuses them (shared/host/csp.ts), and what React would
    // have them do (move a part sent late, render one that failed) would then never happen.
    if (/<script\b|<template\b|<!--\$[?!]-->/.test(markup))
      throw new Error(`${page}: React left part of the page to an inline script; it must be rendered whole at build time`);
    const file = join(dist, page);
    const html = readFileSync(file, 'utf8');
    if (!html.includes(EMPTY_ROOT)) throw new Error(`${file}: no empty ${EMPTY_ROOT} to render the page into`);
    writeFileSync(file, html.replace(EMPTY_ROOT, EMPTY_ROOT.replace('></div>', `>${markup}</div>`)));
    sizes[page] = Buffer.byteLength(markup);
  }
  return sizes;
}
