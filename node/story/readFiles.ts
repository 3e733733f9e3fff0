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
      const located1 = (offset: number, message: string): LocatedProblem => {
        const { line, column } = lineColumn(text, offset);
        const path = pathAt(tree, Math.max(0, offset - 1));
        return { ...at(`invalid JSON: ${message}`, line, column), path, ...splitRecord({ file: key, path, message }, tree) };
      };
      // What journalists type, said as such, once: the parser's own errors for these run to dozens.
      const typed = typingMistake(text, errors[0]!.offset);
      if (typed) {
        located.push(located1(typed.offset, typed.message));
        continue;
      }
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

/** The offset of the last character before `offset` that is not white space, or -1. */
function previousMark(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i;
}

/** The two mistakes people make most when typing JSON by hand, found at the parser's first error:
 * a straight double quote inside a text ("He said "no""), which ends the string early, and a comma
 * before a closing bracket. Null when the first error is something else. */
export function typingMistake(text: string, offset: number): { offset: number; message: string } | null {
  const before = previousMark(text, offset);
  const next = text[offset] ?? '';
  if (before >= 0 && text[before] === ',' && (next === '}' || next === ']')) {
    return { offset: before, message: `trailing comma: JSON allows no comma before "${next}"; remove it` };
  }
  // A word straight after a closed string, on the line of a "field": "text" pair: the string was
  // ended by a quote that belongs inside it.
  if (before >= 0 && text[before] === '"' && /[\p{L}\p{N}]/u.test(next)) {
    const lineStart = text.lastIndexOf('\n', before) + 1;
    if (/"\s*:\s*"/.test(text.slice(lineStart, before))) {
      return {
        offset: before,
        message: 'a straight double quote (") inside a text ends it too early: write it as \\" or use the article\'s own curly quotes “ ”',
      };
    }
  }
  return null;
}
