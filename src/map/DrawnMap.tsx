// The map's first frame, in the page's HTML before any script (shared/map/firstFrame.ts): the
// basemap the page ships (its overview tier, in the classes the live map's paths take), the halos and
// areas, each located place's symbol and label in the live marker's own markup and styles, and the
// places the live map would group drawn as its groups, where Leaflet
// will put them. It draws no Leaflet: the live map (NewsMap.tsx) takes its place once it has drawn.
// Each place is a link to its entry in the places list, so that with script off the map still leads
// to the words; with script, a click selects the place, as a marker's does. It is hidden from
// assistive technology and out of the Tab order: it stands in for the live map only until that
// has painted, and a screen reader should not count, or start reading, links about to go; the
// places list says all it shows.
import type { Geometry } from 'geojson';
import { memo, useMemo } from 'react';
import {
  basemapReach,
  drawnGroupClasses,
  drawnPlaceClass,
  type FrameBox,
  frameBox,
  framePlaces,
  fromCentre,
  groupStates,
  referenceZoom,
} from '../../shared/map/firstFrame.ts';
import { symbolClass, traitsOf } from '../../shared/map/symbolClass.ts';
import { isClustered } from '../../shared/story/scale.ts';
import { isLocated, type LocatedPlace, type Story } from '../../shared/story/types.ts';
import { groupLabel, groupName } from '../../shared/story/words.ts';
import { useSelectionActions } from '../selection/SelectionContext.tsx';
import { BASEMAP, overview } from './basemapData.ts';

export interface DrawnMapProps {
  readonly story: Story;
  /** Where a place's link leads: its entry in the places list on this page, or on the story's page. */
  readonly entryHref: (placeId: string) => string;
}

export const DrawnMap = memo(function DrawnMap({ story, entryHref }: DrawnMapProps) {
  const { select } = useSelectionActions();
  const located = useMemo(() => story.places.filter(isLocated), [story]);
  // A story of hundreds of places is drawn in clusters that its own layer works out (ClusterLayer.tsx):
  // its first frame is the basemap alone, framed on its places.
  const drawn = useMemo(() => (isClustered(story) ? [] : located), [story, located]);
  const box = useMemo(() => frameBox(located.flatMap((p) => [p.position, ...(p.area?.flat() ?? [])])), [located]);
  const states = useMemo(() => groupStates(box, framePlaces(drawn), BASEMAP.minZoom, BASEMAP.maxZoom), [box, drawn]);
  const byId = useMemo(() => new Map(located.map((p) => [p.id, p])), [located]);
  return (
    <div className="drawn-map" aria-hidden="true">
      <DrawnBasemap box={box} places={drawn} />
      {drawn.map((place, i) => (
        <a
          key={place.id}
          className={`drawn-place ${drawnPlaceClass(i)}`}
          href={entryHref(place.id)}
          tabIndex={-1}
          aria-label={place.name}
          onClick={(event) => {
            event.preventDefault();
            select(place.id, 'map');
          }}
        >
          <span className="pm">
            <span className={symbolClass(traitsOf(place))} aria-hidden="true" />
            <span className="lbl" aria-hidden="true">
              {place.label}
            </span>
          </span>
        </a>
      ))}
      {/* The groups the live map draws at each zoom it may open at: the stylesheet shows the ones for
          this frame's size, and hides their places. Each leads to its first place's entry. */}
      {states.flatMap((state, s) =>
        state.groups.map((group, g) => {
          const members = group.members.map((id) => byId.get(id)!);
          return (
            <a
              key={`${s}-${group.id}`}
              className={drawnGroupClasses(s, g)}
              href={entryHref(members[0]!.id)}
              tabIndex={-1}
              aria-label={groupName(members.map((m) => m.name))}
            >
              <span className="pm">
                <span className="pg-count" aria-hidden="true">
                  {members.length}
                </span>
                <span className="lbl" aria-hidden="true">
                  {groupLabel(members[0]!.label, members.length)}
                </span>
              </span>
            </a>
          );
        }),
      )}
    </div>
  );
});

/** The basemap, halos and areas as one SVG, in world pixels at the reference zoom from the centre;
 * the stylesheet scales it to the live map's zoom. Strokes keep their width at any scale, as the
 * live map's do. */
function DrawnBasemap({ box, places }: { box: FrameBox; places: readonly LocatedPlace[] }) {
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
        <PlaceShapes key={place.id} place={place} at={at} />
      ))}
    </svg>
  );
}

/** A place's area, or its halo when it is known only roughly, as PlaceMarker.tsx draws them. */
function PlaceShapes({ place, at }: { place: LocatedPlace; at: (p: readonly number[]) => [number, number] }) {
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
