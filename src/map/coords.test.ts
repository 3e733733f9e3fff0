import { describe, expect, it } from 'vitest';
import { boundsOf, clickDecimals, roundForZoom, toLatLng } from './coords.ts';

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

  it('rounds a click to what a pixel at its zoom can mean, never finer than 5 decimals', () => {
    // Zoom 6, a story's overview: a pixel is about 0.022°, 2.4 km at the equator.
    expect(clickDecimals(6)).toBe(2);
    expect(roundForZoom([25.922437, -2.943712], 6)).toEqual([25.92, -2.94]);
    expect(clickDecimals(12)).toBe(4);
    expect(clickDecimals(18)).toBe(5);
    expect(clickDecimals(0)).toBe(0);
  });
});
