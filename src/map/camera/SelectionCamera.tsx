// Moves the map for the selection: a place chosen on the map, in the article, the list or a link, or a
// timeline step (its places, the selected one first). The layer that draws the places hands it its
// strategy (strategies.ts); once the map is where it will stay, the place has arrived, and its popup
// (the child) may show.
import type { ReactNode } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { LocatedPlace, Story } from '../../../shared/story/types.ts';
import { useSelection } from '../../selection/SelectionContext.tsx';
import type { ShowSelection } from './strategies.ts';

export interface SelectionCameraProps {
  readonly places: ReadonlyMap<string, LocatedPlace>;
  readonly story: Story;
  readonly show: ShowSelection;
  /** What to draw, given the id of the selected place once the map has brought it in (null before). */
  readonly children: (arrived: string | null) => ReactNode;
}

export function SelectionCamera({ places, story, show, children }: SelectionCameraProps) {
  const map = useMap();
  const { selection } = useSelection();
  const selected = selection ? places.get(selection.id) : undefined;
  const step = selection?.step ?? null;
  // The places to bring in: the selected one, then the step's others on this map.
  const shown = useMemo(() => {
    if (!selected) return [];
    const event = step === null ? undefined : story.events.find((e) => e.id === step);
    const others = event ? event.placeIds.filter((id) => id !== selected.id).flatMap((id) => places.get(id) ?? []) : [];
    return [selected, ...others];
  }, [step, story, selected, places]);
  const [arrived, setArrived] = useState<string | null>(null);
  const current = useRef(selection);
  current.current = selection;

  useEffect(
    function bringTheSelectionIntoView() {
      const [place] = shown;
      if (!place) {
        setArrived(null);
        return;
      }
      // Another place may have been selected during a flight: only the one still selected arrives.
      show(map, shown, () => {
        if (current.current?.id === place.id) setArrived(place.id);
      });
    },
    [map, shown, show],
  );

  return children(arrived);
}
