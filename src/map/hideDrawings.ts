// Leaflet draws basemaps, halos and areas on an SVG or a canvas, which a screen reader meets as
// unnamed images. What they show is said in words elsewhere (the markers, the places list, "What the
// map shows", the editor's form), so they are hidden. Renderers come with the first shape drawn on
// them: look again as layers come.
import type { Map as LeafletMap } from 'leaflet';

/** Hides the map's drawings now and as they come; returns the function that stops. */
export function hideDrawings(map: LeafletMap): () => void {
  const hide = (): void => {
    for (const drawing of map.getContainer().querySelectorAll('.leaflet-pane > svg:not([aria-hidden]), .leaflet-pane > canvas:not([aria-hidden])')) {
      drawing.setAttribute('aria-hidden', 'true');
    }
  };
  hide();
  map.on('layeradd', hide);
  return () => map.off('layeradd', hide);
}
