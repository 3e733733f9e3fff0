// Marks the map ready (timing.ts). Last in the map, so its effect runs after every layer and marker
// above it has been added.
import { useEffect } from 'react';
import { markMapReady } from './timing.ts';

export function MapReady() {
  useEffect(markMapReady, []);
  return null;
}
