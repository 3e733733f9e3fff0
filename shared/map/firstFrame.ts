// The live map's first view, drawn before its script runs (src/map/DrawnMap.tsx): the page's HTML
// carries the basemap and the story's symbols, and its stylesheet puts them where Leaflet's fitBounds
// will, in a map of whatever size the page gives it. Leaflet's fit depends only on the map's size:
// the largest zoom, in quarter steps, at which the places fit inside its padding, centred on their
// middle. A container query per quarter step says the same in CSS, so the first frame and the live
// map agree to the pixel without a line of script and without a style attribute, which the pages'
// policy forbids (shared/host/csp.ts).
import { project } from './mercator.ts';

/** Room kept around the places when the map fits them, pixels (NewsMap.tsx's PADDING). */
export const FIT_PADDING = 36;
/** Leaflet's zoomSnap in the live map (NewsMap.tsx). */
export const ZOOM_SNAP = 0.25;

/** Where the places lie, in world pixels at zoom 0. */
export interface FrameBox {
  /** The middle of the places: the map's centre. */
  readonly centre: readonly [number, number];
  /** Their width and height. */
  readonly size: readonly [number, number];
}

/** The box of `points` ([lon, lat]), as Leaflet's fitBounds reckons it. */
export function frameBox(points: readonly (readonly number[])[]): FrameBox {
  const xy = points.map((p) => project(p, 0));
  const xs = xy.map((p) => p[0]);
  const ys = xy.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return { centre: [(minX + maxX) / 2, (minY + maxY) / 2], size: [maxX - minX, maxY - minY] };
}

/** The zoom at which the first frame's basemap is drawn: its units are about a pixel in a map of
 * this size, so coordinates rounded to whole units stay within a pixel at the zooms readers see. */
const REFERENCE_SIZE: readonly [number, number] = [1280, 720];

/** The zoom Leaflet's fitBounds picks for `box` in a map of `width` × `height` pixels. */
export function fitZoom(box: FrameBox, width: number, height: number, minZoom: number, maxZoom: number): number {
  const scale = Math.min((width - 2 * FIT_PADDING) / (box.size[0] || 1e-9), (height - 2 * FIT_PADDING) / (box.size[1] || 1e-9));
  // Leaflet rounds to a hundredth of a step before it snaps down (Map.getBoundsZoom).
  const zoom = Math.round(Math.log2(scale) / (ZOOM_SNAP / 100)) * (ZOOM_SNAP / 100);
  return Math.max(minZoom, Math.min(maxZoom, Math.floor(zoom / ZOOM_SNAP) * ZOOM_SNAP));
}

export const referenceZoom = (box: FrameBox, minZoom: number, maxZoom: number): number => fitZoom(box, REFERENCE_SIZE[0], REFERENCE_SIZE[1], minZoom, maxZoom);

/** How far from the centre the drawn basemap reaches, in world pixels at zoom 0: as far as a map
 * up to 1,600 px wide shows at its fit. */
export function basemapReach(box: FrameBox, maxZoom: number): number {
  return 4 * Math.max(box.size[0], box.size[1]) + 800 / 2 ** maxZoom;
}

/** A point ([lon, lat]) as the first frame places it: world pixels at `zoom` from the centre. */
export function fromCentre(box: FrameBox, point: readonly number[], zoom: number): [number, number] {
  const [x, y] = project(point, 0);
  const k = 2 ** zoom;
  return [(x - box.centre[0]) * k, (y - box.centre[1]) * k];
}

/** The class that places the first frame's `index`th symbol. */
export const drawnPlaceClass = (index: number): string => `dp-${index}`;

const num = (v: number): string => String(Math.round(v * 1e4) / 1e4);

/** The zooms the live map's fit can land on, each with the least log2 of the fit's scale that
 * gives it: every quarter step above `minZoom`, and `maxZoom` itself when it is not on a step. */
function zoomSteps(minZoom: number, maxZoom: number): { zoom: number; from: number }[] {
  const steps: { zoom: number; from: number }[] = [];
  // Leaflet rounds log2(scale) to 1/400 before it snaps down: a step holds from 1/800 below it.
  for (let k = Math.floor(minZoom / ZOOM_SNAP) * ZOOM_SNAP + ZOOM_SNAP; k <= maxZoom; k += ZOOM_SNAP) steps.push({ zoom: k, from: k - ZOOM_SNAP / 200 });
  const top = Math.ceil(maxZoom / ZOOM_SNAP) * ZOOM_SNAP;
  if (top !== maxZoom) steps.push({ zoom: maxZoom, from: top - ZOOM_SNAP / 200 });
  return steps;
}

/** The stylesheet that places the first frame: `--s`, pixels per world pixel at zoom 0, one value per
 * quarter step the frame's size reaches; the basemap's box; each symbol's offset from the centre. */
export function firstFrameCss(box: FrameBox, places: readonly (readonly number[])[], minZoom: number, maxZoom: number): string {
  const reach = basemapReach(box, maxZoom);
  const px = (zoom: number): string => `${num(2 ** zoom)}px`;
  const rules = [`.drawn-map{--s:${px(minZoom)}}`];
  // A step holds once the frame is wide and tall enough for the places at it; later rules win.
  for (const { zoom, from } of zoomSteps(minZoom, maxZoom)) {
    const width = 2 * FIT_PADDING + box.size[0] * 2 ** from;
    const height = 2 * FIT_PADDING + box.size[1] * 2 ** from;
    rules.push(`@container (min-width:${num(width)}px) and (min-height:${num(height)}px){.drawn-map{--s:${px(zoom)}}}`);
  }
  const side = num(2 * reach);
  rules.push(
    `.drawn-basemap{width:calc(var(--s)*${side});height:calc(var(--s)*${side});left:calc(50% - var(--s)*${num(reach)});top:calc(50% - var(--s)*${num(reach)})}`,
  );
  // Offsets in thousandths: a world pixel at zoom 0 is thousands of pixels at a story's zoom.
  places.forEach((point, i) => {
    const [dx, dy] = fromCentre(box, point, 0);
    rules.push(`.${drawnPlaceClass(i)}{left:calc(50% + var(--s)*${num(dx * 1e3)}/1000);top:calc(50% + var(--s)*${num(dy * 1e3)}/1000)}`);
  });
  return `${rules.join('\n')}\n`;
}
