// A stand-in news site for the embed tests: an article page that embeds the map in one of three ways,
// served from its own origin (another port), under the strict CSP a publisher would use, which
// allows our origin only as a frame and a script source (the policy README tells hosts to add).
//   /bare.html    the snippet with no script (as a CMS that strips scripts leaves it)
//   /embedjs.html the snippet with our embed.js, plus a second, lazily loaded iframe far below
//   /pym.html     NPR's pym.js Parent (the npm package pym.js), a client we did not write
//   /sandbox.html the snippet with embed.js, its iframe sandboxed as platforms sandbox third-party
//                 frames: `allow-scripts` (an opaque origin), plus ?flags=; the map's own server
//                 sends no CORS headers for its files
//   /wordpress.html?url=  what WordPress makes of `url` pasted on a line of its own (wordpress.ts):
//                 an Embed block in a theme's text column, with WordPress's own wp-embed.js where
//                 WordPress would load it; no CSP, as a WordPress site has none by default (its
//                 markup may carry an inline style). &paragraph=1: the address in a paragraph (the
//                 classic editor, an http: paste, an address typed on its own line), which WordPress
//                 keeps around the embed; &wpembed=1: wp-embed.js on the page all the same (another
//                 post's embed brought it); &quote=1: an answer that starts with a blockquote, as ours
//                 did, to show what that does
//   /tabs.html    the snippet with embed.js in a closed <details> (an accordion), its iframe loading
//                 at once (no loading="lazy", as WordPress strips it): the map starts unsized
//   /wordpress-html.html  the snippet with embed.js in a Custom HTML block of the same theme, as an
//                 administrator or editor may paste it (options as in the other pages)
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { loadStoryDir } from '../../node/story/loadStoryDir.ts';
import { embedSnippet, embedUrl, FRAME_ATTRIBUTE, fallbackHeight } from '../../shared/embed/snippet.ts';

/** The height the story page's embed code gives the bundled story's frame. */
const SNIPPET_HEIGHT = fallbackHeight(loadStoryDir('geo'));

import { discoverOembed, wpEmbedScript, wpFilterOembedResult, wpLoadsEmbedScript } from './wordpress.ts';

export type HostWay = 'bare' | 'embedjs' | 'pym' | 'sandbox' | 'tabs';
export const HOST_WAYS: readonly HostWay[] = ['bare', 'embedjs', 'pym'];
export const FRAME_TITLE = 'Map: where the U.S. struck in Iraq';

const PYM = resolve(import.meta.dirname, '../../node_modules/pym.js/dist/pym.v1.min.js');
const CSS = readFileSync(resolve(import.meta.dirname, 'news.css'), 'utf8');

const filler = (from: number, count: number): string =>
  Array.from(
    { length: count },
    (_, i) =>
      `<p>Paragraph ${from + i} of the host article. This page stands in for a newsroom's article page: a column of text, a map embedded in it, and more text after it, so the tests can scroll past the map and measure it in place.</p>`,
  ).join('\n');

