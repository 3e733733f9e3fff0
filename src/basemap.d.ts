// The story's basemap, cut by the build (node/vite/basemapPlugin.ts) and imported as JSON files.
declare module '@basemap/meta.json' {
  const meta: import('../shared/map/basemapTypes.ts').BasemapMeta;
  export default meta;
}
declare module '@basemap/labels.json' {
  const labels: readonly import('../shared/map/basemapTypes.ts').BasemapLabel[];
  export default labels;
}
declare module '@basemap/*.topo.json' {
  const topology: import('topojson-specification').Topology;
  export default topology;
}
declare module '@basemap/locator.json' {
  const frames: readonly import('../shared/map/basemapTypes.ts').LocatorFrame[];
  export default frames;
}
