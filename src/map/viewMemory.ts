// Closing a popup gives the reader's view back. Opening one may move the map (a flight to a place
// out of view, a pan that brings the popup inside the map); those moves are ours, not the reader's,
// so closing the popup undoes them. If the reader moved or zoomed the map while the popup was open,
// the view is theirs and stays. ReaderView.tsx listens; the code that moves the map for a popup
// (NewsMap's open, keepInView, the cluster layer) marks its moves with moveForPopup.
import type { LatLng, Map as LeafletMap } from 'leaflet';

interface Kept {
  readonly center: LatLng;
  readonly zoom: number;
  /** The reader moved or zoomed the map since. */
  moved: boolean;
}

const kept = new WeakMap<LeafletMap, Kept>();
let ours = 0;

/** Remembers the view as the reader left it, unless one is remembered already (the first call
 * since the last popup closed wins: a flight, then a pan, are both ours). */
export function keepReaderView(map: LeafletMap): void {
  if (!kept.has(map)) kept.set(map, { center: map.getCenter(), zoom: map.getZoom(), moved: false });
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

/** Whether a move starting now is ours (inside moveOurselves or moveForPopup), not the reader's. */
export function isOurMove(): boolean {
  return ours > 0;
}

/** A move started: the reader's own, unless it started inside moveForPopup. */
export function noteMoveStart(map: LeafletMap): void {
  const view = kept.get(map);
  if (view && ours === 0) view.moved = true;
}

/** The view to give back now that no popup is open (null if the reader made their own), and forgets it. */
export function takeReaderView(map: LeafletMap): { center: LatLng; zoom: number } | null {
  const view = kept.get(map);
  kept.delete(map);
  return view && !view.moved ? { center: view.center, zoom: view.zoom } : null;
}

/** Forgets the remembered view: the map has just been given its first real size, and the view
 * remembered before it was not one a reader ever saw. */
export function forgetReaderView(map: LeafletMap): void {
  kept.delete(map);
}
