// A map made while its container had no size — an embed in a closed tab or accordion, an iframe its
// host has not laid out yet (WordPress's frames start clipped, and under load were seen unsized) —
// fits the story when it first gets one. Leaflet fits its bounds once, at creation: at zero size
// that gave its highest zoom on an empty corner, and a flight to a place from there gave NaN.
import type { LatLngBoundsExpression, Popup, PopupEvent } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { fitStory, isSized } from './camera.ts';
import { keepPopupInView } from './keepPopupInView.ts';

export interface FitWhenSizedProps {
  readonly bounds: LatLngBoundsExpression;
  readonly padding: readonly [number, number];
}

export function FitWhenSized({ bounds, padding }: FitWhenSizedProps) {
  const map = useMap();
  useEffect(
    function fitOnFirstSize() {
      if (isSized(map)) return;
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
        if (!isSized(map)) return;
        stop();
        map.invalidateSize({ pan: false });
        // A place opened meanwhile (?place=, #place=) is brought in.
        const open = popup as Popup | null;
        fitStory(map, bounds, padding, open);
        if (open) keepPopupInView(map, open, false);
      });
      function stop(): void {
        observer.disconnect();
        map.off('popupopen', onOpen);
        map.off('popupclose', onClose);
      }
      observer.observe(map.getContainer());
      return stop;
    },
    [map, bounds, padding],
  );
  return null;
}
