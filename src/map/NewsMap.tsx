// The story map: the bundled basemap, one marker (and halo) per located place, a scale bar, the
// credits, and the bridge between the map's popups and the shared selection.
import { Control, type Map as LeafletMap, type Marker as LeafletMarker, type Popup, type PopupEvent } from 'leaflet';
import { lazy, startTransition, Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { AttributionControl, MapContainer, ScaleControl, useMap } from 'react-leaflet';
import { isClustered } from '../story/scale.ts';
import type { Place, Story } from '../story/types.ts';
import { useSelection } from '../selection/SelectionContext.tsx';
import { BaseLabels } from './BaseLabels.tsx';
import { CooperativeGestures } from './CooperativeGestures.tsx';
import { FollowSize } from './FollowSize.tsx';
import { Basemap, BASEMAP_CREDIT } from './Basemap.tsx';
import { boundsOf } from './coords.ts';
import { prefersReducedMotion } from '../ui/motion.ts';
import { keepInView } from './keepInView.ts';
import { ReaderView } from './ReaderView.tsx';
import { FitWhenSized, isSized } from './FitWhenSized.tsx';
import { moveForPopup } from './viewMemory.ts';
import { LabelLayout } from './LabelLayout.tsx';
import { PlaceMarker } from './PlaceMarker.tsx';
import { markMapReady, measurePopupOpen } from './timing.ts';
import { MAX_ZOOM, MIN_ZOOM } from './zoomRange.ts';
import { whenRendered } from './whenRendered.ts';

// Fetched only by a story with more places than the threshold.
const loadClusterLayer = () => import('./ClusterLayer.tsx');
const ClusterLayer = lazy(() => loadClusterLayer().then((m) => ({ default: m.ClusterLayer })));

/** Starts fetching the cluster layer at once when the story will need it, so that it arrives while
 * the page renders instead of after (call it before rendering). */
export function preloadMapFor(story: Story): void {
  if (isClustered(story)) void loadClusterLayer();
}

// Online tiles are optional and off by default: their code is fetched only by a story that sets them.
const OnlineTiles = lazy(() => import('./OnlineTiles.tsx').then((m) => ({ default: m.OnlineTiles })));

// Leaflet's own credit, then the bundled basemap's, both there from the control's first paint.
const ATTRIBUTION_PREFIX = `${Control.Attribution.prototype.options.prefix || ''} <span aria-hidden="true">|</span> ${BASEMAP_CREDIT}`;

/** Room kept around the story's places when the map fits them. */
const PADDING: [number, number] = [36, 36];

type Located = Place & { readonly position: NonNullable<Place['position']> };

/** Which places keep their spot and label first when the map is crowded. */
function priorityOf(place: Place): number {
  if (place.strike?.role === 'listed-site') return 10;
  if (place.kind === 'attacked-base') return 9;
  if (place.kind === 'city') return 8;
  if (place.kind === 'earlier-event') return 6;
  return 5; // reported strike areas
}

export interface NewsMapProps {
  readonly story: Story;
  /** Id of the element that explains how to use the map. */
  readonly helpId: string;
  readonly onParagraphLink: (paragraphId: string) => void;
  /** The embed's map: its size changes without a window resize (full screen, an iframe that
   * follows its content). */
  readonly embedded?: boolean;
}

export function NewsMap({ story, helpId, onParagraphLink, embedded = false }: NewsMapProps) {
  const located = useMemo(() => story.places.filter((p): p is Located => p.position !== null), [story]);
  const bounds = useMemo(() => boundsOf(located.flatMap((p) => [p.position, ...(p.area?.flat() ?? [])])), [located]);
  const storyPlaceIds = useMemo(() => new Set(story.places.map((p) => p.id)), [story]);
  const markers = useRef(new Map<string, LeafletMarker>());
  const onMarker = useCallback((id: string, marker: LeafletMarker | null) => {
    if (marker) markers.current.set(id, marker);
    else markers.current.delete(id);
  }, []);
  // Read once: Leaflet takes its animation options when the map is created.
  const animate = useMemo(() => !prefersReducedMotion(), []);
  const clustered = isClustered(story);

  return (
    <MapContainer
      className="map"
      bounds={bounds}
      boundsOptions={{ padding: PADDING }}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      zoomSnap={0.25}
      zoomDelta={0.5}
      maxBounds={[
        [5, 15],
        [50, 80],
      ]}
      zoomAnimation={animate}
      fadeAnimation={animate}
      markerZoomAnimation={animate}
      attributionControl={false}
      scrollWheelZoom={false}
    >
      <MapSemantics helpId={helpId} mode={clustered ? 'clusters' : 'markers'} />
      <CooperativeGestures />
      {embedded && <FollowSize />}
      <FitWhenSized bounds={bounds} padding={PADDING} />
      <ReaderView />
      <Basemap />
      {story.meta.tiles && (
        <Suspense fallback={null}>
          <OnlineTiles source={story.meta.tiles} />
        </Suspense>
      )}
      {clustered ? (
        <>
          <LabelLayout>
            <BaseLabels storyPlaceIds={storyPlaceIds} />
          </LabelLayout>
          <ScaleControl position="bottomleft" imperial={false} />
          <AttributionControl position="bottomright" prefix={ATTRIBUTION_PREFIX} />
          {/* Ready once the lazy cluster layer has drawn: MapReady shares its Suspense boundary. */}
          <Suspense fallback={null}>
            <ClusterLayer places={located} story={story} onParagraphLink={onParagraphLink} />
            <MapReady />
          </Suspense>
        </>
      ) : (
        <>
          <LabelLayout>
            <BaseLabels storyPlaceIds={storyPlaceIds} />
            {located.map((place) => (
              <PlaceMarker key={place.id} place={place} story={story} priority={priorityOf(place)} onMarker={onMarker} onParagraphLink={onParagraphLink} />
            ))}
          </LabelLayout>
          <ScaleControl position="bottomleft" imperial={false} />
          <AttributionControl position="bottomright" prefix={ATTRIBUTION_PREFIX} />
          <SelectionBridge markers={markers.current} />
          <MapReady />
        </>
      )}
    </MapContainer>
  );
}

/** Last in the map, so its effect runs after every layer and marker above it has been added. */
function MapReady() {
  useEffect(markMapReady, []);
  return null;
}

/** Names the map for assistive technology and points to its instructions. */
function MapSemantics({ helpId, mode }: { helpId: string; mode: 'markers' | 'clusters' }) {
  const map = useMap();
  useEffect(
    function labelMapContainer() {
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', 'Map of the places in the story');
      container.setAttribute('aria-describedby', helpId);
      // How places are drawn (for tests and the bench): one marker each, or clusters.
      container.setAttribute('data-render-mode', mode);
    },
    [map, helpId, mode],
  );
  return null;
}

/** Keeps the open popup and the shared selection in step, and manages focus around popups. */
function SelectionBridge({ markers }: { markers: Map<string, LeafletMarker> }) {
  const map = useMap();
  const { selection, select, clear } = useSelection();
  const current = useRef(selection);
  // Follow the selection only when it changes: a render that comes before a pending transition
  // commits still carries the old selection, and must not undo what onOpen knew at once (WebKit,
  // under load, lost focus on Escape that way).
  const seen = useRef(selection);
  if (seen.current !== selection) {
    seen.current = selection;
    current.current = selection;
  }
  const openPopup = useRef<Popup | null>(null);
  const returnFocus = useRef(false);
  // When the reader last clicked or pressed a key on a marker: the start of a popup's opening.
  const inputAt = useRef<number | null>(null);

  const idOf = useCallback(
    (popup: Popup): string | null => {
      for (const [id, marker] of markers) if (marker.getPopup() === popup) return id;
      return null;
    },
    [markers],
  );

  useEffect(
    function followPopups() {
      function onOpen(event: PopupEvent): void {
        const id = idOf(event.popup);
        if (id === null) return;
        openPopup.current = event.popup;
        const marker = markers.get(id)!;
        const known = current.current?.id === id ? current.current : null;
        if (!known) {
          const opener = marker.getElement() ?? null;
          // A transition: the popup paints first; the article's and the list's highlighting (a
          // render of the whole page) follows without holding up that frame.
          startTransition(() => select(id, 'map', opener));
          // Known at once, not at the next render: a close that comes first (Enter then Escape in
          // quick succession) must clear this selection, or the render would open the popup again.
          current.current = { id, source: 'map', opener };
        }
        // Deep links and the host page select without the reader acting here: focus stays put.
        const moveFocus = known?.source !== 'hash' && known?.source !== 'host';
        const startedAt = inputAt.current;
        inputAt.current = null;
        whenRendered(event.popup, (dialog) => {
          if (startedAt !== null) measurePopupOpen(startedAt);
          if (openPopup.current !== event.popup) return;
          // Its size is known: react-leaflet measured it (Popup.update) when it rendered the content,
          // and one more measure here cost every opening a forced layout. Bring it into view.
          keepInView(map, event.popup, !prefersReducedMotion());
          if (moveFocus) dialog.focus({ preventScroll: true });
        });
      }
      function onClose(event: PopupEvent): void {
        const id = idOf(event.popup);
        if (openPopup.current === event.popup) openPopup.current = null;
        const selected = current.current;
        if (returnFocus.current) {
          returnFocus.current = false;
          // Whatever opened it (a list item, a link); failing that, the place's own marker.
          const opener = (selected?.id === id ? selected.opener : null) ?? (id !== null ? markers.get(id)?.getElement() : null);
          if (opener?.isConnected) opener.focus();
        }
        if (id !== null && selected?.id === id) {
          current.current = null;
          clear();
        }
      }
      function onKeyDown(event: KeyboardEvent): void {
        if (event.key !== 'Escape' || openPopup.current === null) return;
        event.preventDefault();
        returnFocus.current = true;
        map.closePopup();
      }
      // Closing with the popup's × button also gives focus back (capture: before Leaflet's handler).
      function onCloseButton(event: MouseEvent): void {
        if ((event.target as Element | null)?.closest('.leaflet-popup-close-button')) returnFocus.current = true;
      }
      function onMarkerInput(event: Event): void {
        if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
        if ((event.target as Element | null)?.closest('.leaflet-marker-icon')) inputAt.current = event.timeStamp;
      }
      const container = map.getContainer();
      map.on('popupopen', onOpen);
      map.on('popupclose', onClose);
      document.addEventListener('keydown', onKeyDown);
      container.addEventListener('click', onCloseButton, true);
      container.addEventListener('click', onMarkerInput, true);
      container.addEventListener('keydown', onMarkerInput, true);
      return function stopFollowingPopups() {
        map.off('popupopen', onOpen);
        map.off('popupclose', onClose);
        document.removeEventListener('keydown', onKeyDown);
        container.removeEventListener('click', onCloseButton, true);
        container.removeEventListener('click', onMarkerInput, true);
        container.removeEventListener('keydown', onMarkerInput, true);
      };
    },
    [map, markers, idOf, select, clear],
  );

  useEffect(
    function showSelectedPlace() {
      if (selection === null) {
        if (openPopup.current) map.closePopup();
        return;
      }
      const marker = markers.get(selection.id);
      if (!marker) {
        // An unlocated place: nothing to open on the map; the places list shows it.
        if (openPopup.current) map.closePopup();
        return;
      }
      if (marker.isPopupOpen()) return;
      open(map, marker, () => current.current?.id === selection.id);
    },
    [map, markers, selection],
  );

  return null;
}

/** Brings a marker into view (flying, unless the reader prefers reduced motion) and opens it. */
function open(map: LeafletMap, marker: LeafletMarker, stillWanted: () => boolean): void {
  const target = marker.getLatLng();
  const openIfWanted = (): void => {
    if (stillWanted()) marker.openPopup();
  };
  // Unsized (a hidden frame), there is no view to move: FitWhenSized brings the place in once it has one.
  if (!isSized(map.getContainer()) || map.getBounds().pad(-0.15).contains(target)) {
    openIfWanted();
  } else if (prefersReducedMotion()) {
    moveForPopup(map, () => map.setView(target, map.getZoom(), { animate: false }));
    openIfWanted();
  } else {
    map.once('moveend', openIfWanted);
    moveForPopup(map, () => map.flyTo(target, map.getZoom(), { duration: 0.6 }));
  }
}
