// The one place where the axis order changes: GeoJSON stores [longitude, latitude] (RFC 7946 §3.1.1),
// Leaflet wants [latitude, longitude].
import type { LatLngBoundsLiteral, LatLngTuple } from 'leaflet';
import type { LonLat } from '../story/types.ts';

/** [lon, lat] → Leaflet's [lat, lon]. */
export function toLatLng([lon, lat]: LonLat): LatLngTuple {
  return [lat, lon];
}

/** The [[south, west], [north, east]] box around the given positions. */
export function boundsOf(positions: readonly LonLat[]): LatLngBoundsLiteral {
  if (positions.length === 0) throw new Error('boundsOf needs at least one position');
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of positions) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [south, west],
    [north, east],
  ];
}
