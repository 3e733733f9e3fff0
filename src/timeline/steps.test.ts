import { describe, expect, it } from 'vitest';
import type { Place, StoryEvent } from '../../shared/story/types.ts';
import { daysBetween, gapBetween, gapWords, stepAnnouncement, stepDescription, stepName } from './steps.ts';

describe('the timeline’s gaps', () => {
  it('counts days across months, years and a leap day', () => {
    expect(daysBetween('2019-12-27', '2019-12-31')).toBe(4);
    expect(daysBetween('2019-12-31', '2020-01-03')).toBe(3);
    expect(daysBetween('2020-01-08', '2020-03-11')).toBe(63);
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
  });

  it('says the gap in the unit a reader would use', () => {
    expect(gapWords(0)).toBe('The same day');
    expect(gapWords(1)).toBe('1 day later');
    expect(gapWords(5)).toBe('5 days later');
    expect(gapWords(63)).toBe('9 weeks later');
    expect(gapWords(120)).toBe('4 months later');
    expect(gapWords(800)).toBe('2 years later');
  });
});

describe('gaps from the clock', () => {
  const at = (date: string, timeLocal: string | null, approximate = false) => ({ date, timeLocal, approximate });

  it('says hours, not days, for a day and a night when both times are known', () => {
    // Camp Taji at about 19:35 on 11 March, the strikes at about 01:15 on 13 March: 29 h 40 min.
    expect(gapBetween(at('2020-03-11', '19:35', true), at('2020-03-13', '01:15', true))).toBe('About 30 hours later');
    expect(gapBetween(at('2020-03-11', '19:35'), at('2020-03-12', '19:35'))).toBe('24 hours later');
    expect(gapBetween(at('2020-03-11', '19:35'), at('2020-03-11', '21:05'))).toBe('About 2 hours later');
    expect(gapBetween(at('2020-03-11', '19:35'), at('2020-03-11', '20:35'))).toBe('1 hour later');
    expect(gapBetween(at('2023-02-06', '04:17'), at('2023-02-06', '04:41'))).toBe('24 minutes later');
    expect(gapBetween(at('2023-02-06', '04:17', true), at('2023-02-06', '04:17'))).toBe('About the same time');
  });

  it('falls back to the dates when a time is unknown, or the gap is two days or more', () => {
    expect(gapBetween(at('2020-03-11', '19:35'), at('2020-03-13', null))).toBe('2 days later');
    expect(gapBetween(at('2020-01-08', null), at('2020-01-08', '01:30'))).toBe('The same day');
    expect(gapBetween(at('2020-03-11', '01:00'), at('2020-03-13', '01:00'))).toBe('2 days later');
    expect(gapBetween(at('2020-01-08', '01:30', true), at('2020-03-11', '19:35'))).toBe('9 weeks later');
  });
});

describe('a step’s words', () => {
  const event: StoryEvent = {
    id: 'missiles',
    what: 'Missiles hit two bases',
    date: '2020-01-08',
    timeLocal: '01:30',
    approximate: true,
    placeIds: ['a', 'b', 'c'],
  };
  const place = (id: string, name: string, located: boolean) => [id, { id, name, position: located ? [44, 33] : null } as unknown as Place] as const;
  const places = new Map([place('a', 'Base A', true), place('b', 'Base B', true), place('c', 'Depot C', false)]);

  it('names the step by its date, time and what', () => {
    expect(stepName(event)).toBe('8 January 2020, about 01:30 local time: Missiles hit two bases');
  });

  it('announces its number, its places, and which are not on the map', () => {
    expect(stepAnnouncement(event, 3, 6, places)).toBe(
      'Event 4 of 6: 8 January 2020, about 01:30 local time: Missiles hit two bases. On the map, 2 places: Base A and Base B. Not on the map: Depot C.',
    );
  });

  it('describes its button with its number and places, not its name again', () => {
    expect(stepDescription(event, 3, 6, places)).toBe('Event 4 of 6. On the map, 2 places: Base A and Base B. Not on the map: Depot C.');
  });

  it('keeps places countable when their names have commas of their own', () => {
    const commas = new Map([
      place('a', 'Base A', true),
      place('d', 'Depot D, in the north', false),
      place('e', 'Yard E, near the river', false),
      place('f', 'The old works', false),
    ]);
    expect(stepAnnouncement({ ...event, placeIds: ['a', 'd', 'e', 'f'] }, 0, 1, commas)).toBe(
      'Event 1 of 1: 8 January 2020, about 01:30 local time: Missiles hit two bases. On the map: Base A. Not on the map, 3 places: Depot D, in the north; Yard E, near the river; and The old works.',
    );
  });
});
