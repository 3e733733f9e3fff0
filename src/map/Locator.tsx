// The locator inset, as news locator maps carry one: the wider region in a small frame at the map's
// top right, with a box where the map's view lies (LocatorMap.tsx draws it). The frame is there, at
// its size, from the first view, so the labels keep clear of it from their first layout and nothing
// moves when its drawing arrives, with the lands around the story, after the first view. Decorative
// for assistive technology: the summary and the places list say where the story is.
import { Control } from 'leaflet';
import { lazy, Suspense, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { LOCATOR_SIDES } from '../../shared/map/basemapTypes.ts';

const LocatorMap = lazy(() => import('./LocatorMap.tsx').then((m) => ({ default: m.LocatorMap })));

/** The frame's side, pixels: smaller on a phone's map, where it would hide more. */
const sideFor = (mapWidth: number): number => (mapWidth < 480 ? LOCATOR_SIDES[0] : LOCATOR_SIDES[1]);

export function Locator() {
  const map = useMap();
  const [container] = useState(() => {
    const div = document.createElement('div');
    div.className = 'locator';
    div.setAttribute('aria-hidden', 'true');
    return div;
  });
  const side = sideFor(map.getSize().x);
  useEffect(
    function addTheControl() {
      container.style.width = `${side}px`;
      container.style.height = `${side}px`;
      const control = new Control({ position: 'topright' });
      control.onAdd = () => container;
      control.addTo(map);
      // Labels keep clear of the map's controls: lay them out around this one.
      map.fire('controlsmoved');
      return () => {
        control.remove();
      };
    },
    [map, container, side],
  );
  return createPortal(
    <Suspense fallback={null}>
      <LocatorMap side={side} />
    </Suspense>,
    container,
  );
}
