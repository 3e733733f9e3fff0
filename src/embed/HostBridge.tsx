// The host page's handle on the embed, by postMessage: it may select a place or clear the selection,
// and it hears which place the reader selects. Only messages from the embedding window, of exactly
// the documented shape and naming a real place, are obeyed; the rest are ignored.
import { useEffect, useMemo, useRef } from 'react';
import { useSelection } from '../selection/SelectionContext.tsx';
import { parseHostCommand, placeMessage } from './protocol.ts';

export function HostBridge({ placeIds }: { placeIds: readonly string[] }) {
  const { selection, select, clear } = useSelection();
  const valid = useMemo(() => new Set(placeIds), [placeIds]);

  useEffect(
    function obeyTheHost() {
      const host = window.parent;
      if (host === window) return;
      function onMessage(event: MessageEvent): void {
        if (event.source !== host) return;
        const command = parseHostCommand(event.data, valid);
        if (command?.type === 'select') select(command.place, 'host');
        else if (command?.type === 'clear') clear();
      }
      window.addEventListener('message', onMessage);
      return function stopObeying() {
        window.removeEventListener('message', onMessage);
      };
    },
    [valid, select, clear],
  );

  const selected = selection?.id ?? null;
  const told = useRef<string | null>(null);
  useEffect(
    function tellTheHost() {
      if (window.parent === window || told.current === selected) return;
      told.current = selected;
      window.parent.postMessage(placeMessage(selected), '*');
    },
    [selected],
  );
  return null;
}
