// The long list's code (LongPlacesList.tsx), fetched only by stories that long. A page rendered at
// build time loads it before it hydrates (src/main.tsx, src/embed/main.tsx): a part whose code is
// still on its way when React hydrates cannot take a click, and React drops the click rather than
// replay it (its "Show 100 more places" was lost so in a test).
import { type ComponentType, lazy } from 'react';
import { isLongList } from '../../shared/story/scale.ts';
import type { Story } from '../../shared/story/types.ts';
import type { LongPlacesList } from './LongPlacesList.tsx';

type List = typeof LongPlacesList;
let loaded: List | null = null;

/** Fetches the long list's code, once. */
export const loadLongPlacesList = (): Promise<List> =>
  import('./LongPlacesList.tsx').then((m) => {
    loaded = m.LongPlacesList;
    return loaded;
  });

const Lazy = lazy(() => loadLongPlacesList().then((list) => ({ default: list })));

/** The list's component: itself when its code is here, else one that waits for it. Asked once per
 * mount (a change of component would remount the list and lose its search). */
export const longPlacesList = (): List | ComponentType<Parameters<List>[0]> => loaded ?? Lazy;

/** Resolves once the code of every part that the page rendered at build time shows is here: the long
 * list's, for a story that long. Never rejects: a list whose code failed says so when it renders. */
export function codeOfFirstView(story: Story): Promise<void> {
  if (!isLongList(story)) return Promise.resolve();
  return loadLongPlacesList().then(
    () => undefined,
    () => undefined,
  );
}
