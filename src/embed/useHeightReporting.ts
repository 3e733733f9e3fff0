// Auto-height: the embed tells the page around it how tall its content is, whenever that changes
// (load, width, a panel), in the dialects hosts listen for: our own message (embed.js), AMP's
// embed-size, pym.js's height string and, in WordPress, wp-embed.js's `height`. The height is measured from
// layout (the body's box), never from the viewport, so resizing the iframe cannot feed back into it.
import { useEffect } from 'react';
import { ampHeightMessage, heightMessage, isWordPressReady, pymHeightMessage, pymWidth, wordPressHeightMessage } from './protocol.ts';

/** After the page's load event, the height is sent again this long after it (ms): a WordPress page
 * may add its listener after the frame's first messages, and its `ready` may come before ours. */
const RESEND_AFTER_LOAD = [0, 1000, 3000];

export function useHeightReporting(pymChildId: string | null, wordPressSecret: string | null): void {
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
        if (wordPressSecret !== null) host.postMessage(wordPressHeightMessage(wordPressSecret, height), '*');
      };
      const observer = new ResizeObserver(() => send(false));
      observer.observe(document.body);
      // pym.js's Parent sends its width on load and on resize and waits for a height in reply.
      // WordPress's wp-embed.js sends `ready` once it listens.
      function onMessage(event: MessageEvent): void {
        if (event.source !== host) return;
        if (pymChildId !== null && pymWidth(event.data, pymChildId) !== null) send(true);
        else if (wordPressSecret !== null && isWordPressReady(event.data, wordPressSecret)) send(true);
      }
      const onFullscreen = (): void => send(true);
      const timers: number[] = [];
      const onLoad = (): void => {
        if (wordPressSecret !== null) for (const delay of RESEND_AFTER_LOAD) timers.push(window.setTimeout(() => send(true), delay));
      };
      window.addEventListener('message', onMessage);
      document.addEventListener('fullscreenchange', onFullscreen);
      if (document.readyState === 'complete') onLoad();
      else window.addEventListener('load', onLoad);
      send(true);
      return function stopReporting() {
        observer.disconnect();
        window.removeEventListener('message', onMessage);
        window.removeEventListener('load', onLoad);
        document.removeEventListener('fullscreenchange', onFullscreen);
        timers.forEach(clearTimeout);
      };
    },
    [pymChildId, wordPressSecret],
  );
}
