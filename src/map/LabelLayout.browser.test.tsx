// The label layout, in real browsers (the components tier), on a real map of the bundled story
// (map.test-harness.tsx): at every zoom, each place is a marker of its own or in one group that names
// it, and the labels shown do not overlap; a group is a button that zooms in until its places stand
// apart. What the layout measures (the labels' drawn sizes) is the browser's, hence a browser.
import { story } from 'virtual:story';
import { describe, expect, it } from 'vitest';
import { isLocated } from '../../shared/story/types.ts';
import { press } from '../components.test-harness.tsx';
import { markers, realMaps, renderMap } from './map.test-harness.tsx';
import { MAX_ZOOM, MIN_ZOOM } from './zoomRange.ts';

const real = realMaps();
const located = story.places.filter(isLocated);

/** Waits for a layout after `move` (the layout says so on the map's container). */
async function laidOutAfter(move: () => void): Promise<void> {
  const container = real.leaflet!.getContainer();
  delete container.dataset.labels;
  move();
  await expect.poll(() => container.dataset.labels, { timeout: 5_000 }).toBe('laid-out');
}

/** The places drawn as markers of their own, and the groups, with the ids each names. */
function drawn() {
  const container = real.leaflet!.getContainer();
  const own = [...container.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-place-id]')]
    .filter((m) => m.style.display !== 'none')
    .map((m) => m.dataset.placeId!);
  const groups = [...container.querySelectorAll<HTMLElement>('.place-group[data-place-ids]')].map((g) => ({
    element: g,
    ids: g.dataset.placeIds!.split(' '),
    name: g.getAttribute('aria-label') ?? '',
  }));
  return { own, groups };
}

/** The boxes of the labels shown, story places' and groups'. */
function shownLabels(): DOMRect[] {
  const container = real.leaflet!.getContainer();
  return [...container.querySelectorAll<HTMLElement>('.leaflet-marker-pane .lbl, .place-group .lbl')]
    .filter((l) => l.offsetParent !== null && getComputedStyle(l).visibility !== 'hidden')
    .map((l) => l.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
}

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('the label layout', () => {
  it('at every zoom from the closest to the farthest: each place is a marker or in one group naming it, and no two labels shown overlap', async () => {
    await renderMap(real, story, markers(story));
    const map = real.leaflet!;
    const zooms = [];
    for (let z = MAX_ZOOM; z >= MIN_ZOOM; z -= 2) zooms.push(z);
    const center = map.getCenter();
    let most = 0;
    for (const zoom of zooms) {
      await laidOutAfter(() => map.setView(center, zoom, { animate: false }));
      const { own, groups } = drawn();
      const grouped = groups.flatMap((g) => g.ids);
      expect([...own, ...grouped].sort(), `zoom ${zoom}`).toEqual(located.map((p) => p.id).sort());
      for (const g of groups) {
        expect(g.name).toMatch(new RegExp(`^${g.ids.length} places here, too close to tell apart: `));
        for (const id of g.ids) expect(g.name).toContain(located.find((p) => p.id === id)!.name);
      }
      const labels = shownLabels();
      most = Math.max(most, labels.length);
      for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(overlap(a, b), `zoom ${zoom}: two labels overlap`).toBe(false);
    }
    // The check had labels to compare.
    expect(most).toBeGreaterThan(2);
  });

  it('a group is a button: Enter zooms in on its places, which then stand apart (or in smaller groups), and focus follows the first', async () => {
    await renderMap(real, story, markers(story));
    const map = real.leaflet!;
    // Far enough out that places stand together.
    await laidOutAfter(() => map.setZoom(MIN_ZOOM, { animate: false }));
    const group = drawn().groups[0];
    expect(group, 'the bundled story has places that stand together when zoomed out').toBeDefined();
    const [lead] = group!.ids;
    const zoom = map.getZoom();
    group!.element.focus();
    press('Enter');
    // Split: no group holds all of them any more.
    await expect.poll(() => map.getZoom() > zoom && !drawn().groups.some((g) => group!.ids.every((id) => g.ids.includes(id))), { timeout: 5_000 }).toBe(true);
    // Focus on the first of them: its marker, or the smaller group it is still in.
    const onLead = () => {
      const focused = document.activeElement as HTMLElement | null;
      return focused?.dataset.placeId === lead || !!focused?.dataset.placeIds?.split(' ').includes(lead!);
    };
    await expect.poll(onLead, { timeout: 5_000 }).toBe(true);
  });
});
