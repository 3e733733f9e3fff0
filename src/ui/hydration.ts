// The page's HTML is rendered at build time (src/prerender.tsx) and hydrated in the browser: the
// first render in the browser must be the build's. What only the browser knows is read after it.
import { type ReactNode, startTransition, useSyncExternalStore } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { reportOnce } from './MapBoundary.tsx';

const noChange = (): (() => void) => () => {};

/** `read()` once the page has hydrated; `atBuild` while it hydrates, as at build time. Read on each
 * render, never watched: a value that must follow a change needs a subscription of its own. The
 * value must be a primitive, so that two reads compare equal. */
export function useBrowserValue<T extends boolean | string | number | null>(read: () => T, atBuild: T): T {
  return useSyncExternalStore(noChange, read, () => atBuild);
}

/** Whether `query` matches, once the page has hydrated (false at build time). */
export const useMediaOnce = (query: string): boolean => useBrowserValue(() => typeof matchMedia === 'function' && matchMedia(query).matches, false);

/** hydrateRoot's onRecoverableError: the page's HTML did not match its first render in the browser,
 * so React rendered it anew. Said in one line: the build and the browser disagree, which a test
 * must catch (e2e/prerender.spec.ts). */
export function reportHydrationMismatch(error: unknown): void {
  console.error(
    `story map: the page's HTML did not match what the browser renders, so it was rendered again. Cause: ${error instanceof Error ? error.message : String(error)}`,
  );
}

/** Runs `then` once the page as the build rendered it has been painted: at once if the browser has
 * reported its first contentful paint (a built page loads its code only then, src/boot/), else just
 * after the next frame, or after 100 ms in a frame that is given none (a hidden iframe, an embed in
 * a closed accordion). Hydrating is the page's longest task (170 ms of Chromium's main thread for the
 * bundled story), and Chromium runs a deferred script before it paints when both are ready:
 * hydrating first, the page painted only after it. */
export function afterFirstPaint(then: () => void): void {
  if (performance.getEntriesByName('first-contentful-paint').length > 0) {
    then();
    return;
  }
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    then();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}

/** Hydrates `root`, which holds the page as the build rendered it, with `page`: once `ready` (the
 * code of every part it shows, places/longList.ts) and the page painted. Both entry points. */
export function hydrateRendered(root: Element, page: ReactNode, ready: Promise<void>): void {
  void ready.then(() =>
    afterFirstPaint(() =>
      startTransition(() => {
        hydrateRoot(root, page, { onCaughtError: reportOnce, onRecoverableError: reportHydrationMismatch });
      }),
    ),
  );
}
