// The locator's drawing (Locator.tsx holds its frame): the lands around the story, the story's
// country outlined, as the build drew them for this frame's size (node/basemap/locator.ts), and a
// box where the map's view lies, following every move. Loaded just after the first view.
import { CRS, type LatLng } from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { LocatorFrame } from '../../shared/map/basemapTypes.ts';
import { loadLocator } from './basemapData.ts';

export function LocatorMap({ side }: { side: number }) {
  const map = useMap();
  const [frames, setFrames] = useState<readonly LocatorFrame[] | null>(null);
  const [view, setView] = useState(() => map.getBounds());
  useMapEvents({ moveend: () => setView(map.getBounds()), resize: () => setView(map.getBounds()) });
  useEffect(function loadTheDrawing() {
    let live = true;
    loadLocator().then(
      (loaded) => live && setFrames(loaded),
      // Without it there is no wider region to show: the frame stays empty.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const frame = frames?.find((f) => f.side === side);
  if (!frame) return null;
  const at = (latlng: LatLng) => CRS.EPSG3857.latLngToPoint(latlng, frame.zoom);
  const [nw, se] = [at(view.getNorthWest()), at(view.getSouthEast())];
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: decorative, in a frame hidden from assistive technology (Locator.tsx).
    <svg className="locator-map" width={side} height={side} viewBox={`0 0 ${side} ${side}`}>
      <path className="locator-land" d={frame.land} />
      <path className="locator-border" d={frame.borders} />
      <path className="locator-focus" d={frame.focus} />
      <rect className="locator-view" x={nw.x - frame.left} y={nw.y - frame.top} width={Math.max(se.x - nw.x, 3)} height={Math.max(se.y - nw.y, 3)} />
    </svg>
  );
}
