// The popup's options, in one place for both ways the map draws places.
import type { PopupOptions } from 'leaflet';

/** Leaflet's own autoPan is off: keepInView pans, so that reduced motion can turn the animation off. */
export const PLACE_POPUP = { className: 'place-popup', maxWidth: 340, minWidth: 220, autoPan: false, closeButton: true } as const satisfies PopupOptions;
