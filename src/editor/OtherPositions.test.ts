import { describe, expect, it } from 'vitest';
import { parseLatLon } from './OtherPositions.tsx';

describe('another source’s position, typed as a gazetteer prints it', () => {
  it('reads "latitude, longitude" into [longitude, latitude]', () => {
    // GeoNames' centre of Baghdad, as its page prints it.
    expect(parseLatLon('33.3406, 44.4009')).toEqual([44.4009, 33.3406]);
    expect(parseLatLon(' -2.9437 25.9224 ')).toEqual([25.9224, -2.9437]);
  });

  it('waits for both numbers before it changes the story', () => {
    expect(parseLatLon('')).toBeNull();
    expect(parseLatLon('33.3406,')).toBeNull();
    expect(parseLatLon('33.3406, 44.40x')).toBeNull();
  });
});
