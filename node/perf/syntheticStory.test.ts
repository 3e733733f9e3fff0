// The scale benchmark's generated stories are real stories: they pass the same validator as geo/,
// are the same on every run, and grow as asked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateStoryDir } from '../story/loadStoryDir.ts';
import { syntheticStory, writeSyntheticStory } from './syntheticStory.ts';

const root = mkdtempSync(join(tmpdir(), 'synthetic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('synthetic stories', () => {
  for (const count of [10, 1000]) {
    it(`${count} places: valid, every place located inside the story's bounds`, () => {
      const { story, errors } = validateStoryDir(writeSyntheticStory(join(root, String(count)), count));
      expect(errors).toEqual([]);
      expect(story!.places).toHaveLength(count);
      const [west, south, east, north] = story!.meta.bounds.bbox;
      for (const place of story!.places) {
        const [lon, lat] = place.position!;
        expect(lon >= west && lon <= east && lat >= south && lat <= north, place.id).toBe(true);
      }
    });
  }

  it('is the same on every run, and says it is invented', () => {
    expect(JSON.stringify(syntheticStory(100))).toBe(JSON.stringify(syntheticStory(100)));
    expect(syntheticStory(100).story.dek).toMatch(/invented; none of it is news/);
  });
});
