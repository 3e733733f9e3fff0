// The map as a component, in real browsers (Vitest's browser mode: Debian's Chromium and Firefox ESR
// through Playwright), one real Leaflet map per test: how a selection moves it, opens a popup and
// gives focus back. Faster and closer than the e2e specs, which drive the whole built site.
import 'leaflet/dist/leaflet.css';
import '../../styles/app.css';
import { story as bundled } from 'virtual:story';
import type { LatLng, Map as LeafletMap } from 'leaflet';
import { type ReactNode, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MapContainer, useMap } from 'react-leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { priorityOf } from '../../../shared/map/labelPriority.ts';
import { CLUSTER_THRESHOLD } from '../../../shared/story/scale.ts';
import { isLocated, type LocatedPlace, type Place, type Story } from '../../../shared/story/types.ts';
import { type Follow, FollowProvider, useFollow } from '../../reading/FollowContext.tsx';
import { type SelectionActions, SelectionProvider, useSelectionActions } from '../../selection/SelectionContext.tsx';
import { ClusterLayer } from '../ClusterLayer.tsx';
import { boundsOf } from '../coords.ts';
import { LabelLayout } from '../LabelLayout.tsx';
import { PlaceMarker } from '../PlaceMarker.tsx';
import { SelectedPlacePopup } from '../SelectedPlacePopup.tsx';
import { isMoving } from './camera.ts';
import { FollowMap } from './FollowMap.tsx';
import { ReaderView } from './ReaderView.tsx';
import { SelectionCamera } from './SelectionCamera.tsx';
import { showOnMarkers } from './strategies.ts';

let host: HTMLElement;
let root: Root;
let actions: SelectionActions | undefined;
let leaflet: LeafletMap | undefined;

beforeEach(() => {
  actions = undefined;
  leaflet = undefined;
  history.replaceState(null, '', location.pathname + location.search);
  host = document.createElement('div');
  // The map's frame, as the page draws it (its size bounds the popup's), at a fixed size: where a
  // view lands depends on it.
  host.className = 'map-frame';
  host.style.cssText = 'width: 800px; height: 600px';
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  // A flight still under way would draw its next frame on a map no longer there.
  leaflet?.stop();
  root.unmount();
  host.remove();
  vi.unstubAllGlobals();
});

/** The reader's system setting for motion, as the page reads it (matchMedia): Firefox ESR cannot
 * have it emulated over WebDriver BiDi, so it is stubbed here, in both engines alike. */
function prefersReducedMotion(reduce: boolean): void {
  const real = window.matchMedia.bind(window);
  vi.stubGlobal('matchMedia', (query: string) =>
    query.includes('prefers-reduced-motion') ? { ...real(query), matches: reduce && query.includes('reduce'), media: query } : real(query),
  );
}

/** Hands the test the map and the selection's actions, as the timeline and the article hold them. */
function Handles() {
  const map = useMap();
  const got = useSelectionActions();
  useEffect(() => {
    leaflet = map;
    actions = got;
  }, [map, got]);
  return null;
}

/** A real map of `story`'s places, fitted to them, with `layers` on it. */
async function renderMap(story: Story, layers: ReactNode): Promise<HTMLElement> {
  const located = story.places.filter(isLocated);
  root.render(
    <SelectionProvider story={story}>
      <MapContainer className="map" bounds={boundsOf(located.map((p) => p.position))} zoomSnap={0.25}>
        <Handles />
        {layers}
      </MapContainer>
    </SelectionProvider>,
  );
  // React renders in its own time, as in a page: wait for the map, not for a clock.
  await expect.poll(() => leaflet !== undefined && actions !== undefined, { timeout: 5_000 }).toBe(true);
  return host.querySelector<HTMLElement>('.leaflet-container')!;
}

