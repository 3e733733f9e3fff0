// The camera: every move the map makes of itself, and the two rules they all follow.
//
// The map moves of its own accord for eight reasons: it fits the story when it first has a size
// (FitWhenSized.tsx); it shows a selected place, or a timeline step's places (SelectionCamera.tsx,
// by its layer's strategy, strategies.ts); it follows the reading (FollowMap.tsx); it keeps an open
// popup inside the map (keepPopupInView.ts); it gives the reader's view back when the last popup
// closes (ReaderView.tsx); it zooms into a cluster or a group of places the reader chose (the
// cluster layer and LabelLayout.tsx, through zoomInto); and it brings a marker focused from the
// keyboard inside the map (PlaceMarker.tsx, through panInside). Every one of them moves it through
// this module, which decides two things once:
//
// - Motion: a move flies or pans, unless the reader prefers reduced motion; then it jumps.
// - Ours or the reader's: opening a popup may move the map (a flight to a place out of view, a pan
//   that brings the popup inside the map), and so may opening another over it; those moves are ours,
//   so closing the last popup undoes them all. If the reader moved or zoomed the map while a popup
//   was open, the view is theirs and stays. A move the reader makes also pauses following the
//   reading. Leaflet fires `movestart` synchronously inside setView, panBy, fitBounds and the
//   flights, so our moves are told apart from the reader's by when they start: inside
//   moveForPopup or moveOurselves.
import type { LatLng, LatLngBoundsExpression, LatLngExpression, LatLngTuple, Map as LeafletMap, Popup } from 'leaflet';
import { latLngBounds } from 'leaflet';
import { prefersReducedMotion } from '../../ui/motion.ts';

/** Whether the map's moves are animated: not when the reader prefers reduced motion. */
export const animates = (): boolean => !prefersReducedMotion();

/** Whether the map's container has a size to draw in: a map without one does not move. */
export const isSized = (map: LeafletMap): boolean => {
  const container = map.getContainer();
  return container.clientWidth > 0 && container.clientHeight > 0;
};

// Ours or the reader's.

interface Kept {
  readonly center: LatLng;
  readonly zoom: number;
  /** The reader moved or zoomed the map since. */
  moved: boolean;
}

interface View {
  readonly center: LatLng;
  readonly zoom: number;
}

const kept = new WeakMap<LeafletMap, Kept>();
/** Maps between a movestart and its moveend. */
const moving = new WeakSet<LeafletMap>();
/** The view being given back, until the move that gives it back ends. */
const givingBack = new WeakMap<LeafletMap, View>();
/** How many of our moves are starting now (nested: a pan inside a fit). */
let ours = 0;

/** Remembers the view as the reader left it, unless one is remembered already (the first call
 * since the last popup closed wins: a flight, then a pan, are both ours). A place opened while the
 * map is still on its way back to the reader's view remembers that view, not a point on the way. */
function keepReaderView(map: LeafletMap): void {
  if (!kept.has(map)) kept.set(map, { ...(givingBack.get(map) ?? { center: map.getCenter(), zoom: map.getZoom() }), moved: false });
}

/** Runs `move`, a move of the map made for a popup; the reader's view is remembered first. */
function moveForPopup(map: LeafletMap, move: () => void): void {
  keepReaderView(map);
  moveOurselves(move);
}

/** Runs `move`, a move of the map that is not the reader's (giving their view back is one). */
export function moveOurselves(move: () => void): void {
  ours++;
  try {
    move();
  } finally {
    ours--;
  }
}

/** A move started: the reader's own, unless it started inside moveForPopup or moveOurselves. */
export function noteMoveStart(map: LeafletMap): void {
  moving.add(map);
  const view = kept.get(map);
  if (view && ours === 0) view.moved = true;
}

/** The map moved a frame: it is on its way somewhere. Leaflet starts a pan over one under way by
 * firing the new pan's movestart first and the old one's moveend after it, so a frame after a
 * moveend says the map is moving still. Whose move it is was decided at its start. */
