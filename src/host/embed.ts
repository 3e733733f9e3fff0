// embed.js, the optional parent-page script (built to dist/embed.js, budget 2 KB gzipped). Once per
// page, with no dependencies, it sizes each of our iframes from that iframe's own height messages
// (matched by event.source, shape and range checked) and loads iframes given `data-src` instead of
// `src` only when they come near the viewport. Without it the snippet still shows the map at its
// fallback height.

import { FRAME_ATTRIBUTE } from '../../shared/embed/snippet.ts';
import { heightFromMessage } from '../embed/protocol.ts';

const ONCE = '__iraqStrikesMapEmbed';
const page = window as unknown as Record<string, unknown>;

if (!page[ONCE]) {
  page[ONCE] = true;
  const frames = (): HTMLIFrameElement[] => Array.from(document.querySelectorAll<HTMLIFrameElement>(`iframe[${FRAME_ATTRIBUTE}]`));
  // Full width and no border even where the host's CSS would override the snippet's attributes; a
  // block, so that a column's margins place it. Never a min-width: that would override the
  // column's max-width and stretch the map across the page.
  const fitFrames = (): void =>
    frames().forEach((frame) => {
      frame.style.display = 'block';
      frame.style.width = '100%';
      frame.style.border = '0';
    });

  window.addEventListener('message', (event) => {
    const height = heightFromMessage(event.data);
    if (height === null) return;
    for (const frame of frames()) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${height}px`;
        frame.setAttribute('scrolling', 'no');
        // An oEmbed answer made before this version put a link to the story page before the frame,
        // for a frame that never loads: it does.
        const quote = frame.previousElementSibling;
        if (quote instanceof HTMLQuoteElement && quote.classList.contains('wp-embedded-content')) quote.hidden = true;
      }
    }
  });

  const lazy = (): void => {
    const load = (frame: HTMLIFrameElement): void => {
      frame.src = frame.dataset.src!;
    };
    const waiting = frames().filter((frame) => !frame.getAttribute('src') && frame.dataset.src);
    if (!('IntersectionObserver' in window)) {
      for (const frame of waiting) load(frame);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          load(entry.target as HTMLIFrameElement);
        }
      },
      { rootMargin: '800px 0px' },
    );
    for (const frame of waiting) observer.observe(frame);
  };
  const start = (): void => {
    fitFrames();
    lazy();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
