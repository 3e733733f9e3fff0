// "Places in this story": the map as text. Every place, located or not, with its kind, how precisely
// it is known and how sure the sources are. Located places open on the map; unlocated ones say why
// they are not on it.
import { useEffect, useRef } from 'react';
import { placeGroups } from '../data/groups.ts';
import type { Place, Story } from '../data/types.ts';
import { placeSummary } from '../data/words.ts';
import { symbolClass, traitsOf } from '../map/symbolClass.ts';
import { useSelection } from '../selection/SelectionContext.tsx';
import { prefersReducedMotion } from '../ui/motion.ts';
import { SourceList } from '../ui/SourceList.tsx';

export function PlacesList({ story }: { story: Story }) {
  return (
    <section className="places" id="places" aria-labelledby="places-title" tabIndex={-1}>
      <h2 id="places-title">Places in this story</h2>
      {placeGroups(story).map((group) => (
        <section key={group.key} className="places-group" aria-labelledby={`places-${group.key}`}>
          <h3 id={`places-${group.key}`}>{group.title}</h3>
          {group.intro && <p className="places-intro">{group.intro}</p>}
          <ul>
            {group.places.map((place) => (
              <PlaceItem key={place.id} place={place} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function PlaceItem({ place }: { place: Place }) {
  const { selection, select } = useSelection();
  const selected = selection?.id === place.id;
  const item = useRef<HTMLLIElement>(null);
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(
    function showSelectedUnlocatedPlace() {
      // An unlocated place has no popup: opening it means opening its entry here.
      if (!selected || place.position !== null || !item.current) return;
      if (details.current) details.current.open = true;
      item.current.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
      if (selection?.source !== 'hash') item.current.focus({ preventScroll: true });
    },
    [selected, selection?.source, place.position],
  );

  return (
    <li ref={item} id={`place-${place.id}`} className="places-item" data-selected={selected || undefined} tabIndex={-1}>
      <span className={symbolClass(traitsOf(place))} aria-hidden="true" />
      <div className="places-body">
        {place.position !== null ? (
          <button type="button" className="places-open" aria-label={`Show ${place.name} on the map`} onClick={(e) => select(place.id, 'list', e.currentTarget)}>
            {place.name}
          </button>
        ) : (
          <span className="places-name">{place.name}</span>
        )}
        <span className="places-meta">{placeSummary(place)}</span>
        {place.position === null && (
          <details ref={details} className="places-why">
            <summary>Why it is not on the map</summary>
            <p>{place.precision.basis}</p>
            {place.strike && <p>Listed by {place.strike.listedBy}.</p>}
            <SourceList sources={place.sources} />
          </details>
        )}
      </div>
    </li>
  );
}
