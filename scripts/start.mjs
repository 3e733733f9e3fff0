// `npm start [-- --story <dir>] [--port N]`: builds the story (as `npm run build` does) and serves
// dist/, in this one process, so that stopping its PID stops the server (scripts/lib/cli.mjs).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { takeStoryDir } from './lib/cli.mjs';
import { serveUntilStopped } from './serve.mjs';

const args = process.argv.slice(2);
const storyDir = takeStoryDir(args, 'npm start -- [--story <story-dir>] [--port N] [--host H]');
const { values } = parseArgs({
  args,
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

// The build runs as a child and is over before the server starts: nothing is left behind by it.
const built = spawnSync(process.execPath, ['scripts/build.mjs', '--story', storyDir], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
await serveUntilStopped({ host: values.host, port: Number(values.port), command: 'npm start' });
