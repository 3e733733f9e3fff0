// Find a place: a combobox over the gazetteer (GeoNames' populated places, on the editor's server),
// as WAI-ARIA's combobox pattern has it: type a name, the matches are a list of options, each naming
// its country and population; arrows move through them, Enter or a click chooses, Escape closes.
// Choosing one adds the place at the gazetteer's point, with the gazetteer's record as its source.
import { useEffect, useId, useState } from 'react';
import { findPlaces, type GazetteerMatch } from './api.ts';

export function FindPlace({ onChoose }: { readonly onChoose: (match: GazetteerMatch) => void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<readonly GazetteerMatch[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [searched, setSearched] = useState('');

  useEffect(() => {
    if (query.trim().length < 2) {
      setMatches([]);
      setSearched('');
      return;
    }
    const abort = new AbortController();
    findPlaces(query, abort.signal).then(
      (found) => {
        setMatches(found);
        setActive(-1);
        setSearched(query);
      },
      () => {},
    );
    return () => abort.abort();
  }, [query]);

  const choose = (match: GazetteerMatch): void => {
    onChoose(match);
    setQuery('');
    setOpen(false);
  };
  const shown = open && matches.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;
  const count = searched === query && query.trim().length >= 2 ? matches.length : null;

  return (
    <div className="editor-find">
      <label htmlFor={`${id}-input`}>Find a place</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-count`}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            if (matches.length === 0) return;
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((a) => (a + step + matches.length) % matches.length);
          } else if (e.key === 'Enter' && shown && active >= 0) {
            e.preventDefault();
            choose(matches[active]!);
          } else if (e.key === 'Escape' && open) {
            // Only closes the list: the editor's own Escape (cancel Add place) is not this one's.
            e.stopPropagation();
            setOpen(false);
          }
        }}
        onBlur={() => setOpen(false)}
      />
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the combobox pattern's listbox; focus stays in the box (aria-activedescendant). */}
      <ul id={`${id}-list`} role="listbox" aria-label="Places found" hidden={!shown} className="editor-find-list">
        {matches.map((m, i) => (
          // biome-ignore lint/a11y/useFocusableInteractive: options are reached from the box by the arrows (aria-activedescendant), never focused.
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard chooses from the box (Enter); the click is the mouse's way.
          <li
            key={m.id}
            id={optionId(i)}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the combobox's listbox.
            role="option"
            aria-selected={i === active}
            // Keep focus in the box: the click chooses.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(m)}
          >
            {m.name}, {m.country} <span className="editor-find-detail">(population {m.population.toLocaleString('en')})</span>
          </li>
        ))}
      </ul>
      <p id={`${id}-count`} className="editor-find-count" aria-live="polite">
        {count === null
          ? ''
          : count === 0
            ? `No place named “${query.trim()}” in GeoNames’ towns and cities.`
            : `${count} place${count === 1 ? '' : 's'} found.`}
      </p>
    </div>
  );
}
