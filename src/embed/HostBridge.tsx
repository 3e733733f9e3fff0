// The host page's handle on the embed, by postMessage: it may select a place or a timeline step, or
// clear the selection, and it hears which place and which step the reader selects. Only messages
// from the embedding window, of exactly the documented shape and naming a real place or step, are
// obeyed; the rest are ignored.
import { useEffect, useMemo, useRef } from 'react';
import type { Story } from '../../shared/story/types.ts';
import { useSelection } from '../selection/SelectionContext.tsx';
import { type OutMessage, parseHostCommand, placeMessage, stepMessage } from './protocol.ts';

export function HostBridge({ story }: { story: Story }) {
  const { selection, select, selectStep, clear } = useSelection();
  const valid = useMemo(() => new Set(story.places.map((p) => p.id)), [story]);
  const events = useMemo(() => new Set(story.events.map((e) => e.id)), [story]);

  useEffect(
    function obeyTheHost() {
      const host = window.parent;
      if (host === window) return;
      function onMessage(event: MessageEvent): void {
        if (event.source !== host) return;
        const command = parseHostCommand(event.data, valid, events);
        if (command?.type === 'select') select(command.place, 'host');
        else if (command?.type === 'step') selectStep(command.event, 'host');
        else if (command?.type === 'clear') clear();
      }
      window.addEventListener('message', onMessage);
      return function stopObeying() {
        window.removeEventListener('message', onMessage);
      };
    },
    [valid, events, select, selectStep, clear],
  );

  useTellTheHost(selection?.id ?? null, placeMessage);
  useTellTheHost(selection?.step ?? null, stepMessage);
  return null;
}

/** Tells the embedding window each new value (the selected place, the step), once per change. */
function useTellTheHost(value: string | null, message: (value: string | null) => OutMessage): void {
  const told = useRef<string | null>(null);
  useEffect(
    function tellTheHost() {
      if (window.parent === window || told.current === value) return;
      told.current = value;
      window.parent.postMessage(message(value), '*');
    },
    [value, message],
  );
}
