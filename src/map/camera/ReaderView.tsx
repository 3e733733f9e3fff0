// Gives the reader's view back when the last popup closes (camera.ts), in both ways the map
// draws places: one marker each, or clusters. "The last": the selection no longer names a place on
// this map. Opening another place while one is open replaces its popup, and the old popup's close is
// not the end: the new popup mounts in a later commit, after the old one has gone, so Leaflet's own
// popupclose cannot tell a replacement from a close.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useSelection } from '../../selection/SelectionContext.tsx';
import { giveViewBack, isMoving, noteMoveEnd, noteMoveFrame, noteMoveStart } from './camera.ts';

export interface ReaderViewProps {
  /** The places on the map, by id: a selected place that is not among them opens no popup. */
  readonly places: ReadonlyMap<string, unknown>;
}

export function ReaderView({ places }: ReaderViewProps) {
  const map = useMap();
  const { selection } = useSelection();
  const open = selection !== null && places.has(selection.id);

  useEffect(
    function noteTheReadersMoves() {
      // The container says so while the map moves (`data-moving`): what is on it is not yet where
      // it will stay, which the end-to-end drivers wait out before they click.
      const container = map.getContainer();
      const onMoveStart = (): void => {
        noteMoveStart(map);
        container.dataset.moving = '';
      };
      const onMove = (): void => {
        if (isMoving(map)) return;
        noteMoveFrame(map);
        container.dataset.moving = '';
      };
      const onMoveEnd = (): void => {
        noteMoveEnd(map);
        delete container.dataset.moving;
      };
      map.on('movestart', onMoveStart);
      map.on('move', onMove);
      map.on('moveend', onMoveEnd);
      return function stopNoting() {
        map.off('movestart', onMoveStart);
        map.off('move', onMove);
        map.off('moveend', onMoveEnd);
      };
    },
    [map],
  );

  useEffect(
    function giveBackWhenTheLastPopupCloses() {
      if (!open) giveViewBack(map);
    },
    [map, open],
  );
  return null;
}
