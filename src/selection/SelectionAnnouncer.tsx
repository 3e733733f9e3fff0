// Says, once and politely, what the page hosting the embed opened: a selection that moves no focus
// and that the reader did not make here. Selections the reader makes move focus into the popup (or
// the places list), which a screen reader reads; a timeline step announces itself (Timeline.tsx).
import { useEffect, useState } from 'react';
import type { Story } from '../../shared/story/types.ts';
import { useSelection } from './SelectionContext.tsx';

export function SelectionAnnouncer({ story }: { story: Story }) {
  const { selection } = useSelection();
  const [said, setSaid] = useState('');
  const fromHost = selection?.source === 'host' && selection.step === null ? selection.id : null;
  useEffect(
    function announceTheHostsChoice() {
      if (fromHost === null) return;
      const place = story.places.find((p) => p.id === fromHost);
      if (place) setSaid(place.position === null ? `Shown in the list of places: ${place.name}.` : `Opened on the map: ${place.name}.`);
    },
    [fromHost, story],
  );
  return (
    <p className="sr-only" aria-live="polite">
      {said}
    </p>
  );
}
