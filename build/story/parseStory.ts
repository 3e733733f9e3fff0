// Turns the text of a story's three files into a checked, frozen Story, or throws a StoryError that
// lists every problem at once with its file, line, column, record id and field.
import { getIssues } from '@placemarkio/check-geojson';
import { findNodeAtLocation, findNodeAtOffset, getNodePath, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import polylabel from 'polylabel';
import type { z } from 'zod';
import { checkStory } from './checkStory.ts';
import { formatPath, STORY_FILES, StoryError, type LocatedProblem, type Problem, type StoryFileKey } from './problems.ts';
import { articleFileSchema, placesFileSchema, storyFileSchema, type ArticleFile, type PlacesFile, type StoryFile } from './schema.ts';
import type { Article, Place, Story, StoryMeta } from '../../src/story/types.ts';

/** The raw text of each file of a story folder. */
export type StoryTexts = Readonly<Record<StoryFileKey, string>>;

/** How files are named in messages; defaults to the bare file names. */
export type FileNames = Readonly<Record<StoryFileKey, string>>;

interface Parsed {
  readonly key: StoryFileKey;
  readonly text: string;
  readonly tree: Node | undefined;
}

/** What validating a story found: the story when it is clean, every error, and warnings. */
export interface Validation {
  readonly story: Story | null;
  readonly errors: readonly LocatedProblem[];
  /** Not errors: the story builds. E.g. text that looks like HTML (it is shown as text). */
  readonly warnings: readonly LocatedProblem[];
}

/** Readers download the whole story; a file this big is a mistake (an export gone wrong). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Parses and checks a story. Throws StoryError listing every problem found. */
export function parseStory(texts: StoryTexts, fileNames: FileNames = STORY_FILES): Story {
  const result = validateStory(texts, fileNames);
  if (!result.story) throw new StoryError(result.errors);
  return result.story;
}

/**
 * Validates a story in three stages, each reporting all of its problems at once:
 * 1. each file is non-empty, not too big, without a byte-order mark, and valid JSON;
 * 2. places.geojson is valid GeoJSON (@placemarkio/check-geojson: structure, positions, closed
 *    rings), and each file has the right shape (zod);
 * 3. the story's own rules across fields and files (checkStory.ts).
 * A stage runs only when the one before it found nothing: rules need well-formed data.
 */
export function validateStory(texts: StoryTexts, fileNames: FileNames = STORY_FILES): Validation {
  const located: LocatedProblem[] = [];
  const parsed = {} as Record<StoryFileKey, Parsed>;
  const values = {} as Record<StoryFileKey, unknown>;
  const fail = (errors: LocatedProblem[]): Validation => ({ story: null, errors, warnings: [] });

  for (const key of ['story', 'article', 'places'] as const) {
    const text = texts[key];
    const at = (message: string, line = 1, column = 1): LocatedProblem => ({
      file: key,
      path: [],
      fileName: fileNames[key],
      line,
      column,
      recordId: null,
      field: '',
      message,
    });
    const bytes = new TextEncoder().encode(text).length;
    parsed[key] = { key, text, tree: undefined };
    if (bytes > MAX_FILE_BYTES) {
      located.push(
        at(
          `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a story file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB, because readers download the whole story`,
        ),
      );
      continue;
    }
    if (text.trim() === '') {
      located.push(at('the file is empty'));
      continue;
    }
    // A byte-order mark is invisible in editors and breaks JSON.parse in many tools: say so.
    if (text.charCodeAt(0) === 0xfeff) {
      located.push(at('the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM'));
      continue;
    }
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    parsed[key] = { key, text, tree };
    if (errors.length > 0) {
      // One message per spot: jsonc-parser can report two ways of reading the same bad character.
      const spots = new Set<number>();
      for (const e of errors) {
        if (spots.has(e.offset)) continue;
        spots.add(e.offset);
        const { line, column } = lineColumn(text, e.offset);
        const message = `invalid JSON: ${describeParseError(printParseErrorCode(e.error), text.slice(e.offset, e.offset + e.length))}`;
        // The parser keeps what it could read, so the feature or paragraph around the error is known.
        const path = pathAt(tree, Math.max(0, e.offset - 1));
        located.push({ ...at(message, line, column), path, ...splitRecord({ file: key, path, message }, tree) });
      }
      continue;
    }
    values[key] = JSON.parse(text);
  }
  if (located.length > 0) return fail(located);

  const geojson = geojsonProblems(parsed.places.text, parsed.places.tree);
  const shapes = {
    story: validate(storyFileSchema, 'story', values.story),
    article: validate(articleFileSchema, 'article', values.article),
    places: validate(placesFileSchema, 'places', values.places),
  };
  // check-geojson and zod can both object to one broken geometry: keep check-geojson's words.
  const flagged = new Set(geojson.map((p) => structureOf(p.path)));
  const placesShape = shapes.places.problems.filter((p) => !flagged.has(structureOf(p.path)) || structureOf(p.path) === null);
  const shapeProblems = [...shapes.story.problems, ...shapes.article.problems, ...geojson, ...placesShape];
  if (shapeProblems.length > 0) return fail(sortProblems(shapeProblems.map((p) => locate(p, parsed[p.file], fileNames))));

  const files = { story: shapes.story.data!, article: shapes.article.data!, places: shapes.places.data! };
  const ruleProblems = checkStory(files);
  if (ruleProblems.length > 0) return fail(ruleProblems.map((p) => locate(p, parsed[p.file], fileNames)));

  const warnings = markupWarnings(values).map((p) => locate(p, parsed[p.file], fileNames));
  return { story: deepFreeze(toStory(files.story, files.article, files.places)), errors: [], warnings };
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

/** The JSON path of the innermost value that starts at or contains `offset`. */
function pathAt(tree: Node | undefined, offset: number): (string | number)[] {
  let node = tree ? findNodeAtOffset(tree, offset, true) : undefined;
  // An offset on a property's key means the property's value.
  if (node?.parent?.type === 'property' && node.parent.children?.[0] === node) node = node.parent.children[1];
  return node ? getNodePath(node) : [];
}

function sortProblems(problems: LocatedProblem[]): LocatedProblem[] {
  const order: Record<StoryFileKey, number> = { story: 0, article: 1, places: 2 };
  return problems.sort((a, b) => order[a.file] - order[b.file] || a.line - b.line || a.column - b.column);
}

// Tags, event handlers and script URLs: text that a careless renderer would turn into markup.
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|\bon[a-z]+\s*=|javascript\s*:/i;

/** Warns of text that looks like HTML: it will be shown as text, so it is probably a paste gone wrong. */
function markupWarnings(values: Record<StoryFileKey, unknown>): Problem[] {
  const out: Problem[] = [];
  const walk = (file: StoryFileKey, value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      const match = MARKUP.exec(value);
      if (match)
        out.push({
          file,
          path,
          message: `looks like HTML or script (${JSON.stringify(match[0].slice(0, 40))}); it will be shown as plain text, never as markup`,
        });
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(file, v, [...path, i]);
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(file, v, [...path, k]);
  };
  for (const key of ['story', 'article', 'places'] as const) walk(key, values[key], []);
  return out;
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

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.path.length === 0) {
    const found = /received (\w+)/.exec(issue.message)?.[1] ?? 'something else';
    return `the file must hold a JSON object, not ${/^[aeiou]/.test(found) ? 'an' : 'a'} ${found}`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return `is missing (expected ${issue.expected})`;
  return issue.message;
}

function describeParseError(code: string, token: string): string {
  // jsonc-parser's codes are CamelCase identifiers; say them in words, and name the usual causes.
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (/^-?(NaN|Infinity)/.test(token)) return `${words} ${token}: NaN and Infinity are not JSON numbers; a coordinate must be a finite number`;
  if (token.startsWith("'")) return `${words}: JSON strings take double quotes`;
  return token ? `${words} ${JSON.stringify(token.slice(0, 20))}` : words;
}

/** Finds the line and column of the value at `problem.path`, falling back to its nearest parent. */
function locate(problem: Problem, file: Parsed, fileNames: FileNames): LocatedProblem {
  let node: Node | undefined;
  const path = [...problem.path];
  while (file.tree && !node) {
    node = findNodeAtLocation(file.tree, path);
    if (!node && path.length === 0) node = file.tree;
    if (!node) path.pop();
  }
  const { line, column } = lineColumn(file.text, node?.offset ?? 0);
  const { recordId, field } = splitRecord(problem, file.tree);
  return { ...problem, fileName: fileNames[problem.file], line, column, recordId, field };
}

/** Splits `features[3].properties.quotes[0].text` into the feature's id and the rest. */
function splitRecord(problem: Problem, tree: Node | undefined): { recordId: string | null; field: string } {
  const [first, index, ...rest] = problem.path;
  const records = first === 'features' || first === 'paragraphs';
  if (records && typeof index === 'number' && tree) {
    const idNode = findNodeAtLocation(tree, [first, index, 'id']);
    const recordId = typeof idNode?.value === 'string' ? idNode.value : `${first === 'features' ? 'feature' : 'paragraph'} ${index + 1}`;
    return { recordId, field: formatPath(rest) };
  }
  return { recordId: null, field: formatPath(problem.path) };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function toStory(story: StoryFile, article: ArticleFile, places: PlacesFile): Story {
  // Only what the page shows is kept: readers download every byte of the story.
  const { tiles, bounds, ...rest } = story;
  const meta: StoryMeta = {
    ...rest,
    bounds: { bbox: bounds.bbox },
    strikes: story.strikes ? { ...story.strikes, reportedNote: story.strikes.reportedNote ?? null } : null,
    tiles: tiles ? { url: tiles.url, attribution: tiles.attribution, maxZoom: tiles.maxZoom ?? 18, timeoutMs: tiles.timeoutMs ?? 8000 } : null,
  };
  const { headlineNote: _notShown, ...shown } = article;
  const art: Article = {
    ...shown,
    byline: {
      ...article.byline,
      leadNote: article.byline.leadNote ?? null,
      contributors: article.byline.contributors.map((c) => ({ ...c, articleWords: c.articleWords ?? null, identifiedBy: c.identifiedBy ?? null })),
    },
  };
  const out: Place[] = places.features.map((f) => {
    const p = f.properties;
    return {
      id: f.id,
      name: p.name,
      label: p.label,
      kind: p.kind,
      strike: p.strike ?? null,
      when: p.when.map((w) => ({ date: w.date, timeLocal: w.timeLocal ?? null, approximate: w.approximate ?? false, what: w.what, source: w.source })),
      position: positionOf(f.geometry),
      area: f.geometry?.type === 'Polygon' ? f.geometry.coordinates.map((ring) => ring.map(([lon, lat]) => [lon, lat] as const)) : null,
      precision: {
        kind: p.precision.kind,
        level: p.precision.level,
        radiusM: p.precision.radiusM ?? null,
        coordinateSources: p.precision.coordinateSources ?? null,
        basis: p.precision.basis,
      },
      confidence: { claim: p.confidence.claim, level: p.confidence.level, basis: p.confidence.basis ?? null },
      naming: {
        inArticle: p.naming.inArticle,
        articleWords: p.naming.articleWords,
        identifiedBy: p.naming.identifiedBy ?? null,
        basis: p.naming.basis ?? null,
      },
      quotes: p.quotes.map((q) => ({ ...q, note: q.note ?? null })),
      noQuoteReason: p.noQuoteReason ?? null,
      disputes: p.disputes ?? [],
      context: p.context.map((c) => ({ text: c.text, source: c.source, url: c.url ?? null })),
      sources: p.sources,
    };
  });
  return { meta, article: art, places: out };
}

function positionOf(geometry: PlacesFile['features'][number]['geometry']): Place['position'] {
  if (geometry === null) return null;
  if (geometry.type === 'Point') return [geometry.coordinates[0], geometry.coordinates[1]];
  // The point inside the area farthest from its edges, to 1/1000 of a degree (about 100 m).
  const [lon, lat] = polylabel(
    geometry.coordinates.map((ring) => ring.map(([x, y]) => [x, y])),
    0.001,
  );
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