export function noteMoveFrame(map: LeafletMap): void {
  moving.add(map);
}

/** A move ended (Leaflet fires moveend at the end of every pan, flight and zoom; a move cut short
 * ends with the one that cut it, and a flight of ours stopped with no move after it, by endIfCut). */
export function noteMoveEnd(map: LeafletMap): void {
  moving.delete(map);
}

/** Whether the map is on its way somewhere: what is measured against it now will have moved. */
export function isMoving(map: LeafletMap): boolean {
  return moving.has(map);
}

/** Whether a move starting now is ours, not the reader's. */
export function isOurMove(): boolean {
  return ours > 0;
}

/** The view to give back now that no popup is open (null if the reader made their own), and forgets it. */
function takeReaderView(map: LeafletMap): View | null {
  const view = kept.get(map);
  kept.delete(map);
  return view && !view.moved ? { center: view.center, zoom: view.zoom } : null;
}

// The moves.

/** Gives the reader's view back, if there is one to give: the last popup has closed. */
export function giveViewBack(map: LeafletMap): void {
  const view = takeReaderView(map);
  if (!view) return;
  givingBack.set(map, view);
  moveOurselves(() => map.setView(view.center, view.zoom, { animate: animates() }));
  // After setView: stopping a move still under way (a popup's pan) ends it inside setView.
  map.once('moveend', () => givingBack.delete(map));
}

/** Fits the story's bounds: the map has just been given its first real size, and any view
 * remembered before it was not one a reader ever saw. A popup opened meanwhile (?place=, #place=)
 * is then brought in, and the story's view is the one to give back when it closes. */
export function fitStory(map: LeafletMap, bounds: LatLngBoundsExpression, padding: readonly [number, number], open: Popup | null): void {
  kept.delete(map);
  moveOurselves(() => map.fitBounds(bounds, { padding: [...padding], animate: false }));
  if (!open) return;
  // Leaflet placed the popup by the width it measured at no size: measure it again.
  open.update();
  moveForPopup(map, () => map.setView(open.getLatLng()!, map.getZoom(), { animate: false }));
}

export interface FitOptions {
  /** Points within this share of the view's edges count as out of it (0.15: the outer 15%). */
  readonly inset: number;
  readonly padding: readonly [number, number];
  /** Seconds of flight. */
  readonly duration: number;
  /** Why: for a popup (the reader's view is kept, to be given back), or to follow the reading. */
  readonly for: 'popup' | 'reading';
  /** Whether it may fly (and does, unless the reader prefers reduced motion); the cluster layer,
   * which redraws its canvas on every move's end, jumps. */
  readonly fly?: boolean;
}

/** Fits `points` in view, never closer than the reader's zoom (they are shown where they are, among
 * the rest); nothing when they are in view already or the map has no size. Calls `ready` once the
 * map is where it will stay. */
export function fitInView(map: LeafletMap, points: readonly LatLngTuple[], options: FitOptions, ready: () => void = () => {}): void {
  const inner = map.getBounds().pad(-options.inset);
  if (!isSized(map) || points.every((p) => inner.contains(p))) {
    ready();
    return;
  }
  const move = (m: () => void) => (options.for === 'popup' ? moveForPopup(map, m) : moveOurselves(m));
  const fit = { padding: [...options.padding] as [number, number], maxZoom: map.getZoom() };
  const bounds = latLngBounds([...points]);
  if (options.fly === false || !animates()) {
    move(() => map.fitBounds(bounds, { ...fit, animate: false }));
    ready();
  } else {
    flyThen(map, () => move(() => map.flyToBounds(bounds, { ...fit, duration: options.duration })), ready);
  }
}

/** Runs `fly`, then calls `ready` when the flight it starts ends (at once if it started none). A
 * flight first stops a move under way (a popup's pan, the view given back), and that move's end,
 * inside `fly` and before the flight's own start, is not the flight's. */
