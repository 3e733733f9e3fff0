import { describe, expect, it } from 'vitest';
import type { FeatureJson, StoryFilesJson } from '../../shared/editor/files.ts';
import { followPlaces, followsPlaces, placesBbox, WORLD } from './bounds.ts';

const place = (id: string, coordinates: [number, number], radiusM?: number): FeatureJson =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: { precision: { basis: '', ...(radiusM ? { radiusM } : {}) } },
  }) as unknown as FeatureJson;
const story = (features: FeatureJson[]): StoryFilesJson =>
  ({ story: { id: 's', title: '', dek: '', description: '' }, article: {}, places: { type: 'FeatureCollection', features } }) as unknown as StoryFilesJson;

describe('bounds that follow the places', () => {
  it('look at the world while no place is located', () => {
    expect(placesBbox([])).toBe(WORLD);
    expect(followPlaces(story([])).story.bounds).toMatchObject({ bbox: WORLD, name: expect.stringContaining('no located places') });
  });

  it('take every place in, with a margin of a quarter of their span, at least a quarter of a degree', () => {
    // Adana and Kahramanmaraş: 1.6° apart east-west, 0.6° north-south.
    expect(placesBbox([place('a', [35.32, 37.0]), place('b', [36.93, 37.58])])).toEqual([34.91, 36.75, 37.34, 37.83]);
    expect(placesBbox([place('a', [25.2, -0.5])])).toEqual([24.95, -0.75, 25.45, -0.25]);
  });

  it('take a halo in whole, and never pass the edges of the world', () => {
    // 100 km at the equator is about 0.9°.
    const [west, , east] = placesBbox([place('a', [0, 0], 100_000)]);
    expect(east - west).toBeCloseTo(2 * (0.9 + 0.45), 1);
    expect(placesBbox([place('a', [179.9, 84.9])])).toEqual([179.65, 84.65, 180, 85]);
  });

  it('are recognised when a story is opened again, so that they go on following', () => {
    const followed = followPlaces(story([place('a', [25.2, -0.5])]));
    expect(followsPlaces(followed)).toBe(true);
    expect(followPlaces(followed)).toBe(followed);
    const set = { ...followed, story: { ...followed.story, bounds: { ...followed.story.bounds, bbox: [20, -5, 30, 5] as const } } };
    expect(followsPlaces(set)).toBe(false);
  });
});
