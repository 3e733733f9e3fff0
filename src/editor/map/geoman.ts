// Leaflet-Geoman (MIT), the drawing library the editor uses to draw an area and to drag a halo's
// radius: a well-kept library for what no one should hand-roll. It is a classic script that extends
// the global `L`; this project's Leaflet is the ES module build, which sets none, so the editor gives
// it one: an extensible copy of the module (Geoman adds `L.PM`; the classes are Leaflet's own). It
// must be loaded before the editor's map is made: Geoman equips maps and layers as they are created.
import * as Leaflet from 'leaflet';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';

let loading: Promise<void> | null = null;

export function loadGeoman(): Promise<void> {
  loading ??= (async () => {
    (globalThis as { L?: unknown }).L = { ...Leaflet };
    await import('@geoman-io/leaflet-geoman-free');
  })();
  return loading;
}
