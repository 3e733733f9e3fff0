// `npm run build [-- --story <dir>] [vite build options]`: validates the story (the same check as
// `npm run validate`, so a broken data file stops here with every problem listed), then builds
// dist/ with Vite. The story folder is --story, else STORY_DIR, else geo/.
import { spawnSync } from 'node:child_process';
import { createJiti } from 'jiti';

const args = process.argv.slice(2);
const at = args.indexOf('--story');
let storyDir = process.env.STORY_DIR ?? 'geo';
if (at !== -1) {
  if (!args[at + 1] || args[at + 1].startsWith('-')) {
    console.error('usage: npm run build -- --story <story-dir> [vite build options]');
    process.exit(2);
  }
  storyDir = args[at + 1];
  args.splice(at, 2);
}

const jiti = createJiti(import.meta.url);
const { runValidate } = await jiti.import('../src/data/validateCli.ts');
const valid = runValidate([storyDir]);
if (valid !== 0) process.exit(valid);

const vite = spawnSync('npx', ['vite', 'build', ...args], { stdio: 'inherit', env: { ...process.env, STORY_DIR: storyDir } });
process.exit(vite.status ?? 1);
