// What the editor's page and its server say to each other (node/vite/editorApiPlugin.ts answers,
// src/editor/api.ts asks): the versions of the files, the validator's problems, a save's answer and
// Find a place's matches.
import type { StoryFilesJson } from './files.ts';

export type FileKey = keyof StoryFilesJson;
export type Versions = Readonly<Record<FileKey, string>>;

/** A problem the validator found, located in a file (node/story/problems.ts, LocatedProblem). */
export interface Problem {
  readonly file: FileKey;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly recordId: string | null;
  readonly field: string;
}

/** What a save answers (node/editor/storyStore.ts writes it, api.ts reads it): the files' new
 * versions, or why nothing was written. */
export type Saved =
  | { readonly saved: true; readonly versions: Versions }
  | { readonly saved: false; readonly reason: 'conflict'; readonly files: readonly FileKey[] }
  | { readonly saved: false; readonly reason: 'invalid'; readonly errors: readonly Problem[] };

/** A place the gazetteer knows (node/editor/gazetteer.ts answers them, FindPlace.tsx lists them). */
export interface GazetteerMatch {
  /** GeoNames' id of the place. */
  readonly id: number;
  readonly name: string;
  /** The country's name in English ("Türkiye"), and its ISO 3166 code. */
  readonly country: string;
  readonly countryCode: string;
  readonly population: number;
  /** [longitude, latitude], as GeoNames gives them (5 decimals at most). */
  readonly position: readonly [number, number];
}
