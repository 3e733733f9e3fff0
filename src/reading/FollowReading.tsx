// The article's half of following the reading: which paragraph the reader is on — the one across a
// line 40% down the window — and the places it quotes, told to the selection as the places being
// read. Only where map and article stand side by side, and only while following is on and not
// paused (FollowContext.tsx); otherwise nothing is being read.
import { useEffect, useMemo, useState } from 'react';
import type { Story } from '../../shared/story/types.ts';
import { useSelectionActions } from '../selection/SelectionContext.tsx';
import { useFollow } from './FollowContext.tsx';

/** Where map and article stand side by side (story.css). */
export const SIDE_BY_SIDE = '(min-width: 48rem)';

export function FollowReading({ story }: { story: Story }) {
  const { read } = useSelectionActions();
  const { on, paused } = useFollow();
  const wide = useMediaQuery(SIDE_BY_SIDE);
  // Each paragraph's places, in the story's order.
  const placesOf = useMemo(() => {
    const of = new Map<string, string[]>();
    for (const place of story.places) {
      for (const quote of place.quotes) {
        const ids = of.get(quote.paragraph) ?? [];
        if (!ids.includes(place.id)) ids.push(place.id);
        of.set(quote.paragraph, ids);
      }
    }
    return of;
  }, [story]);

  useEffect(
    function watchTheParagraphBeingRead() {
      if (!on || paused || !wide) {
        read([]);
        return;
      }
      // A zero-height band 40% down the window: the paragraph across it is the one being read.
      const observer = new IntersectionObserver(
        (entries) => {
          const across = entries.filter((e) => e.isIntersecting).at(-1);
          if (across) read(placesOf.get(across.target.id) ?? []);
        },
        { rootMargin: '-40% 0px -60% 0px' },
      );
      for (const paragraph of document.querySelectorAll('.article .para[id]')) observer.observe(paragraph);
      return function stopWatching() {
        observer.disconnect();
        read([]);
      };
    },
    [on, paused, wide, placesOf, read],
  );
  return null;
}

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof matchMedia === 'function' && matchMedia(query).matches);
  useEffect(
    function followTheQuery() {
      if (typeof matchMedia !== 'function') return;
      const list = matchMedia(query);
      const onChange = (): void => setMatches(list.matches);
      list.addEventListener('change', onChange);
      onChange();
      return function stopFollowing() {
        list.removeEventListener('change', onChange);
      };
    },
    [query],
  );
  return matches;
}
