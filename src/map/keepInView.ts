// Pans the map just enough for an open popup to fit, like Leaflet's autoPan, but with the animation
// under our control so that prefers-reduced-motion can turn it off; and keeps it inside while it is
// open, whenever it or the map changes size.
import type { Map as LeafletMap, Popup, ResizeEvent } from 'leaflet';
import { isMoving, moveForPopup } from './viewMemory.ts';

const PADDING = 12; // pixels kept clear between the popup and the map's edge

export function keepInView(map: LeafletMap, popup: Popup, animate: boolean): void {
  const element = popup.getElement();
  // A closed popup fades out for a moment: it is no longer ours to keep in view.
  if (!element || !popup.isOpen()) return;
  // Measured against a map still on its way (a pan, a flight, a zoom), the popup would be put
  // where that move had left it: measure where the map stops.
  if (isMoving(map)) {
    map.once('moveend', () => keepInView(map, popup, animate));
    return;
  }
  const box = element.getBoundingClientRect();
  const frame = map.getContainer().getBoundingClientRect();
  let dx = 0;
  let dy = 0;
  if (box.right + PADDING > frame.right) dx = box.right + PADDING - frame.right;
  if (box.left - dx - PADDING < frame.left) dx = box.left - PADDING - frame.left;
  if (box.bottom + PADDING > frame.bottom) dy = box.bottom + PADDING - frame.bottom;
  if (box.top - dy - PADDING < frame.top) dy = box.top - PADDING - frame.top;
  if (Math.round(dx) !== 0 || Math.round(dy) !== 0) moveForPopup(map, () => map.panBy([Math.round(dx), Math.round(dy)], { animate }));
}

/** Keeps the open popup inside the map until it closes: when its content grows or arrives late
 * (react-leaflet renders it in a later commit than Leaflet's opening), and after the map changes
 * size (a phone turned, a window or a frame resized). Each such pan is ours: closing the last popup
 * undoes it. */
export function keepInViewWhileOpen(map: LeafletMap, popup: Popup, animate: boolean): void {
  const element = popup.getElement();
  const observer = new ResizeObserver(() => keepInView(map, popup, animate));
  if (element) observer.observe(element);
  const onResize = (event: ResizeEvent): void => {
    // A map given its first size fits the story first (FitWhenSized.tsx), then brings the popup in.
    if (event.oldSize.x === 0 || event.oldSize.y === 0) return;
    // Leaflet centres a popup on its place by the width it measured when it opened; the popup's
    // width follows the map's (app.css), so measure again.
    popup.update();
    keepInView(map, popup, false);
  };
  map.on('resize', onResize);
  // On the popup itself: react-leaflet takes its own handlers off before it removes a popup.
  popup.once('remove', function stopKeeping() {
    observer.disconnect();
    map.off('resize', onResize);
  });
}
