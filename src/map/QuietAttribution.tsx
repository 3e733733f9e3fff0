// The credits drawn on the map (Leaflet's attribution control) as a screen reader meets them: its
// links, without "clickable" read out around them. Leaflet stops presses and double clicks on the
// control from reaching the map with mousedown and (where pointer events make it think of touch)
// click listeners on its box, and Firefox tells a screen reader that any element with such a
// listener is clickable. Without them a press on the credits' words can start a drag of the map, and
// a double click zoom it, as anywhere on the map; a click on them still does nothing to the map
// (Leaflet marks the control so).
import { DomEvent } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

export function QuietAttribution() {
  const map = useMap();
  useEffect(
    function forgetTheClickListeners() {
      const box = map.getContainer().querySelector<HTMLElement>('.leaflet-control-attribution');
      if (box) DomEvent.off(box, 'mousedown dblclick', DomEvent.stopPropagation);
    },
    [map],
  );
  return null;
}
