// The places list of a story with many places (PlacesList.tsx switches to it): a search field, a
// page of places at a time, and a status line that says how many match and how many are shown.
import { type ReactNode, useDeferredValue, useId, useMemo, useState } from 'react';
import type { Place } from '../../shared/story/types.ts';
import './longList.css';

const PAGE = 100;

/** Every place, found by name and shown a page at a time; the selected place is always listed. */
export function LongPlacesList({ places, item, selectedId }: { places: readonly Place[]; item: (place: Place) => ReactNode; selectedId: string | null }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [pages, setPages] = useState(1);
  const deferred = useDeferredValue(query);
  const matches = useMemo(() => {
    const q = deferred.trim().toLocaleLowerCase('en-GB');
    return q ? places.filter((p) => p.name.toLocaleLowerCase('en-GB').includes(q)) : places;
  }, [places, deferred]);
  const page = matches.slice(0, pages * PAGE);
  // A place selected elsewhere (the map, a link) is listed even when it is not on the page shown.
  const extra = selectedId !== null && !page.some((p) => p.id === selectedId) ? places.find((p) => p.id === selectedId) : undefined;
  const shown = extra ? [extra, ...page] : page;
  const total = places.length.toLocaleString('en-GB');
  return (
    <>
      <p className="places-search">
        <label htmlFor={`${id}-q`}>Find a place</label>{' '}
        <input
          id={`${id}-q`}
          className="control"
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setPages(1);
          }}
          autoComplete="off"
        />
      </p>
      <p className="places-count" role="status">
        {deferred.trim() ? `${matches.length.toLocaleString('en-GB')} of ${total} places match.` : `${total} places.`}{' '}
        {matches.length > page.length ? `Showing the first ${page.length.toLocaleString('en-GB')}.` : ''}
      </p>
      <ul>{shown.map(item)}</ul>
      {matches.length > page.length && (
        <p>
          <button type="button" className="control" onClick={() => setPages((n) => n + 1)}>
            Show {Math.min(PAGE, matches.length - page.length)} more places
          </button>
        </p>
      )}
    </>
  );
}
