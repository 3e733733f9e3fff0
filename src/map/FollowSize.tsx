// Leaflet measures its container only on window resizes. The map also changes size without one (the
// embed's full screen and its iframe's width; on the story page, the key or the timeline opened
// beside a map that fills the column), so watch the container itself. An open popup follows
// (camera/keepPopupInView.ts, on the map's resize event).
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

export function FollowSize() {
  const map = useMap();
  useEffect(
    function invalidateOnResize() {
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
      observer.observe(map.getContainer());
      return function stopFollowing() {
        observer.disconnect();
      };
    },
    [map],
  );
  return null;
}
