// The live map's first view, drawn before its script runs (src/map/DrawnMap.tsx): the page's HTML
// carries the basemap and the story's symbols, and its stylesheet puts them where Leaflet's fitBounds
// will, in a map of whatever size the page gives it. Leaflet's fit depends only on the map's size:
// the largest zoom, in quarter steps, at which the places fit inside its padding, centred on their
// middle. A container query per quarter step says the same in CSS, so the first frame and the live
// map agree to the pixel without a line of script and without a style attribute, which the pages'
// policy forbids (shared/host/csp.ts).
import type { LocatedPlace } from '../story/types.ts';
import { groupPlaces, type PlaceGroup } from './declutter.ts';
import { priorityOf } from './labelPriority.ts';
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

/** A located place as the first frame draws it. */
export interface FramePlace {
  readonly id: string;
  readonly position: readonly number[];
  /** Higher leads its group (labelPriority.ts), as on the live map. */
  readonly priority: number;
}

/** A story's located places as the first frame draws them. */
export const framePlaces = (places: readonly LocatedPlace[]): FramePlace[] => places.map((p) => ({ id: p.id, position: p.position, priority: priorityOf(p) }));

/** The places the live map draws as groups (declutter.ts) from a zoom on: its groups, centred and
 * sized in pixels from the map's centre. */
export interface GroupState {
  readonly zoom: number;
  /** The least log2 of the fit's scale that gives `zoom`; null for the map's least zoom. */
  readonly from: number | null;
  readonly groups: readonly PlaceGroup[];
}

/** The live map's groups at each zoom its fit can land on, a state where they change (a group's
 * circle moves with every zoom). The first state is the map's least zoom. */
export function groupStates(box: FrameBox, places: readonly FramePlace[], minZoom: number, maxZoom: number): GroupState[] {
  const states: GroupState[] = [];
  for (const { zoom, from } of [{ zoom: minZoom, from: null }, ...zoomSteps(minZoom, maxZoom)]) {
    const groups = groupPlaces(
      places.map((p) => {
        const [x, y] = fromCentre(box, p.position, zoom);
        return { id: p.id, x, y, priority: p.priority };
      }),
    );
    const last = states.at(-1);
    if (last && last.groups.length === 0 && groups.length === 0) continue;
    states.push({ zoom, from, groups });
  }
  return states;
}

/** The classes of the `index`th group of the `state`th state. */
export const drawnGroupClasses = (state: number, index: number): string => `drawn-group dgs-${state} dg-${state}-${index}`;

/** The container query for frames whose fit reaches log2 scale `from`. */
const fitQuery = (box: FrameBox, from: number): string =>
  `(min-width:${num(2 * FIT_PADDING + box.size[0] * 2 ** from)}px) and (min-height:${num(2 * FIT_PADDING + box.size[1] * 2 ** from)}px)`;

/** The stylesheet that places the first frame: `--s`, pixels per world pixel at zoom 0, one value per
 * quarter step the frame's size reaches; the basemap's box; each symbol's offset from the centre;
 * and at each zoom where the live map groups places, its groups shown and their members hidden. */
export function firstFrameCss(box: FrameBox, places: readonly FramePlace[], minZoom: number, maxZoom: number): string {
  const reach = basemapReach(box, maxZoom);
  const px = (zoom: number): string => `${num(2 ** zoom)}px`;
  const rules = [`.drawn-map{--s:${px(minZoom)}}`];
  // A step holds once the frame is wide and tall enough for the places at it; later rules win.
  for (const { zoom, from } of zoomSteps(minZoom, maxZoom)) rules.push(`@container ${fitQuery(box, from)}{.drawn-map{--s:${px(zoom)}}}`);
  const side = num(2 * reach);
  rules.push(
    `.drawn-basemap{width:calc(var(--s)*${side});height:calc(var(--s)*${side});left:calc(50% - var(--s)*${num(reach)});top:calc(50% - var(--s)*${num(reach)})}`,
  );
  // Offsets in thousandths: a world pixel at zoom 0 is thousands of pixels at a story's zoom.
  places.forEach((place, i) => {
    const [dx, dy] = fromCentre(box, place.position, 0);
    rules.push(`.${drawnPlaceClass(i)}{left:calc(50% + var(--s)*${num(dx * 1e3)}/1000);top:calc(50% + var(--s)*${num(dy * 1e3)}/1000)}`);
  });
  // Each state sets every symbol and group it concerns, so the last that holds wins on every one.
  const index = new Map(places.map((p, i) => [p.id, i]));
  groupStates(box, places, minZoom, maxZoom).forEach((state, s) => {
    const grouped = state.groups.flatMap((g) => g.members.map((id) => `.${drawnPlaceClass(index.get(id)!)}`));
    const body = [
      '.drawn-place{visibility:visible}',
      '.drawn-group{display:none}',
      ...(grouped.length ? [`${grouped.join(',')}{visibility:hidden}`, `.dgs-${s}{display:block}`] : []),
      ...state.groups.map((g, i) => {
        const size = 2 * g.radius;
        return `.dg-${s}-${i}{left:calc(50% + ${num(g.x - g.radius)}px);top:calc(50% + ${num(g.y - g.radius)}px);width:${size}px;height:${size}px}`;
      }),
    ].join('');
    rules.push(state.from === null ? body : `@container ${fitQuery(box, state.from)}{${body}}`);
  });
  return `${rules.join('\n')}\n`;
}
