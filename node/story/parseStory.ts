// Turns the text of a story's three files into a checked, frozen Story, or throws a StoryError that
// lists every problem at once with its file, line, column, record id and field.

import type { Story } from '../../shared/story/types.ts';
import { checkShapes } from './checkShapes.ts';
import { checkStory } from './checkStory.ts';
import { readGisForm, whereTheIdIs } from './gisForm.ts';
import { locate, sortProblems } from './jsonLocation.ts';
import { markupWarnings } from './messages.ts';
import { storyNotices } from './notices.ts';
import { type LocatedProblem, type Problem, STORY_FILES, type Stage, StoryError } from './problems.ts';
import { type FileNames, readFiles, type StoryTexts } from './readFiles.ts';
import { deepFreeze, toStory } from './toStory.ts';

export { type FileNames, MAX_FILE_BYTES, type StoryTexts } from './readFiles.ts';

/** What validating a story found: the story when it is clean, every error, and warnings. */
export interface Validation {
  readonly story: Story | null;
  readonly errors: readonly LocatedProblem[];
  /** Not errors: the story builds. E.g. text that looks like HTML (it is shown as text). */
  readonly warnings: readonly LocatedProblem[];
  /** The stage whose problems stopped the check (the later ones did not run), or null. */
  readonly stoppedAfter: Stage | null;
}

/** Parses and checks a story. Throws StoryError listing every problem found. */
export function parseStory(texts: StoryTexts, fileNames: FileNames = STORY_FILES): Story {
  const result = validateStory(texts, fileNames);
  if (!result.story) throw new StoryError(result.errors, result.stoppedAfter);
  return result.story;
}

/**
 * Validates a story in three stages, each reporting all of its problems at once:
 * 1. each file is non-empty, not too big, without a byte-order mark, and valid JSON (readFiles.ts);
 * 2. places.geojson is valid GeoJSON and each file has the right shape (checkShapes.ts);
 * 3. the story's own rules across fields and files (checkStory.ts).
 * A stage runs only when the one before it found nothing: rules need well-formed data.
 */
export function validateStory(texts: StoryTexts, fileNames: FileNames = STORY_FILES): Validation {
  const fail = (errors: LocatedProblem[], stoppedAfter: Stage): Validation => ({ story: null, errors, warnings: [], stoppedAfter });

  const { parsed, values: typed, problems: readProblems } = readFiles(texts, fileNames);
  if (readProblems.length > 0) return fail(readProblems, 'reading');

  // A file written back by GDAL or QGIS, read in the story's own form (gisForm.ts).
  const gis = readGisForm(typed.places);
  const values = { ...typed, places: gis.places };
  const at = (p: Problem): LocatedProblem => locate(whereTheIdIs(p, gis.idInProperties), parsed[p.file], fileNames);

  const { files, problems: shapeProblems } = checkShapes(parsed, values);
  if (!files) return fail(sortProblems(shapeProblems.map(at)), 'shapes');

  const ruleProblems = checkStory(files);
  if (ruleProblems.length > 0) return fail(ruleProblems.map(at), 'rules');

  const warnings = [...gis.notices, ...markupWarnings(values), ...storyNotices(files)].map(at);
  return { story: deepFreeze(toStory(files.story, files.article, files.places)), errors: [], warnings, stoppedAfter: null };
}
