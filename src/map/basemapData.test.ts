// The basemap the map reads for the bundled story (cut by the build: node/basemap/): its zoom range,
// its tiers decoded to the layers the map draws, and the story's own hand-placed names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASEMAP, labels, loadContext, loadDetail, overview } from './basemapData.ts';

const story = JSON.parse(readFileSync('geo/story.json', 'utf8'));

describe('the bundled story’s basemap', () => {
  it('zooms from 5 to 11, with full detail from 8, and pans as far as its context box', () => {
    expect([BASEMAP.minZoom, BASEMAP.maxZoom, BASEMAP.detailMinZoom]).toEqual([5, 11, 8]);
    const [w, s, e, n] = BASEMAP.contextBox;
    const [bw, bs, be, bn] = story.bounds.bbox;
    expect(w < bw && s < bs && e > be && n > bn).toBe(true);
  });

  it('decodes each tier to the layers the map draws', async () => {
    for (const tier of [overview(), await loadDetail()]) {
      for (const layer of [tier.land, tier.lakes, tier.rivers, tier.regionLines, tier.borders, tier.focusOutline]) {
        expect(layer.features.length).toBeGreaterThan(0);
      }
    }
    const context = await loadContext();
    expect(context.land.features.length).toBeGreaterThan(0);
    expect(context.regionLines.features).toEqual([]);
  });

  it('names what the story names, as the story places it, and ships no name in another script', () => {
    expect(labels.map((l) => l.id)).toEqual(story.basemap.labels.map((l: { id: string }) => l.id));
    expect(labels.filter((l) => l.kind === 'city')).toHaveLength(36);
    expect(JSON.stringify(labels)).not.toMatch(/[\u0600-\u06ff]/);
    const baghdad = labels.find((l) => l.id === 'baghdad')!;
    expect([baghdad.rank, baghdad.minZoom]).toEqual([1, 5]);
  });
});
