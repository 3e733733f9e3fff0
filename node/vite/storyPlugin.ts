// The Vite plugin that turns a story folder into the module `virtual:story`. The story is parsed and
// checked at build time, so a broken data file fails the build with every problem listed
// (file:line:column id field: message), and the browser receives checked JSON, not the validator.
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { dataScript } from '../../shared/embed/dataScript.ts';
import { isClustered, isLongList } from '../../shared/story/scale.ts';
import type { Story } from '../../shared/story/types.ts';
import { storyPaths, validateStoryDir } from '../story/loadStoryDir.ts';
import { formatWarning, StoryError } from '../story/problems.ts';
import { dataScriptName } from './classicEmbedPlugin.ts';

const LOADER = resolve(import.meta.dirname, '../../src/embed/scriptData.ts');

const VIRTUAL_ID = 'virtual:story';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** What the dev server says to the reader's page when the story's files changed (a save in the editor
 * or by hand): that page reloads. The editor's page does not listen: it holds the journalist's work,
 * Undo and all, and a save must not wipe it. */
const STORY_CHANGED = 'story-map:story-changed';

/** Has the reader's page (and only it) reload, in the dev server. */
export function reloadReadersPage(server: ViteDevServer): void {
  server.ws.send({ type: 'custom', event: STORY_CHANGED });
}

/** A story up to this size (its JSON, raw) is inlined in the code; a larger one is a file of its own. */
export const INLINE_STORY_LIMIT = 64 * 1024;

/** Serves the story in `dir` as `virtual:story`, exporting `story`. With `classic` (the embed's build,
 * node/vite/classicEmbedPlugin.ts) a large story is a classic script the page loads before the code,
 * not a fetch(): in an opaque-origin frame a fetch of the map's own files needs CORS. With `inline`
 * (the build's prerender, run in Node) every story is in the code. */
export function storyPlugin(dir: string, { classic = false, inline = false } = {}): Plugin {
  const storyDir = resolve(dir);
  let building = false;
  let storyFile: string | null = null;
  let loaded: Story | null = null;
  // Files the first view of this story needs beyond the entry's own imports (see generateBundle).
  let preloads: { href: string; kind: 'script' | 'style' | 'json' | 'data' }[] = [];
  return {
    name: 'story-map:story',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      storyFile = null;
      preloads = [];
      loaded = null;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      for (const file of Object.values(storyPaths(storyDir))) this.addWatchFile(file);
      const { story, errors, warnings, stoppedAfter } = validateStoryDir(storyDir);
      if (!story) this.error(new StoryError(errors, stoppedAfter).message);
      loaded = story;
      for (const warning of warnings) this.warn(formatWarning(warning));
      const json = JSON.stringify(story);
      // JSON.parse of a string literal is faster for engines to load than the same object literal.
      if (!building || inline || json.length <= INLINE_STORY_LIMIT) return `export const story = JSON.parse(${JSON.stringify(json)});`;
      // A story of thousands of places is megabytes: as a file of its own, preloaded by the HTML
      // (below), it downloads alongside the code instead of inside it, and the browser parses it as
      // JSON, off the script's parse and compile. Importers wait for it (top-level await).
      if (classic) {
        const source = dataScript('story', json);
        const fileName = dataScriptName('story.json', source);
        this.emitFile({ type: 'asset', fileName, source });
        preloads.push({ href: fileName, kind: 'data' });
        return `import { scriptData } from ${JSON.stringify(LOADER)};\nexport const story = scriptData('story');`;
      }
      const ref = this.emitFile({ type: 'asset', name: 'story.json', source: json });
      return [
        `const response = await fetch(import.meta.ROLLUP_FILE_URL_${ref});`,
        `if (!response.ok) throw new Error(\`The story's data could not be loaded: HTTP \${response.status} \${response.url}\`);`,
        'export const story = await response.json();',
      ].join('\n');
    },
    handleHotUpdate({ file, server }) {
      if (!Object.values(storyPaths(storyDir)).includes(resolve(file))) return;
      const module = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) server.moduleGraph.invalidateModule(module);
      reloadReadersPage(server);
      // Nothing for Vite to reload itself: its own reload would take the editor's page too.
      return [];
    },
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      storyFile = files.find((f) => f.type === 'asset' && f.names.includes('story.json'))?.fileName ?? null;
      if (storyFile) preloads.push({ href: storyFile, kind: 'json' });
      // A long story renders code that a short one never fetches (ClusterLayer, LongPlacesList, both
      // behind import()). Found only once the story has rendered, it would come a round trip late:
      // the HTML names it, so it downloads with the rest.
      const needed = [
        ...(loaded && isClustered(loaded) ? ['/src/map/ClusterLayer.tsx'] : []),
        ...(loaded && isLongList(loaded) ? ['/src/places/LongPlacesList.tsx'] : []),
      ];
      for (const f of files) {
        if (f.type !== 'chunk' || !f.isDynamicEntry || !needed.some((m) => f.facadeModuleId?.endsWith(m))) continue;
        preloads.push({ href: f.fileName, kind: 'script' });
        for (const css of f.viteMetadata?.importedCss ?? []) preloads.push({ href: css, kind: 'style' });
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { path, server }) {
        if (server)
          return path === '/editor.html'
            ? []
            : [
                {
                  tag: 'script',
                  injectTo: 'head' as const,
                  attrs: { type: 'module' },
                  // Injected after Vite's own pass over the HTML, so not one of its modules: the HMR
                  // client is imported by hand, as Vite's inline-script proxies do.
                  children: `import { createHotContext } from '/@vite/client'; createHotContext('/index.html').on(${JSON.stringify(STORY_CHANGED)}, () => location.reload());`,
                },
              ];
        return preloads.map(({ href, kind }) =>
          kind === 'data'
            ? // Before the code, which reads it: deferred scripts run in document order.
              { tag: 'script', injectTo: 'head-prepend' as const, attrs: { defer: true, src: `./${href}` } }
            : {
                tag: 'link',
                injectTo: 'head' as const,
                attrs:
                  kind === 'script'
                    ? { rel: 'modulepreload', href: `./${href}` }
                    : kind === 'style'
                      ? { rel: 'preload', href: `./${href}`, as: 'style' }
                      : // Same-origin fetch() is credentials "same-origin", which crossorigin="anonymous"
                        // matches: without it the preload would not be reused and the story would download twice.
                        { rel: 'preload', href: `./${href}`, as: 'fetch', crossorigin: 'anonymous' },
              },
        );
      },
    },
  };
}
