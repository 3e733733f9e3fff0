// The one popup: the selected place's, rendered from the shared selection, in both ways the map draws
// places (a marker each, or clusters). Leaflet never opens it: a click on a marker, a passage of the
// article or an item of the list selects the place, the camera brings it in (camera/), and this shows
// it. Closing it (its ×, Escape, a click on the map) clears the selection; Escape and × give focus
// back to what opened it. It never moves the map itself.
import type { LatLngExpression, Popup as LeafletPopup } from 'leaflet';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Popup, useMap } from 'react-leaflet';
import type { LocatedPlace, Story } from '../../shared/story/types.ts';
import { useSelection } from '../selection/SelectionContext.tsx';
import { moveOurselves } from './camera/camera.ts';
import { keepPopupInView, keepPopupInViewWhileOpen } from './camera/keepPopupInView.ts';
import type { PlacePopup as PlacePopupType } from './PlacePopup.tsx';
import { isShown, PLACE_POPUP, POPUP_CLOSING } from './placePopup.ts';
import { measurePopupOpen } from './timing.ts';

// A popup's body is not part of the first view: it loads just after it (see the effect below), and
// a place is shown once it has, so a popup never opens empty and is measured whole.
let PlacePopup: typeof PlacePopupType | null = null;
const loadPlacePopup = (): Promise<unknown> => (PlacePopup ? Promise.resolve() : import('./PlacePopup.tsx').then((m) => (PlacePopup = m.PlacePopup)));

export interface SelectedPlacePopupProps {
  readonly places: ReadonlyMap<string, LocatedPlace>;
  readonly story: Story;
  readonly onParagraphLink: (paragraphId: string) => void;
  /** The selected place once the camera has brought it in (SelectionCamera): its popup shows then. */
  readonly arrived: string | null;
}

