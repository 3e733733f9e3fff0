// What WordPress does with a URL pasted on a line of its own, for the tests' stand-in WordPress page:
// oEmbed discovery (fetch the page, follow its <link rel="alternate" type="application/json+oembed">),
// then wp_filter_oembed_result() (wp-includes/embed.php, WordPress 6.1) on the answer's html: keep
// only <blockquote>, <a href> and <iframe> with the attributes it allows, add the secret, clip the
// iframe until it speaks, and sandbox it. The page then loads WordPress's own wp-embed.js as the
// client (Debian's `wordpress` package; scripts/e2e.mjs finds or extracts it: WP_EMBED_JS).
import { existsSync } from 'node:fs';

/** Where wp-embed.js is: $WP_EMBED_JS, else the `wordpress` package's file. */
export function wpEmbedScript(): string {
  const path = process.env.WP_EMBED_JS ?? '/usr/share/wordpress/wp-includes/js/wp-embed.js';
  if (!existsSync(path)) {
    throw new Error(
      `WordPress's wp-embed.js is not at ${path}: install Debian's wordpress package, or run the tests with npm run e2e (it extracts the file), or set WP_EMBED_JS.`,
    );
  }
  return path;
}

const ALLOWED: Record<string, readonly string[]> = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};

/** wp_kses() with the filter's allowed HTML: other tags go (their text stays), other attributes go. */
function kses(html: string, allowed: Record<string, readonly string[]>): string {
  return html.replace(/<(\/?)([a-z]+)([^>]*)>/gi, (_, close: string, tag: string, attrs: string) => {
    const keep = allowed[tag.toLowerCase()];
    if (!keep) return '';
    if (close) return `</${tag}>`;
    const kept = [...attrs.matchAll(/\s([\w-]+)="([^"]*)"/g)].filter(([, name]) => keep.includes(name!.toLowerCase())).map(([all]) => all);
    return `<${tag}${kept.join('')}>`;
  });
}

/** The markup WordPress puts in the post for an oEmbed answer's html. */
export function wpFilterOembedResult(html: string, secret: string): string {
  let out = kses(html, ALLOWED);
  const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(out);
  if (!content?.[2]) throw new Error('WordPress requires an iframe in the oEmbed html');
  out = (content[1] ?? '') + content[2];
  const src = / src=(['"])(.*?)\1/.exec(out);
  if (src) {
    out = out.replace(src[0], ` src=${src[1]}${src[2]}#?secret=${secret}${src[1]} data-secret=${src[1]}${secret}${src[1]}`);
    out = out.replace('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  if (content[1]) {
    out = out.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    out = out.replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return out.replace('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/** Whether WordPress loads its wp-embed.js for this markup (wp_maybe_enqueue_oembed_host_js): only
 * for a blockquote.wp-embedded-content, which it makes of an answer that starts with a blockquote. */
export function wpLoadsEmbedScript(markup: string): boolean {
  return /<blockquote\s[^>]*?wp-embedded-content/.test(markup);
}

/** WordPress's oEmbed discovery and fetch for a pasted URL: the answer, and where it came from. */
export async function discoverOembed(url: string): Promise<{ endpoint: string; answer: Record<string, unknown> }> {
  const page = await (await fetch(url)).text();
  const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page);
  if (!link) throw new Error(`no oEmbed discovery link in ${url}`);
  const endpoint = link[1]!.replaceAll('&amp;', '&');
  const response = await fetch(endpoint);
  if (!response.ok) throw new Error(`oEmbed answer ${endpoint}: HTTP ${response.status}`);
  return { endpoint, answer: (await response.json()) as Record<string, unknown> };
}
