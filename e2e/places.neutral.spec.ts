// Every place of the story, driven by the data: found on the map by its accessible name, opened by
// click and by keyboard, its popup quoting each of its passages verbatim and saying no more than its
// sources do (what each confidence rates, how well the location is known, "about" where a time is).
// Runs in all three engines.
import { confidenceStatement, formatWhen, locationStatement, placeSummary } from '../shared/story/words.ts';
import { READ_SYMBOLS } from './drivers/storyUI.ts';
import { expect, LOCATED, STORY, type StoryUI, test } from './fixtures.ts';
import { expectHash } from './helpers.ts';

const story = STORY;
const located = LOCATED;
const unlocated = story.places.filter((p) => p.position === null);

type Place = (typeof located)[number];

/** Focuses a place's marker and opens it with `key`, as a keyboard user would. */
async function openByKeyboard(ui: StoryUI, place: Place, key: 'Enter' | ' ' = 'Enter'): Promise<void> {
  await ui.focusMarker(place.name);
  await ui.press(key);
  await ui.popup(place.id);
}

/** Closes the open popup with `close`, then expects focus back on the place's marker. */
async function closeAndExpectFocusBack(ui: StoryUI, place: Place, close: () => Promise<void>, what: string): Promise<void> {
  await close();
  await ui.waitForNoPopup();
  await ui.waitForFocus((f) => f.label === place.name, what);
}

test.beforeEach(async ({ ui }) => {
  await ui.goto('/');
  await ui.waitForMarkers(located.length);
});

test('the map has one marker per located place, each a button named after its place, saying it opens a dialog; places too close to tell apart are one group that names them', async ({
  ui,
}) => {
  const markers = await ui.markers();
  const groups = await ui.groups();
  // Every located place is either a marker of its own or in exactly one group, never both.
  const grouped = groups.flatMap((g) => g.ids);
  expect(new Set(grouped).size).toBe(grouped.length);
  expect([...markers.map((m) => m.name), ...grouped.map((id) => located.find((p) => p.id === id)!.name)].sort()).toEqual(located.map((p) => p.name).sort());
  expect(markers.every((m) => m.role === 'button')).toBe(true);
  expect(await ui.eval(() => [...document.querySelectorAll('.leaflet-marker-pane [role="button"]')].map((m) => m.getAttribute('aria-haspopup')))).toEqual(
    located.map(() => 'dialog'),
  );
  // A group says how many places it holds and names each one.
  for (const group of groups) {
    expect(group.name).toMatch(new RegExp(`^${group.ids.length} places here, too close to tell apart: `));
    for (const id of group.ids) expect(group.name).toContain(located.find((p) => p.id === id)!.name);
  }
});

test('the map’s drawings are hidden from screen readers: what they show is said in words', async ({ ui }) => {
  const drawings = await ui.eval(() =>
    [...document.querySelectorAll('.leaflet-container svg, .leaflet-container canvas')]
      .filter((d) => !d.closest('.leaflet-marker-icon'))
      .map((d) => d.closest('[aria-hidden="true"]') !== null),
  );
  // The basemap and the halos at least; every one of them hidden.
  expect(drawings.length).toBeGreaterThanOrEqual(2);
  expect(drawings.every(Boolean)).toBe(true);
});

test('the first view fits every located place inside the map', async ({ ui }) => {
  const frame = await ui.eval(() => document.querySelector('.leaflet-container')!.getBoundingClientRect().toJSON() as DOMRect);
  const outside = (await ui.eval(READ_SYMBOLS))
    .filter(({ point: [x, y] }) => x < frame.left || x > frame.right || y < frame.top || y > frame.bottom)
    .map(({ name }) => name);
  expect(outside).toEqual([]);
});

test('approximate places are drawn as halos of their radius; named areas and exact places are not', async ({ ui }) => {
  const approximate = located.filter((p) => p.precision.kind === 'approximate');
  const named = located.filter((p) => p.precision.kind === 'named-area');
  expect(approximate.length).toBeGreaterThan(0);
  expect(named.length).toBeGreaterThan(0);
  expect(await ui.eval(() => document.querySelectorAll('path.halo').length)).toBe(approximate.length);
  // Each approximate marker is drawn differently from an exact one (dashed ring symbol), and a named
  // area with a symbol of its own, with no ring: nothing on the map bounds it.
  const kinds = await ui.eval(() =>
    [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-place-id]')].map(
      (m) => [m.dataset.placeId, m.querySelector('.sym--approximate') !== null, m.querySelector('.sym--named-area') !== null] as const,
    ),
  );
  for (const [id, isApprox, isNamed] of kinds) {
    expect(isApprox, id).toBe(approximate.some((p) => p.id === id));
    expect(isNamed, id).toBe(named.some((p) => p.id === id));
  }
  // The key explains the named-area symbol.
  const key = await ui.eval(() => document.querySelector('.legend-named')?.textContent ?? '');
  expect(key).toContain('Named area, position unknown');
});

