// How the coordinate sources of a place agree: the point drawn and where each other source puts it.
// Sources whose points lie within SAME_POINT_M of one already counted give the same point, most
// likely one published value copied, and count once; the rest are independent, and the page says how
// far apart their points lie.
import distance from '@turf/distance';
import { type LonLat, SAME_POINT_M } from '../../shared/story/types.ts';

export interface OtherPosition {
  readonly source: string;
  readonly coordinates: LonLat;
}

export interface Agreement {
  /** The independent points: the one drawn, then each other source's that is not the same point. */
  readonly independent: number;
  /** The greatest distance between two independent points, metres; null with one. */
  readonly spreadM: number | null;
  /** The sources that gave a point already counted, and how far from it, metres. */
  readonly samePoint: readonly { readonly source: string; readonly index: number; readonly distanceM: number }[];
}

/** Great-circle distance in metres (turf's haversine, on its mean Earth radius). */
export const metresBetween = (a: LonLat, b: LonLat): number => distance([a[0], a[1]], [b[0], b[1]], { units: 'meters' });

export function agreement(drawn: LonLat, others: readonly OtherPosition[]): Agreement {
  const kept: LonLat[] = [drawn];
  const samePoint: { source: string; index: number; distanceM: number }[] = [];
  others.forEach((other, index) => {
    const nearest = Math.min(...kept.map((k) => metresBetween(k, other.coordinates)));
    if (nearest <= SAME_POINT_M) samePoint.push({ source: other.source, index, distanceM: Math.round(nearest) });
    else kept.push(other.coordinates);
  });
  let spread = 0;
  for (const a of kept) for (const b of kept) spread = Math.max(spread, metresBetween(a, b));
  return { independent: kept.length, spreadM: kept.length > 1 ? Math.round(spread) : null, samePoint };
}
