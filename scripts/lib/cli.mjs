// What the long-running commands (`npm start`, `npm run serve`, `npm run dev`, `npm run edit`) share:
// the `--story` flag as `npm run build` reads it, and stopping together with the npm that started them.
import { parseArgs } from 'node:util';

/**
 * Takes `--story <dir>` out of `args` (mutating it) and returns the story folder: the flag, else
 * STORY_DIR, else geo/. Exits with a usage line when the flag has no folder after it.
 */
export function takeStoryDir(args, usage) {
  const at = args.indexOf('--story');
  if (at === -1) return process.env.STORY_DIR ?? 'geo';
  const dir = args[at + 1];
  if (!dir || dir.startsWith('-')) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  args.splice(at, 2);
  return dir;
}

/**
 * Stops this process when the npm that started it goes. `npm start` runs `sh -c "node …"`; a
 * SIGTERM to npm's PID reaches sh, which dies without passing it on, and this process would be left
 * holding the port under PID 1. Watching the parent makes "stop npm's PID" stop the server, as a
 * process manager or a CI step expects. Ctrl+C already reaches the whole process group.
 */
export function stopWithParent(stop) {
  const parent = process.ppid;
  let stopping = false;
  const stopOnce = (why) => {
    if (stopping) return;
    stopping = true;
    // A server that does not close in time (a watcher, a socket kept alive) still ends: the process
    // must not outlive the command that started it.
    setTimeout(() => process.exit(0), 2000).unref();
    stop(why);
  };
  const timer = setInterval(() => {
    if (process.ppid !== parent) stopOnce('its parent process ended');
  }, 500);
  timer.unref();
  for (const signal of ['SIGTERM', 'SIGHUP', 'SIGINT']) process.on(signal, () => stopOnce(signal));
}

/** The hint for a port that is taken, in the command's own words. */
export function portHint(error, command) {
  return error.code === 'EADDRINUSE' ? ` (another program uses that port: try PORT=8080 ${command})` : '';
}

/**
 * Vite's dev server on a story folder, in this process (`npm run dev`, `npm run edit`): `--story`,
 * `--port` (or PORT=, else `defaultPort`) and `--host`; it stops with the npm that started it.
 * `plugins(storyDir)` adds Vite plugins; `announce(server, origin)` prints where to go.
 */
export async function serveStoryWithVite({ usage, command, defaultPort, plugins = () => [], announce }) {
  const args = process.argv.slice(2);
  // vite.config.ts reads STORY_DIR when Vite loads it, below.
  process.env.STORY_DIR = takeStoryDir(args, usage);
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: process.env.PORT ?? String(defaultPort) },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const { createServer } = await import('vite');
  // A cache of pre-bundled dependencies per server (one per port): two servers at once (the editor
  // beside `npm run dev`, or tests side by side) would otherwise rewrite one cache under each other,
  // and Vite reloads a page whose dependencies changed: the editor's, with the journalist's work in it.
  const cacheDir = `node_modules/.vite/${command.replace(/\W+/g, '-')}-${values.port}`;
  const server = await createServer({
    cacheDir,
    plugins: plugins(process.env.STORY_DIR),
    server: { port: Number(values.port), host: values.host, strictPort: true },
  });
  try {
    await server.listen();
  } catch (error) {
    console.error(`Could not start ${command}: ${error.message}${portHint(error, command)}`);
    process.exit(1);
  }
  announce(server, `http://${values.host}:${values.port}`);
  stopWithParent(async () => {
    await server.close();
    process.exit(0);
  });
}
