// A real story that spans decades and has two events on one day, around Turkey and Syria: VOA's
// report of the two earthquakes of 6 February 2023, with the İzmit earthquake of 1999 before them
// (e2e/fixtures/quake-story/). Its timeline breaks between 1999 and 2023 and places the two quakes of
// one day by their clock times, both times shown; at 320 and 375 px neither the page nor the embed
// is wider than the screen; its map names Syria in the first view and Lebanon one zoom in. In all
// three engines: narrow screens are frames of that width on a page of the story's own site, since
// WebKitGTK's window is never narrower than 447 px.

import { isLocated } from '../shared/story/types.ts';
import type { StoryUI } from './drivers/storyUI.ts';
import { expect, test } from './sites.ts';

const FRAME = 'framed';

/** Opens `path` of the site at `root` in a frame `width` × `height` px at the top left of a page of
 * the same site (so the test can read inside it), and waits for its map. */
async function openFramed(ui: StoryUI, root: string, path: string, [width, height]: readonly [number, number], markers: number): Promise<void> {
  await ui.goto(`${root}embed.html?panel=none`);
  await ui.evalArg(
    ({ src, width, height, id }) => {
      const frame = document.createElement('iframe');
      frame.id = id;
      frame.src = src;
      frame.title = 'The story at a phone’s width';
      Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', width: `${width}px`, height: `${height}px`, border: '0', zIndex: '100000' });
      // Only the frame shows, for screenshots.
      document.body.style.visibility = 'hidden';
      frame.style.visibility = 'visible';
      document.body.append(frame);
    },
    { src: `${root}${path}`, width, height, id: FRAME },
  );
  await ui.waitUntil(
    ({ id, markers }) =>
      (document.getElementById(id) as HTMLIFrameElement | null)?.contentDocument?.querySelectorAll('.leaflet-marker-pane [role="button"]').length === markers,
    { id: FRAME, markers },
    `the framed map shows its ${markers} places`,
  );
  await ui.evalArg(INSTALL, FRAME);
}

/** What the tests read and do inside the frame, installed on the outer page as `window.framed` so
 * that the functions the tests wait on can call them. */
interface Framed {
  /** The frame's width and its page's, the timeline axis's labels (and those that stand outside
   * the axis), and the steps' times. */
  widths(): { innerWidth: number; scrollWidth: number; clientWidth: number; ticks: string[]; outside: string[]; times: string[] };
  /** The country names drawn inside the map, as the label layout shows them. */
  countries(): string[];
  /** How far apart two story markers stand, px, as Leaflet places them (at their true points). */
  span(a: string, b: string): number;
  /** Whether the map is zooming. */
  zooming(): boolean;
  /** Double-clicks the map where the country `name` is named (its label's true point): the map
   * zooms in one step, half a zoom level, around it. */
  doubleClickOn(name: string): void;
  scrollToMap(): void;
}
declare global {
  interface Window {
    framed: Framed;
  }
}

const INSTALL = (id: string): void => {
  const doc = () => (document.getElementById(id) as HTMLIFrameElement).contentDocument!;
  // Leaflet places a layer with translate3d(x, y, 0) (translate(x, y) without 3D support).
  const numbers = (transform: string) =>
    transform
      .match(/translate(?:3d)?\((-?[\d.]+)px, *(-?[\d.]+)px/)!
      .slice(1)
      .map(Number);
  window.framed = {
    widths() {
      const axis = doc().querySelector('.tl-axis')!.getBoundingClientRect();
      // The layout the axis's width shows (the others are in the page, hidden).
      const ticks = [...doc().querySelectorAll<HTMLElement>('.tl-tick')].filter((t) => t.getClientRects().length > 0);
      return {
        innerWidth: doc().defaultView!.innerWidth,
        scrollWidth: doc().documentElement.scrollWidth,
        clientWidth: doc().documentElement.clientWidth,
        ticks: ticks.map((t) => t.textContent ?? ''),
        outside: ticks
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.left < axis.left - 0.5 || r.right > axis.right + 0.5;
          })
          .map((t) => t.textContent ?? ''),
        times: [...doc().querySelectorAll('.tl-time')].map((t) => t.textContent ?? ''),
      };
    },
    countries() {
      const map = doc().querySelector('.map')!.getBoundingClientRect();
      return [...doc().querySelectorAll<HTMLElement>('.bl--country')]
        .filter((l) => {
          const r = l.getBoundingClientRect();
          return l.style.display !== 'none' && r.width > 0 && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
        })
        .map((l) => l.textContent ?? '');
    },
    span(a, b) {
      const at = (place: string) => numbers(doc().querySelector<HTMLElement>(`.leaflet-marker-pane [data-place-id="${place}"]`)!.style.transform);
      const [p, q] = [at(a), at(b)];
      return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!);
    },
    zooming: () => doc().querySelector('.leaflet-zoom-anim') !== null,
    doubleClickOn(name) {
      const label = [...doc().querySelectorAll<HTMLElement>('.bl--country')].find((l) => l.textContent === name);
      if (!label) throw new Error(`the basemap has no name for ${name}, at any zoom`);
      const container = doc().querySelector('.map')!;
      const [lx, ly] = numbers(label.style.transform);
      const [px, py] = numbers(doc().querySelector<HTMLElement>('.leaflet-map-pane')!.style.transform);
      const box = container.getBoundingClientRect();
      const [x, y] = [box.left + lx! + px!, box.top + ly! + py!];
      const target = doc().elementFromPoint(x, y) ?? container;
      target.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, cancelable: true, clientX: x, clientY: y, view: doc().defaultView }));
    },
    scrollToMap: () => doc().querySelector('.map')!.scrollIntoView({ block: 'center' }),
  };
};

