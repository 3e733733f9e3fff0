/// <reference types="vitest/config" />

import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import type { ChunkingContext } from 'rolldown';
import { type BuildEnvironmentOptions, defineConfig } from 'vite';
import { afterPaintPlugin } from './node/vite/afterPaintPlugin.ts';
import { basemapPlugin } from './node/vite/basemapPlugin.ts';
import { classicEmbedPlugin } from './node/vite/classicEmbedPlugin.ts';
import { embedAssetsPlugin } from './node/vite/embedAssetsPlugin.ts';
import { storyCssPlugin } from './node/vite/storyCssPlugin.ts';
import { storyPlugin } from './node/vite/storyPlugin.ts';
import { unusedLeafletRules } from './node/vite/unusedLeafletRules.ts';
import { CHROME_PATH, CHROMIUM_ARGS, FIREFOX_PATH } from './scripts/browsers.mjs';

/** The live map's code: Leaflet's packages, and src/map/ (whose modules the page imports to paint go
 * to the page's chunk all the same). */
const LIVE_MAP = /[\\/](node_modules[\\/](leaflet|react-leaflet|@react-leaflet)|src[\\/]map)[\\/]/;

/** Names the chunk a shared module goes to: `map` for the live map's code that the page does not
 * reach from `entry` by static imports (fetched after the page has painted), else `app`. React's
 * own modules, CommonJS required rather than imported, are not in `importedIds`: hence LIVE_MAP. */
function pageOrLiveMap(entry: string): (id: string, context: ChunkingContext) => string {
  let page: Set<string> | null = null;
  return (id, context) => {
    if (page === null) {
      page = new Set([entry]);
      for (const reached of page) for (const next of context.getModuleInfo(reached)?.importedIds ?? []) page.add(next);
    }
    return LIVE_MAP.test(id) && !page.has(id) ? 'map' : 'app';
  };
}

/** The unit tests that spawn a build or the validator CLI (seconds each). */
const SPAWNING = [
  'node/commands.test.ts',
  'node/story/gisRoundTrip.test.ts',
  'node/vite/storyPlugin.test.ts',
  'node/story/corpus.test.ts',
  'node/perf/budgets.test.ts',
  'node/tiers.test.ts',
];

// STORY_DIR picks another story folder (the default is geo/, the bundled story).
const storyDir = process.env.STORY_DIR ?? 'geo';

