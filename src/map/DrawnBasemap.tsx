// The drawn first frame's basemap (DrawnMap.tsx): the overview tier the page ships, in the classes
// the live map's paths take (Basemap.tsx), and the story's halos and areas (PlaceMarker.tsx), in one
// SVG whose box the story's stylesheet scales to the live map's zoom (shared/map/firstFrame.ts).
import type { Geometry } from 'geojson';
import { Fragment, type ReactNode } from 'react';
import { basemapReach, type FrameBox, fromCentre, referenceZoom } from '../../shared/map/firstFrame.ts';
import type { LocatedPlace } from '../../shared/story/types.ts';
import { BASEMAP, overview } from './basemapData.ts';

/** The basemap, halos and areas as one SVG, in world pixels at the reference zoom from the centre;
 * the stylesheet scales it to the live map's zoom. Strokes keep their width at any scale, as the
 * live map's do. */
export function DrawnBasemap({ box, places }: { box: FrameBox; places: readonly LocatedPlace[] }) {
  const zoom = referenceZoom(box, BASEMAP.minZoom, BASEMAP.maxZoom);
  const reach = Math.round(basemapReach(box, BASEMAP.maxZoom) * 2 ** zoom);
  const tier = overview();
  const at = (p: readonly number[]): [number, number] => fromCentre(box, p, zoom);
  const layers: [string, readonly { geometry: Geometry | null }[], boolean][] = [
    ['bm-land', tier.land.features, true],
    ['bm-lake', tier.lakes.features, true],
    ['bm-river', tier.rivers.features, false],
    ['bm-region', tier.regionLines.features, false],
    ['bm-border', tier.borders.features, false],
    ['bm-focus', tier.focusOutline.features, false],
  ];
  return (
    <svg className="drawn-basemap" viewBox={`${-reach} ${-reach} ${2 * reach} ${2 * reach}`} aria-hidden="true" focusable="false">
      {layers.map(([className, features, filled]) => (
        <path
          key={className}
          className={className}
          d={features.map((f) => pathData(f.geometry, at)).join('')}
          fill={filled ? undefined : 'none'}
          stroke={filled ? 'none' : undefined}
          strokeDasharray={className === 'bm-region' ? '4 3' : undefined}
          vectorEffect="non-scaling-stroke"
          // Rounded from floating point the browser's engine may compute a last digit apart from Node's.
          suppressHydrationWarning
        />
      ))}
      {places.map((place) => (
        <Fragment key={place.id}>{placeShape(place, at)}</Fragment>
      ))}
    </svg>
  );
}

/** A place's area, or its halo when it is known only roughly, as PlaceMarker.tsx draws them. */
function placeShape(place: LocatedPlace, at: (p: readonly number[]) => [number, number]): ReactNode {
  const approximate = place.precision.kind === 'approximate';
  if (place.area) {
    const className = `area area--${place.confidence.level}${approximate ? ' area--approximate' : ''}`;
    return (
      <path className={className} d={place.area.map((ring) => line(ring, true, at)).join('')} vectorEffect="non-scaling-stroke" suppressHydrationWarning />
    );
  }
  if (!approximate || place.precision.radiusM === null) return null;
  // Leaflet's circle: the radius in metres as degrees of latitude, projected (L.Circle._project).
  const [lon, lat] = place.position;
  const latR = (place.precision.radiusM / 6_371_000) * (180 / Math.PI);
  const [, top] = at([lon, lat + latR]);
  const [, bottom] = at([lon, lat - latR]);
  const [x] = at(place.position);
  const className = `halo halo--${place.confidence.level}${place.precision.radiusFrom === 'derived' ? ' halo--derived' : ''}${place.strike?.role === 'reported-area' ? ' halo--reported' : ''}`;
  return (
    <circle
      className={className}
      cx={round(x)}
      cy={round((top + bottom) / 2)}
      r={round((bottom - top) / 2)}
      vectorEffect="non-scaling-stroke"
      suppressHydrationWarning
    />
  );
}

const round = (v: number): number => Math.round(v * 10) / 10;

/** A geometry's SVG path data, in whole units: the reference zoom's pixels. */
function pathData(geometry: Geometry | null, at: (p: readonly number[]) => [number, number]): string {
  if (!geometry) return '';
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((r) => line(r, true, at)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.map((poly) => poly.map((r) => line(r, true, at)).join('')).join('');
    case 'LineString':
      return line(geometry.coordinates, false, at);
    case 'MultiLineString':
      return geometry.coordinates.map((l) => line(l, false, at)).join('');
    case 'GeometryCollection':
      return geometry.geometries.map((g) => pathData(g, at)).join('');
    default:
      return '';
  }
}

/** One ring or line in whole units: absolute to its first point, then each step from the one before
 * (shorter), leaving out the steps that round to nothing. */
function line(points: readonly (readonly number[])[], closed: boolean, at: (p: readonly number[]) => [number, number]): string {
  let d = '';
  let last: [number, number] | null = null;
  for (const p of points) {
    const [x, y] = at(p).map(Math.round) as [number, number];
    if (last === null) d = `M${x} ${y}l`;
    else if (x !== last[0] || y !== last[1]) d += `${pair(x - last[0], y - last[1], d)}`;
    else continue;
    last = [x, y];
  }
  if (last === null) return '';
  if (d.endsWith('l')) d = d.slice(0, -1);
  return closed ? `${d}z` : d;
}

/** dx and dy after `before`, with a space only where a minus sign does not already part them. */
function pair(dx: number, dy: number, before: string): string {
  const lead = before.endsWith('l') || dx < 0 ? '' : ' ';
  return `${lead}${dx}${dy < 0 ? '' : ' '}${dy}`;
}
