// Turns the text of a story's three files into a checked, frozen Story, or throws a StoryError that
// lists every problem at once with its file, line, column, record id and field.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { checkStory } from './checkStory.ts';
import { formatPath, STORY_FILES, StoryError, type LocatedProblem, type Problem, type StoryFileKey } from './problems.ts';
import { articleFileSchema, placesFileSchema, storyFileSchema, type ArticleFile, type PlacesFile, type StoryFile } from './schema.ts';
import type { Article, Place, Story, StoryMeta } from './types.ts';

/** The raw text of each file of a story folder. */
export type StoryTexts = Readonly<Record<StoryFileKey, string>>;

/** How files are named in messages; defaults to the bare file names. */
export type FileNames = Readonly<Record<StoryFileKey, string>>;

interface Parsed {
  readonly key: StoryFileKey;
  readonly text: string;
  readonly tree: Node | undefined;
}

/** Parses and checks a story. Throws StoryError listing every problem found. */
export function parseStory(texts: StoryTexts, fileNames: FileNames = STORY_FILES): Story {
  const located: LocatedProblem[] = [];
  const parsed = {} as Record<StoryFileKey, Parsed>;
  const values = {} as Record<StoryFileKey, unknown>;

  for (const key of ['story', 'article', 'places'] as const) {
    // A byte-order mark is invisible in editors and breaks JSON.parse in some tools: say so.
    const text = texts[key];
    const errors: ParseError[] = [];
    const tree = text.trim() === '' ? undefined : parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    parsed[key] = { key, text, tree };
    if (text.trim() === '') {
      located.push(locate({ file: key, path: [], message: 'the file is empty' }, parsed[key], fileNames));
      continue;
    }
    if (text.charCodeAt(0) === 0xfeff) {
      located.push({ ...locate({ file: key, path: [], message: 'the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM' }, parsed[key], fileNames), line: 1, column: 1 });
      continue;
    }
    if (errors.length > 0) {
      for (const e of errors) {
        const { line, column } = lineColumn(text, e.offset);
        located.push({ file: key, path: [], fileName: fileNames[key], line, column, recordId: null, field: '', message: `invalid JSON: ${describeParseError(printParseErrorCode(e.error))}` });
      }
      continue;
    }
    values[key] = JSON.parse(text);
  }
  if (located.length > 0) throw new StoryError(located);

  const shapes = {
    story: validate(storyFileSchema, 'story', values.story),
    article: validate(articleFileSchema, 'article', values.article),
    places: validate(placesFileSchema, 'places', values.places),
  };
  const shapeProblems = [...shapes.story.problems, ...shapes.article.problems, ...shapes.places.problems];
  if (shapeProblems.length > 0) throw new StoryError(shapeProblems.map((p) => locate(p, parsed[p.file], fileNames)));

  const files = { story: shapes.story.data!, article: shapes.article.data!, places: shapes.places.data! };
  const ruleProblems = checkStory(files);
  if (ruleProblems.length > 0) throw new StoryError(ruleProblems.map((p) => locate(p, parsed[p.file], fileNames)));

  return deepFreeze(toStory(files.story, files.article, files.places));
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
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return `is missing (expected ${issue.expected})`;
  return issue.message;
}

function describeParseError(code: string): string {
  // jsonc-parser's codes are CamelCase identifiers; say them in words.
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
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
  const meta: StoryMeta = { ...story, strikes: story.strikes ?? null };
  const art: Article = {
    ...article,
    headlineNote: article.headlineNote ?? null,
    byline: { ...article.byline, leadNote: article.byline.leadNote ?? null },
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
      position: f.geometry ? [f.geometry.coordinates[0], f.geometry.coordinates[1]] : null,
      precision: { kind: p.precision.kind, level: p.precision.level, radiusM: p.precision.radiusM ?? null, basis: p.precision.basis },
      confidence: p.confidence,
      naming: { inArticle: p.naming.inArticle, articleWords: p.naming.articleWords, identifiedBy: p.naming.identifiedBy ?? null, basis: p.naming.basis ?? null },
      quotes: p.quotes.map((q) => ({ ...q, note: q.note ?? null })),
      noQuoteReason: p.noQuoteReason ?? null,
      disputes: p.disputes ?? [],
      context: p.context.map((c) => ({ text: c.text, source: c.source, url: c.url ?? null })),
      sources: p.sources,
    };
  });
  return { meta, article: art, places: out };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
