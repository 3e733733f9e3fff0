// Marks the markers of the current places — a timeline step's, or the paragraph being read's — with
// aria-current="true", which app.css draws as a ring (and the group of places a marked one is in). The markers' elements are Leaflet's, made once
// (PlaceMarker.tsx); marking them here keeps a step's change to a few attribute writes.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useMarked } from '../selection/SelectionContext.tsx';
import { measureStepHighlight } from './timing.ts';

export function CurrentMarks() {
  const map = useMap();
  const { ids, by } = useMarked();
  useEffect(
    function markCurrentPlaces() {
      const current = new Set(ids);
      for (const marker of map.getContainer().querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-place-id]')) {
        if (current.has(marker.dataset.placeId!)) marker.setAttribute('aria-current', 'true');
        else marker.removeAttribute('aria-current');
      }
      // A group of places too close to tell apart is current when one of its places is.
      for (const group of map.getContainer().querySelectorAll<HTMLElement>('.place-group[data-place-ids]')) {
        if (group.dataset.placeIds!.split(' ').some((id) => current.has(id))) group.setAttribute('aria-current', 'true');
        else group.removeAttribute('aria-current');
      }
      if (by === 'step') measureStepHighlight();
    },
    [map, ids, by],
  );
  return null;
}
