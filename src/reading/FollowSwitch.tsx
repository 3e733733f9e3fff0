// The reader's switch for following the reading, shown only where map and article stand side by
// side; it says when following is paused and how to resume it.
import { useFollow } from './FollowContext.tsx';

export function FollowSwitch() {
  const { on, setOn, paused } = useFollow();
  return (
    <p className="follow-switch">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} /> Map follows the article
      </label>
      {on && paused && <span className="follow-paused"> Paused: you moved the map. Pick a place or an event to resume.</span>}
    </p>
  );
}
