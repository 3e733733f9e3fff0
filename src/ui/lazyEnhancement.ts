// A part of the page that improves it but is not needed to read it (following the reading), fetched
// after the page. If its code cannot be fetched (the reader left the page while it loaded, which
// aborts the request, or the network dropped), the page goes on without it and says so once,
// rather than fail on an uncaught error.
import { type ComponentType, lazy } from 'react';

/** React.lazy for an enhancement: `load` fetches the module, `pick` takes the component from it. */
export function lazyEnhancement<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>, what: string) {
  return lazy(() =>
    load().then(
      (module) => ({ default: pick(module) }),
      (error: unknown) => {
        console.warn(`story map: ${what} could not be loaded; the page goes on without it.`, error);
        return { default: (() => null) as ComponentType<P> };
      },
    ),
  );
}