test('the bundled story’s popups say what their sources say: an estimate as ours, copied points once, claims with their speakers', async ({ ui }) => {
  const said = async (id: string): Promise<string> => {
    // From the first view each time: a group opened for one place zooms the map away from the next.
    await ui.goto('/');
    await ui.waitForMarkers(located.length);
    await ui.clickMarker(story.places.find((p) => p.id === id)!.name);
    const popup = await ui.popup(id);
    await ui.press('Escape');
    await ui.waitForNoPopup();
    return popup.text.replace(/\s+/g, ' ');
  };
  const jurf = await said('jurf-al-nasr');
  expect(jurf).toContain(
    'Location: to the town only; one coordinate source. The dotted halo, about 10 km around the point, is our estimate of the area’s size, not a bound: no source says how far from the point it lies.',
  );
  expect(jurf).toContain('U.S. officials, unnamed, told AP that Jurf al-Sakhar was one of the five.');
  expect(jurf).not.toMatch(/Every Iraqi account|somewhere within/);
  expect(await said('baghdad')).toContain('Location: the city’s centre; two coordinate sources, whose points lie 4.3 km apart.');
  expect(await said('baghdad-international-airport')).toContain(
    'Location: to the facility: the point lies within the named site; one coordinate source (OurAirports gives the same point, to within 20 m).',
  );
  const najaf = await said('najaf');
  expect(najaf).toContain('Iraq’s military listed no PMF members among the dead');
  expect(najaf).toContain(
    'Listed by Iraq’s Security Media Cell, in a statement relayed by Iran Press and Rasa; Ultra Iraq, an Iraqi news site that is not one of those relays',
  );
  expect(najaf).not.toContain('(independent)');
  const taji = await said('camp-taji');
  expect(taji).toContain('11 March 2020, about 19:35 local time.');
  expect(taji).toContain('Fox News reported about 19:52');
  expect(taji).toContain('About 12 were wounded, in the coalition’s first count; AP and VOA later reported at least 14.');
  expect(await said('us-embassy-baghdad')).toContain('The crowd was protesting U.S. airstrikes of 29 December 2019');
  // The key draws and says the estimate as it is.
  expect(await ui.eval(() => document.querySelector('.legend')?.textContent ?? '')).toContain(
    'Approximate: the dotted halo is our estimate of the area’s size, not a bound',
  );
  expect(await ui.eval(() => document.querySelectorAll('path.halo.halo--derived').length)).toBe(1);
});

/** What a popup must say, and must not, so that it claims no more than the place's sources. */
function expectTruthful(place: Place, text: string): void {
  // How well the location is known, with how many sources; a named area is bounded by nothing.
  expect(text).toContain(locationStatement(place));
  if (place.precision.kind === 'named-area') expect(text).not.toMatch(/within about \d|dashed halo/);
  // Every confidence level is said with what it rates: its claim comes right before it.
  expect(text).toContain(confidenceStatement(place));
  const levels = [...text.matchAll(/(high|medium|low) confidence/g)];
  expect(levels.length).toBeGreaterThan(0);
  for (const m of levels) expect(text.slice(0, m.index), `"${m[0]}" says what it rates`).toMatch(new RegExp(`${literal(place.confidence.claim)}: $`));
  // A time that rests on one approximate statement reads "about"; a stated minute does not.
  for (const w of place.when) {
    expect(text).toContain(`${formatWhen(w)}.`);
    if (w.timeLocal && w.approximate) expect(text).toContain(`about ${w.timeLocal} local time`);
    if (w.timeLocal && !w.approximate) expect(text).not.toContain(`about ${w.timeLocal}`);
  }
}

const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const place of located) {
  test(`${place.id}: opens by click and by keyboard, quoting the article verbatim`, async ({ ui }) => {
    await ui.clickMarker(place.name);
    const popup = await ui.popup(place.id);
    expect(popup.title).toBe(place.name);
    expect([...popup.quotes].sort()).toEqual(place.quotes.map((q) => q.text).sort());
    for (const q of place.quotes) expect(popup.text).toContain(q.attributedTo);
    if (place.quotes.length === 0) expect(popup.text).toContain(place.noQuoteReason!);
    expect(popup.text).toContain(place.precision.basis);
    expectTruthful(place, popup.text);
    await expectHash(ui, `#place=${place.id}`);
    await closeAndExpectFocusBack(ui, place, () => ui.press('Escape'), `back on the ${place.name} marker after a click`);

    // The same place by keyboard: Enter opens it and moves focus in; Escape closes it and gives focus back.
    await openByKeyboard(ui, place);
    // To its heading, not the dialog, which a screen reader would read whole as one run of words.
    await ui.waitForFocus((f) => f.tag === 'h2' && f.inPopupOf === place.id, "moves to the popup's heading");
    await closeAndExpectFocusBack(ui, place, () => ui.press('Escape'), `returns to the ${place.name} marker`);
    await expectHash(ui, '');
  });
}

