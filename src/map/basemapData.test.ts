// The bundled basemap is what it claims to be: Iraq's 18 governorates, every hand-written city
// inside its governorate, every country label inside its country, and each tier small enough to ship.
// regions.topo.json (the polygons) is never shipped: the map draws lines, these checks need areas.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import regionsJson from '../basemap/regions.topo.json';
import contextJson from '../basemap/context.topo.json';
import detailJson from '../basemap/detail.topo.json';
import { decodeTier, labels, overview, type BasemapCity } from './basemapData.ts';

// Read from disk, not imported: the build (and so Vitest) leaves out the fields the map does not use.
const cities = JSON.parse(readFileSync('src/basemap/cities.json', 'utf8')) as BasemapCity[];

const regions = regionsJson as unknown as Topology;
const features = (name: string) =>
  (feature(regions, regions.objects[name] as GeometryCollection) as { features: Feature<Polygon | MultiPolygon, Record<string, string>>[] }).features;

/** Ray casting over every ring: true when [x, y] is inside the (multi)polygon. */
function contains(geometry: Polygon | MultiPolygon, point: Position): boolean {
  const [x, y] = point as [number, number];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let inside = false;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
      }
    }
  }
  return inside;
}

describe('the bundled basemap', () => {
  const governorates = features('governorates');

  it('has Iraq’s 18 governorates with unique ISO codes, Kirkuk as IQ-KI', () => {
    const codes = governorates.map((g) => g.properties.iso);
    expect(codes).toHaveLength(18);
    expect(new Set(codes).size).toBe(18);
    expect(codes).toContain('IQ-KI');
    expect(codes).not.toContain('IQ-TS');
  });

  it('puts every city inside its own governorate', () => {
    expect(cities.length).toBe(36);
    for (const city of cities) {
      const gov = governorates.find((g) => g.properties.iso === city.gov);
      expect(gov, city.id).toBeDefined();
      expect(contains(gov!.geometry, [city.lon, city.lat]), `${city.id} in ${city.gov}`).toBe(true);
    }
  });

  it('puts every country label inside its country', () => {
    const countries = features('countries');
    for (const label of labels.filter((l) => l.isoN3)) {
      const country = countries.find((c) => c.properties.iso_n3 === label.isoN3);
      expect(country, label.id).toBeDefined();
      expect(contains(country!.geometry, [label.lon, label.lat]), label.id).toBe(true);
    }
  });

  it('decodes each tier to the layers the map draws', () => {
    for (const [name, tier] of [
      ['overview', overview()],
      ['detail', decodeTier(detailJson)],
    ] as const) {
      expect(tier.land.features.length, name).toBeGreaterThan(0);
      expect(tier.lakes.features.length, name).toBe(5);
      expect(tier.rivers.features.length, name).toBeGreaterThan(10);
      expect(tier.governorateLines.features.length, name).toBeGreaterThan(0);
      expect(tier.borders.features.length, name).toBeGreaterThan(0);
      expect(tier.iraqOutline.features.length, name).toBeGreaterThan(0);
    }
    const context = decodeTier(contextJson);
    expect(context.land.features.length).toBeGreaterThan(0);
    expect(context.borders.features.length).toBeGreaterThan(0);
    expect(context.governorateLines.features).toEqual([]);
  });

  it('keeps the overview generalised: fewer vertices than the detail, but the same places', () => {
    const vertices = (json: unknown) => (json as Topology).arcs.reduce((n, arc) => n + arc.length, 0);
    expect(vertices(JSON.parse(readFileSync('src/basemap/overview.topo.json', 'utf8')))).toBeLessThan(vertices(detailJson) * 0.6);
  });

  it('stays small: the first view’s tier under 10 KB gzipped, the others under 30 KB', () => {
    const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
    expect(gz('src/basemap/overview.topo.json')).toBeLessThan(10_000);
    for (const file of ['src/basemap/detail.topo.json', 'src/basemap/context.topo.json']) {
      expect(gz(file), file).toBeLessThan(30_000);
      expect(statSync(file).size, file).toBeLessThan(100_000);
    }
  });
});
