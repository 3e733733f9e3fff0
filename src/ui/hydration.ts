// The page's HTML is rendered at build time (src/prerender.tsx) and hydrated in the browser: the
// first render in the browser must be the build's. What only the browser knows is read after it.
import { useSyncExternalStore } from 'react';

const noChange = (): (() => void) => () => {};

/** `read()` once the page has hydrated; `atBuild` while it hydrates, as at build time. Read on each
 * render, never watched: a value that must follow a change needs a subscription of its own. The
 * value must be a primitive, so that two reads compare equal. */
export function useBrowserValue<T extends boolean | string | number | null>(read: () => T, atBuild: T): T {
  return useSyncExternalStore(noChange, read, () => atBuild);
}

/** False while React hydrates the page's HTML, true after. */
export const useHydrated = (): boolean => useBrowserValue(() => true, false);

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
