// The popup's options, in one place for both ways the map draws places.
import type { Popup, PopupOptions } from 'leaflet';

/** Leaflet's own autoPan is off: keepPopupInView pans, so that reduced motion can turn the animation off.
 * Its close button is off too: PlacePopup's own × is the dialog's first control (Leaflet puts its
 * own after the dialog, last in the tab order and outside it). */
export const PLACE_POPUP = { className: 'place-popup', maxWidth: 340, minWidth: 220, autoPan: false, closeButton: false } as const satisfies PopupOptions;

/** The class of a popup closed but still in the page, out of sight (SelectedPlacePopup's
 * closeAfterFocus): closed for everything but a screen reader's last look at it. */
export const POPUP_CLOSING = 'place-popup-closing';

/** Whether `popup` is open and not on its way out. */
export const isShown = (popup: Popup): boolean => popup.isOpen() && !popup.getElement()?.classList.contains(POPUP_CLOSING);
