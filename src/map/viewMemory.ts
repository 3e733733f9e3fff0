// Closing the last popup gives the reader's view back. Opening one may move the map (a flight to a
// place out of view, a pan that brings the popup inside the map), and so may opening another over
// it; those moves are ours, not the reader's, so closing the last popup undoes them all. If the
// reader moved or zoomed the map while a popup was open, the view is theirs and stays.
// ReaderView.tsx gives it back; the code that moves the map for a popup (flyIntoView, keepInView,
// the cluster layer) marks its moves with moveForPopup.
import type { LatLng, Map as LeafletMap } from 'leaflet';

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
let ours = 0;

/** Remembers the view as the reader left it, unless one is remembered already (the first call
 * since the last popup closed wins: a flight, then a pan, are both ours). A place opened while the
 * map is still on its way back to the reader's view remembers that view, not a point on the way. */
export function keepReaderView(map: LeafletMap): void {
  if (!kept.has(map)) kept.set(map, { ...(givingBack.get(map) ?? { center: map.getCenter(), zoom: map.getZoom() }), moved: false });
}

/** Runs `move`, a move of the map made for a popup; the reader's view is remembered first.
 * Leaflet fires `movestart` synchronously inside setView, panBy and flyTo, so the moves made
 * here are told apart from the reader's by when they start. */
export function moveForPopup(map: LeafletMap, move: () => void): void {
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

/** A move ended (Leaflet fires moveend at the end of every pan, flight and zoom; a move cut short
 * ends with the one that cut it). */
export function noteMoveEnd(map: LeafletMap): void {
  moving.delete(map);
}

/** Whether the map is on its way somewhere: what is measured against it now will have moved. */
export function isMoving(map: LeafletMap): boolean {
  return moving.has(map);
}

/** Whether a move starting now is ours (inside moveOurselves or moveForPopup), not the reader's. */
export function isOurMove(): boolean {
  return ours > 0;
}

/** A move started: the reader's own, unless it started inside moveForPopup. */
export function noteMoveStart(map: LeafletMap): void {
  moving.add(map);
  const view = kept.get(map);
  if (view && ours === 0) view.moved = true;
}

/** The view to give back now that no popup is open (null if the reader made their own), and forgets it. */
export function takeReaderView(map: LeafletMap): View | null {
  const view = kept.get(map);
  kept.delete(map);
  return view && !view.moved ? { center: view.center, zoom: view.zoom } : null;
}

/** Gives the reader's view back, if there is one to give (takeReaderView). */
export function giveBackReaderView(map: LeafletMap, animate: boolean): void {
  const view = takeReaderView(map);
  if (!view) return;
  givingBack.set(map, view);
  moveOurselves(() => map.setView(view.center, view.zoom, { animate }));
  // After setView: stopping a move still under way (a popup's pan) ends it inside setView.
  map.once('moveend', () => givingBack.delete(map));
}

/** Forgets the remembered view: the map has just been given its first real size, and the view
 * remembered before it was not one a reader ever saw. */
export function forgetReaderView(map: LeafletMap): void {
  kept.delete(map);
}
