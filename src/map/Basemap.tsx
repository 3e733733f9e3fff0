// The story's vector basemap: land on a sea-coloured container, lakes, rivers, the lines between
// regions and between countries, the outline of the story's country. Drawn in its own pane below everything else, never interactive.
// Colours come from CSS classes (app.css), so dark mode is a stylesheet change.
// The first view draws the generalised overview, which ships with the page; the full detail and the
// neighbouring lands are fetched from this site only when the view needs them (basemapData.ts).

import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useState } from 'react';
import { GeoJSON, useMap, useMapEvents } from 'react-leaflet';
import { BASEMAP, type BasemapTier, loadContext, loadDetail, overview } from './basemapData.ts';
import { usePane } from './usePane.ts';

// Short, so it stays one line on a phone; the page's credits say the rest. Shown by the map's
// attribution control from its creation (NewsMap.tsx): credited by the layers, it arrived after the
// control, which grew under the reader's eyes, a layout shift.
export const BASEMAP_CREDIT =
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a> <span aria-hidden="true">·</span> <a href="https://www.geonames.org/">GeoNames</a>';

type Tier = 'overview' | 'detail' | 'context';

/** What the view needs beyond the overview. */
function needs(map: LeafletMap): { detail: boolean; context: boolean } {
  const b = map.getBounds();
  const [west, south, east, north] = BASEMAP.detailBox;
  const outside = b.getWest() < west || b.getSouth() < south || b.getEast() > east || b.getNorth() > north;
  return { detail: map.getZoom() >= BASEMAP.detailMinZoom, context: outside };
}

export function Basemap() {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  // Once a tier is wanted it stays loaded: panning back and forth never fetches twice.
  const [wanted, setWanted] = useState(() => needs(map));
  useMapEvents({
    moveend() {
      setZoom(map.getZoom());
      const now = needs(map);
      setWanted((was) =>
        (was.detail || !now.detail) && (was.context || !now.context) ? was : { detail: was.detail || now.detail, context: was.context || now.context },
      );
    },
  });
  const detail = useTier(wanted.detail, loadDetail, 'the detailed basemap could not be loaded; the overview stays');
  const context = useTier(wanted.context, loadContext, 'the neighbouring lands could not be loaded');
  const pane = usePane('basemap', 200);
  const near: { tier: Tier; data: BasemapTier } =
    zoom >= BASEMAP.detailMinZoom && detail ? { tier: 'detail', data: detail } : { tier: 'overview', data: overview() };
  return (
    <>
      {context && <TierLayers key="context" pane={pane} data={context} />}
      <TierLayers key={near.tier} pane={pane} data={near.data} />
    </>
  );
}

/** Loads a tier the first time it is wanted. A failure leaves the overview, with one warning. */
function useTier(wanted: boolean, load: () => Promise<BasemapTier>, failure: string): BasemapTier | null {
  const [tier, setTier] = useState<BasemapTier | null>(null);
  useEffect(() => {
    if (!wanted || tier) return;
    let live = true;
    load().then(
      (loaded) => live && setTier(loaded),
      (error: unknown) => console.warn(`story map: ${failure}.`, error),
    );
    return () => {
      live = false;
    };
  }, [wanted, tier, load, failure]);
  return tier;
}

function TierLayers({ pane, data }: { pane: string; data: BasemapTier }) {
  return (
    <>
      <GeoJSON data={data.land} pane={pane} interactive={false} style={{ className: 'bm-land', stroke: false, fillOpacity: 1 }} />
      <GeoJSON data={data.lakes} pane={pane} interactive={false} style={{ className: 'bm-lake', stroke: false, fillOpacity: 1 }} />
      <GeoJSON data={data.rivers} pane={pane} interactive={false} style={{ className: 'bm-river', fill: false }} />
      <GeoJSON data={data.regionLines} pane={pane} interactive={false} style={{ className: 'bm-region', fill: false, dashArray: '4 3' }} />
      <GeoJSON data={data.borders} pane={pane} interactive={false} style={{ className: 'bm-border', fill: false }} />
      <GeoJSON data={data.focusOutline} pane={pane} interactive={false} style={{ className: 'bm-focus', fill: false }} />
    </>
  );
}
