// Brings a place into view before its popup opens, in marker mode: flying, unless the reader prefers
// reduced motion; not at all while the map has no size (FitWhenSized.tsx brings it in later).
import type { Map as LeafletMap } from 'leaflet';
import type { LocatedPlace } from '../story/types.ts';
import { prefersReducedMotion } from '../ui/motion.ts';
import { toLatLng } from './coords.ts';
import { isSized } from './FitWhenSized.tsx';
import { moveForPopup } from './viewMemory.ts';

export function flyIntoView(map: LeafletMap, place: LocatedPlace, ready: () => void): void {
  const target = toLatLng(place.position);
  if (!isSized(map.getContainer()) || map.getBounds().pad(-0.15).contains(target)) {
    ready();
  } else if (prefersReducedMotion()) {
    moveForPopup(map, () => map.setView(target, map.getZoom(), { animate: false }));
    ready();
  } else {
    map.once('moveend', ready);
    moveForPopup(map, () => map.flyTo(target, map.getZoom(), { duration: 0.6 }));
  }
}
