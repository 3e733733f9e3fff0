// One real Leaflet map per test, for the components tier (`*.browser.test.tsx`, in Debian's Chromium
// and Firefox ESR): the map's frame as the page draws it, at a fixed size (where a view lands
// depends on it), the story's selection around it, and handles on both for the test.
import 'leaflet/dist/leaflet.css';
import '../styles/app.css';
import type { Map as LeafletMap } from 'leaflet';
import { type ReactNode, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MapContainer, useMap } from 'react-leaflet';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { priorityOf } from '../../shared/map/labelPriority.ts';
import { isLocated, type LocatedPlace, type Story } from '../../shared/story/types.ts';
import { type SelectionActions, SelectionProvider, useSelectionActions } from '../selection/SelectionContext.tsx';
import { ClusterLayer } from './ClusterLayer.tsx';
import { isMoving } from './camera/camera.ts';
import { ReaderView } from './camera/ReaderView.tsx';
import { SelectionCamera } from './camera/SelectionCamera.tsx';
import { showOnMarkers } from './camera/strategies.ts';
import { boundsOf } from './coords.ts';
import { LabelLayout } from './LabelLayout.tsx';
import { PlaceMarker } from './PlaceMarker.tsx';
import { SelectedPlacePopup } from './SelectedPlacePopup.tsx';
import { MAX_ZOOM, MIN_ZOOM } from './zoomRange.ts';

/** The test's map, its frame and the selection's actions, once renderMap has made them. */
export interface RealMap {
  host: HTMLElement;
  leaflet: LeafletMap | undefined;
  actions: SelectionActions | undefined;
}

/** Gives each test of the file a fresh frame and, after it, takes the map down. */
export function realMaps(): RealMap {
  const it: RealMap & { root?: Root } = { host: document.body, leaflet: undefined, actions: undefined };
  beforeEach(() => {
    it.leaflet = undefined;
    it.actions = undefined;
    history.replaceState(null, '', location.pathname + location.search);
    it.host = document.createElement('div');
    it.host.className = 'map-frame';
    it.host.style.cssText = 'width: 800px; height: 600px';
    document.body.append(it.host);
    it.root = createRoot(it.host);
  });
  afterEach(async () => {
    // Taken down as a reader leaves it: the place closed, the map at rest. A move still under way
    // (a popup's pan, a flight, the view given back) or an open popup's watch on its own size would
    // go on drawing on a map no longer there. (Leaflet's own `stop()` is no help: it sets the zoom
    // again, which starts a pan of its own.)
    const map = it.leaflet;
    if (map) {
      it.actions?.clear();
      await expect
        .poll(() => it.host.querySelector('.leaflet-popup') === null && !isMoving(map), {
          timeout: 5_000,
          message: 'the map closes its popup and comes to rest',
        })
        .toBe(true);
    }
    it.root?.unmount();
    it.host.remove();
    vi.unstubAllGlobals();
  });
  return it;
}

/** Hands the test the map and the selection's actions, as the timeline and the article hold them. */
function Handles({ to }: { to: RealMap }) {
  const map = useMap();
  const got = useSelectionActions();
  useEffect(() => {
    to.leaflet = map;
    to.actions = got;
  }, [to, map, got]);
  return null;
}

/** Renders a real map of `story`'s places, fitted to them, with `layers` on it; resolves with its container. */
export async function renderMap(it: RealMap, story: Story, layers: ReactNode): Promise<HTMLElement> {
  const located = story.places.filter(isLocated);
  (it as RealMap & { root: Root }).root.render(
    <SelectionProvider story={story}>
      <MapContainer className="map" bounds={boundsOf(located.map((p) => p.position))} zoomSnap={0.25} minZoom={MIN_ZOOM} maxZoom={MAX_ZOOM}>
        <Handles to={it} />
        {layers}
      </MapContainer>
    </SelectionProvider>,
  );
  // React renders in its own time, as in a page: wait for the map, not for a clock.
  await expect.poll(() => it.leaflet !== undefined && it.actions !== undefined, { timeout: 5_000 }).toBe(true);
  return it.host.querySelector<HTMLElement>('.leaflet-container')!;
}

/** The reader's map in marker mode: a marker per place, laid out, and the selected place's popup. */
export const markers = (story: Story) => (
  <>
    <LabelLayout>
      {story.places.filter(isLocated).map((place) => (
        <PlaceMarker key={place.id} place={place} priority={priorityOf(place)} />
      ))}
    </LabelLayout>
    <ReaderView places={byId(story)} />
    <SelectionCamera places={byId(story)} story={story} show={showOnMarkers}>
      {(arrived) => <SelectedPlacePopup places={byId(story)} story={story} onParagraphLink={() => {}} arrived={arrived} />}
    </SelectionCamera>
  </>
);

/** The reader's map in cluster mode, as NewsMap draws a story of many places. */
export const clusters = (story: Story) => (
  <>
    <ReaderView places={byId(story)} />
    <ClusterLayer places={story.places.filter(isLocated)} story={story} onParagraphLink={() => {}} />
  </>
);

const byIdCache = new WeakMap<Story, ReadonlyMap<string, LocatedPlace>>();
/** The story's located places by id (one map per story, as NewsMap memoises it). */
export function byId(story: Story): ReadonlyMap<string, LocatedPlace> {
  const kept = byIdCache.get(story);
  if (kept) return kept;
  const made = new Map(story.places.filter(isLocated).map((p) => [p.id, p]));
  byIdCache.set(story, made);
  return made;
}

/** The reader's system setting for motion, as the page reads it (matchMedia): Firefox ESR cannot
 * have it emulated over WebDriver BiDi, so it is stubbed, in both engines alike. */
export function prefersReducedMotion(reduce: boolean): void {
  const real = window.matchMedia.bind(window);
  vi.stubGlobal('matchMedia', (query: string) =>
    query.includes('prefers-reduced-motion') ? { ...real(query), matches: reduce && query.includes('reduce'), media: query } : real(query),
  );
}
