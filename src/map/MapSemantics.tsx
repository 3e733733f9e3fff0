// Names the map for assistive technology and points to its instructions.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

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
  return null;
}
