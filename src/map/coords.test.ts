import { describe, expect, it } from 'vitest';
import { boundsOf, toLatLng } from './coords.ts';

describe('coords', () => {
  it('swaps GeoJSON [lon, lat] into Leaflet [lat, lon]', () => {
    expect(toLatLng([44.2775, 33.5294])).toEqual([33.5294, 44.2775]);
  });

  it('bounds positions as [[south, west], [north, east]]', () => {
    expect(
      boundsOf([
        [44.2, 32.3],
        [42.4, 33.8],
        [43.9, 36.2],
      ]),
    ).toEqual([
      [32.3, 42.4],
      [36.2, 44.2],
    ]);
    expect(() => boundsOf([])).toThrow();
  });
});
