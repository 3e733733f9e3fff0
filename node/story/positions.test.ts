import { describe, expect, it } from 'vitest';
import { agreement, metresBetween } from './positions.ts';

describe('how coordinate sources agree', () => {
  // Baghdad International Airport: Wikipedia's reference point, and OurAirports' 0.0002° east of it.
  const biap = [44.2344, 33.2625] as const;

  it('measures great-circle distances in metres', () => {
    expect(metresBetween(biap, [44.2346, 33.2625])).toBeCloseTo(18.6, 0);
    // Wikipedia's and GeoNames' centres of Baghdad.
    expect(metresBetween([44.3661, 33.3153], [44.4009, 33.3406])).toBeCloseTo(4300, -2);
  });

  it('counts once a source within 50 m of a point already counted', () => {
    expect(agreement(biap, [{ source: 'OurAirports', coordinates: [44.2346, 33.2625] }])).toEqual({
      independent: 1,
      spreadM: null,
      samePoint: [{ source: 'OurAirports', index: 0, distanceM: 19 }],
    });
  });

  it('counts the others, and gives the greatest distance between them', () => {
    const three = agreement(
      [44.3661, 33.3153],
      [
        { source: 'GeoNames', coordinates: [44.4009, 33.3406] },
        { source: 'A copy of GeoNames', coordinates: [44.401, 33.3406] },
        { source: 'A map', coordinates: [44.3661, 33.36] },
      ],
    );
    expect(three.independent).toBe(3);
    expect(three.samePoint.map((s) => s.source)).toEqual(['A copy of GeoNames']);
    expect(three.spreadM).toBe(
      Math.round(
        Math.max(
          metresBetween([44.3661, 33.3153], [44.3661, 33.36]),
          metresBetween([44.3661, 33.3153], [44.4009, 33.3406]),
          metresBetween([44.4009, 33.3406], [44.3661, 33.36]),
        ),
      ),
    );
  });
});
