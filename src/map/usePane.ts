// A map pane of our own, there from the first render. react-leaflet's <Pane> creates its pane in an
// effect and renders its children a render later: the basemap and its labels were added after the
// first paint (a frame of map without land, and a long task of their own once the page was shown).
// Layers given `pane={name}` now join the first commit.
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';

export function usePane(name: string, zIndex: number): string {
  const map = useMap();
  // Made while rendering, once per mount, so that the children's layers (added in effects, which
  // run before this component's own) find it.
  useState(() => {
    if (!map.getPane(name)) map.createPane(name).style.zIndex = String(zIndex);
  });
  useEffect(
    () =>
      function removePane() {
        map.getPane(name)?.remove();
        const internals = map as unknown as { _panes: Record<string, HTMLElement>; _paneRenderers: Record<string, unknown> };
        delete internals._panes[name];
        delete internals._paneRenderers[name];
      },
    [map, name],
  );
  return name;
}
