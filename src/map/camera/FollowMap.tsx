// The map's half of following the reading: when the paragraph being read names places on the map,
// and no place is open, the map shows them (flying, or jumping under reduced motion), never closer
// than the reader's zoom. A move of the reader's own pauses following (FollowContext.tsx).
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { LocatedPlace } from '../../../shared/story/types.ts';
import { useFollow } from '../../reading/FollowContext.tsx';
import { useMarked, useSelection } from '../../selection/SelectionContext.tsx';
import { toLatLng } from '../coords.ts';
import { fitInView, isOurMove } from './camera.ts';

const PADDING: [number, number] = [48, 48];

export function FollowMap({ places }: { places: ReadonlyMap<string, LocatedPlace> }) {
  const map = useMap();
  const { pause, on } = useFollow();
  const marked = useMarked();
  const { selection } = useSelection();
  const open = selection !== null;
  const targets = useMemo(() => (marked.by === 'reading' ? marked.ids.flatMap((id) => places.get(id) ?? []) : []), [marked, places]);

  useEffect(
    function pauseWhenTheReaderMoves() {
      if (!on) return;
      const onMoveStart = (): void => {
        if (!isOurMove()) pause();
      };
      map.on('movestart', onMoveStart);
      return function stopWatching() {
        map.off('movestart', onMoveStart);
      };
    },
    [map, on, pause],
  );

  useEffect(
    function showThePlacesBeingRead() {
      if (open || targets.length === 0) return;
      fitInView(
        map,
        targets.map((p) => toLatLng(p.position)),
        { inset: 0.1, padding: PADDING, duration: 0.8, for: 'reading' },
      );
    },
    [map, targets, open],
  );
  return null;
}
