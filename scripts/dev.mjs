// `npm run dev [-- --story <dir>] [--port N]`: Vite's dev server on a story folder, in this one
// process. Every save of the story's files reloads the page; a story that does not validate shows
// the validator's messages in the page (Vite's error overlay) and in this terminal.
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { portHint, stopWithParent, takeStoryDir } from './lib/cli.mjs';

const args = process.argv.slice(2);
// vite.config.ts reads STORY_DIR when Vite loads it, below.
process.env.STORY_DIR = takeStoryDir(args, 'npm run dev -- [--story <story-dir>] [--port N] [--host H]');
const { values } = parseArgs({
  args,
  options: {
    port: { type: 'string', default: process.env.PORT ?? '5173' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const server = await createServer({ server: { port: Number(values.port), host: values.host, strictPort: true } });
try {
  await server.listen();
} catch (error) {
  console.error(`Could not start the dev server: ${error.message}${portHint(error, 'npm run dev')}`);
  process.exit(1);
}
console.log(`Story: ${process.env.STORY_DIR}`);
server.printUrls();
stopWithParent(async () => {
  await server.close();
  process.exit(0);
});
