// `npm run edit [-- --story <dir>] [--port N]`: the story editor, on Vite's dev server in this one
// process. It edits the story folder's files in place (node/editor/storyStore.ts) and is never part
// of dist/. The editor is at /editor.html; the reader's page of the story, live, at /.
import { createJiti } from 'jiti';
import { serveStoryWithVite } from './lib/cli.mjs';

const { editorApiPlugin } = await createJiti(import.meta.url).import('../node/vite/editorApiPlugin.ts');

await serveStoryWithVite({
  usage: 'npm run edit -- [--story <story-dir>] [--port N] [--host H]',
  command: 'npm run edit',
  defaultPort: 5174,
  plugins: (storyDir) => [editorApiPlugin(storyDir)],
  announce: (_server, origin) => {
    console.log(`Editing ${process.env.STORY_DIR}: open ${origin}/editor.html`);
    console.log(`The reader's page of the story, live: ${origin}/`);
  },
});
