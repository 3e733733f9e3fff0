// Bench harness, not app code: the two clustering libraries the issue names, supercluster and
// leaflet.markercluster, each drawing the same synthetic places on a bare Leaflet map (no basemap,
// no React), so the bench (scripts/bench/clusterers.mjs) can compare them like for like. The
// supercluster side draws as the app's ClusterLayer does: an index queried on every moveend,
// clusters as divIcon buttons, single places as circles on one canvas. The markercluster side uses
// the plugin as documented, its places the same canvas circles. ?engine=supercluster|markercluster
// &points=points-1000.json. Both as the app sets them: cluster radius 80 px, places alone from zoom 11; marks "clusters-ready" after the paint that first shows them.
import * as leaflet from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import Supercluster from 'supercluster';
import './harness.css';

type Points = [lon: number, lat: number][];
const params = new URLSearchParams(location.search);
const engine = params.get('engine');
const points = (await (await fetch(params.get('points') ?? 'points-1000.json')).json()) as Points;

performance.mark('clusters-start');
const map = leaflet.map('map', { zoomSnap: 0.25, maxZoom: 11 }).fitBounds([
  [29.2, 39],
  [37.3, 48.4],
]);
const renderer = leaflet.canvas({ padding: 0.25 });
const circle = (lon: number, lat: number) =>
  leaflet.circleMarker([lat, lon], { renderer, radius: 6, weight: 1.5, color: '#fff', fillColor: '#b3261e', fillOpacity: 1 });

if (engine === 'supercluster') {
  const index = new Supercluster({ radius: 80, maxZoom: 10 });
  index.load(points.map(([lon, lat], i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [lon, lat] } })));
  const layer = leaflet.layerGroup().addTo(map);
  const draw = () => {
    layer.clearLayers();
    const b = map.getBounds().pad(0.25);
    for (const f of index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.floor(map.getZoom()))) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const p = f.properties as { cluster?: boolean; cluster_id: number; point_count: number };
      if (p.cluster) {
        const size = p.point_count < 100 ? 30 : p.point_count < 1000 ? 36 : 42;
        const m = leaflet.marker([lat, lon], {
          icon: leaflet.divIcon({
            className: 'marker-cluster marker-cluster-medium',
            html: `<div><span>${p.point_count}</span></div>`,
            iconSize: [size, size],
          }),
        });
        m.on('click', () => map.setView([lat, lon], index.getClusterExpansionZoom(p.cluster_id)));
        m.addTo(layer);
      } else circle(lon, lat).addTo(layer);
    }
  };
  draw();
  map.on('moveend', draw);
} else if (engine === 'markercluster') {
  // The plugin is a script that extends a global L; Leaflet's ES module namespace is frozen, so it
  // extends a copy, whose classes are Leaflet's own.
  const L = { ...leaflet };
  Object.assign(globalThis, { L });
  await import('leaflet.markercluster');
  const group = (L as unknown as typeof leaflet).markerClusterGroup({ maxClusterRadius: 80, disableClusteringAtZoom: 11 });
  group.addLayers(points.map(([lon, lat]) => circle(lon, lat)));
  map.addLayer(group);
} else {
  throw new Error(`unknown engine: ${engine}`);
}

// After the paint that shows them: the next frame, then a task after it.
requestAnimationFrame(() => setTimeout(() => performance.mark('clusters-ready')));
