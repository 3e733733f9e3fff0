// "Open full screen": the map alone, filling the screen (Fullscreen API). Where the host's iframe does
// not allow it, or the browser has no such API, it is a plain link to the story page in a new tab.
import { useEffect, useState } from 'react';
import { useSelection } from '../selection/SelectionContext.tsx';
import { hashForPlace } from '../selection/hash.ts';

export function FullscreenButton({ targetId }: { targetId: string }) {
  const { selection } = useSelection();
  const [full, setFull] = useState(false);
  useEffect(function followFullscreen() {
    const onChange = (): void => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return function stopFollowing() {
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, []);
  const storyHref = `./${hashForPlace(selection?.id ?? null)}`;

  if (!document.fullscreenEnabled) {
    return (
      <a className="embed-fullscreen" href={storyHref} target="_blank" rel="noopener">
        Open full screen
      </a>
    );
  }
  function toggle(): void {
    if (document.fullscreenElement) {
      void document.exitFullscreen();
      return;
    }
    document
      .getElementById(targetId)
      ?.requestFullscreen()
      .catch(() => window.open(storyHref, '_blank', 'noopener'));
  }
  return (
    <button type="button" className="embed-fullscreen" onClick={toggle}>
      {full ? 'Exit full screen' : 'Open full screen'}
    </button>
  );
}
