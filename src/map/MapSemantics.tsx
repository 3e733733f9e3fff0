// Names the map for assistive technology, points to its instructions, and hides its drawings,
// whose content is given in words elsewhere.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { hideDrawings } from './hideDrawings.ts';

export function MapSemantics({ helpId, mode }: { helpId: string; mode: 'markers' | 'clusters' }) {
  const map = useMap();
  useEffect(
    function labelMapContainer() {
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', 'Map of the places in the story');
      container.setAttribute('aria-describedby', helpId);
      // How places are drawn (for tests and the bench): one marker each, or clusters.
      container.setAttribute('data-render-mode', mode);
    },
    [map, helpId, mode],
  );
  useEffect(
    function hideTheDrawings() {
      return hideDrawings(map);
    },
    [map],
  );
  return null;
}
