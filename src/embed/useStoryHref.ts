// Where the embed's links to the story page go: the story page at what the reader has open (a place,
// or a step of the timeline and its place), else at what the embed was made to show (?place=,
// ?event=): a place's embed is about that place, and its "Full story page" keeps it.

import { type HashSelection, hashFor } from '../../shared/selection/hash.ts';
import { useSelection } from '../selection/SelectionContext.tsx';

/** The story page's URL relative to the embed, for the embed's own place and event (EmbedOptions). */
export function useStoryHref(place: string | null, event: string | null): string {
  const { selection } = useSelection();
  let at: HashSelection | null = null;
  if (selection) at = selection.step !== null ? { place: selection.id, step: selection.step } : { place: selection.id, step: null };
  else if (event !== null) at = { place, step: event };
  else if (place !== null) at = { place, step: null };
  return `./${hashFor(at)}`;
}
