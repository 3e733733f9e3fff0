// A map made while its container had no size — an embed in a closed tab or accordion, an iframe its
// host has not laid out yet (WordPress's frames start clipped, and under load were seen unsized) —
// fits the story when it first gets one. Leaflet fits its bounds once, at creation: at zero size
// that gave its highest zoom on an empty corner, and a flight to a place from there gave NaN.
import type { LatLngBoundsExpression, Popup, PopupEvent } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { keepInView } from './keepInView.ts';
import { forgetReaderView, keepReaderView, moveForPopup, moveOurselves } from './viewMemory.ts';

export interface FitWhenSizedProps {
  readonly bounds: LatLngBoundsExpression;
  readonly padding: readonly [number, number];
}

/** Whether the map's container has a size to draw in. */
export const isSized = (container: HTMLElement): boolean => container.clientWidth > 0 && container.clientHeight > 0;

export function FitWhenSized({ bounds, padding }: FitWhenSizedProps) {
  const map = useMap();
  useEffect(
    function fitOnFirstSize() {
      const container = map.getContainer();
      if (isSized(container)) return;
      let popup: Popup | null = null;
      const onOpen = (event: PopupEvent): void => {
        popup = event.popup;
      };
      const onClose = (): void => {
        popup = null;
      };
      map.on('popupopen', onOpen);
      map.on('popupclose', onClose);
      const observer = new ResizeObserver(() => {
        if (!isSized(container)) return;
        stop();
        map.invalidateSize({ pan: false });
        forgetReaderView(map);
        moveOurselves(() => map.fitBounds(bounds, { padding: [...padding], animate: false }));
        const open = popup as Popup | null;
        if (open) {
          // A place opened meanwhile (?place=, #place=): the story's view is the reader's; the popup is brought in.
          keepReaderView(map);
          open.update();
          moveForPopup(map, () => map.setView(open.getLatLng()!, map.getZoom(), { animate: false }));
          keepInView(map, open, false);
        }
      });
      function stop(): void {
        observer.disconnect();
        map.off('popupopen', onOpen);
        map.off('popupclose', onClose);
      }
      observer.observe(container);
      return stop;
    },
    [map, bounds, padding],
  );
  return null;
}
