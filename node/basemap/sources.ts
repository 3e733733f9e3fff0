// Natural Earth, as the npm packages ship it, read once per process:
// - world-atlas (ISC; Natural Earth 1:10m and 1:50m countries and land, TopoJSON);
// - mapeo-offline-map (MIT; Natural Earth 1:50m rivers and lakes, GeoJSON);
// - admin1-lines.topo.json (Natural Earth 1:10m admin-1, prepared by tools/basemap/: its npm
//   package is too large to install with the project).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { BasemapSources } from './cutBasemap.ts';

const require = createRequire(import.meta.url);
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

let sources: BasemapSources | null = null;

export function naturalEarth(): BasemapSources {
  sources ??= {
    countries10m: json(require.resolve('world-atlas/countries-10m.json')),
    countries50m: json(require.resolve('world-atlas/countries-50m.json')),
    admin1: json(resolve(import.meta.dirname, 'admin1-lines.topo.json')),
    rivers: json(require.resolve('mapeo-offline-map/dist/rivers.json')),
    lakes: json(require.resolve('mapeo-offline-map/dist/lakes.json')),
  };
  return sources;
}
