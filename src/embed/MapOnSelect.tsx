// In WordPress's frame an open panel takes the map's place (EmbedApp.tsx): a place chosen from it
// (a passage's "Show … on the map", a place of the list, the host page) brings the map back, with
// the place's popup open.
import { useEffect, useRef } from 'react';
import { useSelection } from '../selection/SelectionContext.tsx';

export interface MapOnSelectProps {
  /** Whether a panel stands where the map is. */
  readonly reading: boolean;
  readonly showMap: () => void;
}

export function MapOnSelect({ reading, showMap }: MapOnSelectProps) {
  const { selection } = useSelection();
  const seen = useRef(selection);
  useEffect(
    function showMapForANewPlace() {
      if (selection === seen.current) return;
      seen.current = selection;
      if (reading && selection !== null) showMap();
    },
    [selection, reading, showMap],
  );
  return null;
}