// Two builds into one dist/ (scripts/build.mjs runs both): `vite build` makes the story page,
// `vite build --mode embed` the embed. The embed is classic scripts, not modules, so that it draws
// in a sandboxed frame with an opaque origin on a host that sends no CORS headers
// (node/vite/classicEmbedPlugin.ts). The story page is a top-level page and keeps code splitting.
export default defineConfig(({ command, mode, isSsrBuild }) => {
  const embed = command === 'build' && mode === 'embed';
  // The pages' HTML, rendered at build time (src/prerender.tsx, run by node/prerender/prerenderPages.ts):
  // built for Node, with everything bundled, and none of the files the other two builds write.
  if (isSsrBuild)
    return {
      plugins: [react(), storyPlugin(storyDir, { inline: true }), basemapPlugin(storyDir)],
      resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
      ssr: { noExternal: true },
      build: { target: 'node20', emptyOutDir: true, rolldownOptions: { output: { format: 'esm' } } },
    };
  return {
    // Relative asset URLs, so dist/ works from any sub-path of any host.
    base: './',
    plugins: [
      react(),
      storyPlugin(storyDir, { classic: embed }),
      embedAssetsPlugin(storyDir, { emitFiles: !embed }),
      basemapPlugin(storyDir),
      storyCssPlugin(storyDir),
      ...(embed ? [classicEmbedPlugin(storyDir)] : []),
      // Last: it reads the code's tags the others wrote.
      afterPaintPlugin(),
    ],
    css: { postcss: { plugins: [unusedLeafletRules] } },
    // Leaflet's ES module build rather than its UMD one ("main"), so the bundler can leave out the
    // parts the map never uses (about 1 KB gzipped). It sets no global L; nothing here needs one.
    resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
    build: {
      target: 'es2022',
      // The story page's build empties dist/; the embed's, which runs second, adds to it.
      emptyOutDir: !embed,
      // Never inline Leaflet's own images (layers control, default marker): the map uses neither, and
      // inlined they would cost every reader 3.5 KB of base64. As files they are never fetched.
      assetsInlineLimit: (file: string) => (file.includes('/node_modules/leaflet/') ? false : undefined),
      // Every browser the map supports has <link rel=modulepreload>; the polyfill would ship for nothing.
      // The embed has no chunks to preload.
      modulePreload: embed ? false : { polyfill: false },
      // The embed: one stylesheet, linked from the HTML (a chunk's CSS would be injected by script).
      cssCodeSplit: !embed,
      rolldownOptions: (embed
        ? {
            input: { embed: 'embed.html' },
            // CommonJS has no import.meta: the one use, Vite's preload helper's base for preloads, which
            // the embed does not make, gets {} and needs nothing from it.
            checks: { emptyImportMeta: false },
            // CommonJS chunks, made classic scripts by classicEmbedPlugin.ts; split as the story page is.
            // In a folder of their own: the story page's chunks of the same modules have the same names.
            output: {
              format: 'cjs',
              entryFileNames: 'assets/embed/[name]-[hash].js',
              chunkFileNames: 'assets/embed/[name]-[hash].js',
              codeSplitting: { groups: [{ name: pageOrLiveMap(resolve('src/embed/main.tsx')), minShareCount: 2, includeDependenciesRecursively: false }] },
            },
          }
        : {
            input: { index: 'index.html' },
            // Left to itself the bundler split small shared modules (the JSX runtime, a 125-byte helper)
            // into requests of their own.
            // Two chunks for the code more than one chunk uses: what the page paints and hydrates with,
            // and the live map's (Leaflet and the code that draws with it, src/map/StoryMap.tsx), which
            // loads beside it and is never needed to paint the page.
            output: {
              codeSplitting: {
                groups: [{ name: pageOrLiveMap(resolve('src/main.tsx')), minShareCount: 2, includeDependenciesRecursively: false }],
              },
            },
          }) as BuildEnvironmentOptions['rolldownOptions'],
    },
    // Three projects: `unit`, the pure modules, a loop of seconds to run while editing
    // (`npx vitest --project unit`); `build`, the tests that spawn builds and the validator CLI; and
    // `components`, the map's parts on a real Leaflet map in real browsers (`*.browser.test.tsx`).
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['src/**/*.test.{ts,tsx}', 'shared/**/*.test.ts', 'node/**/*.test.ts'],
            exclude: [...SPAWNING, '**/*.browser.test.tsx'],
            environment: 'node',
          },
        },
        // Each spawns Node: how long that takes is the machine's, not the code's (the validator's CLI,
        // well under a second alone, took more than Vitest's default 5 s beside the components tier's
        // two browsers on a slow CI machine). A minute stops only a hang.
        { extends: true, test: { name: 'build', include: SPAWNING, environment: 'node', testTimeout: 60_000 } },
        {
          extends: true,
          test: {
            name: 'components',
            include: ['src/**/*.browser.test.tsx'],
            browser: {
              enabled: true,
              headless: true,
              // Pinned, as Leaflet's own browser tests pin theirs: where a map's view lands depends on its size.
              viewport: { width: 1024, height: 768 },
              // Debian's browsers (Playwright cannot download its own here), as the e2e tests run them.
              provider: playwright({ launchOptions: { executablePath: CHROME_PATH, args: CHROMIUM_ARGS } }),
              instances: [
                { browser: 'chromium' },
                { browser: 'firefox', provider: playwright({ launchOptions: { channel: 'moz-firefox', executablePath: FIREFOX_PATH } }) },
              ],
            },
          },
        },
      ],
    },
  };
});