function flyThen(map: LeafletMap, fly: () => void, ready: () => void): void {
  let started = false;
  const onStart = (): void => {
    started = true;
  };
  map.once('movestart', onStart);
  fly();
  map.off('movestart', onStart);
  if (!started) {
    ready();
    return;
  }
  map.once('moveend', ready);
  endIfCut(map);
}

/**
 * Ends a flight under way that something stops without a move of its own. Leaflet's gesture
 * handlers stop a flight before the move they may then not make: two fingers laid on the map and
 * lifted without moving. (A wheel turned mid-flight stops it too, but then zooms, since a flight's
 * zoom is between snaps: a move of its own.) Such a flight never fires its moveend, so whatever waits on it would wait for the reader's
 * next move: the popup it brings would not open, the map would say it is still moving. A flight
 * draws a frame (a `move`) on every animation frame until its last, which fires moveend; a frame
 * without one means it was stopped, and it is ended here, where it was stopped. A move that starts
 * instead (a drag, a zoom, another flight) ends with its own moveend.
 */
function endIfCut(map: LeafletMap): void {
  let drew = true;
  let frame = 0;
  const onMove = (): void => {
    drew = true;
  };
  const stopWatching = (): void => {
    cancelAnimationFrame(frame);
    map.off('move', onMove);
    map.off('movestart moveend unload', stopWatching);
  };
  const look = (): void => {
    if (!drew) {
      stopWatching();
      map.fire('moveend');
      return;
    }
    drew = false;
    frame = requestAnimationFrame(look);
  };
  map.on('move', onMove);
  // Registered after the flight's own: each look comes after that frame's step of the flight.
  map.on('movestart moveend unload', stopWatching);
  frame = requestAnimationFrame(look);
}

/** Brings one point into view for a popup at the reader's zoom, flying (`duration` seconds) unless
 * the reader prefers reduced motion; nothing when it is well inside the view already or the map has
 * no size. Calls `ready` once the map is where it will stay. */
export function centreInView(map: LeafletMap, point: LatLngTuple, duration: number, ready: () => void): void {
  if (!isSized(map) || map.getBounds().pad(-0.15).contains(point)) {
    ready();
  } else if (!animates()) {
    moveForPopup(map, () => map.setView(point, map.getZoom(), { animate: false }));
    ready();
  } else {
    flyThen(map, () => moveForPopup(map, () => map.flyTo(point, map.getZoom(), { duration })), ready);
  }
}

/** Zooms into `center` at `zoom` for a popup, jumping (the cluster layer redraws on every move's end). */
export function jumpForPopup(map: LeafletMap, center: LatLngTuple, zoom: number): void {
  moveForPopup(map, () => map.setView(center, zoom, { animate: false }));
}

/** The reader's own zoom into a cluster or a group of places they chose: theirs, not ours, so it is
 * not given back. A zoom's animation, or a flight (`fly`), unless the reader prefers reduced motion. */
export function zoomInto(map: LeafletMap, center: LatLngExpression, zoom: number, fly = false): void {
  if (fly && animates())
    flyThen(
      map,
      () => map.flyTo(center, zoom),
      () => {},
    );
  else map.setView(center, zoom, { animate: animates() });
}

/** Brings `point` inside the map, as Leaflet's autoPanOnFocus does: a marker focused from the
 * keyboard. The reader's move when they tabbed there; ours (`forPopup`) when a click focused it and
 * the popup it opens is what moves the map. */
export function panInside(map: LeafletMap, point: LatLngExpression, forPopup: boolean): void {
  const pan = (): void => {
    map.panInside(point, { animate: animates() });
  };
  if (forPopup) moveForPopup(map, pan);
  else pan();
}

/** Pans by `offset` pixels for a popup (keeping it inside the map); jumping when asked to, or when
 * the reader prefers reduced motion. */
export function panForPopup(map: LeafletMap, offset: [number, number], animate: boolean): void {
  moveForPopup(map, () => map.panBy(offset, { animate: animate && animates() }));
}
