// The page paints before its script (issue 28): the built HTML is the page, and the live map takes
// the drawn map's place without moving anything. In all three engines, at 320, 375 and 1280 px, the
// story page, the embed and a second, real story's page are opened twice, one over the other, in frames of the site's own page: once
// with scripts forbidden (sandbox="allow-same-origin": the first frame, as HTML and CSS lay it out),
// once live; when the live map has painted, every part of the page stands where it stood in the
// first frame, and each place shown alone stands where the drawn map put it.

import { isLocated } from '../shared/story/types.ts';
import { STORY } from './fixtures.ts';
import { expect, test } from './sites.ts';

/** What is compared between the first frame and the live page: the page's parts, top to bottom. */
const PARTS = ['h1', '.legend', '.timeline', '.map-frame', '.article', '#places', '.embed-tools', '.embed-credit', 'footer'];

interface Layout {
  readonly parts: Record<string, [number, number, number, number]>;
  /** Each place's symbol centre, by place id: the drawn map's, or the live map's markers. */
  readonly places: Record<string, [number, number]>;
}

declare global {
  interface Window {
    layoutOf(id: string, live: boolean): Layout;
  }
}

// The first frame's sandbox refuses the page's scripts, and the browser says so in the console.
test.use({ allowedConsoleErrors: [/sandbox/i] });

for (const [name, page] of [
  ['the story page', ''],
  ['the embed', 'embed.html'],
  ['the quake story’s page', 'quake:'],
] as const) {
  for (const [width, height] of [
    [320, 640],
    [375, 700],
    [1280, 720],
  ] as const) {
    test(`${name} at ${width} px: the live map takes the drawn map’s place, and nothing on the page moves`, async ({ ui, sites }) => {
      // The bundled story, and a real story of another region and a span of decades.
      const quake = page.startsWith('quake:');
      const story = quake ? sites.story('quake') : STORY;
      const located = story.places.filter(isLocated);
      const root = quake ? sites.url('quake') : `${new URL(test.info().project.use.baseURL!).href}`;
      const path = quake ? page.slice('quake:'.length) : page;
      await ui.goto(`${root}embed.html?panel=none`);
      await ui.evalArg(
        ({ src, width, height, parts: partsInPage }) => {
          document.body.style.visibility = 'hidden';
          for (const id of ['first', 'live']) {
            const frame = document.createElement('iframe');
            frame.id = id;
            frame.src = src;
            frame.title = id;
            // Scripts forbidden in the first: what the HTML and the stylesheets draw before any runs.
            if (id === 'first') frame.setAttribute('sandbox', 'allow-same-origin');
            Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', width: `${width}px`, height: `${height}px` });
            Object.assign(frame.style, { border: '0', visibility: 'visible', zIndex: '100000' });
            document.body.append(frame);
          }
          const centre = (e: Element): [number, number] => {
            const r = e.getBoundingClientRect();
            return [Math.round((r.left + r.width / 2) * 2) / 2, Math.round((r.top + r.height / 2) * 2) / 2];
          };
          window.layoutOf = (id, live) => {
            const doc = (document.getElementById(id) as HTMLIFrameElement).contentDocument!;
            const parts: Layout['parts'] = {};
            for (const selector of partsInPage) {
              const element = doc.querySelector(selector);
              if (!element) continue;
              const r = element.getBoundingClientRect();
              parts[selector] = [r.left, r.top, r.width, r.height].map((v) => Math.round(v * 2) / 2) as [number, number, number, number];
            }
            const places: Layout['places'] = {};
            if (live) {
              // Shown alone (a place in a group has no marker of its own at this zoom).
              for (const marker of doc.querySelectorAll<HTMLElement>('.leaflet-marker-pane .place-marker[data-place-id]'))
                if (marker.getClientRects().length > 0) places[marker.dataset.placeId!] = centre(marker);
            } else {
              for (const place of doc.querySelectorAll<HTMLAnchorElement>('.drawn-place')) places[place.getAttribute('aria-label')!] = centre(place);
            }
            return { parts, places };
          };
        },
        { src: `${root}${path}`, width, height, parts: PARTS },
      );
      await ui.waitUntil(
        (count) => {
          const live = (document.getElementById('live') as HTMLIFrameElement).contentDocument;
          const first = (document.getElementById('first') as HTMLIFrameElement).contentDocument;
          return (
            first?.querySelectorAll('.drawn-place').length === count &&
            live?.readyState === 'complete' &&
            live.querySelector('.drawn-map') === null &&
            (live.querySelectorAll('.leaflet-marker-pane .place-marker').length > 0 || live.querySelectorAll('.leaflet-marker-pane [role="button"]').length > 0)
          );
        },
        located.length,
        'the first frame is drawn and the live map has taken its place',
      );
      const first = await ui.eval(() => window.layoutOf('first', false));
      const live = await ui.eval(() => window.layoutOf('live', true));
      // The first frame has the page's parts, and the drawn map every located place.
      expect(Object.keys(first.parts)).toContain('.map-frame');
      expect(Object.keys(first.parts)).toContain('h1');
      expect(Object.keys(first.places).sort()).toEqual(located.map((p) => p.name).sort());
      expect(live.parts).toEqual(first.parts);
      const byName = new Map(located.map((p) => [p.id, p.name]));
      const alone = Object.entries(live.places);
      expect(alone.length).toBeGreaterThan(0);
      for (const [id, at] of alone) {
        const drawn = first.places[byName.get(id)!]!;
        expect(Math.abs(drawn[0] - at[0]), `${id}: x`).toBeLessThanOrEqual(1);
        expect(Math.abs(drawn[1] - at[1]), `${id}: y`).toBeLessThanOrEqual(1);
      }
    });
  }
}
