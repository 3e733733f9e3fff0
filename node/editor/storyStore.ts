// The editor's side of a story folder (`npm run edit`): it reads the three files, checks edits with
// the validator the build uses, and writes them back so that nothing is lost:
// - in a stable form, for clean diffs: the data contract's key order (schema.ts), 2-space indent;
//   a file whose content did not change is not written at all;
// - never over a file that changed on disk since the editor read it (another editor, git, a GIS):
//   the save is refused and says which file;
// - never a story that does not validate: the save is refused with the validator's messages;
// - atomically (a temporary file renamed into place), keeping the version it replaces in
//   `.previous/` inside the story folder.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Saved, Versions } from '../../shared/editor/api.ts';
import { articleFileSchema, placesFileSchema, storyFileSchema } from '../../shared/story/schema.ts';
import { storyPaths } from '../story/loadStoryDir.ts';
import { validateStory } from '../story/parseStory.ts';
import { STORY_FILES, type StoryFileKey } from '../story/problems.ts';

export const FILE_KEYS = ['story', 'article', 'places'] as const satisfies readonly StoryFileKey[];
export type StoryJson = Readonly<Record<StoryFileKey, unknown>>;
/** A file's version: the hash of its bytes on disk. */
export type { Versions };

/** An open story folder: its files, or null when the folder is new (it does not exist, or holds none
 * of the three files), in which case the editor starts the story from its article. */
export interface Opened {
  readonly files: StoryJson | null;
  readonly versions: Versions;
}

/** The version of a file that is not there yet: a new story's, before its first save. */
export const ABSENT = '';

/** The editor's page reads the same answer (src/editor/files.ts). */
export type SaveResult = Saved;

const versionOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

const SCHEMAS: Readonly<Record<StoryFileKey, z.ZodType>> = { story: storyFileSchema, article: articleFileSchema, places: placesFileSchema };

/** zod's definition of a schema, as far as the key order needs it. */
interface Def {
  readonly type: string;
  readonly shape?: Record<string, { _zod: { def: Def } }>;
  readonly element?: { _zod: { def: Def } };
  readonly innerType?: { _zod: { def: Def } };
  readonly in?: { _zod: { def: Def } };
  readonly options?: readonly { _zod: { def: Def } }[];
}

/** `value` with its objects' keys in the order the schema declares them (GeoJSON's own members,
 * which the schema leaves to check-geojson, as RFC 7946 lists them). Keys the schema does not
 * know keep their place after the known ones. */
export function canonical(value: unknown, schema: Def | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v, elementOf(schema)));
  if (!value || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  const shape = shapeOf(schema, object);
  const order = [...new Set([...(shape ? Object.keys(shape) : GEOJSON_ORDER), ...Object.keys(object)])];
  return Object.fromEntries(order.filter((k) => k in object).map((k) => [k, canonical(object[k], shape?.[k]?._zod.def)]));
}

const GEOJSON_ORDER = ['type', 'id', 'geometry', 'properties', 'coordinates'];

function unwrap(def: Def | undefined): Def | undefined {
  let d = def;
  while (d && (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'pipe')) d = (d.innerType ?? d.in)?._zod.def;
  return d;
}

function elementOf(def: Def | undefined): Def | undefined {
  const d = unwrap(def);
  return d?.type === 'array' ? d.element?._zod.def : undefined;
}

function shapeOf(def: Def | undefined, object: Record<string, unknown>): Def['shape'] | undefined {
  const d = unwrap(def);
  if (d?.type === 'object') return d.shape;
  // A union (a Point or a Polygon): the option whose literal `type` matches, else none.
  if (d?.type === 'union' && d.options) {
    for (const option of d.options) {
      const shape = unwrap(option._zod.def)?.shape;
      if (shape && Object.keys(object).every((k) => k in shape)) return shape;
    }
  }
  return undefined;
}

/** A file's text as the editor writes it. */
export function formatFile(key: StoryFileKey, value: unknown): string {
  return `${JSON.stringify(canonical(value, (SCHEMAS[key] as unknown as { _zod: { def: Def } })._zod.def), null, 2)}\n`;
}

export function openStory(dir: string): Opened {
  const paths = storyPaths(dir);
  const present = FILE_KEYS.filter((k) => existsSync(paths[k]));
  if (present.length === 0) return { files: null, versions: { story: ABSENT, article: ABSENT, places: ABSENT } };
  const missing = FILE_KEYS.filter((k) => !present.includes(k));
  // A folder with some of a story's files is someone's work: the editor neither guesses the rest nor starts over it.
  if (missing.length > 0)
    throw new Error(
      `${dir} holds ${present.map((k) => STORY_FILES[k]).join(' and ')} but not ${missing.map((k) => STORY_FILES[k]).join(' or ')}: a story folder holds all three files, or none for a new story`,
    );
  const texts = Object.fromEntries(FILE_KEYS.map((k) => [k, readFileSync(paths[k], 'utf8')])) as Record<StoryFileKey, string>;
  return {
    files: Object.fromEntries(FILE_KEYS.map((k) => [k, JSON.parse(texts[k])])) as StoryJson,
    versions: Object.fromEntries(FILE_KEYS.map((k) => [k, versionOf(texts[k])])) as Versions,
  };
}

/** What the validator says of the files as the editor holds them. */
export function checkStory(files: StoryJson) {
  const texts = Object.fromEntries(FILE_KEYS.map((k) => [k, formatFile(k, files[k])])) as Record<StoryFileKey, string>;
  return validateStory(texts, STORY_FILES);
}

/** Saves the files the editor changed, if they still are what it opened and the story validates. */
export function saveStory(dir: string, files: StoryJson, base: Versions, now: Date = new Date()): SaveResult {
  const paths = storyPaths(dir);
  const onDisk = (k: StoryFileKey): string => (existsSync(paths[k]) ? versionOf(readFileSync(paths[k], 'utf8')) : ABSENT);
  const conflicts = FILE_KEYS.filter((k) => onDisk(k) !== base[k]);
  if (conflicts.length > 0) return { saved: false, reason: 'conflict', files: conflicts };
  const result = checkStory(files);
  if (result.errors.length > 0) return { saved: false, reason: 'invalid', errors: result.errors };

  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const previous = join(dir, '.previous');
  const versions: Record<StoryFileKey, string> = { ...base };
  for (const key of FILE_KEYS) {
    const text = formatFile(key, files[key]);
    const existed = base[key] !== ABSENT;
    // A file whose content the editor did not change keeps its bytes, hand formatting and all.
    if (existed && text === formatFile(key, JSON.parse(readFileSync(paths[key], 'utf8')))) continue;
    mkdirSync(dir, { recursive: true });
    if (existed) {
      mkdirSync(previous, { recursive: true });
      copyFileSync(paths[key], join(previous, `${stamp}-${STORY_FILES[key]}`));
    }
    const tmp = `${paths[key]}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, paths[key]);
    versions[key] = versionOf(text);
  }
  return { saved: true, versions };
}
