// Builds the site, then runs the end-to-end tests. WebKitGTK needs an X display; without one the
// run is wrapped in xvfb-run. Extra arguments go to Playwright: `npm run e2e -- --project=chromium`.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

const built = run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (built !== 0) process.exit(built);

const args = ['playwright', 'test', ...process.argv.slice(2)];
if (!process.env.DISPLAY && has('xvfb-run')) process.exit(run('xvfb-run', ['-a', 'npx', ...args]));
if (!process.env.DISPLAY) console.warn('No X display and no xvfb-run: the WebKit tests need one (apt-get install xvfb).');
process.exit(run('npx', args));
