// The editor's saves: in the data contract's key order with a 2-space indent, never over a file that
// changed on disk since it was opened, never a story that does not validate, atomically, and keeping
// the version each save replaces.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatFile, openStory as openAny, type StoryJson, saveStory } from './storyStore.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function copyOf(story: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'editor-store-')), 'story');
  cpSync(story, dir, { recursive: true });
  dirs.push(dir);
  return dir;
}
/** A story folder that holds a story. */
function openStory(dir: string): { files: StoryJson; versions: ReturnType<typeof openAny>['versions'] } {
  const opened = openAny(dir);
  if (!opened.files) throw new Error(`${dir} holds no story`);
  return { files: opened.files, versions: opened.versions };
}
// biome-ignore lint/suspicious/noExplicitAny: the tests edit the JSON files by path, as a person would.
type Json = Record<string, any>;

describe('the editor’s store', () => {
  it('writes the data contract’s key order with a 2-space indent, whatever order it was given', () => {
    const { files } = openStory('e2e/fixtures/lualaba-story');
    const feature = (files.places as Json).features[0];
    const shuffled = {
      ...(files.places as Json),
      features: [{ properties: { ...feature.properties }, geometry: feature.geometry, id: feature.id, type: 'Feature' }],
    };
    const text = formatFile('places', shuffled);
    expect(text.split('\n').slice(0, 6)).toEqual([
      '{',
      '  "type": "FeatureCollection",',
      '  "features": [',
      '    {',
      '      "type": "Feature",',
      '      "id": "kindu",',
    ]);
    expect(text).toMatch(/"properties": \{\n\s+"name": "Kindu",\n\s+"label": "Kindu",\n\s+"kind": "city",/);
    expect(formatFile('places', JSON.parse(text))).toBe(text);
  });

  it('saves a valid edit, atomically, and keeps the version it replaced', () => {
    const dir = copyOf('e2e/fixtures/lualaba-story');
    const opened = openStory(dir);
    const before = readFileSync(join(dir, 'story.json'), 'utf8');
    const story = { ...(opened.files.story as Json), title: 'A title saved by the editor' };
    const result = saveStory(dir, { ...opened.files, story }, opened.versions, new Date('2026-01-02T03:04:05Z'));
    expect(result.saved).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8')).title).toBe('A title saved by the editor');
    expect(readFileSync(join(dir, '.previous', '2026-01-02T03-04-05-000Z-story.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The files it did not change keep their bytes.
    expect(readdirSync(join(dir, '.previous'))).toEqual(['2026-01-02T03-04-05-000Z-story.json']);
  });

  it('refuses to overwrite a file that changed on disk since it was opened, and says which', () => {
    const dir = copyOf('e2e/fixtures/lualaba-story');
    const opened = openStory(dir);
    const elsewhere = `${readFileSync(join(dir, 'places.geojson'), 'utf8')}\n`;
    writeFileSync(join(dir, 'places.geojson'), elsewhere);
    const result = saveStory(dir, { ...opened.files, story: { ...(opened.files.story as Json), title: 'Mine' } }, opened.versions);
    expect(result).toEqual({ saved: false, reason: 'conflict', files: ['places'] });
    expect(readFileSync(join(dir, 'places.geojson'), 'utf8')).toBe(elsewhere);
    expect(JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8')).title).not.toBe('Mine');
  });

  it('refuses a story that does not validate, with the validator’s words, and writes nothing', () => {
    const dir = copyOf('e2e/fixtures/lualaba-story');
    const opened = openStory(dir);
    const places = structuredClone(opened.files.places) as Json;
    places.features[0].properties.quotes[0].text = 'words the article never printed';
    const before = readFileSync(join(dir, 'places.geojson'), 'utf8');
    const result = saveStory(dir, { ...opened.files, places }, opened.versions);
    expect(result.saved).toBe(false);
    if (result.saved || result.reason !== 'invalid') throw new Error('expected an invalid story');
    expect(result.errors.map((e) => `${e.recordId} ${e.field}: ${e.message}`)).toEqual([
      expect.stringMatching(/^kindu properties\.quotes\[0\]\.text: quote not found in p-intro/),
    ]);
    expect(readFileSync(join(dir, 'places.geojson'), 'utf8')).toBe(before);
  });

  it('saves again from the versions its last save returned', () => {
    const dir = copyOf('e2e/fixtures/lualaba-story');
    const opened = openStory(dir);
    const first = saveStory(dir, { ...opened.files, story: { ...(opened.files.story as Json), title: 'One' } }, opened.versions);
    if (!first.saved) throw new Error('the first save failed');
    const second = saveStory(dir, { ...opened.files, story: { ...(opened.files.story as Json), title: 'Two' } }, first.versions);
    expect(second.saved).toBe(true);
    expect(saveStory(dir, opened.files, opened.versions)).toMatchObject({ saved: false, reason: 'conflict', files: ['story'] });
  });

  it('opens a folder that does not exist, or is empty, as a new story, and its first save makes the files', () => {
    const root = mkdtempSync(join(tmpdir(), 'editor-store-'));
    dirs.push(root);
    const empty = join(root, 'empty');
    mkdirSync(empty);
    for (const dir of [join(root, 'not-yet', 'my-story'), empty]) {
      const opened = openAny(dir);
      expect(opened).toEqual({ files: null, versions: { story: '', article: '', places: '' } });
      // The first save writes the three files, creating the folder, and keeps no "previous" version of files that were not there.
      const { files } = openStory('e2e/fixtures/lualaba-story');
      const result = saveStory(dir, files, opened.versions);
      expect(result.saved).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['article.json', 'places.geojson', 'story.json']);
      expect(existsSync(join(dir, '.previous'))).toBe(false);
      // And from then on it is a story like any other: a second "first save" would overwrite it, and is refused.
      expect(saveStory(dir, files, opened.versions)).toMatchObject({ saved: false, reason: 'conflict', files: ['story', 'article', 'places'] });
    }
  });

  it('refuses a folder that holds some of a story’s files but not all, and says which', () => {
    const dir = copyOf('e2e/fixtures/lualaba-story');
    rmSync(join(dir, 'places.geojson'));
    expect(() => openAny(dir)).toThrow(
      /holds story\.json and article\.json but not places\.geojson: a story folder holds all three files, or none for a new story/,
    );
  });
});
