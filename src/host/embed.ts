// embed.js, the optional parent-page script (built to dist/embed.js, budget 2 KB gzipped). Once per
// page, with no dependencies, it sizes each of our iframes from that iframe's own height messages
// (matched by event.source, shape and range checked) and loads iframes given `data-src` instead of
// `src` only when they come near the viewport. Without it the snippet still shows the map at its
// fallback height.
import { heightFromMessage } from '../embed/protocol.ts';
import { FRAME_ATTRIBUTE } from '../embed/snippet.ts';

const ONCE = '__iraqStrikesMapEmbed';
const page = window as unknown as Record<string, unknown>;

if (!page[ONCE]) {
  page[ONCE] = true;
  const frames = (): HTMLIFrameElement[] => Array.from(document.querySelectorAll<HTMLIFrameElement>(`iframe[${FRAME_ATTRIBUTE}]`));
  // Full width and no border even where the host's CSS would override the snippet's attributes.
  const fit = (): void =>
    frames().forEach((frame) => {
      frame.style.width = '100%';
      frame.style.minWidth = '100%';
      frame.style.border = '0';
    });

  window.addEventListener('message', (event) => {
    const height = heightFromMessage(event.data);
    if (height === null) return;
    for (const frame of frames()) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${height}px`;
        frame.setAttribute('scrolling', 'no');
      }
    }
  });

  const lazy = (): void => {
    const load = (frame: HTMLIFrameElement): void => {
      frame.src = frame.dataset.src!;
    };
    const waiting = frames().filter((frame) => !frame.getAttribute('src') && frame.dataset.src);
    if (!('IntersectionObserver' in window)) return waiting.forEach(load);
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
    waiting.forEach((frame) => observer.observe(frame));
  };
  const start = (): void => {
    fit();
    lazy();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
