// The one place where the axis order changes: GeoJSON stores [longitude, latitude] (RFC 7946 §3.1.1),
// Leaflet wants [latitude, longitude].
import type { LatLngBoundsLiteral, LatLngTuple } from 'leaflet';
import type { LonLat } from '../../shared/story/types.ts';

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

/** How many decimals of a degree a click can mean at `zoom`: the finest step no wider than one of
 * the map's pixels there (Leaflet's 256 px world, measured along the equator, where a degree of
 * longitude is widest), and at most 5 (about a metre), as the story's files keep them. At zoom 6 a
 * pixel is about 0.022°, so 2 decimals; a click never claims metres where a pixel is kilometres. */
export function clickDecimals(zoom: number): number {
  const degreesPerPixel = 360 / (256 * 2 ** zoom);
  return Math.min(5, Math.max(0, Math.ceil(-Math.log10(degreesPerPixel))));
}

/** A position as precise as a click at `zoom` can make it. */
export function roundForZoom([lon, lat]: LonLat, zoom: number): [number, number] {
  const step = 10 ** clickDecimals(zoom);
  return [Math.round(lon * step) / step, Math.round(lat * step) / step];
}
