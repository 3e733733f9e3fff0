// `npm run build [-- --story <dir>] [vite build options]`: validates the story (the same check as
// `npm run validate`, so a broken data file stops here with every problem listed), then builds
// dist/ with Vite: the story page, then the embed, then renders both pages' HTML. The story folder is --story, else STORY_DIR, else geo/.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { createJiti } from 'jiti';
import { takeStoryDir } from './lib/cli.mjs';
import { prerenderInto } from './lib/prerender.mjs';

const args = process.argv.slice(2);
const storyDir = takeStoryDir(args, 'npm run build -- --story <story-dir> [vite build options]');

const jiti = createJiti(import.meta.url);
const { runValidate } = await jiti.import('../node/story/validateCli.ts');
const valid = runValidate([storyDir]);
if (valid !== 0) process.exit(valid);

// The story page first (it empties the output folder), then the embed into the same folder
// (vite.config.ts says why the embed is a build of its own).
const env = { ...process.env, STORY_DIR: storyDir };
const page = spawnSync('npx', ['vite', 'build', ...args], { stdio: 'inherit', env });
if (page.status !== 0) process.exit(page.status ?? 1);
const embedArgs = args.filter((arg) => arg !== '--emptyOutDir');
const embed = spawnSync('npx', ['vite', 'build', '--mode', 'embed', ...embedArgs], { stdio: 'inherit', env });
if (embed.status !== 0) process.exit(embed.status ?? 1);

// Then the pages' HTML: src/prerender.tsx built for Node, run, its markup put into each page
// (scripts/lib/prerender.mjs).
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizes = await prerenderInto(resolve(option('--outDir', 'dist')), { env, logLevel: option('--logLevel', 'warn') });
if (sizes === null) process.exit(1);
if (option('--logLevel', 'info') !== 'error' && option('--logLevel', 'info') !== 'silent')
  console.log(
    `prerendered ${Object.entries(sizes)
      .map(([page, bytes]) => `${page} (${(bytes / 1024).toFixed(1)} KB of markup)`)
      .join(', ')}`,
  );
