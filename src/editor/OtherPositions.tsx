// Where each coordinate source beyond the one drawn puts the place, so that the page can say how far
// apart the sources lie, and count as one those that give the same point. A position is typed as a
// gazetteer prints it ("latitude, longitude", or degrees, minutes and seconds: positionText.ts), and
// stored as RFC 7946 wants it, [longitude, latitude].
import { useId, useState } from 'react';
import { Messages } from './Messages.tsx';
import { parsePosition } from './positionText.ts';

type Position = { readonly source: string; readonly coordinates: readonly [number, number] };

export function OtherPositions({
  positions,
  messages,
  onChange,
}: {
  positions: readonly Position[];
  messages: readonly string[];
  onChange: (positions: Position[]) => void;
}) {
  const id = useId();
  const update = (i: number, change: Partial<Position>) => onChange(positions.map((p, j) => (j === i ? { ...p, ...change } : p)));
  return (
    <fieldset className="editor-others" aria-describedby={messages.length ? `${id}-messages` : undefined}>
      <legend>Where the other coordinate sources put it</legend>
      {positions.map((position, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a source's position has no id; its place in the list is its identity.
        <div key={i} className="editor-other">
          <label>
            Other source {i + 1}
            <input value={position.source} onChange={(e) => update(i, { source: e.target.value })} />
          </label>
          <LatLonInput
            label={`Its position ${i + 1} (latitude, longitude)`}
            value={position.coordinates}
            onChange={(coordinates) => update(i, { coordinates })}
          />
          <button type="button" onClick={() => onChange(positions.filter((_, j) => j !== i))}>
            Remove other source {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...positions, { source: '', coordinates: [0, 0] }])}>
        Add another source’s position
      </button>
      <Messages id={`${id}-messages`} messages={messages} />
    </fieldset>
  );
}

function LatLonInput({ label, value, onChange }: { label: string; value: readonly [number, number]; onChange: (lonLat: [number, number]) => void }) {
  // What is typed stays as typed until it reads as a position; only then does the story change.
  const [text, setText] = useState(value[0] === 0 && value[1] === 0 ? '' : `${value[1]}, ${value[0]}`);
  return (
    <label>
      {label}
      <input
        value={text}
        inputMode="decimal"
        onChange={(e) => {
          setText(e.target.value);
          const lonLat = parsePosition(e.target.value);
          if (lonLat) onChange(lonLat);
        }}
      />
    </label>
  );
}