/** The reader's map in marker mode: a marker per place, and the selected place's popup. */
const markers = (story: Story) => (
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

const byIdCache = new WeakMap<Story, ReadonlyMap<string, LocatedPlace>>();
/** The story's located places by id (one map per story, as NewsMap memoises it). */
function byId(story: Story): ReadonlyMap<string, LocatedPlace> {
  const kept = byIdCache.get(story);
  if (kept) return kept;
  const made = new Map(story.places.filter(isLocated).map((p) => [p.id, p]));
  byIdCache.set(story, made);
  return made;
}

/** Whether the map's view holds `place`. */
const inView = (place: LocatedPlace) => leaflet!.getBounds().contains([place.position[1], place.position[0]]);

const located = bundled.places.filter(isLocated);

describe('a place selected on the map', () => {
  it('opens its popup with focus on its heading; Escape closes it and gives focus back to its marker', async () => {
    const map = await renderMap(bundled, markers(bundled));
    const place = located[0]!;
    const marker = map.querySelector<HTMLElement>(`.leaflet-marker-pane [data-place-id="${place.id}"]`)!;
    marker.focus();
    await userEvent.keyboard('{Enter}');
    const heading = () => map.querySelector('.leaflet-popup .pp-title');
    await expect.poll(() => document.activeElement === heading() && heading() !== null, { timeout: 5_000 }).toBe(true);
    expect(heading()!.textContent).toBe(place.name);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => map.querySelector('.leaflet-popup'), { timeout: 5_000 }).toBeNull();
    expect(document.activeElement).toBe(marker);
  });
});

describe('a timeline step', () => {
  /** An event of `story` whose located places lie farthest apart. */
  const widest = (story: Story) =>
    story.events
      .map((e) => ({ event: e, places: e.placeIds.map((id) => story.places.find((p) => p.id === id)!).filter(isLocated) }))
      .filter((s) => s.places.length > 1)
      .sort((a, b) => spread(b.places) - spread(a.places))[0];
  const spread = (places: readonly LocatedPlace[]) => Math.max(...places.map((p) => p.position[0])) - Math.min(...places.map((p) => p.position[0]));

  it('brings all of its places into view, in marker mode', async () => {
    const step = widest(bundled);
    expect(step, 'the bundled story has an event with several located places').toBeDefined();
    const map = await renderMap(bundled, markers(bundled));
    // Away from them first: zoomed in on another place.
    const elsewhere = located.find((p) => !step!.places.includes(p))!;
    leaflet!.setView([elsewhere.position[1], elsewhere.position[0]], 11, { animate: false });
    actions!.selectStep(step!.event.id, 'step');
    await expect.poll(() => step!.places.every(inView), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => map.querySelector('.leaflet-popup .pp-title')?.textContent, { timeout: 5_000 }).toBe(step!.places[0]!.name);
  });

  it('brings all of its places into view, in cluster mode too', async () => {
    const step = widest(bundled)!;
    // The bundled story with enough places beside its own to be drawn in clusters.
    const copies: Place[] = Array.from({ length: CLUSTER_THRESHOLD }, (_, i) => {
      const of = located[i % located.length]!;
      return { ...of, id: `${of.id}-copy-${i}`, position: [of.position[0] + (i % 10) * 0.01, of.position[1] + Math.floor(i / 10) * 0.01] };
    });
    const many: Story = { ...bundled, places: [...bundled.places, ...copies] };
    await renderMap(many, <ClusterLayer places={many.places.filter(isLocated)} story={many} onParagraphLink={() => {}} />);
    const elsewhere = located.find((p) => !step.places.includes(p))!;
    leaflet!.setView([elsewhere.position[1], elsewhere.position[0]], 11, { animate: false });
    actions!.selectStep(step.event.id, 'step');
    await expect.poll(() => step.places.every(inView), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => host.querySelector('.leaflet-popup .pp-title')?.textContent, { timeout: 5_000 }).toBe(step.places[0]!.name);
  });
});

/** The popup showing `place`'s dialog, once it is there. */
const popupOf = (place: LocatedPlace) =>
  host.querySelector(`.leaflet-popup:not(.place-popup-closing) [role="dialog"][data-place-id="${CSS.escape(place.id)}"]`);

/** Runs `act` and counts the distinct views the map passes through until `done` holds: a jump is
 * one or two (a move, and a popup's pan), a flight one per frame it draws. */
