// `npm run edit [-- --story <dir>] [--port N]`: the story editor, on Vite's dev server in this one
// process. It edits the story folder's files in place (build/editor/storyStore.ts) and is never part
// of dist/. The editor is at /editor.html; the reader's page of the story, live, at /.
import { parseArgs } from 'node:util';
import { createJiti } from 'jiti';
import { createServer } from 'vite';
import { portHint, stopWithParent, takeStoryDir } from './lib/cli.mjs';

const { editorApiPlugin } = await createJiti(import.meta.url).import('../build/vite/editorApiPlugin.ts');

const args = process.argv.slice(2);
// vite.config.ts reads STORY_DIR when Vite loads it, below.
process.env.STORY_DIR = takeStoryDir(args, 'npm run edit -- [--story <story-dir>] [--port N] [--host H]');
const { values } = parseArgs({
  args,
  options: {
    port: { type: 'string', default: process.env.PORT ?? '5174' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const server = await createServer({
  plugins: [editorApiPlugin(process.env.STORY_DIR)],
  server: { port: Number(values.port), host: values.host, strictPort: true },
});
try {
  await server.listen();
} catch (error) {
  console.error(`Could not start the editor: ${error.message}${portHint(error, 'npm run edit')}`);
  process.exit(1);
}
const origin = `http://${values.host}:${values.port}`;
console.log(`Editing ${process.env.STORY_DIR}: open ${origin}/editor.html`);
console.log(`The reader's page of the story, live: ${origin}/`);
stopWithParent(async () => {
  await server.close();
  process.exit(0);
});
