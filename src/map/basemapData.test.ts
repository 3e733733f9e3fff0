// The bundled basemap is what it claims to be: Iraq's 18 governorates, every hand-written city
// inside its governorate, every country label inside its country, and small enough to ship.
import { statSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import detailJson from '../basemap/iraq-detail.topo.json';
import { basemap, cities, labels } from './basemapData.ts';

const detail = detailJson as unknown as Topology;
const features = (name: string) =>
  (feature(detail, detail.objects[name] as GeometryCollection) as { features: Feature<Polygon | MultiPolygon, Record<string, string>>[] }).features;

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

  it('decodes to land, water, lines and Iraq’s outline', () => {
    const b = basemap();
    expect(b.land.features.length).toBeGreaterThan(0);
    expect(b.lakes.features.length).toBe(5);
    expect(b.rivers.features.length).toBeGreaterThan(10);
    expect(b.iraqOutline.geometry.coordinates.length).toBeGreaterThan(0);
  });

  it('stays small: each TopoJSON file under 100 KB raw', () => {
    for (const file of ['src/basemap/iraq-detail.topo.json', 'src/basemap/context.topo.json']) {
      expect(statSync(file).size, file).toBeLessThan(100_000);
    }
  });
});