test.describe('a story spanning decades with two events on one day (two quakes in 2023, one in 1999)', () => {
  test('its axis breaks between 1999 and 2023, the two quakes of one day stand at their clock times, and both times show', async ({ ui, sites }) => {
    const story = sites.story('quake');
    await ui.goto(sites.url('quake'));
    await ui.waitForMarkers(story.places.filter(isLocated).length);
    const timeline = await ui.eval(() => ({
      // The layout the axis's width shows (the others are in the page, hidden), its dots in % of the axis.
      breaks: [...document.querySelectorAll<HTMLElement>('.timeline .tl-break')].filter((b) => b.getClientRects().length > 0).length,
      ticks: [...document.querySelectorAll<HTMLElement>('.timeline .tl-tick')].filter((t) => t.getClientRects().length > 0).map((t) => t.textContent ?? ''),
      dots: [...document.querySelectorAll<HTMLElement>('.timeline .tl-dot')]
        .filter((d) => d.getClientRects().length > 0)
        .map((d) => {
          const axis = document.querySelector('.timeline .tl-axis')!.getBoundingClientRect();
          const dot = d.getBoundingClientRect();
          return (100 * (dot.left + dot.width / 2 - axis.left)) / axis.width;
        }),
      steps: [...document.querySelectorAll<HTMLElement>('.timeline .tl-step')].map((b) => b.textContent ?? ''),
      gaps: [...document.querySelectorAll('.timeline .tl-gap')].map((g) => g.textContent ?? ''),
    }));
    expect(story.events.map((e) => [e.date, e.timeLocal, e.approximate])).toEqual([
      ['1999-08-17', '03:01', true],
      ['2023-02-06', '04:17', false],
      ['2023-02-06', '13:24', true],
    ]);
    expect(timeline.breaks).toBe(1);
    expect(timeline.ticks.slice(0, 2)).toEqual(['1999', '6 Feb 2023']);
    expect(timeline.ticks.slice(2).length).toBeGreaterThanOrEqual(3);
    for (const hour of timeline.ticks.slice(2)) expect(hour).toMatch(/^\d\d:00$/);
    // 04:17 at the start of the day's stretch, 13:24 at its end: nine hours apart on the axis.
    const [y1999, first, second] = timeline.dots;
    expect(y1999).toBe(0);
    expect(first).toBeGreaterThan(5);
    expect(second).toBeCloseTo(100, 0);
    expect(timeline.steps[1]).toContain('04:17 local time');
    expect(timeline.steps[2]).toContain('about 13:24 local time');
    expect(timeline.gaps).toEqual(['First', '23 years later', 'About 9 hours later']);
    if (test.info().project.name === 'chromium') await ui.screenshot('reports/screenshots/quake-1280.png');
  });

  for (const width of [320, 375]) {
    for (const where of ['the page', 'the embed'] as const) {
      test(`${where} is no wider than a ${width} px screen, and the axis’s labels stay on it`, async ({ ui, sites }) => {
        const located = sites.story('quake').places.filter(isLocated).length;
        await openFramed(ui, sites.url('quake'), where === 'the page' ? '' : 'embed.html', [width, 700], located);
        await ui.waitUntil(() => window.framed.widths().ticks.length > 0, null, 'the axis is laid out');
        const seen = await ui.eval(() => window.framed.widths());
        // The frame's window is the screen's width (Firefox's page is a scrollbar narrower inside it).
        expect(seen.innerWidth).toBe(width);
        expect(seen.scrollWidth).toBe(seen.clientWidth);
        expect(seen.outside).toEqual([]);
        expect(seen.ticks.slice(0, 2)).toEqual(['1999', '6 Feb 2023']);
        expect(seen.times).toEqual(['about 03:01 local time', '04:17 local time', 'about 13:24 local time']);
        if (test.info().project.name === 'chromium') await ui.screenshot(`reports/screenshots/quake-${where === 'the page' ? 'page' : 'embed'}-${width}.png`);
      });
    }
  }
});

test('a story around Turkey and Syria names Syria in the first view and Lebanon one zoom in', async ({ ui, sites }) => {
  const located = sites.story('quake').places.filter(isLocated).length;
  // A phone 414 px wide: the first view (zoom 5.8) holds Syria and Lebanon.
  await openFramed(ui, sites.url('quake'), '', [414, 896], located);
  await ui.eval(() => window.framed.scrollToMap());
  await ui.waitUntil(() => window.framed.countries().includes('Syria'), null, 'Syria is named in the first view');
  const first = await ui.eval(() => window.framed.countries());
  expect(first).toContain('Turkey');
  // Lebanon's name, 9 px capitals, does not fit inside it yet: it is not drawn across its borders.
  expect(first).not.toContain('Lebanon');
  if (test.info().project.name === 'chromium') await ui.screenshot('reports/screenshots/quake-countries-414-first.png');

  // One zoom level in around Lebanon: two double-clicks, each the map's zoom step of half a level.
  const before = await ui.eval(() => window.framed.span('izmit-1999', 'second-quake-epicentre'));
  for (const scale of [Math.SQRT2, 2]) {
    await ui.eval(() => window.framed.doubleClickOn('Lebanon'));
    await ui.waitUntil(
      // Leaflet rounds positions to whole pixels.
      (want) => Math.abs(window.framed.span('izmit-1999', 'second-quake-epicentre') - want) < 2 && !window.framed.zooming(),
      before * scale,
      `the map zoomed ×${scale.toFixed(2)} and stopped`,
    );
  }
  await ui.waitUntil(() => window.framed.countries().includes('Lebanon'), null, 'Lebanon is named one zoom in');
  if (test.info().project.name === 'chromium') await ui.screenshot('reports/screenshots/quake-countries-414-zoomed.png');
});
