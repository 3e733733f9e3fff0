import { describe, expect, it } from 'vitest';
import { loadStoryDir } from '../../node/story/loadStoryDir.ts';
import { placeGroups } from './groups.ts';

describe('placeGroups', () => {
  it.each(['geo', 'e2e/fixtures/second-story'])('lists every place of %s exactly once', (dir) => {
    const story = loadStoryDir(dir);
    const listed = placeGroups(story).flatMap((g) => g.places.map((p) => p.id));
    expect(listed.sort()).toEqual(story.places.map((p) => p.id).sort());
  });

  it('gives each kind a group of its own, titled with the kind’s plural, in the story’s order', () => {
    const story = loadStoryDir('e2e/fixtures/second-story');
    expect(placeGroups(story).map((g) => [g.title, g.places.map((p) => p.id)])).toEqual([
      ['Events', ['tikrit-test-zone', 'northern-ferry-crossing']],
      ['Cities', ['mosul']],
      ['Places', expect.any(Array)],
    ]);
  });

  it('calls the places of a tallying kind off the reconstructed list its “other” ones', () => {
    const story = loadStoryDir('geo');
    const titles = placeGroups(story).map((g) => g.title);
    expect(titles[0]).toBe(story.meta.strikes?.title);
    expect(titles).toEqual([story.meta.strikes?.title, 'Areas named only in a relayed statement', 'Bases attacked', 'Cities', 'Earlier events']);
  });
});
