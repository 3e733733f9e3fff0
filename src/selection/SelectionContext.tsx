// The one piece of shared UI state: which place is selected, who opened it (so focus can go back
// there), the timeline step it belongs to when a step selected it, and its mirror in the URL hash.
// Beside it, the places of the paragraph being read, which the map may follow (FollowReading).
import { createContext, type ReactNode, use, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { hashFor, selectionFromHash } from '../../shared/selection/hash.ts';
import { isLocated, type Story } from '../../shared/story/types.ts';

/** Where a selection came from. `hash` (deep links), `host` (the page embedding the map, by
 * postMessage) and `step` (the timeline) selections never move focus. */
export type SelectionSource = 'map' | 'article' | 'list' | 'hash' | 'host' | 'step';

export interface Selection {
  readonly id: string;
  readonly source: SelectionSource;
  /** The element to return focus to when the place is closed with Escape or its close button. */
  readonly opener: HTMLElement | null;
  /** The timeline event selected with it, or null. */
  readonly step: string | null;
}

/** What changes the selection. Stable for the provider's life: a component that only acts (a
 * marker) takes these alone and is not rendered again when the selection changes. */
export interface SelectionActions {
  /** Selects a place; it stays in the current step if it is one of the step's places. */
  select(id: string, source: SelectionSource, opener?: HTMLElement | null): void;
  /** Selects the place, or clears it if it is the one selected (a marker clicked twice). */
  toggle(id: string, source: SelectionSource, opener?: HTMLElement | null): void;
  /** Selects a step of the timeline, and `place` of it (its first place when null). */
  selectStep(step: string, source: 'step' | 'host' | 'hash', place?: string | null): void;
  clear(): void;
  /** The places of the paragraph being read (FollowReading), [] for none. */
  read(ids: readonly string[]): void;
}

export interface SelectionApi extends SelectionActions {
  readonly selection: Selection | null;
}

/** The places marked current on the map: the step's, or else the paragraph being read's. */
export interface Marked {
  readonly ids: readonly string[];
  readonly by: 'step' | 'reading';
}

const SelectionContext = createContext<SelectionApi | null>(null);
const ActionsContext = createContext<SelectionActions | null>(null);
const MarkedContext = createContext<Marked>({ ids: [], by: 'reading' });
const NONE: readonly string[] = [];

/** Provides the selection to the map, the article, the places list and the timeline. */
export function SelectionProvider({ story, children }: { story: Story; children: ReactNode }) {
  const valid = useMemo(() => new Set(story.places.map((p) => p.id)), [story]);
  // Each step's places, and the one whose popup it opens: its first on the map.
  const steps = useMemo(() => {
    const located = new Set(story.places.filter(isLocated).map((p) => p.id));
    return new Map(story.events.map((e) => [e.id, { placeIds: e.placeIds, lead: e.placeIds.find((id) => located.has(id)) ?? e.placeIds[0]! }]));
  }, [story]);
  const fromHash = useCallback(
    (hash: string): Selection | null => {
      const asked = selectionFromHash(hash);
      if (asked === null) return null;
      if (asked.step !== null) {
        const step = steps.get(asked.step);
        if (!step) {
          console.warn(`story map: no event "${asked.step}" in this story; ignoring ${hash}`);
          return null;
        }
        const id = asked.place ?? step.lead;
        if (!step.placeIds.includes(id)) {
          console.warn(`story map: "${id}" is not a place of the event "${asked.step}"; ignoring ${hash}`);
          return null;
        }
        return { id, source: 'hash', opener: null, step: asked.step };
      }
      if (!valid.has(asked.place)) {
        console.warn(`story map: no place "${asked.place}" in this story; ignoring #place=${asked.place}`);
        return null;
      }
      return { id: asked.place, source: 'hash', opener: null, step: null };
    },
    [valid, steps],
  );
  // No selection in the first render: it is the build's, which the page's HTML holds and React
  // hydrates. The URL's is taken before the first paint of a page rendered in the browser, and at
  // once after hydration (the drawn map knows no selection; the live map opens it).
  const [selection, setSelection] = useState<Selection | null>(null);
  const [reading, setReading] = useState<readonly string[]>(NONE);

  /** The step a newly selected place keeps: the current one, if the place is one of its places. */
  const keptStep = useCallback(
    (current: Selection | null, id: string): string | null => (current?.step && steps.get(current.step)?.placeIds.includes(id) ? current.step : null),
    [steps],
  );
  const select = useCallback(
    (id: string, source: SelectionSource, opener: HTMLElement | null = null) => {
      setSelection((current) => (current?.id === id && current.source === source ? current : { id, source, opener, step: keptStep(current, id) }));
    },
    [keptStep],
  );
  const toggle = useCallback(
    (id: string, source: SelectionSource, opener: HTMLElement | null = null) => {
      setSelection((current) => (current?.id === id ? null : { id, source, opener, step: keptStep(current, id) }));
    },
    [keptStep],
  );
  const selectStep = useCallback(
    (step: string, source: 'step' | 'host' | 'hash', place: string | null = null) => {
      const found = steps.get(step);
      if (!found) return;
      const id = place !== null && found.placeIds.includes(place) ? place : found.lead;
      setSelection((current) => (current?.id === id && current.step === step ? current : { id, source, opener: null, step }));
    },
    [steps],
  );
  const clear = useCallback(() => setSelection(null), []);
  const read = useCallback((ids: readonly string[]) => {
    setReading((current) => (current.length === ids.length && current.every((id, i) => id === ids[i]) ? current : ids.length ? ids : NONE));
  }, []);

  useLayoutEffect(
    function takeHashOnLoad() {
      const asked = fromHash(window.location.hash);
      if (asked) setSelection(asked);
    },
    // Once: fromHash changes only with the story.
    [fromHash],
  );

  useEffect(
    function followHashChanges() {
      function onHashChange(): void {
        const next = fromHash(window.location.hash);
        // A paragraph link (#p-…) is navigation inside the article, not a change of place.
        if (next) setSelection((current) => (current?.id === next.id && current.step === next.step ? current : next));
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
      const want = selection ? hashFor({ place: selection.id, step: selection.step }, selection.step ? (steps.get(selection.step)?.lead ?? null) : null) : '';
      const { hash, pathname, search } = window.location;
      if (hash === want || (want === '' && selectionFromHash(hash) === null)) return;
      // replaceState: selecting places should not fill the back button's history.
      history.replaceState(history.state, '', `${pathname}${search}${want}`);
    },
    [selection, steps],
  );

  const actions = useMemo(() => ({ select, toggle, selectStep, clear, read }), [select, toggle, selectStep, clear, read]);
  const api = useMemo(() => ({ selection, ...actions }), [selection, actions]);
  const stepIds = selection?.step ? steps.get(selection.step)?.placeIds : undefined;
  const marked = useMemo<Marked>(() => (stepIds ? { ids: stepIds, by: 'step' } : { ids: reading, by: 'reading' }), [stepIds, reading]);
  return (
    <ActionsContext value={actions}>
      <SelectionContext value={api}>
        <MarkedContext value={marked}>{children}</MarkedContext>
      </SelectionContext>
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

/** The places marked current: the selected step's, or the paragraph being read's. */
export function useMarked(): Marked {
  return use(MarkedContext);
}