async function viewsUntil(act: () => void, done: () => boolean): Promise<number> {
  const seen = new Set<string>();
  const note = () => seen.add(`${leaflet!.getCenter().toString()} ${leaflet!.getZoom()}`);
  leaflet!.on('move', note);
  act();
  await expect.poll(done, { timeout: 5_000 }).toBe(true);
  leaflet!.off('move', note);
  return seen.size;
}

/** The step whose places lie farthest apart, and a place of the story that is not among them. */
function farStep(story: Story) {
  const step = story.events
    .map((e) => ({ event: e, places: e.placeIds.map((id) => story.places.find((p) => p.id === id)!).filter(isLocated) }))
    .filter((s) => s.places.length > 1)
    .sort((a, b) => spreadOf(b.places) - spreadOf(a.places))[0]!;
  const elsewhere = story.places.filter(isLocated).find((p) => !step.places.includes(p))!;
  return { ...step, elsewhere };
}
const spreadOf = (places: readonly LocatedPlace[]) => Math.max(...places.map((p) => p.position[0])) - Math.min(...places.map((p) => p.position[0]));

/** Zooms in on `place`, away from the rest. */
const zoomInOn = (place: LocatedPlace) => leaflet!.setView([place.position[1], place.position[0]], 11, { animate: false });

describe('motion: the map flies, unless the reader prefers reduced motion', () => {
  for (const reduce of [false, true]) {
    const how = reduce ? 'jumps under reduced motion' : 'flies';
    it(`a timeline step to far places ${how}`, async () => {
      prefersReducedMotion(reduce);
      const { event, places, elsewhere } = farStep(bundled);
      await renderMap(bundled, markers(bundled));
      zoomInOn(elsewhere);
      const views = await viewsUntil(
        () => actions!.selectStep(event.id, 'step'),
        () => popupOf(places[0]!) !== null,
      );
      if (reduce) expect(views).toBeLessThanOrEqual(2);
      else expect(views).toBeGreaterThanOrEqual(5);
      expect(places.every(inView)).toBe(true);
    });

    it(`a far place chosen from the list ${how}`, async () => {
      prefersReducedMotion(reduce);
      const { places, elsewhere } = farStep(bundled);
      const far = places.find((p) => !inViewAfterZoomOn(elsewhere, p))!;
      await renderMap(bundled, markers(bundled));
      zoomInOn(elsewhere);
      const views = await viewsUntil(
        () => actions!.select(far.id, 'list'),
        () => popupOf(far) !== null,
      );
      if (reduce) expect(views).toBeLessThanOrEqual(2);
      else expect(views).toBeGreaterThanOrEqual(5);
      expect(inView(far)).toBe(true);
    });

    it(`the map following the reading ${how}, and opens nothing`, async () => {
      prefersReducedMotion(reduce);
      const { places, elsewhere } = farStep(bundled);
      await renderMap(
        bundled,
        <>
          <ReaderView places={byId(bundled)} />
          <FollowMap places={byId(bundled)} />
        </>,
      );
      zoomInOn(elsewhere);
      const ids = places.map((p) => p.id);
      const views = await viewsUntil(
        () => actions!.read(ids),
        () => places.every(inView) && !isMoving(leaflet!),
      );
      if (reduce) expect(views).toBeLessThanOrEqual(2);
      else expect(views).toBeGreaterThanOrEqual(5);
      expect(host.querySelector('.leaflet-popup')).toBeNull();
    });
  }
});

/** Whether `place` would be in view with the map zoomed in on `on` (at zoom 11, 800 × 600 px). */
function inViewAfterZoomOn(on: LocatedPlace, place: LocatedPlace): boolean {
  return Math.abs(on.position[0] - place.position[0]) < 0.3 && Math.abs(on.position[1] - place.position[1]) < 0.2;
}

/** Waits for `place`'s popup, with the map stopped where the camera took it (the flight, then the
 * popup's own pan, over). */
async function settledWithPopupOf(place: LocatedPlace): Promise<void> {
  await expect.poll(() => popupOf(place) !== null && inView(place) && !isMoving(leaflet!), { timeout: 5_000 }).toBe(true);
}

/** How far, in pixels, the map's centre is from `point`. */
const pixelsFrom = (point: LatLng) => leaflet!.project(leaflet!.getCenter()).distanceTo(leaflet!.project(point));

