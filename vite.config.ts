/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { basemapFieldsPlugin } from './src/data/basemapFieldsPlugin.ts';
import { storyPlugin } from './src/data/storyPlugin.ts';
import { embedAssetsPlugin } from './src/host/embedAssetsPlugin.ts';
import { unusedLeafletRules } from './src/styles/unusedLeafletRules.ts';

// STORY_DIR picks another story folder (the default is geo/, the bundled story).
const storyDir = process.env.STORY_DIR ?? 'geo';

export default defineConfig({
  // Relative asset URLs, so dist/ works from any sub-path of any host.
  base: './',
  plugins: [react(), storyPlugin(storyDir), embedAssetsPlugin(storyDir), basemapFieldsPlugin()],
  css: { postcss: { plugins: [unusedLeafletRules] } },
  // Leaflet's ES module build rather than its UMD one ("main"), so the bundler can leave out the
  // parts the map never uses (about 1 KB gzipped). It sets no global L; nothing here needs one.
  resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
  build: {
    target: 'es2022',
    // Never inline Leaflet's own images (layers control, default marker): the map uses neither, and
    // inlined they would cost every reader 3.5 KB of base64. As files they are never fetched.
    assetsInlineLimit: (file) => (file.includes('/node_modules/leaflet/') ? false : undefined),
    // Every browser the map supports has <link rel=modulepreload>; the polyfill would ship for nothing.
    modulePreload: { polyfill: false },
    // Two pages: the story, and the embed for news pages' iframes. They share one chunk of code.
    rolldownOptions: {
      input: { index: 'index.html', embed: 'embed.html' },
      // One chunk for all code that more than one chunk uses. Left to itself the bundler split small
      // shared modules (the JSX runtime, a 125-byte helper) into requests of their own.
      output: { codeSplitting: { groups: [{ name: 'app', minShareCount: 2 }] } },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
