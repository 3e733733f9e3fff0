// A problem found in a story's files, and how it is printed: `file:line:column id field: message`,
// so an editor under deadline can jump straight to it.

/** Which file of a story folder a problem is in. */
export type StoryFileKey = 'story' | 'article' | 'places';

/** The file names inside a story folder. */
export const STORY_FILES: Readonly<Record<StoryFileKey, string>> = {
  story: 'story.json',
  article: 'article.json',
  places: 'places.geojson',
};

/** A problem, located by its JSON path inside one file. */
export interface Problem {
  readonly file: StoryFileKey;
  /** Keys and array indices from the file's root to the offending value. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** A problem with its position in the file text. */
export interface LocatedProblem extends Problem {
  /** The file as the reader should see it, e.g. "geo/places.geojson". */
  readonly fileName: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  /** The feature or paragraph id the problem belongs to, when there is one. */
  readonly recordId: string | null;
  /** The path below that record, e.g. "properties.quotes[1].text". */
  readonly field: string;
}

/** Renders a JSON path the way a reader writes it: `quotes[1].text`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** One line per problem: `file:line:column id field: message`. */
export function formatProblem(p: LocatedProblem): string {
  const where = `${p.fileName}:${p.line}:${p.column}`;
  const field = p.field === '' ? '(root)' : p.field;
  return `${where} ${p.recordId ?? '-'} ${field}: ${p.message}`;
}

/** A warning, in the same form with `warning:` before the message. */
export function formatWarning(p: LocatedProblem): string {
  return formatProblem({ ...p, message: `warning: ${p.message}` });
}

/** Thrown when a story does not parse or check clean; carries every problem at once. */
/** The stages of the check (parseStory.ts); each runs only when the one before found nothing. */
export type Stage = 'reading' | 'shapes' | 'rules';

/** What did not run when a stage stopped the check, in words; '' after the last stage. */
export function notChecked(stage: Stage | null): string {
  if (stage === 'reading') return "the files' shapes and the story's rules were not checked yet: fix these first";
  if (stage === 'shapes') return "the story's rules (quotes, positions, ids across files) were not checked yet: fix these first";
  return '';
}

export class StoryError extends Error {
  readonly problems: readonly LocatedProblem[];
  constructor(problems: readonly LocatedProblem[], stoppedAfter: Stage | null = null) {
    const n = problems.length;
    const note = notChecked(stoppedAfter);
    super(`The story has ${n} problem${n === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}${note ? `\n(${note})` : ''}`);
    this.name = 'StoryError';
    this.problems = problems;
  }
}
