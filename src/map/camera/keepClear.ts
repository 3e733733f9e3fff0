// Apart from keepPopupInView.ts, which moves the map: the pages mark their elements with it without
// loading Leaflet.

/** Marks an element drawn over the map (in its frame, beside Leaflet's container) that an open popup
 * leaves uncovered where it fits below it: the embed's "Open full screen". Drawn above the whole map
 * (Leaflet's panes, the popup's among them, are one stacking context), it is hidden while a popup
 * lies under it, which gets `data-covered`. */
export const KEEP_CLEAR = 'data-keep-clear';