function page(way: HostWay, embedOrigin: string, query: string): string {
  const base = `${embedOrigin}/`;
  const params = new URLSearchParams(query);
  const flags = params.get('flags');
  params.delete('flags');
  const asked = Object.fromEntries(params);
  const choice = { ...asked, height: SNIPPET_HEIGHT };
  let embed: string;
  let scripts = '';
  if (way === 'bare') embed = embedSnippet(base, FRAME_TITLE, choice, false);
  else if (way === 'embedjs') embed = embedSnippet(base, FRAME_TITLE, choice);
  else if (way === 'tabs') {
    embed = `<details id="tab"><summary>Show the map</summary>${embedSnippet(base, FRAME_TITLE, choice).replace(' loading="lazy"', '')}</details>`;
  } else if (way === 'sandbox') {
    // The embed's own options ride in its URL (e.g. links=tab); embedUrl drops what it does not know.
    const src = new URL(embedUrl(base, choice));
    if (asked.links) src.searchParams.set('links', asked.links);
    embed = embedSnippet(base, FRAME_TITLE, { height: SNIPPET_HEIGHT })
      .replace(/src="[^"]*"/, `src="${src.href}"`)
      .replace('<iframe ', `<iframe sandbox="${['allow-scripts', ...(flags ? flags.split(' ') : [])].join(' ')}" `);
  } else {
    embed = '<div id="map-pym"></div>';
    scripts = `<script src="/pym.v1.min.js"></script>\n<script src="/pym-init.js?${new URLSearchParams(query)}"></script>`;
  }
  const later =
    way === 'embedjs'
      ? `<figure id="later"><iframe ${FRAME_ATTRIBUTE} title="${FRAME_TITLE} (second copy)" data-src="${embedUrl(base, { panel: 'none' })}" width="100%" height="640" frameborder="0"></iframe></figure>`
      : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host news page (${way})</title>
<link rel="stylesheet" href="/news.css">
</head>
<body>
<header class="site"><p class="site-name">The Example Gazette</p></header>
<main>
<h1>A news article that embeds the map (${way})</h1>
${filler(1, 3)}
<figure id="embed">${embed}<figcaption>Embedded ${{ bare: 'with the snippet alone', embedjs: 'with embed.js', pym: 'with pym.js', sandbox: 'in a sandboxed frame', tabs: 'in a closed accordion' }[way]}.</figcaption></figure>
${filler(4, 14)}
${later}
${filler(18, 2)}
</main>
${scripts}
</body>
</html>`;
}

// A block theme's post (Twenty Twenty-Three's layout rules, as WordPress 6.1 prints them): a
// constrained text column of 650 px, and WordPress's own rule for embedded iframes.
const WP_CSS = `body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; background: #fff; }
.is-layout-constrained > :where(:not(.alignleft):not(.alignright):not(.alignfull)) { max-width: 650px; margin-left: auto !important; margin-right: auto !important; }
.entry-content { padding: 0 1rem; }
.wp-block-embed { margin: 1.5rem 0; overflow-wrap: break-word; }
.wp-block-embed iframe { max-width: 100%; }
.wp-block-embed__wrapper { position: relative; }
`;

/** How the address was pasted, and what else is on the post's page (the query of /wordpress.html). */
interface Pasted {
  readonly url: string;
  /** In a paragraph: WordPress keeps its <p> around the embed (WP_Embed::autoembed). */
  readonly paragraph: boolean;
  /** wp-embed.js on the page whatever this embed is (another post's embed brought it). */
  readonly wpEmbed: boolean;
  /** The answer's html with a blockquote linking the page before it. */
  readonly quote: boolean;
}

/** The post WordPress renders for an address pasted: an Embed block, or the embed inside the paragraph. */
async function wordPressPage({ url, paragraph, wpEmbed, quote }: Pasted): Promise<string> {
  const { answer } = await discoverOembed(url);
  const secret = Math.random().toString(36).slice(2, 12).padEnd(10, '0');
  const html = `${quote ? `<blockquote><a href="${url}">${String(answer.title)}</a></blockquote>\n` : ''}${String(answer.html)}`;
  const markup = wpFilterOembedResult(html, secret);
  const block = paragraph
    ? `<p id="embed">${markup}</p>`
    : `<figure class="wp-block-embed is-type-rich is-provider-iraq-strikes-map wp-block-embed-iraq-strikes-map" id="embed"><div class="wp-block-embed__wrapper">
${markup}
</div></figure>`;
  return wordPressPost(block, wpEmbed || wpLoadsEmbedScript(markup) ? '<script src="/wp-embed.js" id="wp-embed-js"></script>' : '');
}

/** A post of the theme with `block` among its paragraphs (the block's iframe is found as #embed iframe). */
function wordPressPost(block: string, scripts: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A WordPress post that embeds the map</title>
<link rel="stylesheet" href="/wp.css">
</head>
<body>
<main class="wp-site-blocks">
<div class="entry-content is-layout-constrained" id="post">
<h1>A WordPress post that embeds the map</h1>
${filler(1, 2)}
${block}
${filler(3, 6)}
</div>
</main>
${scripts}
</body>
</html>`;
}

export interface HostSite {
  readonly origin: string;
  close(): Promise<void>;
}

/** Starts the host site for an embed served at `embedOrigin`. */
export async function startHostSite(embedOrigin: string): Promise<HostSite> {
  const csp = ["default-src 'self'", `script-src 'self' ${embedOrigin}`, `frame-src ${embedOrigin}`, "style-src 'self'", "img-src 'self' data:"].join('; ');
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const way = url.pathname.match(/^\/(bare|embedjs|pym|sandbox|tabs)\.html$/)?.[1] as HostWay | undefined;
    if (url.pathname === '/wordpress-html.html') {
      // As WordPress prints a Custom HTML block: the code itself, no wrapper (the id is for the tests).
      const block = embedSnippet(`${embedOrigin}/`, FRAME_TITLE, { ...Object.fromEntries(url.searchParams), height: SNIPPET_HEIGHT }).replace(
        '<div ',
        '<div id="embed" ',
      );
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(wordPressPost(block, ''));
    } else if (url.pathname === '/wordpress.html') {
      const flag = (name: string): boolean => url.searchParams.get(name) === '1';
      wordPressPage({ url: url.searchParams.get('url') ?? '', paragraph: flag('paragraph'), wpEmbed: flag('wpembed'), quote: flag('quote') }).then(
        (html) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
        (error: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
      );
    } else if (url.pathname === '/wp-embed.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(wpEmbedScript()));
    } else if (url.pathname === '/wp.css') {
      res.writeHead(200, { 'content-type': 'text/css' }).end(WP_CSS);
    } else if (way) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
      res.end(page(way, embedOrigin, url.search));
    } else if (url.pathname === '/news.css') {
      res.writeHead(200, { 'content-type': 'text/css' }).end(CSS);
    } else if (url.pathname === '/pym.v1.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(PYM));
    } else if (url.pathname === '/pym-init.js') {
      const src = embedUrl(`${embedOrigin}/`, Object.fromEntries(url.searchParams));
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(`window.pymParent = new pym.Parent('map-pym', ${JSON.stringify(src)}, { title: ${JSON.stringify(FRAME_TITLE)}, allowfullscreen: true });\n`);
    } else if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections(); // the browser keeps connections alive; do not wait for them
      }),
  };
}
