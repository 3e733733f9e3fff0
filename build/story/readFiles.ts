// Stage 1 of reading a story (parseStory.ts): each file is non-empty, not too big, without a
// byte-order mark, and valid JSON, read into a tree that keeps every value's position.
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { lineColumn, pathAt, splitRecord } from './jsonLocation.ts';
import { describeParseError } from './messages.ts';
import type { LocatedProblem, StoryFileKey } from './problems.ts';

/** The raw text of each file of a story folder. */
export type StoryTexts = Readonly<Record<StoryFileKey, string>>;

/** How files are named in messages; defaults to the bare file names. */
export type FileNames = Readonly<Record<StoryFileKey, string>>;

/** A file's text and its JSON tree, with positions (undefined when it could not be read at all). */
export interface Parsed {
  readonly key: StoryFileKey;
  readonly text: string;
  readonly tree: Node | undefined;
}

/** Readers download the whole story; a file this big is a mistake (an export gone wrong). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface ReadFiles {
  readonly parsed: Record<StoryFileKey, Parsed>;
  /** Each file's value, for the files that were read. */
  readonly values: Record<StoryFileKey, unknown>;
  readonly problems: LocatedProblem[];
}

/** Reads the three files, reporting every file's problem at once. */
export function readFiles(texts: StoryTexts, fileNames: FileNames): ReadFiles {
  const located: LocatedProblem[] = [];
  const parsed = {} as Record<StoryFileKey, Parsed>;
  const values = {} as Record<StoryFileKey, unknown>;
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
  return { parsed, values, problems: located };
}
