// Reads a story folder from disk and parses it. Node only: used by the build (the Vite plugin),
// the unit tests and the e2e fixtures, never by the browser bundle, which gets the parsed story.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseStory } from './parseStory.ts';
import { STORY_FILES, type StoryFileKey } from './problems.ts';
import type { Story } from './types.ts';

/** The paths of a story folder's files. */
export function storyPaths(dir: string): Record<StoryFileKey, string> {
  return {
    story: join(dir, STORY_FILES.story),
    article: join(dir, STORY_FILES.article),
    places: join(dir, STORY_FILES.places),
  };
}

/** Reads, parses and checks the story in `dir`; messages name files relative to `cwd`. */
export function loadStoryDir(dir: string, cwd: string = process.cwd()): Story {
  const paths = storyPaths(dir);
  const read = (key: StoryFileKey): string => readFileSync(paths[key], 'utf8');
  const name = (key: StoryFileKey): string => relative(cwd, paths[key]) || paths[key];
  return parseStory(
    { story: read('story'), article: read('article'), places: read('places') },
    { story: name('story'), article: name('article'), places: name('places') },
  );
}
