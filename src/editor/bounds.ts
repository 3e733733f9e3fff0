// The map's bounds, as the editor keeps them: they follow the places (every located place, its area's
// corners and its halo inside, with a margin) unless the journalist sets them. A story's bounds are
// where the reader's map opens and the box the build cuts the basemap for.
import type { FeatureJson, StoryFilesJson, StoryJson } from '../../shared/editor/files.ts';

type Bbox = readonly [number, number, number, number];

/** A story with no places yet looks at the world (as far north and south as a Mercator map is read). */
export const WORLD: Bbox = [-180, -60, 180, 80];

/** What story.json says of bounds that follow the places. */
export const FOLLOWED = {
  name: 'the area of the story’s places',
  basis: 'Drawn by the editor around the story’s places, with a margin of a quarter of their span (at least a quarter of a degree).',
} as const;
const NO_PLACES = { name: 'the world (the story has no located places yet)', basis: 'The editor’s view of the world, until the story has places.' } as const;

const M_PER_DEGREE = 111_320;

/** The corners of a place's extent: its point (and its halo), or its area's corners. */
function extent(feature: FeatureJson): [number, number][] {
  const g = feature.geometry;
  if (!g) return [];
  if (g.type === 'Polygon') return g.coordinates.flat().map(([lon, lat]) => [lon, lat]);
  const [lon, lat] = g.coordinates;
  const r = feature.properties.precision.radiusM;
  if (!r || !(r > 0)) return [[lon, lat]];
  const dLat = r / M_PER_DEGREE;
  const dLon = r / (M_PER_DEGREE * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
  return [
    [lon - dLon, lat - dLat],
    [lon + dLon, lat + dLat],
  ];
}

const floor2 = (x: number) => Math.floor(x * 100) / 100;
const ceil2 = (x: number) => Math.ceil(x * 100) / 100;

/** The bounds that follow `features`, or the world when none is located. */
export function placesBbox(features: readonly FeatureJson[]): Bbox {
  const corners = features.flatMap(extent).filter(([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat));
  if (corners.length === 0) return WORLD;
  const lons = corners.map(([lon]) => lon);
  const lats = corners.map(([, lat]) => lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padLon = Math.max(0.25, (east - west) / 4);
  const padLat = Math.max(0.25, (north - south) / 4);
  return [
    Math.max(-180, floor2(west - padLon)),
    Math.max(-85, floor2(south - padLat)),
    Math.min(180, ceil2(east + padLon)),
    Math.min(85, ceil2(north + padLat)),
  ];
}

/** The story with bounds that follow its places. */
export function followPlaces(files: StoryFilesJson): StoryFilesJson {
  const bbox = placesBbox(files.places.features);
  const words = bbox === WORLD ? NO_PLACES : FOLLOWED;
  const bounds: StoryJson['bounds'] = { name: words.name, bbox, basis: words.basis };
  const same = files.story.bounds && JSON.stringify(files.story.bounds) === JSON.stringify(bounds);
  return same ? files : { ...files, story: { ...files.story, bounds } };
}

/** Whether the story's bounds are the ones that follow its places (so they go on following them). */
export function followsPlaces(files: StoryFilesJson): boolean {
  return followPlaces(files) === files;
}
