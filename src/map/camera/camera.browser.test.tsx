// The camera, in real browsers (the components tier), one real Leaflet map per test
// (map.test-harness.tsx): how a selection moves the map, opens a popup and gives focus back; how each
// move answers reduced motion; whose view is given back; following the reading. Faster and closer
// than the e2e specs, which drive the whole built site.
import { story as bundled } from 'virtual:story';
import type { LatLngExpression } from 'leaflet';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { CLUSTER_THRESHOLD } from '../../../shared/story/scale.ts';
import { isLocated, type LocatedPlace, type Place, type Story } from '../../../shared/story/types.ts';
import { press } from '../../components.test-harness.tsx';
import { type Follow, FollowProvider, useFollow } from '../../reading/FollowContext.tsx';
import { byId, clusters, markers, prefersReducedMotion, realMaps, renderMap } from '../map.test-harness.tsx';
import { isMoving } from './camera.ts';
import { FollowMap } from './FollowMap.tsx';
import { ReaderView } from './ReaderView.tsx';

const real = realMaps();

/** Whether the map's view holds `place`. */
const inView = (place: LocatedPlace) => real.leaflet!.getBounds().contains([place.position[1], place.position[0]]);

const located = bundled.places.filter(isLocated);

describe('a place selected on the map', () => {
  it('opens its popup with focus on its heading; Escape closes it and gives focus back to its marker', async () => {
    const map = await renderMap(real, bundled, markers(bundled));
    const place = located[0]!;
    const marker = map.querySelector<HTMLElement>(`.leaflet-marker-pane [data-place-id="${place.id}"]`)!;
    marker.focus();
    press('Enter');
    const heading = () => map.querySelector('.leaflet-popup .pp-title');
    await expect.poll(() => document.activeElement === heading() && heading() !== null, { timeout: 5_000 }).toBe(true);
    expect(heading()!.textContent).toBe(place.name);
    press('Escape');
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
    const map = await renderMap(real, bundled, markers(bundled));
    // Away from them first: zoomed in on another place.
    const elsewhere = located.find((p) => !step!.places.includes(p))!;
    real.leaflet!.setView([elsewhere.position[1], elsewhere.position[0]], 11, { animate: false });
    real.actions!.selectStep(step!.event.id, 'step');
    await expect.poll(() => step!.places.every(inView), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => map.querySelector('.leaflet-popup .pp-title')?.textContent, { timeout: 5_000 }).toBe(step!.places[0]!.name);
  });

  /** The bundled story with enough copies of `around` (a hundredth of a degree apart, none on it)
   * beside its own places for it to be drawn in clusters. */
  const crowded = (around: LocatedPlace): Story => {
    const copies: Place[] = Array.from({ length: CLUSTER_THRESHOLD }, (_, i) => ({
      ...around,
      id: `${around.id}-copy-${i}`,
      position: [around.position[0] + ((i % 10) + 1) * 0.01, around.position[1] + (Math.floor(i / 10) + 1) * 0.01],
    }));
    return { ...bundled, places: [...bundled.places, ...copies] };
  };

  /** Whether `place` is drawn as its own dot (on the cluster layer's canvas), not inside a cluster. */
  const drawnAlone = (place: LocatedPlace): boolean => {
    const point = real.leaflet!.latLngToContainerPoint([place.position[1], place.position[0]]);
    const frame = real.leaflet!.getContainer().getBoundingClientRect();
    const [x, y] = [frame.left + point.x, frame.top + point.y];
    const covered = [...real.host.querySelectorAll('.cluster-marker')].some((c) => {
      const box = c.getBoundingClientRect();
      return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    });
    const canvas = real.host.querySelector<HTMLCanvasElement>('.leaflet-overlay-pane canvas');
    if (covered || !canvas) return false;
    const box = canvas.getBoundingClientRect();
    const at = canvas.getContext('2d')!.getImageData(((x - box.left) * canvas.width) / box.width, ((y - box.top) * canvas.height) / box.height, 1, 1);
    return at.data[3] === 255;
  };

  it('in cluster mode, brings all of its places into view, its selected place drawn alone', async () => {
    const step = widest(bundled)!;
    const elsewhere = located.find((p) => !step.places.includes(p))!;
    const many = crowded(elsewhere);
    await renderMap(real, many, clusters(many));
    zoomInOn(elsewhere);
    real.actions!.selectStep(step.event.id, 'step');
    await settledWithPopupOf(step.places[0]!);
    expect(step.places.every(inView)).toBe(true);
    expect(drawnAlone(step.places[0]!)).toBe(true);
  });

  it('in cluster mode, shows its selected place alone when the places around it would hide it in a cluster', async () => {
    const step = widest(bundled)!;
    const selected = step.places[0]!;
    const many = crowded(selected);
    await renderMap(real, many, clusters(many));
    zoomInOn(located.find((p) => !step.places.includes(p))!);
    real.actions!.selectStep(step.event.id, 'step');
    await settledWithPopupOf(selected);
    expect(drawnAlone(selected)).toBe(true);
  });
});

