// Keeps the page's scroll the reader's, as an embed on a news page must: the scroll wheel zooms the
// map only once the reader has clicked or tabbed into it, and on a touch screen one finger scrolls
// the page while two move and zoom the map. A short hint says so when a gesture is left to the page.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { TOUCH_HINT, WHEEL_HINT } from './gestureHints.ts';

const HINT_MS = 1800;

export function CooperativeGestures() {
  const map = useMap();
  const [hint, setHintState] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Only real changes reach React. Setting the same value again on a component that does not
  // re-render is queued by React and kept: one entry per click into the map, without end.
  const shown = useRef<string | null>(null);
  const setHint = useCallback((text: string | null): void => {
    if (shown.current === text) return;
    shown.current = text;
    setHintState(text);
  }, []);

  useEffect(
    function shareGesturesWithThePage() {
      const container = map.getContainer();
      container.classList.add('map--cooperative');
      map.scrollWheelZoom.disable();
      const show = (text: string): void => {
        setHint(text);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setHint(null), HINT_MS);
      };
      const activate = (): void => {
        if (map.scrollWheelZoom.enabled()) return;
        map.scrollWheelZoom.enable();
        clearTimeout(timer.current);
        setHint(null);
      };
      function onFocusOut(event: FocusEvent): void {
        if (!container.contains(event.relatedTarget as Node | null)) map.scrollWheelZoom.disable();
      }
      // Leaflet does not prevent the default of a wheel it ignores, so the page scrolls on.
      function onWheel(): void {
        if (!map.scrollWheelZoom.enabled()) show(WHEEL_HINT);
      }
      // One finger: stop the press before Leaflet's drag sees it, so the browser scrolls the page
      // (CSS gives the map `touch-action: pan-x pan-y`). The second finger reaches Leaflet's pinch
      // handler, which pans and zooms. Leaflet counts fingers itself on the document.
      // Leaflet listens to touchstart where the browser has touch events, and to pointerdown
      // where it has only pointer events, so both are held back.
      const fingers = new Set<number>();
      function onPointerDown(event: PointerEvent): void {
        if (event.pointerType !== 'touch') return;
        fingers.add(event.pointerId);
        if (fingers.size === 1) event.stopPropagation();
      }
      function onTouchStart(event: TouchEvent): void {
        if (event.touches.length === 1) event.stopPropagation();
      }
      function onPointerEnd(event: PointerEvent): void {
        fingers.delete(event.pointerId);
      }
      function onTouchMove(event: TouchEvent): void {
        if (event.touches.length === 1) show(TOUCH_HINT);
      }
      container.addEventListener('mousedown', activate);
      container.addEventListener('focusin', activate);
      container.addEventListener('focusout', onFocusOut);
      container.addEventListener('wheel', onWheel, { passive: true });
      container.addEventListener('pointerdown', onPointerDown, true);
      container.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
      document.addEventListener('pointerup', onPointerEnd, true);
      document.addEventListener('pointercancel', onPointerEnd, true);
      container.addEventListener('touchmove', onTouchMove, { passive: true });
      return function stopSharing() {
        clearTimeout(timer.current);
        container.classList.remove('map--cooperative');
        container.removeEventListener('mousedown', activate);
        container.removeEventListener('focusin', activate);
        container.removeEventListener('focusout', onFocusOut);
        container.removeEventListener('wheel', onWheel);
        container.removeEventListener('pointerdown', onPointerDown, true);
        container.removeEventListener('touchstart', onTouchStart, true);
        document.removeEventListener('pointerup', onPointerEnd, true);
        document.removeEventListener('pointercancel', onPointerEnd, true);
        container.removeEventListener('touchmove', onTouchMove);
      };
    },
    [map, setHint],
  );

  // A visual cue for a pointer gesture; keyboard and screen-reader use never triggers it.
  return createPortal(
    <div className={hint ? 'map-hint is-shown' : 'map-hint'} aria-hidden="true">
      {hint}
    </div>,
    map.getContainer(),
  );
}