export function SelectedPlacePopup({ places, story, onParagraphLink, arrived }: SelectedPlacePopupProps) {
  const map = useMap();
  const { selection, clear } = useSelection();
  const selected = selection ? places.get(selection.id) : undefined;
  const step = selection?.step ?? null;
  // Whether the popup's body has loaded (it is not part of the first view).
  const [loaded, setLoaded] = useState(PlacePopup !== null);
  // The Leaflet popup, as its `add` event gave it (react-leaflet's ref is detached while its
  // children's layout effects run).
  const popupRef = useRef<LeafletPopup | null>(null);
  const current = useRef(selection);
  current.current = selection;
  // When the reader last clicked or pressed a key on the map's places: the start of an opening.
  const inputAt = useRef<number | null>(null);

  useEffect(function loadPopupsAfterTheFirstView() {
    // A page left while this loads aborts it (Firefox rejects the import): not an error, and a
    // place selected later loads it again, failing loudly if it truly cannot.
    loadPlacePopup().then(
      () => setLoaded(true),
      () => undefined,
    );
  }, []);

  useEffect(
    function loadWhenAPlaceArrivesFirst() {
      if (arrived !== null && !loaded) void loadPlacePopup().then(() => setLoaded(true));
    },
    [arrived, loaded],
  );

  // Focus goes back to the opener at once, and the popup goes out of sight at once, but it leaves
  // the page a moment later. A screen reader hears of the focus change after the fact, and Orca 43
  // says nothing of it when the element that had focus (the popup's heading) is already gone from
  // the page by then: it takes the change as known (its debug log: "Changing locusOfFocus … Notify:
  // False"). Leaflet's own fade kept the popup 200 ms, which a busy machine outlasted, about one
  // Escape in twelve; with reduced motion there was no fade at all.
  const closeAfterFocus = useCallback(
    (opener: HTMLElement | null): void => {
      giveFocusBack(opener);
      // This selection, not any of the same place: it may be closed, and opened again, meanwhile.
      const closing = current.current;
      const close = () => {
        if (current.current === closing) clear();
      };
      const popup = map.getContainer().querySelector<HTMLElement>('.leaflet-popup.place-popup');
      if (opener === null || popup === null || document.hidden) {
        close();
        return;
      }
      popup.classList.add(POPUP_CLOSING);
      setTimeout(close, LEAVES_AFTER_MS);
    },
    [map, clear],
  );

  // Escape and the popup's × give focus back to what opened the place; failing that, to its own
  // marker (none in cluster mode: a dot on a canvas).
  const openerOf = useCallback(
    (id: string, opener: HTMLElement | null): HTMLElement | null =>
      opener?.isConnected ? opener : map.getContainer().querySelector<HTMLElement>(`.leaflet-marker-pane [data-place-id="${CSS.escape(id)}"]`),
    [map],
  );

  useEffect(
    function closeAndReturnFocus() {
      const container = map.getContainer();
      function onKeyDown(event: KeyboardEvent): void {
        const now = current.current;
        if (event.key !== 'Escape' || !now || !container.querySelector(`.leaflet-popup:not(.${POPUP_CLOSING})`)) return;
        event.preventDefault();
        closeAfterFocus(openerOf(now.id, now.opener));
      }
      function onClick(event: MouseEvent): void {
        if ((event.target as Element | null)?.closest('.leaflet-marker-icon, canvas')) inputAt.current = event.timeStamp;
      }
      function onPlaceKey(event: KeyboardEvent): void {
        if ((event.key === 'Enter' || event.key === ' ') && (event.target as Element | null)?.closest('.leaflet-marker-icon'))
          inputAt.current = event.timeStamp;
      }
      document.addEventListener('keydown', onKeyDown);
      container.addEventListener('click', onClick, true);
      container.addEventListener('keydown', onPlaceKey, true);
      return function stopListening() {
        document.removeEventListener('keydown', onKeyDown);
        container.removeEventListener('click', onClick, true);
        container.removeEventListener('keydown', onPlaceKey, true);
      };
    },
    [map, openerOf, closeAfterFocus],
  );

  // The popup's ×, the first control inside it: closes the place and gives focus back, as Escape does.
  const closeAndGiveFocusBack = (): void => {
    const now = current.current;
    if (now) closeAfterFocus(openerOf(now.id, now.opener));
    else clear();
  };

  if (!selected || arrived !== selected.id || !loaded || !PlacePopup) return null;
  const source = selection!.source;
  const position: LatLngExpression = [selected.position[1], selected.position[0]];

  // The popup is open with its body in the page: keep it in view, and give it focus if the reader
  // opened it here. React renders the body into the popup in the commit after Leaflet first opens it
  // (PlacePopup says so from a layout effect); react-leaflet opens it again, body and all, whenever
  // this renders anew (its position is a new array), and the `add` event says so then.
  const opened = (popup: LeafletPopup, dialog: HTMLElement): void => {
    const startedAt = inputAt.current;
    inputAt.current = null;
    if (startedAt !== null) measurePopupOpen(startedAt);
    keepPopupInView(map, popup);
    if (popup.isOpen()) keepPopupInViewWhileOpen(map, popup);
    // Its scrolling box is no Tab stop of its own (Firefox makes one of every scroller): the
    // heading inside it takes focus, and the arrow keys scroll it from there.
    dialog.parentElement?.setAttribute('tabindex', '-1');
    // Deep links and the host page select without the reader acting here: focus stays put. Nor a
    // timeline step: Previous and Next stay where the reader's hands are. Focus on the heading, not
    // the dialog: see PlacePopup.tsx.
    if (source !== 'hash' && source !== 'host' && source !== 'step') focusWhenDrawn(popup, dialog);
  };

  const firstRendered = (dialog: HTMLElement): void => {
    const popup = popupRef.current;
    if (!popup) return;
    // Placed by its body's size now, not by the empty box Leaflet opened (react-leaflet would do it
    // in a passive effect, after this is measured).
    popup.update();
    opened(popup, dialog);
  };

  return (
    <Popup
      key={selected.id}
      position={position}
      {...PLACE_POPUP}
      eventHandlers={{
        add(event) {
          const popup = event.target as LeafletPopup;
          popupRef.current = popup;
          const dialog = popup.getElement()?.querySelector<HTMLElement>('[role="dialog"]');
          if (dialog) opened(popup, dialog);
        },
        remove() {
          // Closed by a click elsewhere on the map (Escape and the × clear first): the place is no
          // longer selected, unless another one already is.
          if (current.current?.id === selected.id) clear();
        },
      }}
    >
      <PlacePopup place={selected} story={story} step={step} onParagraphLink={onParagraphLink} onClose={closeAndGiveFocusBack} onRendered={firstRendered} />
    </Popup>
  );
}

/** Focuses the popup's heading once the popup has been drawn, if it is still open. Firefox tells a
 * screen reader of focus from the accessibility tree it updates as it draws, and in its first frame
 * the popup is still being laid out (Leaflet sets its width again and again as it measures it, and
 * its content box becomes focusable): focused in the task that put it in the page, the heading was
 * read by Orca half-built ("heading." or "heading level 2 clickable.") before "dialog", the place's
 * name and "heading level 2", or twice, in 7 openings of 20 (e2e/screen-reader.spec.ts); focused in
 * the frame after the first one it is drawn in, in none of 20. */
function focusWhenDrawn(popup: LeafletPopup, dialog: HTMLElement): void {
  // Nor if the reader has taken focus elsewhere meanwhile (it may have fallen to the page's body:
  // a marker gathered into a group leaves the page).
  const before = document.activeElement;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (!isShown(popup) || !dialog.isConnected) return;
      if (document.activeElement !== before && document.activeElement !== document.body) return;
      dialog.querySelector<HTMLElement>('.pp-title')?.focus({ preventScroll: true });
    }),
  );
}

/** How long a closed popup stays in the page, out of sight, after focus has gone back: time for a
 * screen reader to hear of the focus change while what had focus is still there (closeAfterFocus). */
const LEAVES_AFTER_MS = 600;

/** Focuses what opened the place. A marker that takes focus out of view is panned to (PlaceMarker's
 * focusOnMarker): that pan is ours, not the reader's, and must not keep their view from coming back. */
function giveFocusBack(opener: HTMLElement | null): void {
  moveOurselves(() => opener?.focus());
}
