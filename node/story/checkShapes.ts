// Stage 2 of reading a story (parseStory.ts): places.geojson is valid GeoJSON
// (@placemarkio/check-geojson: structure, positions, closed rings), and each file has the right
// shape (schema.ts, zod).
import { getIssues } from '@placemarkio/check-geojson';
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { z } from 'zod';
import { articleFileSchema, placesFileSchema, storyFileSchema } from '../../shared/story/schema.ts';
import type { StoryFiles } from './checkStory.ts';
import { pathAt } from './jsonLocation.ts';
import { describeIssue } from './messages.ts';
import type { Problem, StoryFileKey } from './problems.ts';
import type { Parsed } from './readFiles.ts';

/** The files in their checked shapes, or every problem with their shapes. */
export function checkShapes(parsed: Record<StoryFileKey, Parsed>, values: Record<StoryFileKey, unknown>): { files: StoryFiles | null; problems: Problem[] } {
  const geojson = geojsonProblems(parsed.places.text, parsed.places.tree);
  const shapes = {
    story: validate(storyFileSchema, 'story', values.story),
    article: validate(articleFileSchema, 'article', values.article),
    places: validate(placesFileSchema, 'places', values.places),
  };
  // check-geojson and zod can both object to one broken geometry: keep check-geojson's words.
  const flagged = new Set(geojson.map((p) => structureOf(p.path)));
  const placesShape = shapes.places.problems.filter((p) => !flagged.has(structureOf(p.path)) || structureOf(p.path) === null);
  const problems = [...shapes.story.problems, ...shapes.article.problems, ...geojson, ...placesShape];
  if (problems.length > 0) return { files: null, problems };
  return { files: { story: shapes.story.data!, article: shapes.article.data!, places: shapes.places.data! }, problems: [] };
}

/** GeoJSON problems in places.geojson, by @placemarkio/check-geojson, with their JSON paths. When the
 * file is not a FeatureCollection at all, the shape check (zod) says so once, more plainly. */
function geojsonProblems(text: string, tree: Node | undefined): Problem[] {
  const type = tree?.type === 'object' ? findNodeAtLocation(tree, ['type'])?.value : undefined;
  if (type !== 'FeatureCollection') return [];
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const issue of getIssues(text)) {
    const path = pathAt(tree, issue.from);
    // An unclosed ring is reported at its first and at its last position: once is enough.
    const key = `${issue.message} ${path.slice(0, 5).join('.')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ file: 'places', path, message: `GeoJSON: ${issue.message}` });
  }
  return out;
}

/** What check-geojson's problem at `path` covers: the file's root, a feature's structure or its
 * geometry. zod's problems there say the same thing again, so they are left out. */
function structureOf(path: Problem['path']): string | null {
  if (path.length <= 1) return 'root';
  if (path[0] !== 'features' || typeof path[1] !== 'number') return null;
  return path.length === 2 || path[2] === 'geometry' || path[2] === 'type' ? `features.${path[1]}` : null;
}

function validate<T>(schema: z.ZodType<T>, file: StoryFileKey, value: unknown): { data: T | null; problems: Problem[] } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };
  return {
    data: null,
    problems: result.error.issues.map((issue) => ({
      file,
      path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: describeIssue(issue),
    })),
  };
}
