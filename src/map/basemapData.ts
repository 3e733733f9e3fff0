// The bundled basemap as GeoJSON, decoded from the committed TopoJSON (see tools/basemap/). Natural
// Earth, public domain. Nothing here comes from another site: every tier is part of the build.
// Three tiers, so the first view carries only what it shows:
// - the overview (generalised, zoom 5 to 7) ships with the page;
// - the detail (Natural Earth's full 1:10m) is a separate chunk, loaded when the reader zooms to 8;
// - the context (neighbouring lands, 1:50m) is a separate chunk, loaded when the view reaches past
//   the detail box, on wide screens zoomed out.
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import overviewJson from '../basemap/overview.topo.json';
import citiesJson from '../basemap/cities.json';
import labelsJson from '../basemap/labels.json';

/** The box the overview and the detail cover ([west, south, east, north]); the context is outside it. */
export const DETAIL_BOX = [36, 27, 51, 39.5] as const;
/** From this zoom the detail tier replaces the overview. */
export const DETAIL_MIN_ZOOM = 8;

/** One tier, as the map draws it. Layers a tier does not have are empty. */
export interface BasemapTier {
  readonly land: FeatureCollection;
  readonly lakes: FeatureCollection;
  readonly rivers: FeatureCollection;
  readonly governorateLines: FeatureCollection;
  readonly borders: FeatureCollection;
  readonly iraqOutline: FeatureCollection;
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
    governorateLines: layer(topology, 'governorates'),
    borders: layer(topology, 'borders'),
    iraqOutline: layer(topology, 'iraq'),
  };
}

let overviewCache: BasemapTier | null = null;
/** The first view's tier, decoded on first use. */
export function overview(): BasemapTier {
  overviewCache ??= decodeTier(overviewJson);
  return overviewCache;
}

/** The full-detail tier: a separate chunk, fetched on first call. */
export const loadDetail = (): Promise<BasemapTier> => import('../basemap/detail.topo.json').then((m) => decodeTier(m.default));
/** The neighbouring lands: a separate chunk, fetched on first call. */
export const loadContext = (): Promise<BasemapTier> => import('../basemap/context.topo.json').then((m) => decodeTier(m.default));

export interface BasemapCity {
  readonly id: string;
  readonly nameEn: string;
  readonly nameAr: string;
  readonly lat: number;
  readonly lon: number;
  /** 1: shown from zoom 5; 2: from 7; 3: from 8. */
  readonly rank: 1 | 2 | 3;
  /** ISO 3166-2 code of its governorate. */
  readonly gov: string;
}

export interface BasemapLabel {
  readonly id: string;
  readonly kind: 'river' | 'lake' | 'country' | 'sea';
  readonly nameEn: string;
  readonly nameAr: string;
  readonly lat: number;
  readonly lon: number;
  readonly minZoom: number;
  readonly isoN3?: string;
}

export const cities = citiesJson as readonly BasemapCity[];
export const labels = labelsJson as readonly BasemapLabel[];
export const CITY_MIN_ZOOM: Readonly<Record<BasemapCity['rank'], number>> = { 1: 5, 2: 7, 3: 8 };
