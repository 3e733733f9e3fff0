// How a selection is brought into view before its popup opens, in each way the map draws places.
// A selection is one place, or a timeline step's places (the selected one first): a step is about
// all of them, so all of them are brought in, as following the reading does a paragraph's.
import type { Map as LeafletMap } from 'leaflet';
import type Supercluster from 'supercluster';
import type { LocatedPlace } from '../../../shared/story/types.ts';
import { toLatLng } from '../coords.ts';
import { MAX_ZOOM } from '../zoomRange.ts';
import { centreInView, fitInView, jumpForPopup } from './camera.ts';

/** Brings `places` (one, or a step's, the selected one first) into view, then calls `ready` (at
 * once, or when a flight ends). */
export type ShowSelection = (map: LeafletMap, places: readonly LocatedPlace[], ready: () => void) => void;

/** Room kept between a step's places and the map's edge, pixels. */
const GROUP_PADDING: [number, number] = [48, 48];
/** Seconds a flight to a place or a step takes. */
const FLIGHT = 0.6;

/** One marker per place: a place out of view is flown to at the reader's zoom; a step's places are
 * fitted together, never closer than the reader's zoom. */
export const showOnMarkers: ShowSelection = (map, places, ready) => {
  const [place] = places;
  if (!place) return ready();
  if (places.length > 1)
    fitInView(
      map,
      places.map((p) => toLatLng(p.position)),
      { inset: 0.15, padding: GROUP_PADDING, duration: FLIGHT, for: 'popup' },
      ready,
    );
  else centreInView(map, toLatLng(place.position), FLIGHT, ready);
};

/** At this zoom (the map's closest) every place stands alone. */
export const ALONE_ZOOM = MAX_ZOOM;

/** Clusters: a place may be inside one, or out of view, so the map goes where it stands alone,
 * jumping (the layer redraws its canvas on every move's end). A step's places are fitted together,
 * jumping, as in marker mode, as long as the selected one then stands alone: its popup points at
 * its own dot, never at a cluster's count. Where the step's places are too close for that, the
 * selected place is shown alone and the others fall where they may. */
export function showOnClusters(index: Supercluster<{ id: string }>): ShowSelection {
  return (map, places, ready) => {
    const [place] = places;
    if (!place) return ready();
    const [lon, lat] = place.position;
    // A step's places, fitted, are in view; one place is when it is well inside it.
    let inView: boolean;
    if (places.length > 1) {
      fitInView(
        map,
        places.map((p) => toLatLng(p.position)),
        { inset: 0.15, padding: GROUP_PADDING, duration: 0, fly: false, for: 'popup' },
      );
      inView = true;
    } else inView = map.getBounds().pad(-0.15).contains([lat, lon]);
    const zoom = aloneZoom(index, place, map.getZoom());
    if (zoom > map.getZoom() || !inView) jumpForPopup(map, [lat, lon], Math.max(zoom, map.getZoom()));
    ready();
  };
}

/** The lowest zoom, from `from` (and never below 5) up, at which `place` is not inside a cluster: found
 * by asking the index, zoom by zoom. */
function aloneZoom(index: Supercluster<{ id: string }>, place: LocatedPlace, from: number): number {
  const [lon, lat] = place.position;
  let zoom = Math.max(Math.floor(from), 5);
  for (; zoom < ALONE_ZOOM; zoom++) {
    const near = index.getClusters([lon - 1e-6, lat - 1e-6, lon + 1e-6, lat + 1e-6], zoom);
    if (near.some((f) => !('cluster' in f.properties) && f.properties.id === place.id)) break;
  }
  return zoom;
}