/** The popup showing `place`'s dialog, once it is there. */
const popupOf = (place: LocatedPlace) =>
  real.host.querySelector(`.leaflet-popup:not(.place-popup-closing) [role="dialog"][data-place-id="${CSS.escape(place.id)}"]`);

/** Runs `act` and counts the distinct views the map passes through until `done` holds: a jump is
 * one or two (a move, and a popup's pan), a flight one per frame it draws. */
async function viewsUntil(act: () => void, done: () => boolean): Promise<number> {
  const seen = new Set<string>();
  const note = () => seen.add(`${real.leaflet!.getCenter().toString()} ${real.leaflet!.getZoom()}`);
  real.leaflet!.on('move', note);
  act();
  await expect.poll(done, { timeout: 5_000 }).toBe(true);
  real.leaflet!.off('move', note);
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
const zoomInOn = (place: LocatedPlace) => real.leaflet!.setView([place.position[1], place.position[0]], 11, { animate: false });

describe('motion: the map flies, unless the reader prefers reduced motion', () => {
  for (const reduce of [false, true]) {
    const how = reduce ? 'jumps under reduced motion' : 'flies';
    it(`a timeline step to far places ${how}`, async () => {
      prefersReducedMotion(reduce);
      const { event, places, elsewhere } = farStep(bundled);
      await renderMap(real, bundled, markers(bundled));
      zoomInOn(elsewhere);
      const views = await viewsUntil(
        () => real.actions!.selectStep(event.id, 'step'),
        () => popupOf(places[0]!) !== null,
      );
      // A jump moves at once (one view, and a popup's pan); a flight draws one per frame.
      expect(views).toBeGreaterThanOrEqual(reduce ? 1 : 5);
      if (reduce) expect(views).toBeLessThanOrEqual(2);
      expect(places.every(inView)).toBe(true);
    });

    it(`a far place chosen from the list ${how}`, async () => {
      prefersReducedMotion(reduce);
      const { places, elsewhere } = farStep(bundled);
      const far = places.find((p) => !inViewAfterZoomOn(elsewhere, p))!;
      await renderMap(real, bundled, markers(bundled));
      zoomInOn(elsewhere);
      const views = await viewsUntil(
        () => real.actions!.select(far.id, 'list'),
        () => popupOf(far) !== null,
      );
      // A jump moves at once (one view, and a popup's pan); a flight draws one per frame.
      expect(views).toBeGreaterThanOrEqual(reduce ? 1 : 5);
      if (reduce) expect(views).toBeLessThanOrEqual(2);
      expect(inView(far)).toBe(true);
    });

    it(`the map following the reading ${how}, and opens nothing`, async () => {
      prefersReducedMotion(reduce);
      const { places, elsewhere } = farStep(bundled);
      await renderMap(
        real,
        bundled,
        <>
          <ReaderView places={byId(bundled)} />
          <FollowMap places={byId(bundled)} />
        </>,
      );
      zoomInOn(elsewhere);
      const ids = places.map((p) => p.id);
      const views = await viewsUntil(
        () => real.actions!.read(ids),
        () => places.every(inView) && !isMoving(real.leaflet!),
      );
      // A jump moves at once (one view, and a popup's pan); a flight draws one per frame.
      expect(views).toBeGreaterThanOrEqual(reduce ? 1 : 5);
      if (reduce) expect(views).toBeLessThanOrEqual(2);
      expect(real.host.querySelector('.leaflet-popup')).toBeNull();
    });
  }
});

describe('a flight the reader stops', () => {
  it('ends where it stopped, even when stopping it moved nothing: the popup opens, the map is at rest', async () => {
    prefersReducedMotion(false);
    const { places, elsewhere } = farStep(bundled);
    const far = places.find((p) => !inViewAfterZoomOn(elsewhere, p))!;
    const map = await renderMap(real, bundled, markers(bundled));
    zoomInOn(elsewhere);
    // Where the map is when the flight ends: its target (the place, at the same zoom) unless stopped.
    let endedAt: number | undefined;
    real.leaflet!.once('moveend', () => {
      endedAt = pixelsFrom([far.position[1], far.position[0]]);
    });
    real.actions!.select(far.id, 'list');
    await expect.poll(() => isMoving(real.leaflet!) && map.dataset.moving !== undefined, { timeout: 5_000 }).toBe(true);
    // Two fingers laid on the map and lifted without moving: Leaflet's pinch handler stops the
    // flight as they touch, and then has no pinch to make.
    // Leaflet hears touch events where the browser has them (Chromium here), pointer events where not
    // (Firefox ESR on a desktop), as its own Browser.touchNative decides.
    if ('ontouchstart' in window || 'TouchEvent' in window) {
      const touch = (identifier: number) => new Touch({ identifier, target: map, clientX: 300 + identifier * 100, clientY: 300 });
      const fingers = (type: string, touches: Touch[], changed: Touch[]) =>
        map.dispatchEvent(new TouchEvent(type, { touches, changedTouches: changed, bubbles: true, cancelable: true }));
      fingers('touchstart', [touch(1), touch(2)], [touch(2)]);
      fingers('touchend', [], [touch(1), touch(2)]);
    } else {
      const finger = (type: string, pointerId: number) =>
        map.dispatchEvent(
          new PointerEvent(type, {
            pointerId,
            pointerType: 'touch',
            isPrimary: pointerId === 1,
            bubbles: true,
            cancelable: true,
            clientX: 300 + pointerId * 100,
            clientY: 300,
          }),
        );
      finger('pointerdown', 1);
      finger('pointerdown', 2);
      finger('pointerup', 2);
      finger('pointerup', 1);
    }
    await settledWithPopupOf(far);
    expect(map.dataset.moving).toBeUndefined();
    expect(endedAt, 'the flight was stopped on its way, not at its end').toBeGreaterThan(1);
  });
});

describe('the map says it is moving', () => {
  it('until the last of two pans ends, though Leaflet ends the first after starting the second', async () => {
    prefersReducedMotion(false);
    const map = await renderMap(real, bundled, markers(bundled));
    const seen: string[] = [];
    real.leaflet!.on('moveend', () => seen.push(`end ${isMoving(real.leaflet!)} ${map.dataset.moving !== undefined}`));
    let frames = 0;
    real.leaflet!.on('move', () => frames++);
    real.leaflet!.panBy([200, 0], { duration: 0.5 });
    await expect.poll(() => frames, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(seen, 'the first pan is still under way').toHaveLength(0);
    // The second pan starts over the first: its movestart comes first, then the first one's moveend.
    real.leaflet!.panBy([-200, 0], { duration: 0.5 });
    expect(seen).toHaveLength(1);
    await expect.poll(() => isMoving(real.leaflet!) && map.dataset.moving !== undefined, { timeout: 5_000 }).toBe(true);
    await expect.poll(() => seen.length, { timeout: 5_000 }).toBe(2);
    expect(isMoving(real.leaflet!)).toBe(false);
    expect(map.dataset.moving).toBeUndefined();
  });
});

/** Whether `place` would be in view with the map zoomed in on `on` (at zoom 11, 800 × 600 px). */
function inViewAfterZoomOn(on: LocatedPlace, place: LocatedPlace): boolean {
  return Math.abs(on.position[0] - place.position[0]) < 0.3 && Math.abs(on.position[1] - place.position[1]) < 0.2;
}

/** Waits for `place`'s popup, with the map stopped where the camera took it (the flight, then the
 * popup's own pan, over). */
async function settledWithPopupOf(place: LocatedPlace): Promise<void> {
  await expect.poll(() => popupOf(place) !== null && inView(place) && !isMoving(real.leaflet!), { timeout: 5_000 }).toBe(true);
}

/** How far, in pixels, the map's centre is from `point`. */
const pixelsFrom = (point: LatLngExpression) => real.leaflet!.project(real.leaflet!.getCenter()).distanceTo(real.leaflet!.project(point));

describe('the reader’s view', () => {
  it('closing the last popup gives back the view the camera moved away from', async () => {
    const { places, elsewhere } = farStep(bundled);
    const far = places.find((p) => !inViewAfterZoomOn(elsewhere, p))!;
    await renderMap(real, bundled, markers(bundled));
    zoomInOn(elsewhere);
    const before = { center: real.leaflet!.getCenter(), zoom: real.leaflet!.getZoom() };
    real.actions!.select(far.id, 'list');
    await settledWithPopupOf(far);
    expect(pixelsFrom(before.center)).toBeGreaterThan(100);
    real.actions!.clear();
    await expect.poll(() => pixelsFrom(before.center), { timeout: 5_000 }).toBeLessThan(1);
    expect(real.leaflet!.getZoom()).toBe(before.zoom);
  });

  it('a view the reader made while a popup was open stays theirs', async () => {
    const { places, elsewhere } = farStep(bundled);
    const far = places.find((p) => !inViewAfterZoomOn(elsewhere, p))!;
    await renderMap(real, bundled, markers(bundled));
    zoomInOn(elsewhere);
    real.actions!.select(far.id, 'list');
    await settledWithPopupOf(far);
    // The reader's own move: a drag, as Leaflet makes it (a pan outside the camera).
    real.leaflet!.panBy([120, 40], { animate: false });
    const theirs = real.leaflet!.getCenter();
    real.actions!.clear();
    await expect.poll(() => real.host.querySelector('.leaflet-popup') === null && !isMoving(real.leaflet!), { timeout: 5_000 }).toBe(true);
    expect(pixelsFrom(theirs)).toBeLessThan(1);
  });

  it('a popup that would open past the map’s edge is panned inside it', async () => {
    const place = located[0]!;
    await renderMap(real, bundled, markers(bundled));
    // The place a fifth of the way down the map: in view, so no flight, but its popup opens upwards
    // and is taller than the room above it.
    real.leaflet!.setView([place.position[1], place.position[0]], 9, { animate: false });
    const point = real.leaflet!.latLngToContainerPoint([place.position[1], place.position[0]]);
    real.leaflet!.panBy([0, point.y - 600 * 0.2], { animate: false });
    real.actions!.select(place.id, 'list');
    await expect.poll(() => popupOf(place) !== null, { timeout: 5_000 }).toBe(true);
    const frame = real.leaflet!.getContainer().getBoundingClientRect();
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
      real,
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
    real.actions!.read(places.map((p) => p.id));
    await expect.poll(() => places.every(inView) && !isMoving(real.leaflet!), { timeout: 5_000 }).toBe(true);
    expect(follow!.paused).toBe(false);
    // The reader zooms: theirs.
    real.leaflet!.setZoom(real.leaflet!.getZoom() + 1, { animate: false });
    await expect.poll(() => follow?.paused, { timeout: 5_000 }).toBe(true);
    real.actions!.selectStep(event.id, 'step');
    await expect.poll(() => follow?.paused, { timeout: 5_000 }).toBe(false);
  });
});
