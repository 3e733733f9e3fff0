// Marks the map ready (timing.ts), and tells the page once the map has painted. Last in the map, so
// its effect runs after every layer and marker above it has been added.
import { useEffect } from 'react';
import { afterNextPaint, markMapReady } from './timing.ts';

export function MapReady({ onPainted }: { onPainted?: (() => void) | undefined }) {
  useEffect(() => {
    markMapReady();
    if (onPainted) afterNextPaint(onPainted);
  }, [onPainted]);
  return null;
}
