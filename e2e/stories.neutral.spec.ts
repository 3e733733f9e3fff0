// The app is not hard-wired to one article: a second, synthetic story builds (npm run build --
// --story <dir>) and renders as itself; and a story whose every text field carries an attack
// payload renders each one as inert text. Both in all three engines.

import { isLocated } from '../shared/story/types.ts';
import { confidenceStatement, locationStatement } from '../shared/story/words.ts';
import { expect, test } from './sites.ts';

test.describe('a second story', () => {
  test('renders its own title, places, area and quotes, and nothing of the bundled story', async ({ ui, sites }) => {
    const story = sites.story('second');
    const located = story.places.filter(isLocated);
    await ui.goto(sites.url('second'));
    await ui.waitForMarkers(located.length);
    const grouped = (await ui.groups()).flatMap((g) => g.ids).map((id) => located.find((p) => p.id === id)!.name);
    expect([...(await ui.markers()).map((m) => m.name), ...grouped].sort()).toEqual(located.map((p) => p.name).sort());

    const page = await ui.eval(() => ({
      title: document.title,
      h1: document.querySelector('h1')?.textContent ?? '',
      areas: [...document.querySelectorAll('.leaflet-overlay-pane path.area')].map((p) => p.getAttribute('class') ?? ''),
      halos: document.querySelectorAll('.leaflet-overlay-pane path.halo').length,
      named: [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-place-id]')]
        .filter((m) => m.querySelector('.sym--named-area'))
        .map((m) => m.dataset.placeId),
      text: document.body.textContent ?? '',
    }));
    expect(page.title).toBe(story.meta.title);
    expect(page.h1).toBe(story.meta.title);
    // The test zone is an approximate area: drawn as its polygon, dashed.
    expect(page.areas).toHaveLength(1);
    expect(page.areas[0]).toContain('area--approximate');
    expect(page.halos).toBe(1);
    // A named area: its own symbol, and no halo (the one halo is Samarra's).
    expect(page.named).toEqual(story.places.filter((p) => p.precision.kind === 'named-area').map((p) => p.id));
    expect(page.named).toHaveLength(1);
    for (const place of story.places) expect(page.text).toContain(place.name);
    // (The bundled basemap labels Karbala and Najaf; the story's own words must not be here.)
    for (const word of ['Kataib', 'Washington Post', 'Camp Taji', 'strikes of 13 March']) expect(page.text).not.toContain(word);

    if (test.info().project.name === 'chromium') await ui.screenshot('reports/screenshots/second-story.png');

    for (const place of located) {
      // From a fresh page: an open popup pans the map, which can leave other markers outside it.
      await ui.goto(sites.url('second'));
      await ui.waitForMarkers(located.length);
      await ui.clickMarker(place.name);
      const popup = await ui.popup(place.id);
      expect(popup.title).toBe(place.name);
      expect(popup.quotes).toEqual(place.quotes.map((q) => q.text));
      expect(popup.text).toContain(locationStatement(place));
      expect(popup.text).toContain(confidenceStatement(place));
      if (place.precision.kind === 'named-area') expect(popup.text).not.toMatch(/within about \d|dashed halo/);
    }
  });
});

test.describe('a story with attack payloads in every text field', () => {
  test('shows every payload as text: no element, script, dialog or request comes of it', async ({ ui, sites, page, engine }) => {
    const story = sites.story('xss');
    const located = story.places.filter(isLocated);
    const dialogs: string[] = [];
    if (engine === 'playwright') {
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    }

    for (const path of ['', 'embed.html?panel=places']) {
      // Open every popup, each from a fresh page (an open popup pans the map): their content
      // (quotes, sources, context) is rendered only then.
      for (const place of located) {
        await ui.goto(sites.url('xss') + path);
        await ui.waitForMarkers(located.length);
        await ui.clickMarker(place.name);
        const popup = await ui.popup(place.id);
        expect(popup.title).toBe(place.name);
        expect(popup.quotes).toEqual(place.quotes.map((q) => q.text));
        for (const source of place.sources) expect(popup.text).toContain(source.label);

        const found = await ui.eval(() => ({
          handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
          inlineScripts: [...document.scripts].filter((s) => !s.src).length,
          elements: document.querySelectorAll('body style, body iframe, body svg[onload], .leaflet-popup img, .leaflet-popup svg').length,
          // (Links may hold a probe path inside their https URL: that is text in an attribute.)
          probes: document.querySelectorAll('[src*="xss-probe"], link[href*="xss-probe"], [srcset*="xss-probe"]').length,
          scriptLinks: [...document.querySelectorAll('a')].filter((a) => a.protocol === 'javascript:').length,
          requests: performance
            .getEntriesByType('resource')
            .filter((r) => r.name.includes('xss-probe'))
            .map((r) => r.name),
          text: document.body.textContent ?? '',
          title: document.title,
        }));
        expect(found, `${path || 'story page'}, ${place.id} open`).toMatchObject({
          handlers: 0,
          inlineScripts: 0,
          elements: 0,
          probes: 0,
          scriptLinks: 0,
          requests: [],
        });
        // The payloads are on the page as the very characters the story holds.
        expect(found.title).toBe(path === '' ? story.meta.title : `Map: ${story.meta.title}`);
        for (const text of [story.meta.title, ...story.places.map((p) => p.name)]) expect(found.text).toContain(text);
        if (path === '') for (const p of story.article.paragraphs) expect(found.text).toContain(p.text);
      }
    }
    expect(dialogs).toEqual([]);
  });
});
