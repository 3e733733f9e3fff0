// The map for a story with many places (more than CLUSTER_THRESHOLD located ones): one labelled DOM
// marker per place, decluttered, costs too much past a few hundred, so places are clustered with
// supercluster and single places are drawn on a canvas. Clusters are focusable buttons that zoom in;
// every place, clustered or not, stays reachable from the places list, which opens it here.
// Loaded as a chunk of its own, only by stories that need it.
import { canvas, circleMarker, divIcon, layerGroup, marker } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import Supercluster from 'supercluster';
import type { LocatedPlace, Story } from '../../shared/story/types.ts';
import { useSelectionActions } from '../selection/SelectionContext.tsx';
import { zoomInto } from './camera/camera.ts';
import { SelectionCamera } from './camera/SelectionCamera.tsx';
import { ALONE_ZOOM, showOnClusters } from './camera/strategies.ts';
import { SelectedPlacePopup } from './SelectedPlacePopup.tsx';
import { MIN_ZOOM } from './zoomRange.ts';
import './clusters.css';

/** The colour a CSS custom property resolves to here (canvas needs a colour, not a variable). */
function cssColour(container: HTMLElement, variable: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  container.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** "1,234" as "1.2k" inside a small circle; the full count is in the button's name. */
const shortCount = (n: number): string => (n < 1000 ? String(n) : `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)}k`);

export function ClusterLayer({
  places,
  story,
  onParagraphLink,
}: {
  places: readonly LocatedPlace[];
  story: Story;
  onParagraphLink: (paragraphId: string) => void;
}) {
  const map = useMap();
  const { select } = useSelectionActions();
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const index = useMemo(
    () =>
      // Radius in supercluster's 512 px tile units: 80 is 40 screen pixels on Leaflet's 256 px tiles.
      new Supercluster<{ id: string }>({ radius: 80, minZoom: MIN_ZOOM, maxZoom: ALONE_ZOOM - 1 }).load(
        places.map((p) => ({ type: 'Feature', properties: { id: p.id }, geometry: { type: 'Point', coordinates: [p.position[0], p.position[1]] } })),
      ),
    [places],
  );

  useEffect(
    function drawClustersAndPlaces() {
      const renderer = canvas({ padding: 0.25 });
      const layer = layerGroup().addTo(map);
      const container = map.getContainer();
      function draw(): void {
        layer.clearLayers();
        const fill = cssColour(container, '--strike');
        const edge = cssColour(container, '--surface');
        const b = map.getBounds().pad(0.25);
        const zoom = Math.floor(map.getZoom());
        for (const f of index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom)) {
          const [lon, lat] = f.geometry.coordinates as [number, number];
          const props = f.properties;
          if ('cluster' in props && props.cluster) {
            const count = props.point_count;
            const size = count < 100 ? 30 : count < 1000 ? 36 : 42;
            // The count is a number; nothing from the story goes into this HTML.
            const m = marker([lat, lon], {
              icon: divIcon({ className: 'cluster-marker', html: `<span aria-hidden="true">${shortCount(count)}</span>`, iconSize: [size, size] }),
              keyboard: true,
            });
            const zoomIn = () => zoomInto(map, [lat, lon], Math.min(index.getClusterExpansionZoom(props.cluster_id), ALONE_ZOOM));
            m.on('click', zoomIn);
            m.addTo(layer);
            const el = m.getElement();
            el?.setAttribute('role', 'button');
            el?.setAttribute('aria-label', `${count.toLocaleString('en-GB')} places here: zoom in`);
            // A button answers Enter and Space (Leaflet's own Enter only opens a bound popup).
            el?.addEventListener('keydown', (e) => {
              if (e.key !== 'Enter' && e.key !== ' ') return;
              e.preventDefault();
              zoomIn();
            });
          } else {
            const id = (props as { id: string }).id;
            circleMarker([lat, lon], { renderer, radius: 6, weight: 1.5, color: edge, fillColor: fill, fillOpacity: 1 })
              .on('click', () => select(id, 'map', null))
              .addTo(layer);
          }
        }
      }
      draw();
      map.on('moveend', draw);
      return () => {
        map.off('moveend', draw);
        layer.remove();
        // The canvas too: Leaflet keeps a renderer on the map until it is removed itself, and one
        // left behind would redraw, a frame later, what it no longer holds.
        renderer.remove();
      };
    },
    [map, index, select],
  );

  // A place chosen from the list (or a link) may be inside a cluster: the camera goes where it stands alone.
  const show = useMemo(() => showOnClusters(index), [index]);
  return (
    <SelectionCamera places={byId} story={story} show={show}>
      {(arrived) => <SelectedPlacePopup places={byId} story={story} onParagraphLink={onParagraphLink} arrived={arrived} />}
    </SelectionCamera>
  );
}
