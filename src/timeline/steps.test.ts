import { describe, expect, it } from 'vitest';
import type { Place, StoryEvent } from '../story/types.ts';
import { daysBetween, gapWords, stepAnnouncement, stepName } from './steps.ts';

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
      'Event 4 of 6: 8 January 2020, about 01:30 local time: Missiles hit two bases. On the map: Base A, Base B. Not on the map: Depot C.',
    );
  });
});
