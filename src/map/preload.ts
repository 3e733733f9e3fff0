// The map's code that is fetched after the page: the live map (Leaflet and everything it draws),
// and for a long story its clusters. Started by the entry points before React renders, so that it
// downloads while the page hydrates instead of after.
import { isClustered } from '../../shared/story/scale.ts';
import type { Story } from '../../shared/story/types.ts';

export const loadNewsMap = () => import('./NewsMap.tsx');
export const loadClusterLayer = () => import('./ClusterLayer.tsx');

/** Starts fetching the map's code, and the cluster layer's when the story will need it. */
export function preloadMapFor(story: Story): void {
  void loadNewsMap();
  if (isClustered(story)) void loadClusterLayer();
}
