// When a story counts as long. Here, in pure data code, because both the app (which switches its map
// and its list) and the build (which preloads the code those need: storyPlugin.ts) decide by them.
import type { Story } from './types.ts';

/** Above this many located places the map clusters them (src/map/ClusterLayer.tsx): labelled,
 * decluttered DOM markers drop under 50 frames per second while panning past about 100 (npm run bench). */
export const CLUSTER_THRESHOLD = 100;

/** Past this many places the list becomes a search with pages (LongPlacesList): thousands of items
 * in the page made every frame of a map drag slow, and no reader scrolls through them. */
export const LONG_LIST = 100;

export const locatedCount = (story: Story): number => story.places.filter((p) => p.position !== null).length;
export const isClustered = (story: Story): boolean => locatedCount(story) > CLUSTER_THRESHOLD;
export const isLongList = (story: Story): boolean => story.places.length > LONG_LIST;
