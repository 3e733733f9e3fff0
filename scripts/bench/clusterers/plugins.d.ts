// The plugin's script and stylesheets, which Vite resolves to tools/bench/ (scripts/bench/clusterers.mjs).
declare module 'leaflet.markercluster';
declare module 'leaflet.markercluster/dist/*.css';
