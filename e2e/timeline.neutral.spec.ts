// The timeline: the story's dated events in order, with their real gaps; Previous and Next (and the
// arrow keys) step through them, each step opening its places; a step is a deep link; and, where map
// and article stand side by side, the map follows the paragraph being read. All engines.
import { isLocated, type StoryEvent } from '../shared/story/types.ts';
import { formatDate } from '../shared/story/words.ts';
import { daysBetween, gapBetween, stepAnnouncement, stepName } from '../src/timeline/steps.ts';
import type { StoryUI } from './drivers/storyUI.ts';
import { STORY } from './fixtures.ts';
import { expectHash } from './helpers.ts';
import { expect, test } from './sites.ts';

const events = STORY.events;
const byId = new Map(STORY.places.map((p) => [p.id, p]));
const onMap = new Set(STORY.places.filter(isLocated).map((p) => p.id));
/** The place whose popup a step opens: its first on the map. */
const lead = (e: StoryEvent): string => e.placeIds.find((id) => onMap.has(id)) ?? e.placeIds[0]!;
const locatedOf = (ids: readonly string[]): string[] => ids.filter((id) => onMap.has(id)).sort();

const READ_TIMELINE = () => {
  const nav = document.querySelector('nav.timeline');
  return {
    name: nav ? document.getElementById(nav.getAttribute('aria-labelledby') ?? '')?.textContent : null,
    status: nav?.querySelector('.tl-status')?.textContent ?? '',
    steps: [...document.querySelectorAll<HTMLElement>('.timeline .tl-step')].map((b) => ({
      event: b.dataset.event ?? '',
      date: b.querySelector('time')?.getAttribute('datetime') ?? '',
      text: b.textContent ?? '',
      name: b.getAttribute('aria-label') ?? '',
      current: b.getAttribute('aria-current'),
    })),
    gaps: [...document.querySelectorAll('.timeline .tl-gap')].map((g) => g.textContent ?? ''),
    // The shown layout's dots (the others are in the page, hidden), in % of the axis.
    dots: [...document.querySelectorAll<HTMLElement>('.timeline .tl-dot')]
      .filter((d) => d.getClientRects().length > 0)
      .map((d) => {
        const axis = document.querySelector('.timeline .tl-axis')!.getBoundingClientRect();
        const dot = d.getBoundingClientRect();
        return (100 * (dot.left + dot.width / 2 - axis.left)) / axis.width;
      }),
    previousDisabled: nav?.querySelector('.tl-prev')?.getAttribute('aria-disabled'),
    nextDisabled: nav?.querySelector('.tl-next')?.getAttribute('aria-disabled'),
  };
};
/** The place ids whose markers are marked current, sorted. */
const MARKED = (): string[] =>
  [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [aria-current="true"]')].map((e) => e.dataset.placeId ?? '').sort();
/** Whether exactly the markers of `ids` (sorted) are marked current. */
const MARKED_ARE = (ids: readonly string[]): boolean =>
  JSON.stringify([...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [aria-current="true"]')].map((e) => e.dataset.placeId ?? '').sort()) ===
  JSON.stringify(ids);
/** Whether every marker of `ids` lies inside the map's frame (or the group it is drawn in, when it
 * stands too close to others to tell apart at this zoom). */
const IN_VIEW = (ids: readonly string[]): boolean => {
  const frame = document.querySelector('.map')!.getBoundingClientRect();
  return ids.every((id) => {
    const marker = document.querySelector<HTMLElement>(`.leaflet-marker-pane [data-place-id="${id}"]`);
    const group = [...document.querySelectorAll<HTMLElement>('.place-group[data-place-ids]')].find((g) => g.dataset.placeIds!.split(' ').includes(id));
    const drawn = marker?.style.display === 'none' ? group : marker?.querySelector('.sym');
    const r = drawn?.getBoundingClientRect();
    return !!r && r.width > 0 && r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
  });
};

test('the timeline lists the dated events in date order, on an axis with their real gaps', async ({ ui }) => {
  await ui.goto('/');
  await ui.waitForMarkers(onMap.size);
  const timeline = await ui.eval(READ_TIMELINE);
  expect(timeline.name).toBe('Timeline');
  expect(timeline.status).toBe(`${events.length} events`);
  expect(timeline.steps.map((s) => s.event)).toEqual(events.map((e) => e.id));
  const dates = timeline.steps.map((s) => s.date.slice(0, 10));
  expect(dates).toEqual([...dates].sort());
  events.forEach((event, i) => {
    const step = timeline.steps[i]!;
    expect(step.text).toContain(formatDate(event.date));
    expect(step.text).toContain(event.what);
    if (event.timeLocal) expect(step.text).toContain(`${event.approximate ? 'about ' : ''}${event.timeLocal} local time`);
    // Its name reads its lines as one sentence.
    expect(step.name).toBe(stepName(event));
    if (i > 0) expect(timeline.gaps[i]).toBe(gapBetween(events[i - 1]!, event));
    // Each dot at its date's share of the whole span: weeks of calm look like weeks.
    const span = daysBetween(events[0]!.date, events.at(-1)!.date);
    expect(timeline.dots[i]).toBeCloseTo((100 * daysBetween(events[0]!.date, event.date)) / span, 1);
  });
  expect(timeline.previousDisabled).toBe('true');
});

test('the bundled story’s steps say no more than their sources: who links the sites, hours for a day and a night, places that can be counted', async ({
  ui,
}) => {
  await ui.goto('/');
  await ui.waitForMarkers(onMap.size);
  const timeline = await ui.eval(READ_TIMELINE);
  expect(timeline.gaps).toEqual(['First', '4 days later', '3 days later', '5 days later', '9 weeks later', 'About 30 hours later']);
  expect(timeline.steps.at(-2)!.name).toBe('11 March 2020, about 19:35 local time: Rockets kill two Americans and a Briton at Camp Taji');
  expect(timeline.steps.at(-1)!.name).toBe('13 March 2020, about 01:15 local time: U.S. airstrikes on sites the U.S. linked to Kataib Hezbollah');
  // The step's button says its number and places as it takes focus (its description)...
  expect(await ui.eval(() => document.querySelector('.timeline .tl-step[data-event="us-strikes"]')?.getAttribute('aria-description'))).toBe(
    'Event 6 of 6. ' +
      // Najaf's name has a comma of its own, so the names are kept apart with semicolons.
      'On the map, 5 places: Karbala International Airport; Jurf al-Nasr (Jurf al-Sakhar); Al-Musayyib (reported strike area); Iskandariya (reported strike area); and Najaf (reported strike area, doubtful). ' +
      'Not on the map, 3 places: al-Sa’idat, in the Jurf al-Nasr subdistrict; al-Bahbahani, in the Jurf al-Nasr area; and The former al-Ashtar military-industry facility.',
  );
  // ...so choosing it there is not announced again by the live region (a screen reader said it twice).
  await ui.click('.timeline .tl-step[data-event="us-strikes"]');
  await ui.popup('karbala-international-airport');
  expect(await ui.eval(() => document.querySelector('.timeline [aria-live="polite"]')?.textContent)).toBe('');
});

test('Next and Previous step through the events, each opening its places, without taking focus', async ({ ui }) => {
  await ui.goto('/');
  await ui.waitForMarkers(onMap.size);
  for (const [i, event] of events.entries()) {
    await ui.click('.timeline .tl-next');
    const popup = await ui.popup(lead(event));
    expect(popup.text).toContain(`Timeline: event ${i + 1} of ${events.length}`);
    // Announced once, politely: the live region holds this step's words alone.
    await ui.waitUntil(
      (want) => document.querySelector('.timeline [aria-live="polite"]')?.textContent === want,
      stepAnnouncement(event, i, events.length, byId),
      `step ${i + 1} is announced`,
    );
    await expectHash(ui, `#event=${event.id}`);
    await ui.waitUntil(MARKED_ARE, locatedOf(event.placeIds), `the markers of ${event.id} are current`);
    const timeline = await ui.eval(READ_TIMELINE);
    expect(timeline.status).toBe(`Event ${i + 1} of ${events.length}`);
    expect(timeline.steps.filter((s) => s.current === 'step').map((s) => s.event)).toEqual([event.id]);
    expect(await ui.eval(() => document.activeElement?.classList.contains('tl-next'))).toBe(true);
  }
  expect((await ui.eval(READ_TIMELINE)).nextDisabled).toBe('true');
  await ui.click('.timeline .tl-prev');
  await ui.popup(lead(events.at(-2)!));
  await expectHash(ui, `#event=${events.at(-2)!.id}`);
});

test('an event at several places shows them all, and its popup offers the others', async ({ ui }) => {
  const event = events.find((e) => locatedOf(e.placeIds).length >= 2)!;
  const [first, second] = event.placeIds.filter((id) => onMap.has(id));
  await ui.goto(`/#event=${event.id}`);
  await ui.popup(first);
  await ui.waitUntil(MARKED_ARE, locatedOf(event.placeIds), 'all its places are current');
  await ui.waitUntil(IN_VIEW, locatedOf(event.placeIds), 'all its places are inside the map');
  await ui.click(`.leaflet-popup .pp-also-place`);
  await ui.popup(second);
  await expectHash(ui, `#event=${event.id}&place=${second}`);
  // Still the same step: its places stay marked.
  expect(await ui.eval(MARKED)).toEqual(locatedOf(event.placeIds));
});

test('a step’s link reopens it on load, quietly', async ({ ui }) => {
  const last = events.at(-1)!;
  await ui.goto(`/?load=step#event=${last.id}`);
  await ui.popup(lead(last));
  const timeline = await ui.eval(READ_TIMELINE);
  expect(timeline.status).toBe(`Event ${events.length} of ${events.length}`);
  expect(timeline.steps.find((s) => s.current === 'step')?.event).toBe(last.id);
  expect(await ui.eval(() => document.activeElement?.tagName)).toBe('BODY');
});

test('the arrow keys, Home and End step through the events from the focused step; the steps are one Tab stop', async ({ ui }) => {
  await ui.goto('/');
  await ui.waitForMarkers(onMap.size);
  // A toolbar with a roving tabindex: one step is in the Tab order, the first until another is chosen.
  const tabStops = () =>
    ui.eval(() => [...document.querySelectorAll<HTMLElement>('.timeline .tl-step')].filter((b) => b.tabIndex === 0).map((b) => b.dataset.event));
  expect(await tabStops()).toEqual([events[0]!.id]);
  expect(await ui.eval(() => document.querySelector('.timeline .tl-list')?.getAttribute('role'))).toBe('toolbar');
  await ui.eval(() => document.querySelector<HTMLElement>('.timeline .tl-step')!.focus());
  const focusedStep = (id: string) => ui.waitUntil((want) => (document.activeElement as HTMLElement | null)?.dataset.event === want, id, `focus on step ${id}`);
  // From the focused step (the first), not from before the first.
  await ui.press('ArrowRight');
  await focusedStep(events[1]!.id);
  await ui.popup(lead(events[1]!));
  expect(await tabStops()).toEqual([events[1]!.id]);
  await ui.press('ArrowLeft');
  await focusedStep(events[0]!.id);
  await ui.popup(lead(events[0]!));
  await ui.press('End');
  await focusedStep(events.at(-1)!.id);
  await ui.press('Home');
  await focusedStep(events[0]!.id);
  await ui.press('ArrowLeft');
  await focusedStep(events[0]!.id);
  await expectHash(ui, `#event=${events[0]!.id}`);
});

/** Scrolls so that the paragraph crosses the reading line, 40% down the window. */
async function readParagraph(ui: StoryUI, id: string): Promise<void> {
  await ui.evalArg((pid) => {
    const p = document.getElementById(pid)!;
    window.scrollTo({ top: p.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4 + 4, behavior: 'instant' });
  }, id);
}

test.describe('the map follows the reading', () => {
  // The paragraph that names the most places on the map.
  const paragraphs = STORY.article.paragraphs.map((p) => ({
    id: p.id,
    places: locatedOf([...new Set(STORY.places.filter((pl) => pl.quotes.some((q) => q.paragraph === p.id)).map((pl) => pl.id))]),
  }));
  const busiest = paragraphs.reduce((a, b) => (b.places.length > a.places.length ? b : a));
  const other = paragraphs.find((p) => p.places.length > 0 && p.places.join() !== busiest.places.join())!;
  test.beforeEach(async ({ ui }) => {
    await ui.goto('/');
    await ui.waitForMarkers(onMap.size);
  });

  test('scrolling to a paragraph brings its places into view and marks them, without a popup or focus', async ({ ui }) => {
    await readParagraph(ui, busiest.id);
    await ui.waitUntil(MARKED_ARE, busiest.places, `the places of ${busiest.id} are current`);
    await ui.waitUntil(IN_VIEW, busiest.places, 'and inside the map');
    expect(await ui.eval(() => document.querySelectorAll('.leaflet-popup').length)).toBe(0);
    expect(await ui.eval(() => document.activeElement?.tagName)).toBe('BODY');
    if (test.info().project.name === 'chromium') await ui.screenshot('reports/screenshots/timeline-follow-1280.png');
    await readParagraph(ui, other.id);
    await ui.waitUntil(MARKED_ARE, other.places, `the places of ${other.id} are current`);
  });

  test('pauses when the reader moves the map, until they pick an event', async ({ ui }) => {
    await readParagraph(ui, busiest.id);
    await ui.waitUntil(MARKED_ARE, busiest.places, 'following');
    // The reader pans the map with the keyboard.
    await ui.eval(() => document.querySelector<HTMLElement>('.map')!.focus());
    await ui.press('ArrowDown');
    await ui.waitUntil(() => document.querySelector('.follow-paused') !== null, null, 'following says it is paused');
    await readParagraph(ui, other.id);
    await ui.waitUntil(() => document.querySelectorAll('.leaflet-marker-pane [aria-current]').length === 0, null, 'nothing is marked while paused');
    await ui.click('.timeline .tl-next');
    await ui.popup(lead(events[0]!));
    await ui.waitUntil(() => document.querySelector('.follow-paused') === null, null, 'picking an event resumes following');
  });

  test('can be turned off', async ({ ui }) => {
    await readParagraph(ui, busiest.id);
    await ui.waitUntil(MARKED_ARE, busiest.places, 'following');
    await ui.click('.follow-switch input');
    await ui.waitUntil(() => document.querySelectorAll('.leaflet-marker-pane [aria-current]').length === 0, null, 'turned off, nothing is marked');
    await readParagraph(ui, other.id);
    expect(await ui.eval(() => document.querySelector<HTMLInputElement>('.follow-switch input')!.checked)).toBe(false);
    expect(await ui.eval(MARKED)).toEqual([]);
  });
});

test('a story without dates has no timeline; another story has its own', async ({ ui, sites }) => {
  // The many places' story has no dates (and no online tiles, whose requests would leave the machine).
  await ui.goto(sites.url('many'));
  await ui.waitUntil(() => document.querySelector('.leaflet-container')?.getAttribute('data-render-mode') === 'clusters', undefined, 'the map is drawn');
  expect(await ui.eval(() => document.querySelector('.places'))).not.toBeNull();
  expect(await ui.eval(() => document.querySelector('.timeline'))).toBeNull();
  const second = sites.story('second');
  await ui.goto(sites.url('second'));
  await ui.waitForMarkers(second.places.filter(isLocated).length);
  expect((await ui.eval(READ_TIMELINE)).steps.map((s) => s.event)).toEqual(second.events.map((e) => e.id));
});