test('the × button closes a popup, gives focus back and clears the hash', async ({ ui }) => {
  const place = located[1]!;
  await openByKeyboard(ui, place);
  await closeAndExpectFocusBack(ui, place, () => ui.clickPopupClose(), `back on the ${place.name} marker`);
  await expectHash(ui, '');
});

test('Space opens a focused marker too, as on any button', async ({ ui }) => {
  const place = located[0]!;
  await openByKeyboard(ui, place, ' ');
});

test('the airport’s conflicting claims are shown side by side, each attributed', async ({ ui }) => {
  const airport = story.places.find((p) => p.disputes.length > 0)!;
  await ui.clickMarker(airport.name);
  await ui.popup();
  const sides = await ui.eval(() =>
    [...document.querySelectorAll('.leaflet-popup .pp-dispute .pp-quote')].map((f) => ({
      quote: f.querySelector('blockquote')!.textContent,
      by: f.querySelector('.pp-attribution')!.textContent,
      top: Math.round(f.getBoundingClientRect().top),
    })),
  );
  const [a, b] = airport.disputes[0]!.quotes.map((id) => airport.quotes.find((q) => q.id === id)!);
  expect(sides.map((s) => [s.quote, s.by])).toEqual([
    [a!.text, a!.attributedTo],
    [b!.text, b!.attributedTo],
  ]);
  expect(sides[0]!.top).toBe(sides[1]!.top); // side by side, not stacked
});

test('Camp Taji is marked as our identification, not the article’s', async ({ ui }) => {
  const taji = story.places.find((p) => p.naming.identifiedBy === 'iraq-strikes-map')!;
  await ui.clickMarker(taji.name);
  const popup = await ui.popup();
  expect(popup.text).toContain(`The article says only “${taji.naming.articleWords}”.`);
  expect(popup.text).toContain(`That it is ${taji.name} is our identification, not the article’s.`);
});

test('unlocated places are listed as text, say so, and are not on the map', async ({ ui }) => {
  expect(unlocated.length).toBeGreaterThan(0);
  const listed = await ui.eval(() =>
    [...document.querySelectorAll('.places-item')].map((li) => ({ id: li.id, text: li.textContent ?? '', button: li.querySelector('button') !== null })),
  );
  for (const place of unlocated) {
    const entry = listed.find((l) => l.id === `place-${place.id}`);
    expect(entry, place.id).toBeDefined();
    expect(entry!.text).toContain(place.name);
    expect(entry!.text).toContain('not located');
    expect(entry!.button).toBe(false);
  }
  const summary = await ui.eval(() => document.querySelector('.legend summary')?.textContent);
  expect(summary).toContain('5 sites struck; 2 located');
});

test('the places list says, for every place, how well it is located and what its confidence rates', async ({ ui }) => {
  const lines = await ui.eval(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.places-item')].map((li) => {
        // Its parts, with the separators drawn between them (ui/Separator.tsx) as they are seen.
        const meta = li.querySelector('.places-meta')!;
        const seen = [...meta.childNodes].map((n) => (n instanceof Element && n.classList.contains('sep') ? ' · ' : (n.textContent ?? '')));
        return [li.id, seen.join('')];
      }),
    ),
  );
  for (const place of story.places) {
    expect(lines[`place-${place.id}`], place.id).toBe(placeSummary(place));
    expect(lines[`place-${place.id}`], place.id).toContain(`${place.confidence.claim}: ${place.confidence.level} confidence`);
  }
});

test('a credit the article gives in part is shown in its words, with the full name as our identification', async ({ ui }) => {
  const identified = story.article.byline.contributors.filter((c) => c.identifiedBy === 'iraq-strikes-map');
  expect(identified.length).toBeGreaterThan(0);
  const head = await ui.eval(() => document.querySelector('.article-head')?.textContent ?? '');
  for (const c of identified) {
    expect(head).toContain(`${c.role} by ${c.articleWords}.`);
    expect(head).not.toContain(`${c.role} by ${c.name}`);
    expect(head).toContain(`That “${c.articleWords}” is ${c.name} is our identification, not the article’s.`);
  }
});

test('loads only from its own origin (Resource Timing)', async ({ ui }) => {
  await ui.clickMarker(located[0]!.name);
  await ui.popup();
  const elsewhere = await ui.eval(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((u) => !u.startsWith(location.origin) && !u.startsWith('data:')),
  );
  expect(elsewhere).toEqual([]);
});
