// The timeline's steps: one per story event, on one date, at all its places; a date that names no
// event is a step of its own; earliest first.
import { describe, expect, it } from 'vitest';
import type { PlacesFile, StoryFile } from '../../shared/story/schema.ts';
import { loadStoryDir } from './loadStoryDir.ts';
import { toEvents } from './toEvents.ts';

describe('the bundled story’s timeline', () => {
  const story = loadStoryDir('geo');

  it('has the six events of the escalation, earliest first, with their places', () => {
    expect(story.events.map((e) => [e.date, e.id, e.placeIds.length])).toEqual([
      ['2019-12-27', 'k1-rockets', 1],
      ['2019-12-31', 'embassy-siege', 1],
      ['2020-01-03', 'soleimani-killed', 1],
      ['2020-01-08', 'iran-missiles', 2],
      ['2020-03-11', 'taji-rockets', 1],
      ['2020-03-13', 'us-strikes', 8],
    ]);
    expect(story.events[3]!.placeIds).toEqual(['ain-al-asad-air-base', 'erbil-air-base']);
  });

  it('gives an event a time only when all its places give that time', () => {
    const byId = new Map(story.events.map((e) => [e.id, e]));
    // Ain al-Asad "about 01:30", Erbil no time: the event says neither.
    expect(byId.get('iran-missiles')).toMatchObject({ timeLocal: null, approximate: false });
    expect(byId.get('us-strikes')).toMatchObject({ timeLocal: '01:15', approximate: true });
    // The coalition's 19:35 against Fox News' "about 19:52": sources that disagree make it "about".
    expect(byId.get('taji-rockets')).toMatchObject({ timeLocal: '19:35', approximate: true });
  });

  it('tells each place’s date which event it is part of', () => {
    const erbil = story.places.find((p) => p.id === 'erbil-air-base')!;
    expect(erbil.when.map((w) => w.event)).toEqual(['iran-missiles']);
  });
});

/** A story whose places' dates all name one declared event, `quake`. */
const quakeStory = { events: [{ id: 'quake', what: 'A quake' }] } as unknown as StoryFile;
const quakePlaces = (...dates: object[]) =>
  ({
    type: 'FeatureCollection',
    features: dates.map((d, i) => ({ type: 'Feature', id: `p${i}`, geometry: null, properties: { when: [{ ...d, event: 'quake' }] } })),
  }) as unknown as PlacesFile;

describe('an event’s time', () => {
  const at = (timeLocal?: string, approximate?: boolean) => ({ date: '2023-02-06', what: 'A quake', source: 's', timeLocal, approximate });
  const eventOf = (...dates: ReturnType<typeof at>[]) => toEvents(quakeStory, quakePlaces(...dates)).events[0];

  it('is the minute all its places give, "about" when any of them gives it only roughly', () => {
    // The survey's 13:24 at the epicentre, "around" the same minute at the town named after it.
    expect(eventOf(at('13:24'), at('13:24', true))).toMatchObject({ timeLocal: '13:24', approximate: true });
    expect(eventOf(at('04:17'), at('04:17'))).toMatchObject({ timeLocal: '04:17', approximate: false });
  });

  it('is none when its places give other minutes, or one gives none', () => {
    expect(eventOf(at('04:17'), at('04:18'))).toMatchObject({ timeLocal: null, approximate: false });
    expect(eventOf(at('01:30', true), at())).toMatchObject({ timeLocal: null, approximate: false });
  });
});

describe('a story whose dates name no events', () => {
  const when = (date: string, what: string, timeLocal?: string) => ({ date, what, source: 's', ...(timeLocal ? { timeLocal } : {}) });
  const place = (id: string, ...dates: ReturnType<typeof when>[]) => ({ type: 'Feature', id, geometry: null, properties: { when: dates } });
  const places = {
    type: 'FeatureCollection',
    features: [
      place('river-port', when('2024-05-02', 'The port floods', '18:00'), when('2024-05-01', 'Rain begins')),
      place('camp', when('2024-05-02', 'A camp opens')),
      // An id the made-up ids must step around.
      place('river', when('2024-05-03', 'x')),
    ],
  } as unknown as PlacesFile;
  const story = { events: [{ id: 'river-port-2024-05-01', what: 'Taken' }] } as unknown as StoryFile;

  it('makes each date a step of its own, labelled by its own words, in date and then time order', () => {
    const { events, eventOf } = toEvents({} as StoryFile, places);
    expect(events.map((e) => [e.id, e.what, e.timeLocal])).toEqual([
      ['river-port-2024-05-01', 'Rain begins', null],
      ['camp-2024-05-02', 'A camp opens', null],
      ['river-port-2024-05-02', 'The port floods', '18:00'],
      ['river-2024-05-03', 'x', null],
    ]);
    expect(eventOf).toEqual([['river-port-2024-05-02', 'river-port-2024-05-01'], ['camp-2024-05-02'], ['river-2024-05-03']]);
  });

  it('never makes an id that a declared event already has', () => {
    const { eventOf } = toEvents(story, places);
    expect(eventOf[0]).toEqual(['river-port-2024-05-02', 'river-port-2024-05-01-2']);
  });

  it('makes one step of the same words on the same date at several places', () => {
    const same = { type: 'FeatureCollection', features: [place('a', when('2024-05-01', 'Flood')), place('b', when('2024-05-01', 'Flood'))] };
    expect(toEvents({} as StoryFile, same as unknown as PlacesFile).events).toEqual([
      { id: 'a-2024-05-01', what: 'Flood', date: '2024-05-01', timeLocal: null, approximate: false, placeIds: ['a', 'b'] },
    ]);
  });

  it('makes one step of the same words at the same minute, however roughly each place gives it', () => {
    const same = {
      type: 'FeatureCollection',
      features: [
        place('epicentre', when('2023-02-06', 'A quake', '13:24')),
        place('town', { ...when('2023-02-06', 'A quake', '13:24'), approximate: true } as ReturnType<typeof when>),
      ],
    };
    expect(toEvents({} as StoryFile, same as unknown as PlacesFile).events).toMatchObject([
      { id: 'epicentre-2023-02-06', timeLocal: '13:24', approximate: true, placeIds: ['epicentre', 'town'] },
    ]);
  });

  it('has no steps when no place has a date', () => {
    expect(toEvents({} as StoryFile, { type: 'FeatureCollection', features: [place('a')] } as unknown as PlacesFile).events).toEqual([]);
  });
});
