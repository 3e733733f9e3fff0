// Auto-height: the embed tells the page around it how tall its content is, whenever that changes
// (load, width, a panel, a popup needing room), in the three dialects hosts listen for: our own
// message (embed.js), AMP's embed-size and pym.js's height string. The height is measured from
// layout (the body's box), never from the viewport, so resizing the iframe cannot feed back into it.
import { useEffect } from 'react';
import { ampHeightMessage, heightMessage, pymHeightMessage, pymWidth } from './protocol.ts';

export function useHeightReporting(pymChildId: string | null): void {
  useEffect(
    function reportHeight() {
      const host = window.parent;
      if (host === window) return; // not in a frame: nobody to tell
      let last = -1;
      const send = (force: boolean): void => {
        // In full screen the map fills the screen; that is not a height for the page's layout.
        if (document.fullscreenElement) return;
        const height = Math.ceil(document.body.getBoundingClientRect().height);
        if (height === last && !force) return;
        last = height;
        // '*': the height and the selected place are public; there is no secret to target.
        host.postMessage(heightMessage(height), '*');
        host.postMessage(ampHeightMessage(height), '*');
        if (pymChildId !== null) host.postMessage(pymHeightMessage(pymChildId, height), '*');
      };
      const observer = new ResizeObserver(() => send(false));
      observer.observe(document.body);
      // pym.js's Parent sends its width on load and on resize and waits for a height in reply.
      function onMessage(event: MessageEvent): void {
        if (event.source === host && pymChildId !== null && pymWidth(event.data, pymChildId) !== null) send(true);
      }
      const onFullscreen = (): void => send(true);
      window.addEventListener('message', onMessage);
      document.addEventListener('fullscreenchange', onFullscreen);
      send(true);
      return function stopReporting() {
        observer.disconnect();
        window.removeEventListener('message', onMessage);
        document.removeEventListener('fullscreenchange', onFullscreen);
      };
    },
    [pymChildId],
  );
}
