// The timeline's words and arithmetic, apart from its component so that they can be tested alone:
// the days between two dates, the gap in words, and what is announced when a step changes.
import type { Place, StoryEvent } from '../story/types.ts';
import { formatWhen } from '../story/words.ts';

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

/** When and what, as a step's button reads: "8 January 2020: Iranian missiles …". */
export function stepName(event: StoryEvent): string {
  return `${formatWhen(event)}: ${event.what}`;
}

/** What a screen reader hears when the step changes: its number, when and what, and its places,
 * saying which are not on the map. */
export function stepAnnouncement(event: StoryEvent, index: number, count: number, places: ReadonlyMap<string, Place>): string {
  const of = event.placeIds.map((id) => places.get(id)!);
  const onMap = of.filter((p) => p.position !== null).map((p) => p.name);
  const off = of.filter((p) => p.position === null).map((p) => p.name);
  return [
    `Event ${index + 1} of ${count}: ${stepName(event)}.`,
    onMap.length ? `On the map: ${onMap.join(', ')}.` : '',
    off.length ? `Not on the map: ${off.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
