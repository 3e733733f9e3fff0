// The map's place on a page: the drawn first frame (DrawnMap.tsx), which the page's HTML carries
// before any script, then the live map (NewsMap.tsx), fetched once the page has hydrated and shown
// under the drawn frame, which goes once the live map has painted. Both fill the same box, so the
// page never moves as one replaces the other.
import { lazy, Suspense, useCallback, useState } from 'react';
import { useHydrated } from '../ui/hydration.ts';
import { DrawnMap } from './DrawnMap.tsx';
import type { NewsMapProps } from './NewsMap.tsx';
import { loadNewsMap } from './preload.ts';

// Leaflet and everything that draws with it: not needed to paint the page, and never run at build
// time, where there is no window for it.
const NewsMap = lazy(() => loadNewsMap().then((m) => ({ default: m.NewsMap })));

export interface StoryMapProps extends Omit<NewsMapProps, 'onPainted'> {
  /** Where the drawn frame's places lead (DrawnMap.tsx). */
  readonly entryHref: (placeId: string) => string;
}

export function StoryMap({ entryHref, ...props }: StoryMapProps) {
  const hydrated = useHydrated();
  const [painted, setPainted] = useState(false);
  const onPainted = useCallback(() => setPainted(true), []);
  return (
    <>
      {hydrated && (
        <Suspense fallback={null}>
          <NewsMap {...props} onPainted={onPainted} />
        </Suspense>
      )}
      {!painted && <DrawnMap story={props.story} entryHref={entryHref} />}
    </>
  );
}
