// Pans the map just enough for an open popup to fit, like Leaflet's autoPan, but with the animation
// under our control so that prefers-reduced-motion can turn it off; and keeps it inside while it is
// open, whenever it or the map changes size, below the controls drawn over the map where it fits.
import type { Map as LeafletMap, Popup, ResizeEvent } from 'leaflet';
import { isShown } from '../placePopup.ts';
import { isMoving, panForPopup } from './camera.ts';
import { KEEP_CLEAR } from './keepClear.ts';

const PADDING = 12; // pixels kept clear between the popup and the map's edge

const COVERED = 'data-covered';

/** The elements over the map that a popup should leave uncovered. */
const keepClearElements = (map: LeafletMap): HTMLElement[] => [...(map.getContainer().parentElement?.querySelectorAll<HTMLElement>(`[${KEEP_CLEAR}]`) ?? [])];

/** The boxes of the elements over the map that a popup should leave uncovered. */
function keepClear(map: LeafletMap): DOMRect[] {
  return keepClearElements(map)
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
}

/** Hides what a popup lies under (where it did not fit below it, or the reader moved it there). */
function markCovered(map: LeafletMap, popup: Popup | null): void {
  const box = popup && isShown(popup) ? popup.getElement()?.getBoundingClientRect() : undefined;
  for (const element of keepClearElements(map)) {
    const r = element.getBoundingClientRect();
    const under = !!box && box.left < r.right && box.right > r.left && box.top < r.bottom && box.bottom > r.top;
    element.toggleAttribute(COVERED, under);
  }
}

/** Pans the map, if it must, for `popup` to fit inside it (animated, unless `animate` is false or
 * the reader prefers reduced motion). */
export function keepPopupInView(map: LeafletMap, popup: Popup, animate = true): void {
  const element = popup.getElement();
  // A closed popup fades out, or stays out of sight, for a moment: it is no longer ours to keep in view.
  if (!element || !isShown(popup)) return;
  // Measured against a map still on its way (a pan, a flight, a zoom), the popup would be put
  // where that move had left it: measure where the map stops.
  if (isMoving(map)) {
    map.once('moveend', () => keepPopupInView(map, popup, animate));
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
  // Then below what the reader may still want to reach over the map, where the popup fits there;
  // where it does not, the popup and its × come first.
  for (const clear of keepClear(map)) {
    const [left, right, top, bottom] = [box.left - dx, box.right - dx, box.top - dy, box.bottom - dy];
    const down = clear.bottom + PADDING - top;
    if (left < clear.right && right > clear.left && top < clear.bottom && bottom > clear.top && bottom + down <= frame.bottom - PADDING) dy -= down;
  }
  if (Math.round(dx) !== 0 || Math.round(dy) !== 0) panForPopup(map, [Math.round(dx), Math.round(dy)], animate);
}

/** Keeps the open popup inside the map until it closes: when its content grows or arrives late
 * (react-leaflet renders it in a later commit than Leaflet's opening), and after the map changes
 * size (a phone turned, a window or a frame resized). Each such pan is ours: closing the last popup
 * undoes it. */
export function keepPopupInViewWhileOpen(map: LeafletMap, popup: Popup): void {
  const element = popup.getElement();
  const observer = new ResizeObserver(() => {
    keepPopupInView(map, popup);
    markCovered(map, popup);
  });
  if (element) observer.observe(element);
  const onMove = (): void => markCovered(map, popup);
  const onResize = (event: ResizeEvent): void => {
    // A map given its first size fits the story first (FitWhenSized.tsx), then brings the popup in.
    if (event.oldSize.x === 0 || event.oldSize.y === 0) return;
    // Leaflet centres a popup on its place by the width it measured when it opened; the popup's
    // width follows the map's (app.css), so measure again.
    popup.update();
    keepPopupInView(map, popup, false);
  };
  map.on('resize', onResize);
  map.on('move moveend', onMove);
  // On the popup itself: react-leaflet takes its own handlers off before it removes a popup.
  popup.once('remove', function stopKeeping() {
    observer.disconnect();
    map.off('resize', onResize);
    map.off('move moveend', onMove);
    markCovered(map, null);
  });
}
