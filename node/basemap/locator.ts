// The locator inset's drawing, made once at build time for the live map (src/map/LocatorMap.tsx) and
// the pictures (node/pictures/staticMap.ts) alike: the lands around the story (the context tier and
// the overview), their borders and the story's country, as SVG path data in a square frame of each
// size the map uses. The browser only draws these paths and boxes the view on them: no projection or
// path-building code ships with the page.
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { type BasemapMeta, LOCATOR_SIDES, type LocatorFrame } from '../../shared/map/basemapTypes.ts';
import { decodeTier } from '../../shared/map/decodeTier.ts';
import { project } from '../../shared/map/mercator.ts';

/** The frame of `side`: the context box covers it, centred on `centre` ([lon, lat]) where it can be. */
function frame(meta: BasemapMeta, side: number, centre: readonly [number, number]): Omit<LocatorFrame, 'land' | 'borders' | 'focus'> {
  const [west, south, east, north] = meta.contextBox;
  const [x0, y0] = project([west, north], 0);
  const [x1, y1] = project([east, south], 0);
  const zoom = Math.log2(Math.max(side / (x1 - x0), side / (y1 - y0)));
  const k = 2 ** zoom;
  const [cx, cy] = project(centre, zoom);
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  return { side, zoom, left: clamp(cx - side / 2, x0 * k, x1 * k - side), top: clamp(cy - side / 2, y0 * k, y1 * k - side) };
}

/** A layer as SVG path data in the frame's pixels, to half a pixel, points that add nothing dropped. */
function pathOf(layer: FeatureCollection, f: Omit<LocatorFrame, 'land' | 'borders' | 'focus'>): string {
  const line = (positions: Position[], close: boolean): string => {
    let out = '';
    let last: [number, number] | null = null;
    for (const position of positions) {
      const [px, py] = project(position, f.zoom);
      const x = Math.round((px - f.left) * 2) / 2;
      const y = Math.round((py - f.top) * 2) / 2;
      if (last && Math.abs(x - last[0]) < 0.5 && Math.abs(y - last[1]) < 0.5) continue;
      out += `${last ? 'L' : 'M'}${x} ${y}`;
      last = [x, y];
    }
    return out && close ? `${out}Z` : out;
  };
  const geometry = (g: Geometry | null): string => {
    if (!g) return '';
    if (g.type === 'Polygon') return g.coordinates.map((r) => line(r, true)).join('');
    if (g.type === 'MultiPolygon') return g.coordinates.flatMap((p) => p.map((r) => line(r, true))).join('');
    if (g.type === 'LineString') return line(g.coordinates, false);
    if (g.type === 'MultiLineString') return g.coordinates.map((l) => line(l, false)).join('');
    return '';
  };
  return layer.features.map((feature) => geometry(feature.geometry)).join('');
}

/** The locator's frames, one per size, for a story whose places centre on `centre` ([lon, lat]). */
export function locatorFrames(meta: BasemapMeta, overview: Topology, context: Topology, centre: readonly [number, number]): LocatorFrame[] {
  const tiers = [decodeTier(context), decodeTier(overview)];
  return LOCATOR_SIDES.map((side) => {
    const f = frame(meta, side, centre);
    const layer = (pick: (t: (typeof tiers)[number]) => FeatureCollection) => tiers.map((t) => pathOf(pick(t), f)).join('');
    return { ...f, land: layer((t) => t.land), borders: layer((t) => t.borders), focus: layer((t) => t.focusOutline) };
  });
}
