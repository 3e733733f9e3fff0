// The article and the map in step: paragraph links land on their paragraph, marked passages open
// their place, an open place highlights its passages, and #place= deep-links a place. All engines.
import { SUB_PATH } from '../scripts/serve.mjs';
import { segmentArticle } from '../shared/story/passages.ts';
import { expect, LOCATED, STORY, test } from './fixtures.ts';
import { expectHash } from './helpers.ts';

const story = STORY;
const located = LOCATED;
const quoted = located.filter((p) => p.quotes.length > 0);
const segments = segmentArticle(story.article.paragraphs, story.places);
/** Whether the passage of this quote is shared by several places (then it opens through a chip). */
const shared = (placeId: string, quoteId: string): boolean =>
  [...segments.values()]
    .flat()
    .some((s) => s.refs.some((r) => r.placeId === placeId && r.quoteId === quoteId) && new Set(s.refs.map((r) => r.placeId)).size > 1);

for (const place of quoted) {
  test(`${place.id}: #place= opens it; its paragraph links land; its passages open and mark it`, async ({ ui }) => {
    // A deep link opens the place on load, without taking focus from the page.
    await ui.goto(`/#place=${place.id}`);
    await ui.popup(place.id);
    expect(await ui.eval(() => document.activeElement?.tagName)).toBe('BODY');

    const paragraphs = story.article.paragraphs.map((p) => p.id);
    for (const quote of place.quotes) {
      await ui.clickPopupLink(`Read in the article, paragraph ${paragraphs.indexOf(quote.paragraph) + 1}`);
      const focused = await ui.waitForFocus((f) => f.id === quote.paragraph && f.inViewport, `on paragraph ${quote.paragraph}, in view`);
      expect(focused.tag).toBe('p');
      expect(await ui.evalArg((id) => document.getElementById(id)!.textContent, quote.paragraph)).toContain(quote.text);
      // The selection, and the link a reader would share, are unchanged.
      await expectHash(ui, `#place=${place.id}`);
    }
    await ui.press('Escape');
    await ui.waitForNoPopup();

    // Each marked passage opens the place; while it is open, all its passages are highlighted.
    for (const quote of place.quotes) {
      if (shared(place.id, quote.id)) await ui.clickPassageChip(place.id);
      else await ui.clickPassage(place.id);
      await ui.popup(place.id);
      const active = await ui.eval(() => [...document.querySelectorAll('.article .passage[data-active]')].map((e) => e.firstChild?.textContent ?? ''));
      for (const q of place.quotes) expect(active.join('\n')).toContain(q.text);
      await ui.press('Escape');
      await ui.waitForNoPopup();
    }
  });
}

test('#place= opens every located place on load', async ({ ui }) => {
  for (const place of located) {
    // A query string makes each a real page load, not a same-document hash change.
    await ui.goto(`/?load=${place.id}#place=${place.id}`);
    expect((await ui.popup(place.id)).title).toBe(place.name);
  }
});

test('#place= of an unlocated place opens its entry in the places list', async ({ ui }) => {
  const place = story.places.find((p) => p.position === null)!;
  await ui.goto(`/#place=${place.id}`);
  await ui.waitForMarkers(located.length);
  const entry = await ui.evalArg((id) => {
    const li = document.getElementById(`place-${id}`)!;
    return { selected: li.hasAttribute('data-selected'), open: li.querySelector('details')!.open };
  }, place.id);
  expect(entry).toEqual({ selected: true, open: true });
});

test('an unknown #place= is ignored', async ({ ui }) => {
  await ui.goto('/#place=no-such-place');
  await ui.waitForMarkers(located.length);
  expect(await ui.eval(() => document.querySelectorAll('.leaflet-popup').length)).toBe(0);
});

test('the hash follows the selection, and a hash change selects', async ({ ui }) => {
  const [a, b] = located;
  await ui.goto('/');
  await ui.waitForMarkers(located.length);
  await ui.clickMarker(a!.name);
  await ui.popup();
  await expectHash(ui, `#place=${a!.id}`);
  await ui.evalArg((id) => {
    location.hash = `place=${id}`;
  }, b!.id);
  expect((await ui.popup(b!.id)).placeId).toBe(b!.id);
  await ui.press('Escape');
  await ui.waitForNoPopup();
  await expectHash(ui, '');
});

test('the built site works from a sub-path', async ({ ui }) => {
  await ui.goto(`${SUB_PATH}#place=camp-taji`);
  await ui.waitForMarkers(located.length);
  expect((await ui.popup()).placeId).toBe('camp-taji');
});
