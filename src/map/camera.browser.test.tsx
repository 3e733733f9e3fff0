// The map as a component, in real browsers (Vitest's browser mode: Debian's Chromium and Firefox ESR
// through Playwright), one real Leaflet map per test: how a selection moves it, opens a popup and
// gives focus back. Faster and closer than the e2e specs, which drive the whole built site.
import 'leaflet/dist/leaflet.css';
import '../styles/app.css';
import { story as bundled } from 'virtual:story';
import type { Map as LeafletMap } from 'leaflet';
import { type ReactNode, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MapContainer, useMap } from 'react-leaflet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { priorityOf } from '../../shared/map/labelPriority.ts';
import { CLUSTER_THRESHOLD } from '../../shared/story/scale.ts';
import { isLocated, type LocatedPlace, type Place, type Story } from '../../shared/story/types.ts';
import { type SelectionActions, SelectionProvider, useSelectionActions } from '../selection/SelectionContext.tsx';
import { ClusterLayer } from './ClusterLayer.tsx';
import { boundsOf } from './coords.ts';
import { flyIntoView } from './flyIntoView.ts';
import { LabelLayout } from './LabelLayout.tsx';
import { PlaceMarker } from './PlaceMarker.tsx';
import { SelectedPlacePopup } from './SelectedPlacePopup.tsx';

let host: HTMLElement;
let root: Root;
let actions: SelectionActions | undefined;
let leaflet: LeafletMap | undefined;

beforeEach(() => {
  actions = undefined;
  leaflet = undefined;
  history.replaceState(null, '', location.pathname + location.search);
  host = document.createElement('div');
  // The map's size, fixed: where a view lands depends on it.
  host.style.cssText = 'width: 800px; height: 600px';
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  root.unmount();
  host.remove();
});

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
      <MapContainer style={{ width: 800, height: 600 }} bounds={boundsOf(located.map((p) => p.position))} zoomSnap={0.25}>
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
    <SelectedPlacePopup
      places={new Map(story.places.filter(isLocated).map((p) => [p.id, p]))}
      story={story}
      onParagraphLink={() => {}}
      bringIntoView={flyIntoView}
    />
  </>
);

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
