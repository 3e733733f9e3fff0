import { describe, expect, it } from 'vitest';
import { placeGroups } from './groups.ts';
import { loadStoryDir } from '../../build/story/loadStoryDir.ts';

describe('placeGroups', () => {
  it.each(['geo', 'e2e/fixtures/second-story'])('lists every place of %s exactly once', (dir) => {
    const story = loadStoryDir(dir);
    const listed = placeGroups(story).flatMap((g) => g.places.map((p) => p.id));
    expect(listed.sort()).toEqual(story.places.map((p) => p.id).sort());
  });

  it('gives strike sites without a reconstructed list their own group', () => {
    const story = loadStoryDir('e2e/fixtures/second-story');
    const group = placeGroups(story).find((g) => g.key === 'strike-site');
    expect(group?.title).toBe('Strike sites');
    expect(group?.places.map((p) => p.id)).toEqual(['tikrit-test-zone', 'northern-ferry-crossing']);
  });
});
