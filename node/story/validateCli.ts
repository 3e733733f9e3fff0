// `npm run validate [story-dir]`: checks a story folder and prints every problem as
// `file:line:column feature-id field: message`. Exit code 0 when the story is clean (warnings
// allowed), 1 on any error, 2 on a usage mistake.
import { relative, resolve } from 'node:path';
import { validateStoryDir } from './loadStoryDir.ts';
import { formatProblem, formatWarning, notChecked } from './problems.ts';

export const DEFAULT_STORY_DIR = 'geo';

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
}

const USAGE = 'usage: npm run validate [story-dir]   (default: geo/; STORY_DIR also works)';

/** Runs the validator; returns the exit code. */
export function runValidate(args: readonly string[], io: CliIo = defaultIo()): number {
  const rest = args.filter((a) => a !== '--story');
  if (rest.some((a) => a === '-h' || a === '--help')) {
    io.out(USAGE);
    return 0;
  }
  if (rest.length > 1 || rest.some((a) => a.startsWith('-'))) {
    io.err(USAGE);
    return 2;
  }
  const dir = resolve(io.cwd, rest[0] ?? process.env.STORY_DIR ?? DEFAULT_STORY_DIR);
  const shown = `${relative(io.cwd, dir) || '.'}/`;
  const { story, errors, warnings, stoppedAfter } = validateStoryDir(dir, io.cwd);
  for (const problem of errors) io.err(formatProblem(problem));
  for (const problem of warnings) io.err(formatWarning(problem));
  const w = warnings.length === 0 ? '' : `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
  if (!story) {
    const note = notChecked(stoppedAfter);
    io.err(`✗ ${shown}: ${errors.length} error${errors.length === 1 ? '' : 's'}${w}${note ? `; ${note}` : ''}`);
    return 1;
  }
  const located = story.places.filter((p) => p.position !== null).length;
  const areas = story.places.filter((p) => p.area !== null).length;
  io.out(
    `✓ ${shown}: story "${story.meta.id}" is valid${w}: ${story.article.paragraphs.length} paragraphs, ` +
      `${story.places.length} places (${located} located${areas > 0 ? `, ${areas} drawn as area${areas === 1 ? '' : 's'}` : ''}), ` +
      `${story.places.reduce((n, p) => n + p.quotes.length, 0)} quotes`,
  );
  return 0;
}

function defaultIo(): CliIo {
  return { out: (l) => console.log(l), err: (l) => console.error(l), cwd: process.cwd() };
}
