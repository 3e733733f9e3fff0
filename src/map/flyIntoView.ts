// Brings a place into view before its popup opens, in marker mode: flying, unless the reader prefers
// reduced motion; not at all while the map has no size (FitWhenSized.tsx brings it in later). A
// timeline step brings all of its places in (`group`, the selected place first), as following the
// reading does the paragraph's (FollowMap.tsx): both through fitInView.
import { type LatLngTuple, type Map as LeafletMap, latLngBounds } from 'leaflet';
import type { LocatedPlace } from '../../shared/story/types.ts';
import { prefersReducedMotion } from '../ui/motion.ts';
import { toLatLng } from './coords.ts';
import { isSized } from './FitWhenSized.tsx';
import { moveForPopup } from './viewMemory.ts';

/** Room kept between a step's places and the map's edge, pixels. */
export const GROUP_PADDING: [number, number] = [48, 48];

export interface FitOptions {
  /** Points within this share of the view's edges count as out of it (0.15: the outer 15%). */
  readonly inset: number;
  readonly padding: [number, number];
  /** Seconds of flight. */
  readonly duration: number;
  /** How the move is made: viewMemory's moveForPopup or moveOurselves. */
  readonly move: (move: () => void) => void;
  /** Whether it may fly (and does, unless the reader prefers reduced motion); the cluster layer,
   * which redraws its canvas on every move's end, jumps. */
  readonly fly?: boolean;
}

/** Fits `points` in view, never closer than the reader's zoom (they are shown where they are, among
 * the rest), flying unless the reader prefers reduced motion; nothing when they are in view already
 * or the map has no size. Calls `ready` once the map is where it will stay. */
export function fitInView(map: LeafletMap, points: readonly LatLngTuple[], options: FitOptions, ready: () => void = () => {}): void {
  const inner = map.getBounds().pad(-options.inset);
  if (!isSized(map.getContainer()) || points.every((p) => inner.contains(p))) {
    ready();
    return;
  }
  const fit = { padding: options.padding, maxZoom: map.getZoom() };
  const bounds = latLngBounds([...points]);
  if (options.fly === false || prefersReducedMotion()) {
    options.move(() => map.fitBounds(bounds, { ...fit, animate: false }));
    ready();
  } else {
    map.once('moveend', ready);
    options.move(() => map.flyToBounds(bounds, { ...fit, duration: options.duration }));
  }
}

export function flyIntoView(map: LeafletMap, place: LocatedPlace, ready: () => void, group: readonly LocatedPlace[] = [place]): void {
  if (group.length > 1) {
    fitInView(
      map,
      group.map((p) => toLatLng(p.position)),
      { inset: 0.15, padding: GROUP_PADDING, duration: 0.6, move: (m) => moveForPopup(map, m) },
      ready,
    );
    return;
  }
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