describe('the reader’s view', () => {
  it('closing the last popup gives back the view the camera moved away from', async () => {
    const { places, elsewhere } = farStep(bundled);
    const far = places.find((p) => !inViewAfterZoomOn(elsewhere, p))!;
    await renderMap(bundled, markers(bundled));
    zoomInOn(elsewhere);
    const before = { center: leaflet!.getCenter(), zoom: leaflet!.getZoom() };
    actions!.select(far.id, 'list');
    await settledWithPopupOf(far);
    expect(pixelsFrom(before.center)).toBeGreaterThan(100);
    actions!.clear();
    await expect.poll(() => pixelsFrom(before.center), { timeout: 5_000 }).toBeLessThan(1);
    expect(leaflet!.getZoom()).toBe(before.zoom);
  });

  it('a view the reader made while a popup was open stays theirs', async () => {
    const { places, elsewhere } = farStep(bundled);
    const far = places.find((p) => !inViewAfterZoomOn(elsewhere, p))!;
    await renderMap(bundled, markers(bundled));
    zoomInOn(elsewhere);
    actions!.select(far.id, 'list');
    await settledWithPopupOf(far);
    // The reader's own move: a drag, as Leaflet makes it (a pan outside the camera).
    leaflet!.panBy([120, 40], { animate: false });
    const theirs = leaflet!.getCenter();
    actions!.clear();
    await expect.poll(() => host.querySelector('.leaflet-popup'), { timeout: 5_000 }).toBeNull();
    expect(pixelsFrom(theirs)).toBeLessThan(1);
  });

  it('a popup that would open past the map’s edge is panned inside it', async () => {
    const place = located[0]!;
    await renderMap(bundled, markers(bundled));
    // The place a fifth of the way down the map: in view, so no flight, but its popup opens upwards
    // and is taller than the room above it.
    leaflet!.setView([place.position[1], place.position[0]], 9, { animate: false });
    const point = leaflet!.latLngToContainerPoint([place.position[1], place.position[0]]);
    leaflet!.panBy([0, point.y - 600 * 0.2], { animate: false });
    actions!.select(place.id, 'list');
    await expect.poll(() => popupOf(place) !== null, { timeout: 5_000 }).toBe(true);
    const frame = leaflet!.getContainer().getBoundingClientRect();
    await expect
      .poll(
        () => {
          const box = popupOf(place)!.closest('.leaflet-popup')!.getBoundingClientRect();
          return box.top >= frame.top && box.bottom <= frame.bottom && box.left >= frame.left && box.right <= frame.right;
        },
        { timeout: 5_000 },
      )
      .toBe(true);
  });
});

let follow: Follow | undefined;
/** Hands the test whether following is on and paused, as the "Map follows the article" switch reads it. */
function FollowState() {
  const got = useFollow();
  useEffect(() => {
    follow = got;
  }, [got]);
  return null;
}

describe('following the reading', () => {
  it('the camera’s own moves leave it on; a move of the reader’s pauses it, until they pick a step', async () => {
    const { event, places, elsewhere } = farStep(bundled);
    await renderMap(
      bundled,
      <FollowProvider>
        <FollowState />
        {markers(bundled)}
        <FollowMap places={byId(bundled)} />
      </FollowProvider>,
    );
    zoomInOn(elsewhere);
    await expect.poll(() => follow?.paused, { timeout: 5_000 }).toBe(true);
    follow!.setOn(true);
    await expect.poll(() => follow?.paused, { timeout: 5_000 }).toBe(false);
    // The camera follows a paragraph far away: its own flight.
    actions!.read(places.map((p) => p.id));
    await expect.poll(() => places.every(inView) && !isMoving(leaflet!), { timeout: 5_000 }).toBe(true);
    expect(follow!.paused).toBe(false);
    // The reader zooms: theirs.
    leaflet!.setZoom(leaflet!.getZoom() + 1, { animate: false });
    await expect.poll(() => follow?.paused, { timeout: 5_000 }).toBe(true);
    actions!.selectStep(event.id, 'step');
    await expect.poll(() => follow?.paused, { timeout: 5_000 }).toBe(false);
  });
});
