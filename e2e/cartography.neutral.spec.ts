// Honest cartography at every width (issue 24): on the live map every place's symbol stands on its
// place, within 2 px of the point where Leaflet anchors its marker, or inside the circle of the
// group that names it; and no label lies under one of the map's controls (zoom, scale, credits, the
// locator). The bundled story, the second story and the Congo story (whose town and flooded quarter
// crowd into a group), at 320, 375 and 1280 px, in all three engines: each width is a frame of that
// size on a page of the story's own site, since WebKitGTK's window is never narrower than 447 px.

import { isLocated, type Story } from '../shared/story/types.ts';
import type { StoryUI } from './drivers/storyUI.ts';
import { STORY } from './fixtures.ts';
import { expect, test } from './sites.ts';

const FRAME = 'cartography-frame';

/** Opens the story page at `root` in a frame `width` px wide on a page of the same site, and waits
 * until its map has laid out its symbols and labels. */
async function openFramed(ui: StoryUI, root: string, width: number, markers: number): Promise<void> {
  await ui.goto(`${root}embed.html?panel=none`);
  await ui.evalArg(
    ({ src, width, id }) => {
      const frame = document.createElement('iframe');
      frame.id = id;
      frame.src = src;
      frame.title = 'The story at this width';
      Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', width: `${width}px`, height: '800px', border: '0', zIndex: '100000' });
      document.body.append(frame);
    },
    { src: root, width, id: FRAME },
  );
  await ui.waitUntil(
    ({ id, markers }) => {
      const doc = (document.getElementById(id) as HTMLIFrameElement | null)?.contentDocument;
      return (
        doc?.querySelectorAll('.leaflet-marker-pane [role="button"]').length === markers &&
        (doc.querySelector('.leaflet-container') as HTMLElement | null)?.dataset.labels === 'laid-out' &&
        doc.querySelector('.locator svg') !== null
      );
    },
    { id: FRAME, markers },
    `the framed map lays out its ${markers} places`,
  );
}

/** Inside the frame: where each place's symbol is drawn against the point Leaflet anchors it at (a
 * transform inside the map pane's), or the group circle it is in; and the labels under a control. */
const READ_FRAMED = (id: string) => {
  const doc = (document.getElementById(id) as HTMLIFrameElement).contentDocument!;
  const at = (el: HTMLElement): [number, number] => {
    const m = /translate(?:3d)?\((-?[\d.]+)px, *(-?[\d.]+)px/.exec(el.style.transform);
    return m ? [Number(m[1]), Number(m[2])] : [0, 0];
  };
  const container = doc.querySelector('.leaflet-container')!.getBoundingClientRect();
  const [px, py] = at(doc.querySelector<HTMLElement>('.leaflet-map-pane')!);
  const groups = [...doc.querySelectorAll<HTMLElement>('.place-group[data-place-ids]')].map((g) => {
    const r = g.getBoundingClientRect();
    return {
      ids: g.dataset.placeIds!.split(' '),
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
      radius: r.width / 2,
      name: g.getAttribute('aria-label') ?? '',
    };
  });
  const places = [...doc.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-place-id]')].map((m) => {
    const [x, y] = at(m);
    const point = [container.left + px + x, container.top + py + y] as const;
    const shown = m.style.display !== 'none';
    const s = m.querySelector('.sym')!.getBoundingClientRect();
    return {
      id: m.dataset.placeId!,
      name: m.getAttribute('aria-label') ?? '',
      point,
      symbol: shown ? ([s.left + s.width / 2, s.top + s.height / 2] as const) : null,
      group: shown ? null : (groups.find((g) => g.ids.includes(m.dataset.placeId!)) ?? null),
    };
  });
  const controls = [...doc.querySelectorAll('.leaflet-control')].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0);
  const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const underControls = [...doc.querySelectorAll<HTMLElement>('.place-marker .lbl, .place-group .lbl, .bl .lbl')]
    .filter((l) => l.getClientRects().length > 0 && doc.defaultView!.getComputedStyle(l).visibility !== 'hidden')
    .filter((l) => controls.some((c) => overlaps(l.getBoundingClientRect(), c)))
    .map((l) => l.textContent ?? '');
  return { width: doc.defaultView!.innerWidth, places, groups: groups.map(({ ids, name }) => ({ ids, name })), underControls };
};

const stories: readonly (readonly [string, (sites: { url(n: 'second' | 'elsewhere'): string; story(n: 'second' | 'elsewhere'): Story }) => [string, Story]])[] =
  [
    ['the bundled story', () => ['/', STORY]],
    ['the second story', (sites) => [sites.url('second'), sites.story('second')]],
    ['the Congo story', (sites) => [sites.url('elsewhere'), sites.story('elsewhere')]],
  ];

for (const [which, site] of stories) {
  for (const width of [320, 375, 1280]) {
    test(`${which} at ${width} px: every symbol on its place or in the group that names it, no label under a control`, async ({ ui, sites }) => {
      const [root, story] = site(sites);
      const located = story.places.filter(isLocated);
      await openFramed(ui, root, width, located.length);
      const seen = await ui.evalArg(READ_FRAMED, FRAME);
      expect(seen.width).toBe(width);
      expect(seen.places.map((p) => p.id).sort()).toEqual(located.map((p) => p.id).sort());
      for (const p of seen.places) {
        if (p.symbol) {
          expect(Math.hypot(p.symbol[0] - p.point[0], p.symbol[1] - p.point[1]), `${p.id}'s symbol on its place`).toBeLessThanOrEqual(2);
        } else {
          expect(p.group, `${p.id} is drawn in a group`).not.toBeNull();
          expect(Math.hypot(p.point[0] - p.group!.x, p.point[1] - p.group!.y), `${p.id} inside its group`).toBeLessThanOrEqual(p.group!.radius + 1);
          expect(seen.groups.find((g) => g.ids.includes(p.id))!.name, `its group names ${p.id}`).toContain(p.name);
        }
      }
      expect(seen.underControls, 'labels under a control').toEqual([]);
    });
  }
}
