// "Open full screen": the map alone, filling the screen (Fullscreen API). Where the host's iframe does
// not allow it, or the browser has no such API, it is a link to the story page (StoryLink.tsx).
import { useEffect, useState } from 'react';
import type { LinkWay } from '../../shared/embed/options.ts';
import { KEEP_CLEAR } from '../map/camera/keepClear.ts';
import { useBrowserValue } from '../ui/hydration.ts';
import { StoryLink } from './StoryLink.tsx';
import { useStoryHref } from './useStoryHref.ts';

export interface FullscreenButtonProps {
  readonly targetId: string;
  /** The embed's own place and event (?place=, ?event=), for the link where full screen is not allowed. */
  readonly place: string | null;
  readonly event: string | null;
  readonly linkWay: LinkWay;
  readonly wordPressSecret: string | null;
}

export function FullscreenButton({ targetId, place, event, linkWay, wordPressSecret }: FullscreenButtonProps) {
  const [full, setFull] = useState(false);
  useEffect(function followFullscreen() {
    const onChange = (): void => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return function stopFollowing() {
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, []);
  const storyHref = useStoryHref(place, event);

  // Rendered as a button at build time; a browser without full screen (an iPhone's) gets the link.
  const canFullscreen = useBrowserValue(() => document.fullscreenEnabled, true);
  if (!canFullscreen) {
    return (
      <StoryLink className="embed-fullscreen" overMap href={storyHref} way={linkWay} wordPressSecret={wordPressSecret}>
        Open full screen
      </StoryLink>
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
      .catch(() => {
        // Refused (a host that allows full screen but not this element): a tab, where one may open.
        if (linkWay === 'tab') window.open(storyHref, '_blank', 'noopener');
      });
  }
  return (
    <button type="button" className="embed-fullscreen" onClick={toggle} {...{ [KEEP_CLEAR]: '' }}>
      {full ? 'Exit full screen' : 'Open full screen'}
    </button>
  );
}
