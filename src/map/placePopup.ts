// The popup's options, in one place for both ways the map draws places.
import type { PopupOptions } from 'leaflet';

/** Leaflet's own autoPan is off: keepInView pans, so that reduced motion can turn the animation off.
 * Its close button is off too: PlacePopup's own × is the dialog's first control (Leaflet puts its
 * own after the dialog, last in the tab order and outside it). */
export const PLACE_POPUP = { className: 'place-popup', maxWidth: 340, minWidth: 220, autoPan: false, closeButton: false } as const satisfies PopupOptions;
