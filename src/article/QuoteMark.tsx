// A passage of the article that the map quotes. With one place, the passage itself is the control
// that opens it; with several (one sentence about two bases), the passage is marked and a small
// button per place follows it. Active while its place is selected.
import type { KeyboardEvent } from 'react';
import type { Segment } from '../story/passages.ts';
import type { Place } from '../story/types.ts';
import { useSelection } from '../selection/SelectionContext.tsx';

export function QuoteMark({ segment, places }: { segment: Segment; places: ReadonlyMap<string, Place> }) {
  const { selection, select } = useSelection();
  const ids = [...new Set(segment.refs.map((r) => r.placeId))];
  const active = selection !== null && ids.includes(selection.id);

  if (ids.length === 1) {
    const place = places.get(ids[0]!)!;
    const open = (target: HTMLElement): void => select(place.id, 'article', target);
    return (
      // biome-ignore lint/a11y/useSemanticElements: the passage is a run of the article's own text; a <button> would break the paragraph's lines and its text selection.
      <span
        className="passage"
        role="button"
        tabIndex={0}
        data-active={active || undefined}
        data-places={place.id}
        onClick={(e) => open(e.currentTarget)}
        onKeyDown={(e: KeyboardEvent<HTMLSpanElement>) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            open(e.currentTarget);
          }
        }}
      >
        {segment.text}
        <span className="sr-only"> (show {place.name} on the map)</span>
      </span>
    );
  }
  return (
    <>
      <mark className="passage passage--shared" data-active={active || undefined} data-places={ids.join(' ')}>
        {segment.text}
      </mark>
      <span className="passage-chips">
        {ids.map((id) => {
          const place = places.get(id)!;
          return (
            <button
              key={id}
              type="button"
              className="chip"
              data-chip-for={id}
              data-active={selection?.id === id || undefined}
              aria-label={`Show ${place.name} on the map`}
              onClick={(e) => select(id, 'article', e.currentTarget)}
            >
              {place.label}
            </button>
          );
        })}
      </span>
    </>
  );
}
