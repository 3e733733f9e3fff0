// Optional online raster tiles (story.json `tiles`), drawn over the bundled basemap. The bundled map
// stays underneath all along: if the service answers with errors, or no tile arrives in time, the
// tiles are removed and a quiet notice says the map shows the built-in basemap instead.
import { type TileLayer, tileLayer } from 'leaflet';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { escapeHtml } from '../../shared/story/escapeHtml.ts';
import type { TileSource } from '../../shared/story/types.ts';

/** Errors before any tile has loaded that mean the service is down, not one bad tile. */
const ERRORS_BEFORE_GIVING_UP = 3;

export type TileState = 'loading' | 'ok' | 'failed';

export function OnlineTiles({ source }: { source: TileSource }) {
  const map = useMap();
  const [state, setState] = useState<TileState>('loading');

  useEffect(
    function addTiles() {
      if (!map.getPane('tiles')) map.createPane('tiles').style.zIndex = '250';
      // Leaflet renders attribution as HTML; the story's text must stay text.
      const layer: TileLayer = tileLayer(source.url, {
        attribution: escapeHtml(source.attribution),
        maxZoom: source.maxZoom,
        pane: 'tiles',
        className: 'online-tiles',
      });
      let loaded = false;
      let errors = 0;
      let done = false;
      const giveUp = (why: string): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        map.removeLayer(layer);
        console.warn(`story map: online tiles from ${new URL(source.url.replace(/[{}]/g, '')).host} ${why}; showing the built-in basemap`);
        setState('failed');
      };
      const timer = setTimeout(() => {
        if (!loaded) giveUp(`sent no tile within ${source.timeoutMs} ms`);
      }, source.timeoutMs);
      layer.on('tileload', () => {
        if (loaded || done) return;
        loaded = true;
        clearTimeout(timer);
        setState('ok');
      });
      layer.on('tileerror', () => {
        if (!loaded && ++errors >= ERRORS_BEFORE_GIVING_UP) giveUp('failed to load');
      });
      layer.addTo(map);
      return function removeTiles() {
        done = true;
        clearTimeout(timer);
        map.removeLayer(layer);
      };
    },
    [map, source],
  );

  useEffect(
    function markState() {
      map.getContainer().dataset.tiles = state;
    },
    [map, state],
  );

  if (state !== 'failed') return null;
  return createPortal(
    <p className="tiles-notice" role="status">
      Online map tiles could not be loaded; this is the built-in map.
    </p>,
    map.getContainer(),
  );
}
