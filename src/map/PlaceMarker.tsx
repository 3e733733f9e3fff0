// One located place on the map: a keyboard-operable marker (a button named after the place), its
// symbol on the place's true point, that selects it (SelectedPlacePopup.tsx shows the popup), and, when the place is known only roughly, a dashed halo of its radius, so an approximate
// place looks approximate rather than pinned; dotted when the radius is our estimate, not a source's bound. A named area gets no halo: nothing bounds it, and its
// symbol (symbolClass) says so. A place given as an area is drawn as its polygon, with
// the marker at the point inside it farthest from its edges.
import { divIcon, type Map as LeafletMap, type Marker as LeafletMarker } from 'leaflet';
import { useMemo } from 'react';
import { Circle, Marker, Polygon, useMap } from 'react-leaflet';
import { symbolClass, traitsOf } from '../../shared/map/symbolClass.ts';
import type { LocatedPlace, Place } from '../../shared/story/types.ts';
import { placeSummary, spokenSummary } from '../../shared/story/words.ts';
import { useSelectionActions } from '../selection/SelectionContext.tsx';
import { panInside } from './camera/camera.ts';
import { toLatLng } from './coords.ts';
import { useLabelRegistry } from './LabelLayout.tsx';

/** The square each marker's symbol is laid out in, pixels. The drawn symbol (.sym in app.css) is
 * 18 px, centred in it; the 24 px square makes every marker a target of at least 24 × 24 px with no
 * neighbour inside it (WCAG 2.2 target size, which Lighthouse checks). */
const SYMBOL = 24;

export interface PlaceMarkerProps {
  readonly place: LocatedPlace;
  /** Higher keeps its spot and label when the map is crowded (labelPriority.ts). */
  readonly priority: number;
}

export function PlaceMarker({ place, priority }: PlaceMarkerProps) {
  const map = useMap();
  const registry = useLabelRegistry();
  const { toggle } = useSelectionActions();
  const latlng = useMemo(() => toLatLng(place.position), [place]);
  const rings = useMemo(() => place.area?.map((ring) => ring.map(toLatLng)) ?? null, [place]);
  // Built once: a new icon would replace the element that focus, labels and tests hold on to.
  // Its square is centred on the true point by Leaflet, and stays there: only the label moves.
  const icon = useMemo(() => divIcon({ className: 'place-marker', html: markerElement(place), iconSize: [SYMBOL, SYMBOL], popupAnchor: [0, -4] }), [place]);

  return (
    <>
      {rings && (
        <Polygon
          positions={rings}
          interactive={false}
          // An area known only roughly is dashed like a halo; a known boundary is drawn solid.
          className={`area area--${place.confidence.level}${place.precision.kind === 'approximate' ? ' area--approximate' : ''}`}
        />
      )}
      {place.precision.kind === 'approximate' && place.precision.radiusM !== null && (
        <Circle
          center={latlng}
          radius={place.precision.radiusM}
          interactive={false}
          // className, not pathOptions: Leaflet applies a path's class only when it creates it.
          className={`halo halo--${place.confidence.level}${place.precision.radiusFrom === 'derived' ? ' halo--derived' : ''}${place.strike?.role === 'reported-area' ? ' halo--reported' : ''}`}
        />
      )}
      <Marker
        position={latlng}
        icon={icon}
        title={placeSummary(place)}
        keyboard
        riseOnHover
        // Leaflet's own pan to a focused marker would count as the reader's move (focusOnMarker below).
        autoPanOnFocus={false}
        eventHandlers={{
          click(event) {
            toggle(place.id, 'map', (event.target as LeafletMarker).getElement() ?? null);
          },
          add(event) {
            const marker = event.target as LeafletMarker;
            const element = marker.getElement();
            if (!element) return;
            // The accessible name is exactly the place's name (Leaflet sets role=button and tabindex).
            element.setAttribute('aria-label', place.name);
            // It opens the place's popup, a dialog: a screen reader says so before the reader presses it.
            element.setAttribute('aria-haspopup', 'dialog');
            // Its description, as heard: the tooltip's line with pauses for its "·" (which a screen
            // reader would name). aria-description wins over the title as the description.
            element.setAttribute('aria-description', spokenSummary(place));
            element.dataset.placeId = place.id;
            element.addEventListener('focus', () => focusOnMarker(map, marker, element));
            // A button answers Enter and Space.
            element.addEventListener('keydown', (e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                toggle(place.id, 'map', element);
              }
            });
            const unregister = registry.register({
              id: place.id,
              latlng,
              element,
              role: 'story',
              size: SYMBOL,
              priority,
              minZoom: 0,
              textOnly: false,
              name: place.name,
              label: place.label,
            });
            marker.once('remove', unregister);
          },
        }}
      />
    </>
  );
}

/** Brings a focused marker's place inside the map, as Leaflet's autoPanOnFocus does. Reached with
 * Tab, that is the reader moving the map; clicked, it is the popup the click opens that moves it,
 * and closing the last popup gives the view back. */
function focusOnMarker(map: LeafletMap, marker: LeafletMarker, element: HTMLElement): void {
  panInside(map, marker.getLatLng(), !element.matches(':focus-visible'));
}

/** The marker's inside: its symbol and short label, built as DOM nodes with text, never HTML. */
function markerElement(place: Place): HTMLElement {
  const inner = document.createElement('span');
  inner.className = 'pm';
  const sym = document.createElement('span');
  sym.className = symbolClass(traitsOf(place));
  sym.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'lbl';
  label.setAttribute('aria-hidden', 'true');
  label.textContent = place.label;
  inner.append(sym, label);
  return inner;
}
