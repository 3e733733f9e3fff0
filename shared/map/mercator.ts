// Web Mercator as Leaflet's default CRS draws it, in pixels of a 256 px tile world: the one
// projection the build's basemap cut, its label spacing and its pictures all reckon in.

/** Leaflet's latitude limit: the square world's edge. */
const MAX_LATITUDE = 85.0511287798;

/** Pixels per degree of longitude at `zoom`. */
export const pxPerDegree = (zoom: number): number => (256 * 2 ** zoom) / 360;

/** [lon, lat] as world pixels at `zoom`, from the top left of the world (x east, y south). */
export function project([lon, lat]: readonly number[], zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat!)) * Math.PI) / 180;
  return [((lon! + 180) / 360) * scale, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * scale];
}

/** The latitude of world pixel row `y` at `zoom`. */
export function unprojectLat(y: number, zoom: number): number {
  const n = Math.PI - (2 * Math.PI * y) / (256 * 2 ** zoom);
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}
