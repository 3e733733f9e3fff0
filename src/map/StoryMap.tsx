// The map's place on a page: the drawn first frame (DrawnMap.tsx), which the page's HTML carries
// before any script, then the live map (NewsMap.tsx), fetched once the page has hydrated and shown
// under the drawn frame, which goes once the live map has painted. Both fill the same box, so the
// page never moves as one replaces the other.
import { startTransition, useCallback, useEffect, useState } from 'react';
import { DrawnMap } from './DrawnMap.tsx';
import type { NewsMap as NewsMapComponent, NewsMapProps } from './NewsMap.tsx';
import { loadNewsMap } from './preload.ts';

export interface StoryMapProps extends Omit<NewsMapProps, 'onPainted'> {
  /** Where the drawn frame's places lead (DrawnMap.tsx). */
  readonly entryHref: (placeId: string) => string;
}

export function StoryMap({ entryHref, ...props }: StoryMapProps) {
  const LiveMap = useLiveMap();
  const [painted, setPainted] = useState(false);
  const onPainted = useCallback(() => setPainted(true), []);
  return (
    <>
      {LiveMap && <LiveMap {...props} onPainted={onPainted} />}
      {!painted && <DrawnMap story={props.story} entryHref={entryHref} />}
    </>
  );
}

/** The live map's component once its code is here, asked for after the page has hydrated (an
 * effect: never at build time, where there is no window for Leaflet; the entry points started the
 * download before React began). Not lazy() and Suspense: React holds back a boundary's content for
 * up to 300 ms after its fallback showed, and the map appeared that much later for nothing. A code
 * that cannot be fetched is thrown from the render, to the map's error boundary. */
function useLiveMap(): typeof NewsMapComponent | null {
  const [loaded, setLoaded] = useState<{ map: typeof NewsMapComponent } | { error: unknown } | null>(null);
  useEffect(function fetchLiveMap() {
    let mounted = true;
    loadNewsMap().then(
      (m) => mounted && startTransition(() => setLoaded({ map: m.NewsMap })),
      (error: unknown) => mounted && setLoaded({ error }),
    );
    return () => {
      mounted = false;
    };
  }, []);
  if (loaded && 'error' in loaded) throw loaded.error;
  return loaded?.map ?? null;
}
