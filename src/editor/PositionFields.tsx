// A located point's Latitude and Longitude, as text: what the story stores, shown as it is stored,
// and typed or pasted as the sources print it. A pair pasted into either ("37.226, 37.014",
// "37°13′34″N 37°00′50″E") fills both. The story changes only once what is typed reads as a
// coordinate, so half a number never moves the place.
import { useEffect, useId, useState } from 'react';
import { Messages } from './Messages.tsx';
import { parseCoordinate, parsePosition } from './positionText.ts';

type LonLat = readonly [number, number];

export interface PositionFieldsProps {
  readonly position: LonLat;
  /** The validator's messages about the position (outside the story's bounds, latitude and longitude swapped). */
  readonly messages: readonly string[];
  readonly onChange: (position: [number, number]) => void;
}

export function PositionFields({ position, messages, onChange }: PositionFieldsProps) {
  const id = useId();
  const [lon, lat] = position;
  const [latText, setLatText] = useState(String(lat));
  const [lonText, setLonText] = useState(String(lon));
  // The place moved on the map, by Undo, or by a pair pasted in the other field: show where it is now,
  // unless what is typed already says so.
  useEffect(() => {
    setLatText((text) => (parseCoordinate(text, 'lat') === lat ? text : String(lat)));
    setLonText((text) => (parseCoordinate(text, 'lon') === lon ? text : String(lon)));
  }, [lat, lon]);

  const typed = (axis: 'lat' | 'lon', text: string): void => {
    const pair = parsePosition(text);
    if (pair) {
      setLatText(String(pair[1]));
      setLonText(String(pair[0]));
      onChange(pair);
      return;
    }
    (axis === 'lat' ? setLatText : setLonText)(text);
    const value = parseCoordinate(text, axis);
    if (value !== null) onChange(axis === 'lat' ? [lon, value] : [value, lat]);
  };

  const describedBy = messages.length > 0 ? `${id}-messages` : undefined;
  return (
    <fieldset className={`editor-position${messages.length > 0 ? ' is-invalid' : ''}`}>
      <legend>Position (paste a pair from Wikipedia, GeoNames or a GPS into either box)</legend>
      <label>
        Latitude
        <input value={latText} inputMode="decimal" aria-describedby={describedBy} onChange={(e) => typed('lat', e.target.value)} />
      </label>
      <label>
        Longitude
        <input value={lonText} inputMode="decimal" aria-describedby={describedBy} onChange={(e) => typed('lon', e.target.value)} />
      </label>
      <Messages id={`${id}-messages`} messages={messages} />
    </fieldset>
  );
}
