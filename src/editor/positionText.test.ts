// Positions pasted as the sources a journalist copies from print them, read into [longitude, latitude].
import { describe, expect, it } from 'vitest';
import { parseCoordinate, parsePosition } from './positionText.ts';

describe('a position pasted as a source prints it', () => {
  it('reads two decimals, latitude first, as GeoNames and a phone give them', () => {
    expect(parsePosition('37.226, 37.014')).toEqual([37.014, 37.226]);
    expect(parsePosition(' -2.9437 25.9224 ')).toEqual([25.9224, -2.9437]);
    expect(parsePosition('33.3406;44.4009')).toEqual([44.4009, 33.3406]);
    // GeoNames' centre of Baghdad, as its page prints it (another source's position, in the editor).
    expect(parsePosition('33.3406, 44.4009')).toEqual([44.4009, 33.3406]);
  });

  it('reads Wikipedia’s degrees, minutes and seconds, with its primes and hemispheres', () => {
    // Camp Taji's infobox, as the dossier cites it.
    expect(parsePosition('33°31′46″N 44°16′39″E')).toEqual([44.2775, 33.5294444]);
    expect(parsePosition('37°13′34″N 37°00′50″E')).toEqual([37.0138889, 37.2261111]);
    // The same typed with keyboard quotes, a comma, and spaces.
    expect(parsePosition(`37° 13' 34" N, 37° 00' 50" E`)).toEqual([37.0138889, 37.2261111]);
  });

  it('reads decimal degrees with hemispheres, either side of the number, south and west negative', () => {
    expect(parsePosition('37.226°N 37.014°E')).toEqual([37.014, 37.226]);
    expect(parsePosition('2.9437°S 25.9224°E')).toEqual([25.9224, -2.9437]);
    expect(parsePosition('N 40.7128 W 74.006')).toEqual([-74.006, 40.7128]);
    expect(parsePosition('74.006°W 40.7128°N')).toEqual([-74.006, 40.7128]);
  });

  it('reads degrees and decimal minutes', () => {
    expect(parsePosition('37°13.5′N 37°0.5′E')).toEqual([37.0083333, 37.225]);
  });

  it('is null for what is not yet, or not, a position', () => {
    expect(parsePosition('')).toBeNull();
    expect(parsePosition('37.226,')).toBeNull();
    expect(parsePosition('37.226, 37.01x')).toBeNull();
    expect(parsePosition('95, 20')).toBeNull(); // no latitude is 95
    expect(parsePosition('37°75′N 37°00′E')).toBeNull(); // 75 minutes
    expect(parsePosition('37°N 37°N')).toBeNull(); // two latitudes
  });
});

describe('one coordinate typed on its own', () => {
  it('reads a decimal, or degrees, minutes and seconds with a hemisphere', () => {
    expect(parseCoordinate('33.5294', 'lat')).toBe(33.5294);
    expect(parseCoordinate('-2.9437', 'lat')).toBe(-2.9437);
    expect(parseCoordinate('44°16′39″E', 'lon')).toBe(44.2775);
    expect(parseCoordinate('2°56′37″S', 'lat')).toBe(-2.9436111);
  });

  it('is null out of range, or with the other axis’s hemisphere', () => {
    expect(parseCoordinate('91', 'lat')).toBeNull();
    expect(parseCoordinate('181', 'lon')).toBeNull();
    expect(parseCoordinate('44°E', 'lat')).toBeNull();
    expect(parseCoordinate('33.', 'lat')).toBeNull();
  });
});
