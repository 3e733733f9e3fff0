// The Vite plugin that turns a story folder into the module `virtual:story`. The story is parsed and
// checked at build time, so a broken data file fails the build with every problem listed
// (file:line:column id field: message), and the browser receives checked JSON, not the validator.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { storyPaths, validateStoryDir } from './loadStoryDir.ts';
import { formatWarning, StoryError } from './problems.ts';

const VIRTUAL_ID = 'virtual:story';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** Serves the story in `dir` as `virtual:story`, exporting `story`. */
export function storyPlugin(dir: string): Plugin {
  const storyDir = resolve(dir);
  return {
    name: 'iraq-strikes-map:story',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      for (const file of Object.values(storyPaths(storyDir))) this.addWatchFile(file);
      const { story, errors, warnings } = validateStoryDir(storyDir);
      if (!story) this.error(new StoryError(errors).message);
      for (const warning of warnings) this.warn(formatWarning(warning));
      // JSON.parse of a string literal is faster for engines to load than the same object literal.
      return `export const story = JSON.parse(${JSON.stringify(JSON.stringify(story))});`;
    },
  };
}
