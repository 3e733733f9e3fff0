// The words that stand in for the map where it cannot be drawn: the fallback images' alt text,
// built from the data so that it names exactly the places the picture shows.
import type { Story } from '../story/types.ts';
import { listNames as list } from '../story/words.ts';

export function fallbackAlt(story: Story): string {
  const located = story.places.filter((p) => p.position !== null);
  const exact = located.filter((p) => p.precision.kind === 'exact').map((p) => p.name);
  const approximate = located.filter((p) => p.precision.kind === 'approximate').map((p) => p.name);
  const named = located.filter((p) => p.precision.kind === 'named-area').map((p) => p.name);
  const unlocated = story.places.filter((p) => p.position === null).map((p) => p.name);
  const parts = [`Map: ${story.meta.title}.`, `Marked: ${list(exact)}.`];
  if (approximate.length) parts.push(`Shown as approximate areas: ${list(approximate)}.`);
  if (named.length) parts.push(`Marked by name only, at their centres, because where in or around them anything happened is not known: ${list(named)}.`);
  if (unlocated.length) parts.push(`Not on the map, because their locations are not known: ${list(unlocated)}.`);
  return parts.join(' ');
}
