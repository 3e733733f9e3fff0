// Pans the map just enough for an open popup to fit, like Leaflet's autoPan, but with the animation
// under our control so that prefers-reduced-motion can turn it off.
import type { Map as LeafletMap, Popup } from 'leaflet';
import { moveForPopup } from './viewMemory.ts';

const PADDING = 12; // pixels kept clear between the popup and the map's edge

export function keepInView(map: LeafletMap, popup: Popup, animate: boolean): void {
  const element = popup.getElement();
  if (!element) return;
  const box = element.getBoundingClientRect();
  const frame = map.getContainer().getBoundingClientRect();
  let dx = 0;
  let dy = 0;
  if (box.right + PADDING > frame.right) dx = box.right + PADDING - frame.right;
  if (box.left - dx - PADDING < frame.left) dx = box.left - PADDING - frame.left;
  if (box.bottom + PADDING > frame.bottom) dy = box.bottom + PADDING - frame.bottom;
  if (box.top - dy - PADDING < frame.top) dy = box.top - PADDING - frame.top;
  if (dx !== 0 || dy !== 0) moveForPopup(map, () => map.panBy([Math.round(dx), Math.round(dy)], { animate }));
}
