// A passage of the article that the map quotes: its words, marked, then one button per place it is
// about, showing the place's label and named for where it goes and the passage it follows: "Show
// <label> on the map: “<the passage's first words>…”", or, for a place no source locates, "Show
// <label> in the list of places". However many quotes overlap or nest in it, a
// passage offers each place once. A click on the words opens a part quoted for one place alone; the
// buttons are the controls a keyboard or a screen reader meets (that click is ArticlePane's, see
// there). Marked active while its place is selected.
import type { ArticlePiece } from '../../shared/story/passages.ts';
import type { Place } from '../../shared/story/types.ts';
import { firstWords, showPlaceName } from '../../shared/story/words.ts';
import { useSelection } from '../selection/SelectionContext.tsx';

type Passage = Extract<ArticlePiece, { kind: 'passage' }>;

export function QuoteMark({ passage, places }: { passage: Passage; places: ReadonlyMap<string, Place> }) {
  const { selection, select } = useSelection();
  const selected = selection?.id ?? null;
  // A place may have several passages in one paragraph: each button also says which passage it follows.
  const cue = firstWords(passage.segments.map((s) => s.text).join(''), 5);
  return (
    <>
      <span className="passage-run">
        {passage.segments.map((segment, i) => {
          const ids = [...new Set(segment.refs.map((r) => r.placeId))];
          const only = ids.length === 1 ? ids[0]! : null;
          return (
            // A span, not a mark: a screen reader says "highlight start" and "highlight end" around
            // each mark, and the button after the passage already says what it is for.
            <span
              // biome-ignore lint/suspicious/noArrayIndexKey: a passage's parts never move; their order is their identity.
              key={i}
              className={`passage${only ? ' passage--opens' : ''}`}
              data-active={(selected !== null && ids.includes(selected)) || undefined}
              data-places={ids.join(' ')}
            >
              {segment.text}
            </span>
          );
        })}
      </span>
      <span className="passage-chips">
        {passage.placeIds.map((id) => {
          const place = places.get(id)!;
          return (
            <button
              key={id}
              type="button"
              className="chip"
              data-chip-for={id}
              data-active={selected === id || undefined}
              aria-label={`${showPlaceName(place, place.label)}: “${cue}”`}
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
