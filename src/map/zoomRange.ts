// The map's zoom range, worked out by the build from the story's bounds (node/basemap/cutBasemap.ts),
// shared by the map and the cluster index (which needs no level it cannot show).
import { BASEMAP } from './basemapData.ts';

export const MIN_ZOOM = BASEMAP.minZoom;
/** Places stand alone (no cluster) from here; nothing closer is worth showing at this data's precision. */
export const MAX_ZOOM = BASEMAP.maxZoom;
