// Waits for a popup's React content (react-leaflet renders it into the popup after Leaflet opens it).
import type { Popup } from 'leaflet';

/** Calls `then` with the popup's dialog once React has rendered it into the popup: at once after
 * the first opening, else in the microtask after React's (its render is queued before this), else
 * by polling briefly, rather than counting frames, which some engines throttle. */
export function whenRendered(popup: Popup, then: (dialog: HTMLElement) => void, tries = 100): void {
  const find = () => popup.getElement()?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
  const now = find();
  if (now) {
    then(now);
    return;
  }
  queueMicrotask(() => {
    const soon = find();
    if (soon) then(soon);
    else poll(tries);
  });
  function poll(left: number): void {
    const dialog = find();
    if (dialog) then(dialog);
    else if (left > 0) setTimeout(() => poll(left - 1), 10);
  }
}
