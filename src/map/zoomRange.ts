// The map's zoom range, shared by the map and the cluster index (which needs no level it cannot show).
export const MIN_ZOOM = 5;
/** Places stand alone (no cluster) from here; nothing closer is worth showing at this data's precision. */
export const MAX_ZOOM = 11;
