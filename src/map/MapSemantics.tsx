// Names the map for assistive technology, points to its instructions, and hides its drawings,
// whose content is given in words elsewhere.
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
  useEffect(
    function hideDrawings() {
      // Leaflet draws the basemap, halos and areas on an SVG or a canvas, which a screen reader meets
      // as unnamed images. All they show is said in words: the markers, the places list and "What
      // the map shows". Renderers come with the first shape drawn on them, so look again as layers come.
      const hide = (): void => {
        for (const drawing of map.getContainer().querySelectorAll('.leaflet-pane > svg:not([aria-hidden]), .leaflet-pane > canvas:not([aria-hidden])')) {
          drawing.setAttribute('aria-hidden', 'true');
        }
      };
      hide();
      map.on('layeradd', hide);
      return function stopHiding() {
        map.off('layeradd', hide);
      };
    },
    [map],
  );
  return null;
}
