// In the embed the page grows around the map instead of the popup scrolling inside a small map: while
// a popup is open the map frame is at least as tall as the popup needs, and the iframe's reported
// height follows. When the popup closes the frame returns to its own height.
import type { PopupEvent } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { prefersReducedMotion } from '../ui/motion.ts';
import { keepInView } from './keepInView.ts';

/** Room above and below the popup box: its tip, the marker and a margin. */
const ROOM = 84;

export function PopupRoom() {
  const map = useMap();
  useEffect(
    function growForPopups() {
      const frame = map.getContainer().parentElement;
      if (!frame) return;
      let observer: ResizeObserver | null = null;
      function onOpen(event: PopupEvent): void {
        observer?.disconnect();
        const element = event.popup.getElement();
        if (!element) return;
        observer = new ResizeObserver(() => {
          const wanted = `${Math.ceil(element.offsetHeight + ROOM)}px`;
          if (frame!.style.minHeight === wanted) return;
          frame!.style.minHeight = wanted;
          map.invalidateSize({ pan: false });
          event.popup.update();
          keepInView(map, event.popup, !prefersReducedMotion());
        });
        observer.observe(element);
      }
      function onClose(): void {
        observer?.disconnect();
        observer = null;
        frame!.style.minHeight = '';
      }
      map.on('popupopen', onOpen);
      map.on('popupclose', onClose);
      return function stopGrowing() {
        map.off('popupopen', onOpen);
        map.off('popupclose', onClose);
        onClose();
      };
    },
    [map],
  );
  return null;
}
