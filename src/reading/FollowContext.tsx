// Whether the map follows the reading (wide screens, where map and article stand side by side):
// on unless the reader turns it off, and paused from when the reader moves the map until they pick
// a place or a step again (or turn it on again).
import { createContext, type ReactNode, use, useEffect, useMemo, useState } from 'react';
import { useSelection } from '../selection/SelectionContext.tsx';

export interface Follow {
  /** The reader's choice (the "Map follows the article" switch). */
  readonly on: boolean;
  setOn(on: boolean): void;
  /** The reader moved the map since they last picked a place or a step. */
  readonly paused: boolean;
  pause(): void;
}

const FollowContext = createContext<Follow>({ on: false, setOn() {}, paused: false, pause() {} });

export function FollowProvider({ children }: { children: ReactNode }) {
  const [on, setOn] = useState(true);
  const [paused, setPaused] = useState(false);
  const { selection } = useSelection();
  const picked = selection ? `${selection.id} ${selection.step ?? ''}` : null;
  useEffect(
    function resumeOnPick() {
      if (picked !== null) setPaused(false);
    },
    [picked],
  );
  const follow = useMemo<Follow>(
    () => ({
      on,
      // Turning it on is a choice to follow now: it resumes a pause too.
      setOn(next: boolean) {
        setOn(next);
        if (next) setPaused(false);
      },
      paused,
      pause: () => setPaused(true),
    }),
    [on, paused],
  );
  return <FollowContext value={follow}>{children}</FollowContext>;
}

/** Whether the map follows the reading, from inside a FollowProvider (outside one: never). */
export function useFollow(): Follow {
  return use(FollowContext);
}
