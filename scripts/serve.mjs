// Serves the built site (dist/) on localhost. Used by `npm start` and by the
// end-to-end tests. The same files are also served under SUB_PATH, to prove the build works from a
// sub-path of any host (its asset URLs are relative).
//   node scripts/serve.mjs [--port 4173] [--host 127.0.0.1] [--dir dist]   (PORT= also sets the port)
// It sends the Content-Security-Policy the build wrote to dist/csp.txt (shared/host/csp.ts), and gzips text
// (level 9, kept in memory) for clients that accept it, as any news site's server or CDN would: the
// byte budgets and `npm run bench` count gzipped bytes, and Lighthouse then sees the same.

import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createJiti } from 'jiti';
import { portHint, stopWithParent } from './lib/cli.mjs';

// The policy is the product's (shared/host/csp.ts); jiti runs that TypeScript module here.
const { CSP } = await createJiti(import.meta.url).import('../shared/host/csp.ts');

// Any story's: no name or date of the bundled story (npm start prints it for every story).
export const SUB_PATH = '/news/maps/story/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt', '.webmanifest']);

/** A file's gzip -9 bytes, computed once per file version. */
const gzipped = new Map();
function gzipOf(file) {
  const { mtimeMs, size } = statSync(file);
  const key = `${file}:${mtimeMs}:${size}`;
  let body = gzipped.get(key);
  if (!body) {
    body = gzipSync(readFileSync(file), { level: 9 });
    gzipped.set(key, body);
  }
  return body;
}

/** Starts the server; resolves with it once it listens. */
// `csp: false` serves without the policy: a test of untrusted text must see what the page itself
// does, not what the policy blocks.
export function serve({ dir = 'dist', host = '127.0.0.1', port = 4173, csp = true } = {}) {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${join(dir, 'index.html')} not found: run \`npm run build\` first`);
  }
  const policyFile = join(root, 'csp.txt');
  const policy = existsSync(policyFile) ? readFileSync(policyFile, 'utf8').trim() : CSP;
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (pathname.startsWith(SUB_PATH)) pathname = `/${pathname.slice(SUB_PATH.length)}`;
    else if (pathname === SUB_PATH.slice(0, -1)) {
      res.writeHead(301, { location: SUB_PATH }).end();
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = normalize(join(root, pathname));
    // Never serve anything outside dist/.
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = extname(file);
    const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      ...(COMPRESSIBLE.has(type) ? { vary: 'accept-encoding' } : {}),
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      ...(type === '.html' && csp ? { 'content-security-policy': policy } : {}),
      // oembed.json is read by other sites' servers and scripts.
      ...(type === '.json' || pathname === '/embed.js' ? { 'access-control-allow-origin': '*' } : {}),
      'content-type': TYPES[type] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': pathname.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else if (gzip) res.end(gzipOf(file));
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

/**
 * Serves `dir` until the process is stopped, prints where, and stops with the npm that started it
 * (scripts/lib/cli.mjs says why). `command` is what the reader typed, for the busy-port hint.
 */
export async function serveUntilStopped({ dir = 'dist', host = '127.0.0.1', port = 4173, command = 'npm run serve' } = {}) {
  let server;
  try {
    server = await serve({ dir, host, port });
  } catch (error) {
    console.error(`Could not serve ${dir}: ${error.message}${portHint(error, command)}`);
    process.exit(1);
  }
  console.log(`The story map is at http://${host}:${port}/`);
  console.log(`(also at http://${host}:${port}${SUB_PATH}, to check that it works from a sub-path)`);
  console.log('Press Ctrl+C to stop.');
  stopWithParent(() => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4173' },
      host: { type: 'string', default: '127.0.0.1' },
      dir: { type: 'string', default: 'dist' },
    },
  });
  await serveUntilStopped({ dir: values.dir, host: values.host, port: Number(values.port) });
}
