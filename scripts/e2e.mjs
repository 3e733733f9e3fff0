// Builds the site and the fixture stories' sites (e2e/fixtures/stories.ts), then runs the
// end-to-end tests. WebKitGTK needs an X display; without one the run is wrapped in xvfb-run.
// Extra arguments go to Playwright: `npm run e2e -- --project=chromium`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createJiti } from 'jiti';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const quiet = ['--logLevel', 'error'];

// The oEmbed answers and cards carry absolute URLs: they must name the server the tests start
// (playwright.config.ts, on E2E_PORT), not another run's on the default port.
if (process.env.E2E_PORT && !process.env.SITE_URL) process.env.SITE_URL = `http://127.0.0.1:${process.env.E2E_PORT}/`;
const built = run('node', ['scripts/build.mjs', ...quiet]);
if (built !== 0) process.exit(built);

const jiti = createJiti(import.meta.url);
const { writeFixtureStories, fixtureSiteDir } = await jiti.import('../e2e/fixtures/stories.ts');
rmSync('dist-fixtures', { recursive: true, force: true });
for (const [name, storyDir] of Object.entries(writeFixtureStories())) {
  // The xss story's 48 "looks like HTML" warnings are the point of it; keep the log readable.
  const status = spawnSync('node', ['scripts/build.mjs', '--story', storyDir, '--outDir', fixtureSiteDir(name), '--emptyOutDir', ...quiet], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (status.status !== 0) {
    console.error(status.stderr);
    process.exit(status.status ?? 1);
  }
  console.log(`built the ${name} fixture story into ${fixtureSiteDir(name)}/`);
}

// WordPress's wp-embed.js, the real client the WordPress tests drive (e2e/host/wordpress.ts). It is
// GPL and not ours to copy into the repository: the `wordpress` package's file if it is installed,
// else that one file extracted from the package (apt-get download needs no root).
function wpEmbedScript() {
  const inPackage = 'usr/share/wordpress/wp-includes/js/wp-embed.js';
  if (process.env.WP_EMBED_JS) return process.env.WP_EMBED_JS;
  if (existsSync(`/${inPackage}`)) return `/${inPackage}`;
  const dir = resolve('node_modules/.cache/wordpress');
  if (existsSync(join(dir, inPackage))) return join(dir, inPackage);
  mkdirSync(dir, { recursive: true });
  const got = spawnSync('apt-get', ['download', 'wordpress'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  const deb = got ? readdirSync(dir).find((f) => /^wordpress_.*\.deb$/.test(f)) : undefined;
  if (deb) spawnSync('sh', ['-c', `dpkg-deb --fsys-tarfile "${deb}" | tar -x ./${inPackage}`], { cwd: dir, stdio: 'inherit' });
  if (!existsSync(join(dir, inPackage))) {
    console.warn("Could not get WordPress's wp-embed.js (apt-get download wordpress): the WordPress tests will fail. Set WP_EMBED_JS to the file.");
    return join(dir, inPackage);
  }
  console.log(`extracted WordPress's wp-embed.js from ${deb}`);
  return join(dir, inPackage);
}
process.env.WP_EMBED_JS = wpEmbedScript();

const args = ['playwright', 'test', ...process.argv.slice(2)];
if (!process.env.DISPLAY && has('xvfb-run')) process.exit(run('xvfb-run', ['-a', 'npx', ...args]));
if (!process.env.DISPLAY) console.warn('No X display and no xvfb-run: the WebKit tests need one (apt-get install xvfb).');
process.exit(run('npx', args));
