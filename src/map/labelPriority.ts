// Which places keep their spot and label first when the map is crowded (LabelLayout.tsx), and from
// which priority a place's label is preferred over a neighbour's: side by side, since each only
// makes sense with the other.
import type { Place } from '../story/types.ts';

export function priorityOf(place: Place): number {
  if (place.strike?.role === 'listed-site') return 10;
  if (place.kind === 'attacked-base') return 9;
  if (place.kind === 'city') return 8;
  if (place.kind === 'earlier-event') return 6;
  return 5; // reported strike areas
}

/** At this priority and above (strike sites, attacked bases, cities) a label wins a tie. */
export const PREFER_LABEL = 8;
