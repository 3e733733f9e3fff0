// A basemap tier's TopoJSON, decoded into the GeoJSON layers the map draws (Basemap.tsx). Pure, so
// the build's tests read the tiers they cut the way the map will.
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** One tier, as the map draws it. Layers a tier does not have are empty. */
export interface BasemapTier {
  readonly land: FeatureCollection;
  readonly lakes: FeatureCollection;
  readonly rivers: FeatureCollection;
  /** The lines between the first-level regions of the story's country. */
  readonly regionLines: FeatureCollection;
  readonly borders: FeatureCollection;
  /** The outline of the story's country (the one most of its places lie in). */
  readonly focusOutline: FeatureCollection;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function layer(topology: Topology, name: string): FeatureCollection {
  const object = topology.objects[name];
  if (!object) return EMPTY;
  if (object.type !== 'GeometryCollection') throw new Error(`basemap: "${name}" is not a GeometryCollection`);
  return feature(topology, object);
}

/** Decodes one tier's TopoJSON into the layers the map draws. */
export function decodeTier(json: unknown): BasemapTier {
  const topology = json as Topology;
  return {
    land: layer(topology, 'land'),
    lakes: layer(topology, 'lakes'),
    rivers: layer(topology, 'rivers'),
    regionLines: layer(topology, 'regions'),
    borders: layer(topology, 'borders'),
    focusOutline: layer(topology, 'focus'),
  };
}
