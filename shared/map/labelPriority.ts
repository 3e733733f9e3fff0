// Which places keep their spot and label first when the map is crowded (LabelLayout.tsx), and from
// which priority a place's label is preferred over a neighbour's: side by side, since each only
// makes sense with the other.
import type { Place, SymbolName } from '../story/types.ts';

// By symbol, so a story's own kinds rank as the symbols they borrow: a burst or an aircraft (what
// happened), a triangle (where it was aimed), a square (a city), a circle (background).
const BY_SYMBOL: Readonly<Record<SymbolName, number>> = { burst: 10, aircraft: 10, triangle: 9, square: 8, circle: 6 };

export function priorityOf(place: Place): number {
  if (place.strike?.role === 'listed-site') return 10;
  // Named only in a relayed statement: below everything the story knows better.
  if (place.strike?.role === 'reported-area') return 5;
  return BY_SYMBOL[place.symbol];
}

/** At this priority and above (listed sites, triangles, squares) a label wins a tie. */
export const PREFER_LABEL = 8;
