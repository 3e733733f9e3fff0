// The timeline's words and arithmetic, apart from its component so that they can be tested alone:
// the days between two dates, the gap in words, and what is announced when a step changes.
import type { Place, StoryEvent } from '../../shared/story/types.ts';
import { formatWhen, listNames } from '../../shared/story/words.ts';

/** Whole days from one ISO date to another, read by hand so that no time zone can shift them. */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string): number => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y!, m! - 1, d!) / 86_400_000;
  };
  return day(to) - day(from);
}

/** "The same day", "1 day later", "5 days later", "9 weeks later", "4 months later". */
export function gapWords(days: number): string {
  if (days === 0) return 'The same day';
  if (days === 1) return '1 day later';
  if (days < 14) return `${days} days later`;
  if (days < 70) return `${Math.round(days / 7)} weeks later`;
  const months = Math.round(days / 30.44);
  if (months < 24) return `${months} months later`;
  return `${Math.round(days / 365.25)} years later`;
}

type Moment = Pick<StoryEvent, 'date' | 'timeLocal' | 'approximate'>;

/** The gap between two steps as a reader would say it: from the clock when both times are known and
 * they are less than two days apart ("About 30 hours later", not "2 days later" for a day and a
 * night), from the dates otherwise. "About" when either time is approximate or the hours are not whole. */
export function gapBetween(from: Moment, to: Moment): string {
  const days = daysBetween(from.date, to.date);
  if (from.timeLocal === null || to.timeLocal === null) return gapWords(days);
  const minute = (time: string): number => {
    const [h, m] = time.split(':').map(Number);
    return h! * 60 + m!;
  };
  const minutes = days * 1440 + minute(to.timeLocal) - minute(from.timeLocal);
  if (minutes < 0 || minutes >= 2 * 1440) return gapWords(days);
  const about = from.approximate || to.approximate;
  if (minutes === 0) return about ? 'About the same time' : 'At the same time';
  if (minutes < 60) return `${about ? 'About ' : ''}${minutes} minute${minutes === 1 ? '' : 's'} later`;
  const hours = Math.round(minutes / 60);
  return `${about || minutes % 60 !== 0 ? 'About ' : ''}${hours} hour${hours === 1 ? '' : 's'} later`;
}

/** When and what, as a step's button reads: "8 January 2020: Iranian missiles …". */
export function stepName(event: StoryEvent): string {
  return `${formatWhen(event)}: ${event.what}`;
}

/** What a screen reader hears when the step changes: its number, when and what, and its places,
 * saying which are not on the map. */
export function stepAnnouncement(event: StoryEvent, index: number, count: number, places: ReadonlyMap<string, Place>): string {
  return [`Event ${index + 1} of ${count}: ${stepName(event)}.`, stepPlaces(event, places)].filter(Boolean).join(' ');
}

/** A step's button's description, heard when it takes focus (its name is `stepName`): its number
 * and its places, as the announcement gives them. */
export function stepDescription(event: StoryEvent, index: number, count: number, places: ReadonlyMap<string, Place>): string {
  return [`Event ${index + 1} of ${count}.`, stepPlaces(event, places)].filter(Boolean).join(' ');
}

/** "On the map: <a place>. Not on the map, 2 places: …" */
function stepPlaces(event: StoryEvent, places: ReadonlyMap<string, Place>): string {
  const of = event.placeIds.map((id) => places.get(id)!);
  const onMap = of.filter((p) => p.position !== null).map((p) => p.name);
  const off = of.filter((p) => p.position === null).map((p) => p.name);
  // "On the map, 5 places: …": the count first, and names that keep their own commas apart.
  const names = (label: string, list: string[]): string =>
    list.length === 1 ? `${label}: ${list[0]}.` : `${label}, ${list.length} places: ${listNames(list)}.`;
  return [onMap.length ? names('On the map', onMap) : '', off.length ? names('Not on the map', off) : ''].filter(Boolean).join(' ');
}
