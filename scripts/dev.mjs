// `npm run dev [-- --story <dir>] [--port N]`: Vite's dev server on a story folder, in this one
// process. Every save of the story's files reloads the page; a story that does not validate shows
// the validator's messages in the page (Vite's error overlay) and in this terminal.
import { serveStoryWithVite } from './lib/cli.mjs';

await serveStoryWithVite({
  usage: 'npm run dev -- [--story <story-dir>] [--port N] [--host H]',
  command: 'npm run dev',
  defaultPort: 5173,
  announce: (server) => {
    console.log(`Story: ${process.env.STORY_DIR}`);
    server.printUrls();
  },
});
