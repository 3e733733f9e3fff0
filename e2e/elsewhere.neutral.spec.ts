// A story far from the bundled one (the Congo river, e2e/fixtures/lualaba-story/): the build cuts
// its basemap for its bounds, so the map shows land under its places, borders, the lines between
// regions, and named towns and countries around them, with every located place in the first view;
// its pages speak in its own words (kinds, tally, credits); nothing is asked of another site.
// In all three engines.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyPhrases } from '../node/story/phrases.ts';
import { isLocated } from '../shared/story/types.ts';
import { fixtureSiteDir } from './fixtures/stories.ts';
import { expect, test } from './sites.ts';

test.describe('a story on the Congo river', () => {
  test('is drawn on land with borders and named places, all its places in view, in its own words, from its own origin', async ({ ui, sites }) => {
    const story = sites.story('elsewhere');
    const located = story.places.filter(isLocated);
    await ui.goto(sites.url('elsewhere'));
    await ui.waitForMarkers(located.length);

    const seen = await ui.eval(() => {
      const map = document.querySelector('.map')!.getBoundingClientRect();
      const land = [...document.querySelectorAll<SVGPathElement>('path.bm-land')];
      /** Whether the basemap's land fills the screen point [x, y]. */
      const onLand = (x: number, y: number): boolean =>
        land.some((path) => {
          const matrix = path.getScreenCTM();
          if (!matrix) return false;
          const point = new DOMPoint(x, y).matrixTransform(matrix.inverse());
          const svgPoint = path.ownerSVGElement!.createSVGPoint();
          svgPoint.x = point.x;
          svgPoint.y = point.y;
          return path.isPointInFill(svgPoint);
        });
      // Each place's true point, where Leaflet anchors its marker (shown, or hidden in a group).
      const translate = (el: HTMLElement): [number, number] => {
        const t = /translate3d\((-?[\d.]+)px, (-?[\d.]+)px/.exec(el.style.transform);
        return t ? [Number(t[1]), Number(t[2])] : [0, 0];
      };
      const [panX, panY] = translate(document.querySelector<HTMLElement>('.leaflet-map-pane')!);
      const markers = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-place-id]')].map((m) => {
        const [tx, ty] = translate(m);
        const [x, y] = [map.left + panX + tx, map.top + panY + ty];
        return { id: m.dataset.placeId, inView: x >= map.left && x <= map.right && y >= map.top && y <= map.bottom, onLand: onLand(x, y) };
      });
      const shown = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)]
          .filter((l) => l.style.display !== 'none' && l.getBoundingClientRect().width > 0)
          .map((l) => l.textContent ?? '');
      const drawn = (selector: string) => [...document.querySelectorAll(`path${selector}`)].filter((p) => (p.getAttribute('d') ?? '').length > 20).length;
      return {
        markers,
        borders: drawn('.bm-border'),
        regions: drawn('.bm-region'),
        rivers: drawn('.bm-river'),
        towns: shown('.bl--city'),
        countries: shown('.bl--country'),
        text: document.body.textContent ?? '',
        offOrigin: performance
          .getEntriesByType('resource')
          .map((r) => r.name)
          .filter((url) => new URL(url).origin !== location.origin),
      };
    });

    expect(seen.markers.map((m) => m.id).sort()).toEqual(located.map((p) => p.id).sort());
    for (const marker of seen.markers) expect(marker, `${marker.id} in the first view, on land`).toMatchObject({ inView: true, onLand: true });
    expect(seen.borders).toBeGreaterThan(0);
    expect(seen.regions).toBeGreaterThan(0);
    expect(seen.rivers).toBeGreaterThan(0);
    // Towns near the story's places are named first; farther, larger ones one zoom in (issue 24).
    expect(seen.towns.length, `towns named: ${seen.towns.join(', ')}`).toBeGreaterThanOrEqual(1);
    expect(seen.countries.length, `countries named: ${seen.countries.join(', ')}`).toBeGreaterThanOrEqual(1);

    // Its own words: its kinds in the key, its count, its credits.
    for (const kind of story.meta.kinds.filter((k) => located.some((p) => p.kind === k.id))) expect(seen.text).toContain(kind.label);
    expect(seen.text).toContain('2 towns flooded; 2 located');
    for (const credit of story.meta.credits) expect(seen.text).toContain(`${credit.for}: ${credit.by}.`);
    expect(seen.offOrigin).toEqual([]);

    if (test.info().project.name === 'chromium') await ui.screenshot('reports/screenshots/elsewhere-story.png');

    const kasongo = located.find((p) => p.id === 'kasongo')!;
    await ui.clickMarker(kasongo.name);
    const popup = await ui.popup(kasongo.id);
    expect(popup.text).toContain(kasongo.kindLabel);
    expect(popup.quotes).toEqual(kasongo.quotes.map((q) => q.text));
  });

  test('its pages carry its own pictures: the map for print, the card for sharing', async ({ ui, sites }) => {
    const story = sites.story('elsewhere');
    await ui.goto(sites.url('elsewhere'));
    await ui.waitForMarkers(story.places.filter(isLocated).length);
    const pictures = await ui.eval(() => ({
      print: document.querySelector('img.print-map')?.getAttribute('src') ?? '',
      card: document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '',
    }));
    expect(pictures.print).toBe('./fallback/map-wide-light.png');
    expect(new URL(pictures.card).pathname).toBe('/fallback/card.png');
    // The files themselves, from the story's own site: PNGs of the declared sizes.
    const sizes = await ui.eval(async () => {
      const size = async (path: string) => {
        const bytes = new DataView(await (await fetch(path)).arrayBuffer());
        return [bytes.getUint32(16), bytes.getUint32(20)];
      };
      return { card: await size('fallback/card.png'), wide: await size('fallback/map-wide-light.png') };
    });
    expect(sizes.card).toEqual([1200, 630]);
    expect(sizes.wide[0]).toBe(1200);
  });

  test('its embed credits it in its own short words', async ({ ui, sites }) => {
    const story = sites.story('elsewhere');
    await ui.goto(`${sites.url('elsewhere')}embed.html`);
    await ui.waitForMarkers(story.places.filter(isLocated).length);
    const credit = await ui.eval(() => document.querySelector('.embed-credit')?.textContent ?? '');
    expect(credit).toContain(`${story.meta.credits[0]!.short}.`);
  });

  test('its build holds no phrase of the bundled story, in any file', () => {
    test.skip(test.info().project.name !== 'chromium', 'it reads files, not pages: once is enough');
    const site = fixtureSiteDir('elsewhere');
    const phrases = [...storyPhrases('geo')];
    const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|js|css|json|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => {
      const text = readFileSync(join(site, file), 'utf8');
      return phrases.filter((p) => text.includes(p)).map((p) => `${file}: ${JSON.stringify(p)}`);
    });
    expect(found).toEqual([]);
  });
});
