// The embed's build: embed.html as classic scripts, so that the map draws in a frame whose origin is
// 'null' (an iframe sandboxed without allow-same-origin, as WordPress makes every oEmbed frame) on a
// host that sends no CORS headers. There, a module script, a module preload, a `crossorigin`
// stylesheet, a dynamic import() and a fetch() of the map's own files are all cross-origin requests
// and are refused; a classic <script src>, a plain stylesheet and an image are not.
// - The code is CommonJS chunks made classic scripts (classicChunks.ts): the page's, listed as
//   deferred scripts, and the ones behind import() (the live map, the popup's body...), loaded by
//   script tags when the page asks for them, as the story page's chunks are.
// - Code behind import() that this story never runs is left out (the build knows the story).
// - JSON behind import() (the detailed basemap) becomes a classic data script, loaded on demand
//   by src/embed/scriptData.ts.
// - The HTML loses `type="module"` and `crossorigin`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { dataScript } from '../../shared/embed/dataScript.ts';
import { isClustered, isLongList } from '../../shared/story/scale.ts';
import type { Story } from '../../shared/story/types.ts';
import { loadStoryDir } from '../story/loadStoryDir.ts';
import { chunkImports, chunkKey, chunkNeeds, entryChunk, filedChunk, withLazyLoads } from './classicChunks.ts';

const LOADER = resolve(import.meta.dirname, '../../src/embed/scriptData.ts');

/** Code behind import() that a story may never run, and what decides it; the app decides the same
 * way at run time (NewsMap.tsx, PlacesList.tsx), so a left-out module is never asked for. */
const OPTIONAL_CODE: readonly (readonly [string, (story: Story) => boolean])[] = [
  ['/src/map/ClusterLayer.tsx', isClustered],
  ['/src/places/LongPlacesList.tsx', isLongList],
  ['/src/map/OnlineTiles.tsx', (story) => story.meta.tiles !== null],
  // The map follows the article only on the story page (NewsMap.tsx renders it when not embedded).
  ['/src/map/camera/FollowMap.tsx', () => false],
];

/** The file name a data script gets: its JSON's name and a hash of its content. */
export function dataScriptName(file: string, script: string): string {
  return `assets/${basename(file, '.json')}-${createHash('sha256').update(script).digest('base64url').slice(0, 8)}.js`;
}

type Node = { type?: string; start: number; end: number; source?: Node; value?: unknown };

/** Every `import('literal')` in a program, innermost last. */
function dynamicImports(node: unknown, found: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const child of node) dynamicImports(child, found);
  else if (node && typeof node === 'object') {
    const n = node as Node;
    if (n.type === 'ImportExpression' && n.source?.type === 'Literal' && typeof n.source.value === 'string') found.push(n);
    for (const value of Object.values(node)) if (value && typeof value === 'object') dynamicImports(value, found);
  }
  return found;
}

/** Rewrites HTML that Vite wrote for module scripts into classic tags; `chunks` are the files the
 * entry needs, run before it. */
export function classicHtml(html: string, chunks: readonly string[] = []): string {
  const tags = chunks.map((file) => `<script defer src="./${file}"></script>\n    `).join('');
  return html
    .replace(/<script type="module" crossorigin src=/g, `${tags}<script defer src=`)
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/(<link rel="stylesheet") crossorigin /g, '$1 ');
}

export function classicEmbedPlugin(storyDir: string): Plugin {
  let story: Story;
  const emitted = new Map<string, string>(); // JSON file -> data script path
  return {
    name: 'story-map:classic-embed',
    enforce: 'post',
    buildStart() {
      story = loadStoryDir(resolve(storyDir));
      emitted.clear();
    },
    async transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('import(')) return null;
      const imports = dynamicImports(this.parse(code));
      if (imports.length === 0) return null;
      let out = code;
      let usesLoader = false;
      // From the end, so that earlier offsets stay right.
      for (const node of imports.sort((a, b) => b.start - a.start)) {
        const specifier = node.source!.value as string;
        const target = (await this.resolve(specifier, id))?.id.split('?')[0];
        if (!target) this.error(`${id}: cannot resolve import('${specifier}')`);
        let replacement: string | null = null;
        if (target.endsWith('.json')) {
          let path = emitted.get(target);
          if (!path) {
            const script = dataScript(basename(target, '.json'), JSON.stringify(JSON.parse(readFileSync(target, 'utf8'))));
            path = dataScriptName(target, script);
            this.emitFile({ type: 'asset', fileName: path, source: script });
            emitted.set(target, path);
          }
          replacement = `__loadScriptData(${JSON.stringify(`./${path}`)}, ${JSON.stringify(basename(target, '.json'))})`;
          usesLoader = true;
        } else {
          const optional = OPTIONAL_CODE.find(([module]) => target.endsWith(module));
          if (optional && !optional[1](story)) {
            replacement = `Promise.reject(new Error(${JSON.stringify(`${optional[0]} is not in this build: the story never uses it.`)}))`;
          }
          // Else import() stays: a chunk of its own, loaded by a script tag (generateBundle).
        }
        if (replacement !== null) out = out.slice(0, node.start) + replacement + out.slice(node.end);
      }
      if (out === code) return null;
      if (usesLoader) out = `import { loadScriptData as __loadScriptData } from ${JSON.stringify(LOADER)};\n${out}`;
      return { code: out, map: null };
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const needs = chunkNeeds(chunkImports(bundle), new Set(chunks.flatMap((chunk) => chunk.dynamicImports)));
      for (const chunk of chunks) {
        const code = withLazyLoads(chunk.code, this.parse(chunk.code));
        chunk.code = chunk.isEntry ? entryChunk(chunk.fileName, code, needs) : filedChunk(chunk.fileName, code);
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { chunk, bundle }) {
        if (!chunk || !bundle) return classicHtml(html);
        // Every chunk the entry needs, as a script before it (all are in the entry's folder).
        const folder = chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1);
        const needed = chunkNeeds(chunkImports(bundle), [chunk.fileName])[chunkKey(chunk.fileName)]!.slice(0, -1);
        return classicHtml(
          html,
          needed.map((name) => folder + name),
        );
      },
    },
  };
}
