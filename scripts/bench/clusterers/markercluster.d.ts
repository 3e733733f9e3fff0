// leaflet.markercluster as the harness uses it, declared here because the plugin is installed in
// tools/bench/ (npm run bench does it), not where the project's typecheck looks.
import 'leaflet';

declare module 'leaflet' {
  interface MarkerClusterGroup extends FeatureGroup {
    addLayers(layers: Layer[]): this;
  }
  function markerClusterGroup(options?: { maxClusterRadius?: number; disableClusteringAtZoom?: number }): MarkerClusterGroup;
}
