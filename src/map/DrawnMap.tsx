// The map's first frame, in the page's HTML before any script (shared/map/firstFrame.ts): the
// basemap the page ships and the halos and areas (DrawnBasemap.tsx), each located place's symbol and
// label in the live marker's own markup and styles, and the places the live map would group drawn as
// its groups, each where Leaflet will put it. It draws no Leaflet: the live map (NewsMap.tsx) takes
// its place once it has drawn. Each place is a link to its entry in the places list, so that with
// script off the map still leads to the words; with script, a click selects the place, as a
// marker's does. It is hidden from assistive technology and out of the Tab order: it stands in for
// the live map only until that has painted, and a screen reader should not count, or start reading,
// links about to go; the places list says all it shows.
import { memo, useMemo } from 'react';
import { drawnGroupClasses, drawnPlaceClass, frameBox, framePlaces, groupStates } from '../../shared/map/firstFrame.ts';
import { symbolClass, traitsOf } from '../../shared/map/symbolClass.ts';
import { isClustered } from '../../shared/story/scale.ts';
import { isLocated, type Story } from '../../shared/story/types.ts';
import { groupLabel, groupName } from '../../shared/story/words.ts';
import { useSelectionActions } from '../selection/SelectionContext.tsx';
import { BASEMAP } from './basemapData.ts';
import { DrawnBasemap } from './DrawnBasemap.tsx';

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
              key={`${state.zoom}-${group.id}`}
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
