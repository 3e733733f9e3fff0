// The bundled basemap as GeoJSON, decoded once from the committed TopoJSON (see tools/basemap/).
// Natural Earth, public domain. Nothing here is fetched: the files are part of the bundle.
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import contextJson from '../basemap/context.topo.json';
import detailJson from '../basemap/iraq-detail.topo.json';
import citiesJson from '../basemap/cities.json';
import labelsJson from '../basemap/labels.json';

const context = contextJson as unknown as Topology;
const detail = detailJson as unknown as Topology;
const IRAQ = '368'; // ISO 3166-1 numeric

function collection(topology: Topology, name: string): GeometryCollection {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection') throw new Error(`basemap: no GeometryCollection "${name}"`);
  return object as GeometryCollection;
}

const asCollection = (f: Feature | FeatureCollection): FeatureCollection => (f.type === 'FeatureCollection' ? f : { type: 'FeatureCollection', features: [f] });
const lines = (m: MultiLineString): Feature<MultiLineString> => ({ type: 'Feature', properties: {}, geometry: m });
type Iso = { properties?: { iso_n3?: string } };

export interface Basemap {
  readonly land: FeatureCollection;
  readonly lakes: FeatureCollection;
  readonly rivers: FeatureCollection;
  readonly governorateLines: Feature<MultiLineString>;
  readonly borders: Feature<MultiLineString>;
  readonly iraqOutline: Feature<MultiLineString>;
}

let cache: Basemap | null = null;

/** Decodes the basemap on first use. */
export function basemap(): Basemap {
  if (cache) return cache;
  const internal = (a: GeometryObject, b: GeometryObject): boolean => a !== b;
  const contextBorders = mesh(context, collection(context, 'countries'), internal);
  const detailBorders = mesh(detail, collection(detail, 'countries'), internal);
  cache = {
    land: { type: 'FeatureCollection', features: [...asCollection(feature(context, collection(context, 'land'))).features, ...asCollection(feature(detail, collection(detail, 'land'))).features] },
    lakes: asCollection(feature(detail, collection(detail, 'lakes'))),
    rivers: asCollection(feature(detail, collection(detail, 'rivers'))),
    governorateLines: lines(mesh(detail, collection(detail, 'governorates'), internal)),
    borders: lines({ type: 'MultiLineString', coordinates: [...contextBorders.coordinates, ...detailBorders.coordinates] }),
    iraqOutline: lines(
      mesh(detail, collection(detail, 'countries'), (a, b) => a !== b && ((a as Iso).properties?.iso_n3 === IRAQ || (b as Iso).properties?.iso_n3 === IRAQ)),
    ),
  };
  return cache;
}

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
