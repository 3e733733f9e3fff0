// The kinds of place a story gets when its story.json declares none: plain words that fit any news
// story, one per symbol of the project's set. A story's own words go in its story.json.
import type { KindWords } from './types.ts';

export const DEFAULT_KINDS: readonly KindWords[] = [
  { id: 'event', label: 'Event', plural: 'Events', symbol: 'burst', tally: false },
  { id: 'facility', label: 'Facility', plural: 'Facilities', symbol: 'triangle', tally: false },
  { id: 'airport', label: 'Airport', plural: 'Airports', symbol: 'aircraft', tally: false },
  { id: 'city', label: 'City', plural: 'Cities', symbol: 'square', tally: false },
  { id: 'place', label: 'Place', plural: 'Places', symbol: 'circle', tally: false },
];
