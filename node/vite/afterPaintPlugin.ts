// A built page names one script in its HTML, the boot script (src/boot/), which loads the page's
// code once the page has been painted (src/boot/loadAfterPaint.ts says why). This plugin builds that
// script alone, as a classic one, and turns the code's tags that Vite and the other plugins wrote
// into its data attributes, in their order:
// - the story page: the entry `<script type="module">` -> data-module, each
//   `<link rel="modulepreload">` -> data-preload;
// - the embed (classic scripts, classicEmbedPlugin.ts): each `<script defer src>` -> data-scripts.
// Other tags (stylesheets, the icon, a long story's JSON preload) stay as they are.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

const BOOT_ENTRY = resolve(import.meta.dirname, '../../src/boot/main.ts');

/** The boot script: one minified classic script, no imports, nothing global. */
export async function buildBootScript(): Promise<string> {
  const bundle = await rolldown({ input: BOOT_ENTRY, logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/** The file the boot script is written to: its content's hash in its name, as Vite names assets. */
export const bootFileName = (code: string): string => `assets/boot-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;

const attr = (tag: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** `html` with its code's tags replaced by one tag of the boot script at `bootFile`. Throws if the
 * page names code this does not know how to defer, so that none is loaded before the paint unseen. */
export function withBootScript(html: string, bootFile: string): string {
  const preload: string[] = [];
  const scripts: string[] = [];
  let module: string | null = null;
  const out = html.replace(/[ \t]*<(script|link)\b[^>]*>(?:<\/script>)?\s*\n?/g, (tag, name: string) => {
    if (name === 'link') {
      if (attr(tag, 'rel') !== 'modulepreload') return tag;
      preload.push(attr(tag, 'href')!);
      return '';
    }
    const src = attr(tag, 'src');
    if (src === null) throw new Error(`a page's HTML holds an inline script, which its policy refuses: ${tag.trim()}`);
    if (/\stype="module"/.test(tag)) {
      if (module !== null) throw new Error(`a page's HTML names two entry modules: ${module} and ${src}`);
      module = src;
    } else if (/\sdefer\b/.test(tag)) scripts.push(src);
    else throw new Error(`a page's HTML names a script that is neither a module nor deferred: ${tag.trim()}`);
    return '';
  });
  if (module === null && scripts.length === 0) return html;
  const data = [
    module && ` data-module="${module}"`,
    preload.length > 0 && ` data-preload="${preload.join(' ')}"`,
    scripts.length > 0 && ` data-scripts="${scripts.join(' ')}"`,
  ]
    .filter(Boolean)
    .join('');
  return out.replace('</head>', `  <script defer src="./${bootFile}"${data}></script>\n  </head>`);
}

export function afterPaintPlugin(): Plugin {
  let code = '';
  let fileName = '';
  return {
    name: 'story-map:after-paint',
    apply: 'build',
    enforce: 'post',
    async buildStart() {
      code = await buildBootScript();
      fileName = bootFileName(code);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withBootScript(html, fileName),
    },
  };
}
