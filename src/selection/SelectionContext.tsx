// The one piece of shared UI state: which place is selected, who opened it (so focus can go back
// there), and its mirror in the URL hash.
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { hashForPlace, placeFromHash } from './hash.ts';

/** Where a selection came from. `hash` (deep links) and `host` (the page embedding the map, by
 * postMessage) selections never move focus. */
export type SelectionSource = 'map' | 'article' | 'list' | 'hash' | 'host';

export interface Selection {
  readonly id: string;
  readonly source: SelectionSource;
  /** The element to return focus to when the place is closed with Escape or its close button. */
  readonly opener: HTMLElement | null;
}

/** What changes the selection. Stable for the provider's life: a component that only acts (a
 * marker) takes these alone and is not rendered again when the selection changes. */
export interface SelectionActions {
  select(id: string, source: SelectionSource, opener?: HTMLElement | null): void;
  /** Selects the place, or clears it if it is the one selected (a marker clicked twice). */
  toggle(id: string, source: SelectionSource, opener?: HTMLElement | null): void;
  clear(): void;
}

export interface SelectionApi extends SelectionActions {
  readonly selection: Selection | null;
}

const SelectionContext = createContext<SelectionApi | null>(null);
const ActionsContext = createContext<SelectionActions | null>(null);

/** Provides the selection to the map, the article and the places list. `placeIds` are the valid ids. */
export function SelectionProvider({ placeIds, children }: { placeIds: readonly string[]; children: ReactNode }) {
  const valid = useMemo(() => new Set(placeIds), [placeIds]);
  const fromHash = useCallback(
    (hash: string): Selection | null => {
      const id = placeFromHash(hash);
      if (id === null) return null;
      if (!valid.has(id)) {
        console.warn(`iraq-strikes-map: no place "${id}" in this story; ignoring #place=${id}`);
        return null;
      }
      return { id, source: 'hash', opener: null };
    },
    [valid],
  );
  const [selection, setSelection] = useState<Selection | null>(() => fromHash(window.location.hash));

  const select = useCallback((id: string, source: SelectionSource, opener: HTMLElement | null = null) => {
    setSelection((current) => (current?.id === id && current.source === source ? current : { id, source, opener }));
  }, []);
  const toggle = useCallback((id: string, source: SelectionSource, opener: HTMLElement | null = null) => {
    setSelection((current) => (current?.id === id ? null : { id, source, opener }));
  }, []);
  const clear = useCallback(() => setSelection(null), []);

  useEffect(
    function followHashChanges() {
      function onHashChange(): void {
        const next = fromHash(window.location.hash);
        // A paragraph link (#p-…) is navigation inside the article, not a change of place.
        if (next) setSelection((current) => (current?.id === next.id ? current : next));
      }
      window.addEventListener('hashchange', onHashChange);
      return function stopFollowingHashChanges() {
        window.removeEventListener('hashchange', onHashChange);
      };
    },
    [fromHash],
  );

  useEffect(
    function mirrorSelectionInHash() {
      const want = hashForPlace(selection?.id ?? null);
      const { hash, pathname, search } = window.location;
      if (hash === want || (want === '' && placeFromHash(hash) === null)) return;
      // replaceState: selecting places should not fill the back button's history.
      history.replaceState(history.state, '', `${pathname}${search}${want}`);
    },
    [selection],
  );

  const actions = useMemo(() => ({ select, toggle, clear }), [select, toggle, clear]);
  const api = useMemo(() => ({ selection, ...actions }), [selection, actions]);
  return (
    <ActionsContext value={actions}>
      <SelectionContext value={api}>{children}</SelectionContext>
    </ActionsContext>
  );
}

/** The selection, from inside a SelectionProvider. */
export function useSelection(): SelectionApi {
  const api = use(SelectionContext);
  if (api === null) throw new Error('useSelection() can only be used inside <SelectionProvider>');
  return api;
}

/** The selection's actions alone, from inside a SelectionProvider. */
export function useSelectionActions(): SelectionActions {
  const actions = use(ActionsContext);
  if (actions === null) throw new Error('useSelectionActions() can only be used inside <SelectionProvider>');
  return actions;
}
