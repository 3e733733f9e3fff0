// "Places in this story": the map as text. Every place, located or not, with its kind, how precisely
// it is known and how sure the sources are. Located places open on the map; unlocated ones say why
// they are not on it.
import { memo, Suspense, useEffect, useRef, useState } from 'react';
import { symbolClass, traitsOf } from '../../shared/map/symbolClass.ts';
import { isLongList } from '../../shared/story/scale.ts';
import type { Place, Story } from '../../shared/story/types.ts';
import { placeSummaryParts, showPlaceName } from '../../shared/story/words.ts';
import { type SelectionApi, type SelectionSource, useSelection } from '../selection/SelectionContext.tsx';
import { placeGroups } from '../story/groups.ts';
import { focusTemporarily } from '../ui/focus.ts';
import { prefersReducedMotion } from '../ui/motion.ts';
import { separated } from '../ui/Separator.tsx';
import { SourceList } from '../ui/SourceList.tsx';
import { longPlacesList } from './longList.ts';

/** The list's heading: where "Skip to the list of places" sends focus. */
export const PLACES_TITLE = 'places-title';

/** The id of a place's entry in the list. */
export const placeEntryId = (id: string): string => `place-${id}`;

export function PlacesList({ story }: { story: Story }) {
  // Read here, once, and passed down: a change of selection re-renders the items it concerns only.
  const { selection, select } = useSelection();
  const [LongPlacesList] = useState(longPlacesList);
  const item = (place: Place) => (
    <PlaceItem
      key={place.id}
      place={place}
      selected={selection?.id === place.id}
      source={selection?.id === place.id ? selection.source : null}
      select={select}
    />
  );
  return (
    <section className="places" id="places" aria-labelledby={PLACES_TITLE}>
      <h2 id={PLACES_TITLE}>Places in this story</h2>
      {isLongList(story) ? (
        <Suspense fallback={<p role="status">Loading the list of places…</p>}>
          <LongPlacesList places={story.places} item={item} selectedId={selection?.id ?? null} />
        </Suspense>
      ) : (
        placeGroups(story).map((group) => (
          // Unnamed: named, each group would be a landmark of its own (five of the page's twelve).
          <section key={group.key} className="places-group">
            <h3>{group.title}</h3>
            {group.intro && <p className="places-intro">{group.intro}</p>}
            <ul>{group.places.map(item)}</ul>
          </section>
        ))
      )}
    </section>
  );
}

interface PlaceItemProps {
  readonly place: Place;
  readonly selected: boolean;
  readonly source: SelectionSource | null;
  readonly select: SelectionApi['select'];
}

const PlaceItem = memo(function PlaceItem({ place, selected, source, select }: PlaceItemProps) {
  const item = useRef<HTMLLIElement>(null);
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(
    function showSelectedUnlocatedPlace() {
      // An unlocated place has no popup: opening it means opening its entry here.
      if (!selected || place.position !== null || !item.current) return;
      if (details.current) details.current.open = true;
      item.current.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
      if (source !== 'hash') focusTemporarily(item.current);
    },
    [selected, source, place.position],
  );

  return (
    <li ref={item} id={placeEntryId(place.id)} className="places-item" data-selected={selected || undefined}>
      <span className={symbolClass(traitsOf(place))} aria-hidden="true" />
      <div className="places-body">
        {place.position !== null ? (
          <button type="button" className="places-open" aria-label={showPlaceName(place)} onClick={(e) => select(place.id, 'list', e.currentTarget)}>
            {place.name}
          </button>
        ) : (
          <span className="places-name">{place.name}</span>
        )}
        <span className="places-meta">{separated(placeSummaryParts(place))}</span>
        {place.position === null && (
          <details ref={details} className="places-why">
            {/* Several places are not on the map: each of these controls says whose it is. */}
            <summary>Why {place.label} is not on the map</summary>
            <p>{place.precision.basis}</p>
            {place.strike && <p>Listed by {place.strike.listedBy}.</p>}
            <SourceList sources={place.sources} />
          </details>
        )}
      </div>
    </li>
  );
});
