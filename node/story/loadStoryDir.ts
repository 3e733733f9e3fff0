// Reads a story folder from disk and validates it. Node only: used by the build (the Vite plugin and
// scripts/build.mjs), `npm run validate`, the unit tests and the e2e fixtures, never by the browser
// bundle, which gets the parsed story.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Story } from '../../shared/story/types.ts';
import { type Validation, validateStory } from './parseStory.ts';
import { type LocatedProblem, STORY_FILES, StoryError, type StoryFileKey } from './problems.ts';

const KEYS = ['story', 'article', 'places'] as const;

/** The paths of a story folder's files. */
export function storyPaths(dir: string): Record<StoryFileKey, string> {
  return {
    story: join(dir, STORY_FILES.story),
    article: join(dir, STORY_FILES.article),
    places: join(dir, STORY_FILES.places),
  };
}

/** Validates the story in `dir`; messages name files relative to `cwd`. A missing file is an error. */
export function validateStoryDir(dir: string, cwd: string = process.cwd()): Validation {
  const paths = storyPaths(dir);
  const name = (key: StoryFileKey): string => relative(cwd, paths[key]) || paths[key];
  const missing: LocatedProblem[] = [];
  const problem = (file: StoryFileKey, fileName: string, message: string): LocatedProblem => ({
    file,
    path: [],
    fileName,
    line: 1,
    column: 1,
    recordId: null,
    field: '',
    message,
  });
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    missing.push(problem('story', relative(cwd, dir) || dir, `is not a story folder (it does not exist or is not a directory)`));
  } else {
    for (const key of KEYS) {
      if (!existsSync(paths[key]) || !statSync(paths[key]).isFile()) {
        missing.push(problem(key, name(key), `the file is missing: a story folder holds ${Object.values(STORY_FILES).join(', ')}`));
      }
    }
  }
  if (missing.length > 0) return { story: null, errors: missing, warnings: [], stoppedAfter: 'reading' };
  const read = (key: StoryFileKey): string => readFileSync(paths[key], 'utf8');
  return validateStory(
    { story: read('story'), article: read('article'), places: read('places') },
    { story: name('story'), article: name('article'), places: name('places') },
  );
}

/** Reads, parses and checks the story in `dir`. Throws StoryError listing every problem. */
export function loadStoryDir(dir: string, cwd: string = process.cwd()): Story {
  const result = validateStoryDir(dir, cwd);
  if (!result.story) throw new StoryError(result.errors, result.stoppedAfter);
  return result.story;
}
