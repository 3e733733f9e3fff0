// Gives the reader's view back when the last popup closes (see viewMemory.ts), in both ways the map
// draws places: one marker each, or clusters.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { prefersReducedMotion } from '../ui/motion.ts';
import { keepReaderView, moveOurselves, noteMoveStart, takeReaderView } from './viewMemory.ts';

export function ReaderView() {
  const map = useMap();
  useEffect(
    function restoreOnClose() {
      let open = 0;
      let pending = false;
      const onOpen = (): void => {
        open++;
        keepReaderView(map); // a marker clicked where it is: the view before the popup's pan
      };
      const onClose = (): void => {
        open = Math.max(0, open - 1);
        if (pending) return;
        pending = true;
        // Opening another place closes this popup first, in the same task: wait for the task to
        // end, and give the view back only if no popup is open then.
        queueMicrotask(() => {
          pending = false;
          if (open > 0) return;
          const view = takeReaderView(map);
          if (view) moveOurselves(() => map.setView(view.center, view.zoom, { animate: !prefersReducedMotion() }));
        });
      };
      const onMoveStart = (): void => noteMoveStart(map);
      map.on('popupopen', onOpen);
      map.on('popupclose', onClose);
      map.on('movestart', onMoveStart);
      return function stopRestoring() {
        map.off('popupopen', onOpen);
        map.off('popupclose', onClose);
        map.off('movestart', onMoveStart);
      };
    },
    [map],
  );
  return null;
}
