/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { storyPlugin } from './src/data/storyPlugin.ts';
import { embedAssetsPlugin } from './src/host/embedAssetsPlugin.ts';

// STORY_DIR picks another story folder (the default is geo/, the bundled story).
const storyDir = process.env.STORY_DIR ?? 'geo';

export default defineConfig({
  // Relative asset URLs, so dist/ works from any sub-path of any host.
  base: './',
  plugins: [react(), storyPlugin(storyDir), embedAssetsPlugin(storyDir)],
  build: {
    target: 'es2022',
    // Leaflet's images are small; inline them instead of extra requests.
    assetsInlineLimit: 4096,
    // Two pages: the story, and the embed for news pages' iframes. They share one chunk of code.
    rolldownOptions: { input: { index: 'index.html', embed: 'embed.html' } },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
