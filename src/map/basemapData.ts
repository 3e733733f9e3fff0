// The story's basemap as GeoJSON, decoded from the TopoJSON the build cut for the story's bounds
// from Natural Earth (node/basemap/, served as `@basemap/`). Nothing here comes from another site:
// every tier is part of the build. Three tiers, so the first view carries only what it shows:
// - the overview (generalised, up to detailMinZoom) ships with the page;
// - the detail (Natural Earth's full 1:10m) is a separate file, loaded when the reader zooms to detailMinZoom;
// - the context (the lands around, 1:50m) is a separate file, loaded when the view reaches past
//   the detail box, on wide screens zoomed out.
import labelsJson from '@basemap/labels.json';
import metaJson from '@basemap/meta.json';
import overviewJson from '@basemap/overview.topo.json';
import type { BasemapLabel, BasemapMeta, LocatorFrame } from '../../shared/map/basemapTypes.ts';
import { type BasemapTier, decodeTier } from '../../shared/map/decodeTier.ts';

export type { BasemapTier };

/** The zoom range and boxes the build worked out from the story's bounds. */
export const BASEMAP: BasemapMeta = metaJson;

let overviewCache: BasemapTier | null = null;
/** The first view's tier, decoded on first use. */
export function overview(): BasemapTier {
  overviewCache ??= decodeTier(overviewJson);
  return overviewCache;
}

/** The full-detail tier: a separate file, fetched on first call. */
export const loadDetail = (): Promise<BasemapTier> => import('@basemap/detail.topo.json').then((m) => decodeTier(m.default));
/** The lands around: a separate file, fetched on first call. */
export const loadContext = (): Promise<BasemapTier> => import('@basemap/context.topo.json').then((m) => decodeTier(m.default));

/** The locator inset's drawing, one frame per size: a separate file, fetched on first call. */
export const loadLocator = (): Promise<readonly LocatorFrame[]> => import('@basemap/locator.json').then((m) => m.default);

/** The names drawn on the basemap: the story's own, or the ones the build picked for its bounds. */
export const labels = labelsJson as readonly BasemapLabel[];
