// Leaflet measures its container only on window resizes. The embed's map changes size without one
// (full screen, the iframe's width), so watch the container itself.
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
