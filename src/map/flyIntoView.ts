// Brings a place into view before its popup opens, in marker mode: flying, unless the reader prefers
// reduced motion; not at all while the map has no size (FitWhenSized.tsx brings it in later). A
// timeline step brings all of its places in (`group`, the selected place first).
import { latLngBounds, type Map as LeafletMap } from 'leaflet';
import type { LocatedPlace } from '../story/types.ts';
import { prefersReducedMotion } from '../ui/motion.ts';
import { toLatLng } from './coords.ts';
import { isSized } from './FitWhenSized.tsx';
import { moveForPopup } from './viewMemory.ts';

/** Room kept between a step's places and the map's edge, pixels. */
const GROUP_PADDING: [number, number] = [48, 48];

export function flyIntoView(map: LeafletMap, place: LocatedPlace, ready: () => void, group: readonly LocatedPlace[] = [place]): void {
  const target = toLatLng(place.position);
  const inner = map.getBounds().pad(-0.15);
  if (!isSized(map.getContainer()) || group.every((p) => inner.contains(toLatLng(p.position)))) {
    ready();
    return;
  }
  const animate = !prefersReducedMotion();
  if (group.length > 1) {
    const bounds = latLngBounds(group.map((p) => toLatLng(p.position)));
    // Never closer than the reader's zoom: a step shows where its places are, among the rest.
    const options = { padding: GROUP_PADDING, maxZoom: map.getZoom() };
    if (!animate) {
      moveForPopup(map, () => map.fitBounds(bounds, { ...options, animate: false }));
      ready();
    } else {
      map.once('moveend', ready);
      moveForPopup(map, () => map.flyToBounds(bounds, { ...options, duration: 0.6 }));
    }
  } else if (!animate) {
    moveForPopup(map, () => map.setView(target, map.getZoom(), { animate: false }));
    ready();
  } else {
    map.once('moveend', ready);
    moveForPopup(map, () => map.flyTo(target, map.getZoom(), { duration: 0.6 }));
  }
}
