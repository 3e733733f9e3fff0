// The story's map as an SVG picture, drawn at build time without a browser, for the places a live
// map cannot go: print, the social card and the oEmbed thumbnail (pictures.ts rasterises
// it). It is the live map's first view, drawn from the same parts: the basemap the build cut for the
// story, the view Leaflet's fitBounds picks, the key's rows (legendRows.ts), the symbols, colours
// and fonts sizes of the stylesheet (style.ts), and the label layout of declutter.ts.
import type { Geometry, Position } from 'geojson';
import { clipPolygon, clipPolyline, type Point } from 'lineclip';
import type { Topology } from 'topojson-specification';
import { type BasemapLabel, type BasemapMeta, LOCATOR_SIDES, type LocatorFrame } from '../../shared/map/basemapTypes.ts';
import { type Box, GROUP_APART, groupPlaces, type LabelPlacement, type Mark, type PlaceGroup, placeLabels } from '../../shared/map/declutter.ts';
import { type BasemapTier, decodeTier } from '../../shared/map/decodeTier.ts';
import { priorityOf } from '../../shared/map/labelPriority.ts';
import { type GroupsShown, type LegendMark, legendRows } from '../../shared/map/legendRows.ts';
import { project, unprojectLat } from '../../shared/map/mercator.ts';
import { type SymbolTraits, traitsOf } from '../../shared/map/symbolClass.ts';
import { escapeHtml } from '../../shared/story/escapeHtml.ts';
import { isLocated, type LocatedPlace, type Story } from '../../shared/story/types.ts';
import { formatDate, groupLabel, insetCaption } from '../../shared/story/words.ts';
import { FAMILY, type FontStyle, textWidth, wrap } from './fonts.ts';
import { type Palette, palette, symbolColour, symbolShape, type Theme } from './style.ts';

/** The basemap the build cut for the story (node/vite/basemapPlugin.ts). */
export interface CutBasemap {
  readonly meta: BasemapMeta;
  /** The locator inset's drawing, one frame per size (node/basemap/locator.ts). */
  readonly locator: readonly LocatorFrame[];
  readonly overview: Topology;
  readonly detail: Topology;
  readonly context: Topology;
  readonly labels: readonly BasemapLabel[];
}

export interface Picture {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const PAD = 8;
/** Room kept around the places when the view is fitted (NewsMap.tsx's PADDING). */
const FIT_PADDING = 36;
const ZOOM_SNAP = 0.25;
/** A place marker's box and symbol (PlaceMarker.tsx, app.css .sym). */
const MARKER_BOX = 24;
const SYMBOL = 18;

const attr = (value: string | number): string => escapeHtml(String(value));
/** No place marked. */
const NONE: ReadonlySet<string> = new Set();
const r1 = (v: number): string => (Math.round(v * 10) / 10).toString();

interface View {
  readonly zoom: number;
  /** The world pixel at the picture's top left. */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The view Leaflet's fitBounds picks for the story's located places, with NewsMap's padding. */
export function fitView(places: readonly LocatedPlace[], meta: BasemapMeta, width: number, height: number): View {
  const points = places.flatMap((p) => [p.position, ...(p.area?.flat() ?? [])]);
  const xs = points.map((p) => project(p, 0));
  const [minX, maxX] = [Math.min(...xs.map((p) => p[0])), Math.max(...xs.map((p) => p[0]))];
  const [minY, maxY] = [Math.min(...xs.map((p) => p[1])), Math.max(...xs.map((p) => p[1]))];
  const scale = Math.min((width - 2 * FIT_PADDING) / (maxX - minX || 1e-9), (height - 2 * FIT_PADDING) / (maxY - minY || 1e-9));
  let zoom = Math.log2(scale);
  zoom = Math.floor((Math.round(zoom / (ZOOM_SNAP / 100)) * (ZOOM_SNAP / 100)) / ZOOM_SNAP) * ZOOM_SNAP;
  zoom = Math.max(meta.minZoom, Math.min(meta.maxZoom, zoom));
  const k = 2 ** zoom;
  const [cx, cy] = [((minX + maxX) / 2) * k, ((minY + maxY) / 2) * k];
  return { zoom, left: cx - width / 2, top: cy - height / 2, width, height };
}

/** An SVG path's data for a geometry, in the picture's pixels, cut to the frame (and a little
 * around it): what lies outside is never drawn, and resvg trips on shapes wholly outside a clip. */
function pathData(geometry: Geometry | null, view: View): string {
  if (!geometry) return '';
  const frame: [number, number, number, number] = [-20, -20, view.width + 20, view.height + 20];
  const pixels = (positions: Position[]): Point[] =>
    positions.map((p) => {
      const [x, y] = project(p, view.zoom);
      return [x - view.left, y - view.top];
    });
  const draw = (points: Point[], close: boolean): string => points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${r1(x)} ${r1(y)}`).join('') + (close ? 'Z' : '');
  const area = (ring: Position[]): string => {
    const clipped = clipPolygon(pixels(ring), frame);
    return clipped.length >= 3 ? draw(clipped, true) : '';
  };
  const line = (positions: Position[]): string =>
    clipPolyline(pixels(positions), frame)
      .map((part) => draw(part, false))
      .join('');
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map(area).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon) => polygon.map(area)).join('');
    case 'LineString':
      return line(geometry.coordinates);
    case 'MultiLineString':
      return geometry.coordinates.map(line).join('');
    default:
      return '';
  }
}

function layerPath(layer: BasemapTier['land'], view: View, style: string): string {
  const d = layer.features.map((f) => pathData(f.geometry, view)).join('');
  return d ? `<path d="${d}" ${style}/>` : '';
}

/** The basemap's layers, as Basemap.tsx draws them (app.css gives the colours and widths). */
function basemapSvg(basemap: CutBasemap, view: View, c: Palette): string {
  const { meta } = basemap;
  const near = decodeTier(view.zoom >= meta.detailMinZoom ? basemap.detail : basemap.overview);
  const [west, south, east, north] = meta.detailBox;
  const [x0, y1] = project([west, south], view.zoom);
  const [x1, y0] = project([east, north], view.zoom);
  const beyond = view.left < x0 || view.top < y0 || view.left + view.width > x1 || view.top + view.height > y1;
  const tiers = beyond ? [decodeTier(basemap.context), near] : [near];
  return tiers
    .map((t) =>
      [
        layerPath(t.land, view, `fill="${c.land}"`),
        layerPath(t.lakes, view, `fill="${c.sea}"`),
        layerPath(t.rivers, view, `fill="none" stroke="${c.river}" stroke-width="1.5" stroke-linejoin="round"`),
        layerPath(t.regionLines, view, `fill="none" stroke="${c.region}" stroke-width="1" stroke-dasharray="4 3"`),
        layerPath(t.borders, view, `fill="none" stroke="${c.border}" stroke-width="1.2" stroke-linejoin="round"`),
        layerPath(t.focusOutline, view, `fill="none" stroke="${c['focus-country']}" stroke-width="2.2" stroke-linejoin="round"`),
      ].join(''),
    )
    .join('');
}

/** Metres per pixel at `lat` and `zoom`. */
const metresPerPixel = (lat: number, zoom: number): number => (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (256 * 2 ** zoom);

/** Areas and the halos of approximate points, as PlaceMarker.tsx draws them. */
function extentsSvg(places: readonly LocatedPlace[], view: View, c: Palette): string {
  return places
    .map((p) => {
      const low = p.confidence.level === 'low';
      if (p.area) {
        const dash = p.precision.kind === 'approximate' ? ' stroke-dasharray="5 4"' : '';
        const d = pathData({ type: 'Polygon', coordinates: p.area.map((ring) => ring.map(([x, y]) => [x, y])) }, view);
        return `<path d="${d}" fill="${c.halo}" fill-opacity="${low ? 0.07 : 0.12}" stroke="${c.halo}" stroke-width="1.5"${dash}/>`;
      }
      if (p.precision.kind !== 'approximate' || !p.precision.radiusM) return '';
      const [x, y] = project(p.position, view.zoom);
      const r = p.precision.radiusM / metresPerPixel(p.position[1], view.zoom);
      const [cx, cy] = [x - view.left, y - view.top];
      if (cx + r < 0 || cy + r < 0 || cx - r > view.width || cy - r > view.height) return '';
      // As app.css draws .halo, and .halo--derived dotted: a radius we derived is no source's bound.
      const stroke =
        p.precision.radiusFrom === 'derived'
          ? `stroke-width="2" stroke-dasharray="0.5 5" stroke-linecap="round" fill-opacity="${low ? 0.05 : 0.06}"`
          : `stroke-width="1.5" stroke-dasharray="5 4" fill-opacity="${low ? 0.05 : 0.1}"`;
      return `<circle cx="${r1(x - view.left)}" cy="${r1(y - view.top)}" r="${r1(r)}" fill="${c.halo}" stroke="${c.halo}" stroke-opacity="${low ? 0.7 : 1}" ${stroke}/>`;
    })
    .join('');
}

/** A place symbol (app.css .sym and its precision rules), its 18 px box's top left at (x, y). */
export function symbolSvg(traits: SymbolTraits, x: number, y: number, c: Palette): string {
  const colour = symbolColour(traits.symbol, c);
  const shape = symbolShape(traits.symbol);
  // The inset of the shape in its box: [top, right, bottom, left].
  const base = shape.type === 'square' ? 4 : shape.type === 'circle' ? 2 : 0;
  const inset =
    traits.precision === 'named-area'
      ? [5, 7, 3, 1]
      : traits.precision === 'approximate' || traits.precision === 'unlocated'
        ? [4, 4, 4, 4]
        : [base, base, base, base];
  const [t, r, b, l] = inset as [number, number, number, number];
  const w = SYMBOL - l - r;
  const h = SYMBOL - t - b;
  const edge = `stroke="${c.surface}" stroke-width="2" stroke-linejoin="round" paint-order="stroke"`;
  let body: string;
  if (shape.type === 'polygon') {
    const points = shape.points.map(([px, py]) => `${r1(x + l + px * w)},${r1(y + t + py * h)}`).join(' ');
    body = `<polygon points="${points}" fill="${colour}" ${edge}/>`;
  } else if (shape.type === 'circle') {
    body = `<ellipse cx="${r1(x + l + w / 2)}" cy="${r1(y + t + h / 2)}" rx="${r1(w / 2)}" ry="${r1(h / 2)}" fill="${colour}" ${edge}/>`;
  } else {
    body = `<rect x="${r1(x + l)}" y="${r1(y + t)}" width="${r1(w)}" height="${r1(h)}" fill="${colour}" ${edge}/>`;
  }
  if (traits.precision === 'approximate') {
    body += `<circle cx="${r1(x + 9)}" cy="${r1(y + 9)}" r="8" fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="3.5 2.5"/>`;
  }
  if (traits.precision === 'named-area') {
    body += text('?', x + SYMBOL + 1, y + 7, 12, 'bold', colour, 'end', `stroke="${c.surface}" stroke-width="2" paint-order="stroke"`);
  }
  return `<g opacity="${traits.confidence === 'low' ? 0.75 : 1}">${body}</g>`;
}

function text(
  value: string,
  x: number,
  y: number,
  size: number,
  style: FontStyle,
  fill: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
  extra = '',
): string {
  const weight = style === 'bold' || style === 'boldItalic' ? ' font-weight="bold"' : '';
  const italic = style === 'italic' || style === 'boldItalic' ? ' font-style="italic"' : '';
  const anchorAttr = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  return `<text x="${r1(x)}" y="${r1(y)}" font-family="${FAMILY}" font-size="${size}"${weight}${italic}${anchorAttr} fill="${fill}" ${extra}>${escapeHtml(value)}</text>`;
}

/** The story's markers and the basemap's names, laid out as LabelLayout.tsx lays them out: every
 * symbol on its true point, places that cannot be told apart as one group, labels around them.
 * `keepClear` are the picture's own controls (scale bar, credit, insets), in its pixels; `marked`, the
 * places drawn as the live map draws its current ones (app.css, aria-current): a ring round the
 * symbol, the label highlighted, never in a group. */
function labelsSvg(
  places: readonly LocatedPlace[],
  names: readonly BasemapLabel[],
  view: View,
  c: Palette,
  keepClear: readonly Box[],
  marked: ReadonlySet<string> = NONE,
): string {
  const at = (lon: number, lat: number): [number, number] => {
    const [x, y] = project([lon, lat], view.zoom);
    return [x - view.left, y - view.top];
  };
  const storyIds = new Set(places.map((p) => p.id));
  const byId = new Map(places.map((p) => [p.id, p]));
  // Only the places in (or just by) the frame: an inset shows a part of the map, and resvg trips on
  // shapes wholly outside its viewport.
  const points = places
    .map((p) => {
      const [x, y] = at(p.position[0], p.position[1]);
      return { id: p.id, x, y, priority: priorityOf(p) };
    })
    .filter(({ x, y }) => x > -12 && y > -12 && x < view.width + 12 && y < view.height + 12);
  // A marked place stands on its own, never hidden in a group.
  const groups = groupPlaces(points.filter((p) => !marked.has(p.id)));
  const grouped = new Set(groups.flatMap((g) => g.members));
  const marks: Mark[] = [];
  const draws: ((placement: LabelPlacement) => { under: string; over: string })[] = [];

  for (const name of names) {
    if (name.minZoom > view.zoom || (name.kind === 'city' && storyIds.has(name.id))) continue;
    const city = name.kind === 'city';
    const country = name.kind === 'country';
    const water = name.kind === 'river' || name.kind === 'lake' || name.kind === 'sea';
    const shown = country ? name.text.toUpperCase() : name.text;
    const style: FontStyle = water ? 'italic' : city && name.rank === 1 ? 'bold' : 'regular';
    const spacing = country ? 0.12 : 0;
    // A country's name at the size that fits its land (app.css .bl--size*), on a line as high in proportion.
    const fontSize = country ? (name.size ?? 11) : 11;
    const lineH = Math.ceil((14 * fontSize) / 11);
    const [x, y] = at(name.lon, name.lat);
    marks.push({
      id: `base-${name.kind}-${name.id}`,
      x,
      y,
      size: city ? 6 : 0,
      labelW: textWidth(shown, fontSize, style, spacing),
      labelH: lineH,
      priority: city ? -(name.rank ?? 3) : country ? -0.5 : -4,
      role: 'base',
      textOnly: !city,
    });
    const colour = water ? c['water-label'] : c['base-label'];
    draws.push((p) => {
      if (!p.label) return { under: '', over: '' };
      const dot = city ? `<circle cx="${r1(x)}" cy="${r1(y)}" r="3" fill="${c['base-label']}"/>` : '';
      const letters = spacing ? ` letter-spacing="${r1(spacing * fontSize)}"` : '';
      const halo = `stroke="${c.land}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"${letters}`;
      return { under: dot + text(shown, p.label.left, p.label.top + (lineH * 11) / 14, fontSize, style, colour, 'start', halo), over: '' };
    });
  }

  const storyLabel = (label: string, style: FontStyle, p: LabelPlacement, mark = false): string => {
    if (!p.label) return '';
    const { left, top, width } = p.label;
    const fill = mark ? `fill="${c.mark}" stroke="${c['mark-line']}"` : `fill="${c['label-bg']}"`;
    return `<rect x="${r1(left)}" y="${r1(top)}" width="${r1(width)}" height="16" rx="3" ${fill}/>${text(label, left + 4, top + 12.2, 12, style, c.text)}`;
  };
  const leader = (p: LabelPlacement): string => {
    if (!p.leader) return '';
    const [x1, y1, x2, y2] = p.leader;
    return `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="${c.leader}" stroke-width="1"/>`;
  };

  for (const point of points) {
    if (grouped.has(point.id)) continue;
    const place = byId.get(point.id)!;
    const faded = place.strike?.role === 'reported-area' || place.confidence.level === 'low';
    const style: FontStyle = faded ? 'italic' : 'bold';
    marks.push({
      id: place.id,
      x: point.x,
      y: point.y,
      size: MARKER_BOX,
      labelW: textWidth(place.label, 12, style) + 8,
      labelH: 16,
      priority: point.priority,
      role: 'story',
    });
    const mark = marked.has(place.id);
    // The ring of a current place, as app.css draws it round the symbol.
    const ring = mark ? `<circle r="${SYMBOL / 2 + 5}" fill="${c['mark-line']}"/><circle r="${SYMBOL / 2 + 3}" fill="${c['mark-active']}"/>` : '';
    draws.push((p) => ({
      under: leader(p),
      // Drawn about its centre, moved to the true point: the picture's tests read where it stands.
      over: `<g data-place="${attr(place.id)}" transform="translate(${r1(point.x)} ${r1(point.y)})">${ring}${symbolSvg(traitsOf(place), -SYMBOL / 2, -SYMBOL / 2, c)}</g>${storyLabel(place.label, style, p, mark)}`,
    }));
  }

  for (const group of groups) {
    const lead = byId.get(group.members[0]!)!;
    const label = groupLabel(lead.label, group.members.length);
    marks.push({
      id: group.id,
      x: group.x,
      y: group.y,
      size: 2 * group.radius,
      labelW: textWidth(label, 12, 'bold') + 8,
      labelH: 16,
      priority: 11,
      role: 'story',
    });
    draws.push((p) => ({ under: leader(p), over: groupSvg(group, c) + storyLabel(label, 'bold', p) }));
  }

  const placements = placeLabels(marks, keepClear, { left: 0, top: 0, width: view.width, height: view.height });
  const drawn = placements.map((p, i) => draws[i]!(p));
  // Basemap names and leaders below, then the story's symbols and labels, as their panes stack.
  return drawn.map((d) => d.under).join('') + drawn.map((d) => d.over).join('');
}

/** A group of places that cannot be told apart: a circle over their true points, with their count. */
function groupSvg(group: PlaceGroup, c: Palette): string {
  return (
    `<g data-group="${attr(group.members.join(' '))}" transform="translate(${r1(group.x)} ${r1(group.y)})">` +
    `<circle r="${r1(group.radius)}" fill="${c.surface}" fill-opacity="0.9" stroke="${c.text}" stroke-width="1.5"/>` +
    text(String(group.members.length), 0, 4.5, 13, 'bold', c.text, 'middle') +
    `</g>`
  );
}

/** The groups of the story's places at `view`: where they crowd. */
function crowds(places: readonly LocatedPlace[], view: View): PlaceGroup[] {
  return groupPlaces(
    places.map((p) => {
      const [x, y] = project(p.position, view.zoom);
      return { id: p.id, x: x - view.left, y: y - view.top, priority: priorityOf(p) };
    }),
  );
}

/** A detail inset: where a group of the main map's places stands, shown at a zoom that sets them apart. */
export interface DetailInset {
  readonly frame: Box;
  readonly view: View;
  /** The group's places, its lead first. */
  readonly places: readonly string[];
  /** The group's circle on the main map, which its box there surrounds. */
  readonly circle: { readonly x: number; readonly y: number; readonly radius: number };
}

/** The map's parts: its view, and the frames of its insets, in the map's pixels. */
export interface MapLayout {
  readonly view: View;
  /** Where the main map's places crowd, each group shown larger (at most two). */
  readonly details: readonly DetailInset[];
  /** The wider region, with the main view's box. */
  readonly locator: { readonly frame: Box; readonly view: View; readonly drawing: LocatorFrame };
  /** How much taller the picture grows for insets set under the map, pixels. */
  readonly below: number;
}

const INSET_MARGIN = 10;

/** Lays out the map of a picture: the fitted view; the locator, top right; and a detail inset for
 * each group of places that crowd (the two largest), zoomed until they stand apart: over the map in
 * a corner that hides no place, or, where `allowBelow`, in a row under the map (the picture grows
 * by `below`). */
export function mapLayout(
  places: readonly LocatedPlace[],
  basemap: Pick<CutBasemap, 'meta' | 'locator'>,
  width: number,
  height: number,
  allowBelow = false,
): MapLayout {
  const { meta } = basemap;
  const view = fitView(places, meta, width, height);
  const narrow = width < 600;
  // The live map's locator, at the size it has on a map this wide (src/map/Locator.tsx).
  const drawing = basemap.locator.find((f) => f.side === (narrow ? LOCATOR_SIDES[0] : LOCATOR_SIDES[1]))!;
  const side = drawing.side;
  const locatorFrame = { left: width - side - INSET_MARGIN, top: INSET_MARGIN, width: side, height: side };
  const locator = { frame: locatorFrame, view: { zoom: drawing.zoom, left: drawing.left, top: drawing.top, width: side, height: side }, drawing };

  const groups = crowds(places, view)
    .sort((a, b) => b.members.length - a.members.length)
    .slice(0, 2);
  const byId = new Map(places.map((p) => [p.id, p]));
  const [dw, dh] = narrow ? [Math.floor((width - 3 * INSET_MARGIN) / 2), 150] : [Math.round(width * 0.24), Math.round(height * 0.4)];
  const scaleBar = { left: 0, top: height - 30, width: 120, height: 30 };
  const overlay: Box[] = narrow
    ? []
    : [
        { left: INSET_MARGIN, top: height - 30 - dh - INSET_MARGIN, width: dw, height: dh },
        { left: INSET_MARGIN, top: INSET_MARGIN, width: dw, height: dh },
        { left: width - dw - INSET_MARGIN, top: height - 20 - dh - INSET_MARGIN, width: dw, height: dh },
      ];
  const at = (p: LocatedPlace): [number, number] => {
    const [x, y] = project(p.position, view.zoom);
    return [x - view.left, y - view.top];
  };
  // A corner may take an inset only if no place stands under it.
  const hidesNone = (f: Box): boolean =>
    places.every((p) => {
      const [x, y] = at(p);
      return x < f.left - 16 || x > f.left + f.width + 16 || y < f.top - 16 || y > f.top + f.height + 16;
    });
  const free = overlay.filter((f) => !overlapsBox(f, scaleBar) && !overlapsBox(f, locatorFrame) && hidesNone(f));
  const details: DetailInset[] = [];
  let below = 0;
  for (const group of groups) {
    let frame = free.shift();
    if (!frame && allowBelow) {
      const i = details.filter((d) => d.frame.top >= height).length;
      frame = { left: INSET_MARGIN + i * (dw + INSET_MARGIN), top: height + INSET_MARGIN, width: dw, height: dh };
      below = dh + INSET_MARGIN;
    }
    if (!frame) break;
    const members = group.members.map((id) => byId.get(id)!);
    // Close enough that the group's two nearest places stand well apart, and no closer than shows them all.
    const fitted = fitView(members, meta, frame.width, frame.height);
    const points = members.map((m) => project(m.position, 0));
    const nearest = Math.max(1e-9, Math.min(...points.flatMap((a, i) => points.slice(i + 1).map((b) => Math.hypot(a[0] - b[0], a[1] - b[1])))));
    const apart = Math.ceil(Math.log2((2.5 * GROUP_APART) / nearest) / ZOOM_SNAP) * ZOOM_SNAP;
    const zoom = Math.min(fitted.zoom, Math.max(apart, view.zoom + 1), meta.maxZoom);
    const kk = 2 ** (zoom - fitted.zoom);
    const inset = {
      ...fitted,
      zoom,
      left: (fitted.left + fitted.width / 2) * kk - frame.width / 2,
      top: (fitted.top + fitted.height / 2) * kk - frame.height / 2,
    };
    details.push({ frame, view: inset, places: group.members, circle: { x: group.x, y: group.y, radius: group.radius } });
  }
  return { view, details, locator, below };
}

const overlapsBox = (a: Box, b: Box): boolean => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/** Where `inner`'s view lies in `outer`'s pixels. */
function boxIn(inner: View, outer: View): Box {
  const k = 2 ** (outer.zoom - inner.zoom);
  return { left: inner.left * k - outer.left, top: inner.top * k - outer.top, width: inner.width * k, height: inner.height * k };
}

/** An inset: a small map of its own, framed, at `frame` in the main map's pixels. */
function insetSvg(kind: 'detail' | 'locator', frame: Box, body: string, c: Palette, caption: string | null): string {
  const { left, top, width, height } = frame;
  return (
    `<rect x="${r1(left - 1.5)}" y="${r1(top - 1.5)}" width="${r1(width + 3)}" height="${r1(height + 3)}" fill="${c.surface}"/>` +
    `<svg data-map="${kind}" x="${r1(left)}" y="${r1(top)}" width="${r1(width)}" height="${r1(height)}" viewBox="0 0 ${r1(width)} ${r1(height)}" overflow="hidden">${body}</svg>` +
    `<rect x="${r1(left)}" y="${r1(top)}" width="${r1(width)}" height="${r1(height)}" fill="none" stroke="${c.text}" stroke-width="1"/>` +
    (caption ? text(caption, left + 5, top + 14, 11, 'bold', c.text, 'start', `stroke="${c.surface}" stroke-width="3" paint-order="stroke"`) : '')
  );
}

/** A scale bar as Leaflet's (metric, at most 100 px, a round number of metres or kilometres). */
function scaleSvg(view: View, height: number): string {
  const lat = unprojectLat(view.top + view.height / 2, view.zoom);
  const mpp = metresPerPixel(lat, view.zoom);
  const max = mpp * 100;
  const pow = 10 ** Math.floor(Math.log10(max));
  const step = [5, 3, 2, 1].find((s) => s * pow <= max)! * pow;
  const w = step / mpp;
  const label = step >= 1000 ? `${step / 1000} km` : `${step} m`;
  const y = height - 10;
  return (
    `<rect x="10" y="${r1(y - 16)}" width="${r1(w)}" height="16" fill="#ffffff" fill-opacity="0.8"/>` +
    `<path d="M10 ${r1(y - 16)}V${r1(y)}H${r1(10 + w)}V${r1(y - 16)}" fill="none" stroke="#777" stroke-width="2"/>` +
    text(label, 14, y - 4, 11, 'regular', '#333')
  );
}

/** The map itself: basemap, extents, markers and names, its insets, scale and credit, clipped to
 * its frame. Insets set under the map (`allowBelow`) make it `below` pixels taller; `marked`, the
 * places drawn as current (a place's own card). */
function mapSvg(
  story: Story,
  basemap: CutBasemap,
  width: number,
  height: number,
  c: Palette,
  allowBelow = false,
  marked: ReadonlySet<string> = NONE,
): { svg: string; below: number } {
  const located = story.places.filter(isLocated);
  const { view, details, locator, below } = mapLayout(located, basemap, width, height, allowBelow);
  const credit = 'Leaflet | Natural Earth · GeoNames';
  const creditW = textWidth(credit, 11) + 8;
  const keepClear: Box[] = [
    { left: 0, top: height - 30, width: 120, height: 30 },
    { left: width - creditW, top: height - 18, width: creditW, height: 18 },
    locator.frame,
    ...details.map((d) => d.frame),
  ];
  const byId = new Map(located.map((p) => [p.id, p]));
  // Each detail's area, boxed on the main map; the inset says whose.
  const areaSvg = details
    .map((d) => {
      // At least around the group's circle: a smaller box would hide under it.
      const a = boxIn(d.view, view);
      const reach = d.circle.radius + 5;
      const left = Math.min(a.left, d.circle.x - reach);
      const top = Math.min(a.top, d.circle.y - reach);
      const area = { left, top, width: Math.max(a.left + a.width, d.circle.x + reach) - left, height: Math.max(a.top + a.height, d.circle.y + reach) - top };
      return `<rect x="${r1(area.left)}" y="${r1(area.top)}" width="${r1(area.width)}" height="${r1(area.height)}" fill="none" stroke="${c.text}" stroke-width="1.2"/>`;
    })
    .join('');
  const detailSvg = details
    .map((d) =>
      insetSvg(
        'detail',
        d.frame,
        `<rect width="${d.frame.width}" height="${d.frame.height}" fill="${c.sea}"/>` +
          basemapSvg(basemap, d.view, c) +
          extentsSvg(located, d.view, c) +
          labelsSvg(located, basemap.labels, d.view, c, [
            { left: 0, top: 0, width: d.frame.width, height: 20 },
            { left: 0, top: d.frame.height - 30, width: 120, height: 30 },
          ]) +
          scaleSvg(d.view, d.frame.height),
        c,
        insetCaption(byId.get(d.places[0]!)!.label),
      ),
    )
    .join('');
  const here = boxIn(view, locator.view);
  const locatorSvg = insetSvg(
    'locator',
    locator.frame,
    `<rect width="${locator.frame.width}" height="${locator.frame.height}" fill="${c.sea}"/>` +
      // The live map's drawing of it, with the stylesheet's colours (app.css .locator-*).
      `<path d="${locator.drawing.land}" fill="${c.land}"/>` +
      `<path d="${locator.drawing.borders}" fill="none" stroke="${c.border}" stroke-width="0.6"/>` +
      `<path d="${locator.drawing.focus}" fill="none" stroke="${c['focus-country']}" stroke-width="1.5" stroke-linejoin="round"/>` +
      `<rect x="${r1(here.left)}" y="${r1(here.top)}" width="${r1(Math.max(here.width, 3))}" height="${r1(Math.max(here.height, 3))}" fill="none" stroke="${c.strike}" stroke-width="1.5"/>`,
    c,
    null,
  );
  const markup = [
    // A nested viewport clips what lies outside the frame (resvg trips on a clip-path around these paths).
    `<svg data-map="main" data-insets-below="${allowBelow}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="hidden">`,
    `<rect width="${width}" height="${height}" fill="${c.sea}"/>`,
    basemapSvg(basemap, view, c),
    extentsSvg(located, view, c),
    areaSvg,
    labelsSvg(located, basemap.labels, view, c, keepClear, marked),
    locatorSvg,
    scaleSvg(view, height),
    `<rect x="${r1(width - creditW)}" y="${height - 16}" width="${r1(creditW)}" height="16" fill="#ffffff" fill-opacity="0.8"/>`,
    text(credit, width - 4, height - 4.5, 11, 'regular', '#333', 'end'),
    `</svg>`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="none" stroke="${c.rule}"/>`,
  ].join('');
  // Insets under the map lie outside its frame: drawn after it.
  return { svg: markup + detailSvg, below };
}

/** Lines of text set one under another from `y`; returns the markup and the y below them. */
function lines(value: string, x: number, y: number, width: number, size: number, style: FontStyle, fill: string, leading = 1.35): [string, number] {
  const wrapped = wrap(value, width, size, style);
  const svg = wrapped.map((line, i) => text(line, x, y + size + i * size * leading, size, style, fill)).join('');
  return [svg, y + wrapped.length * size * leading + size * (leading - 1)];
}

function legendMarkSvg(mark: LegendMark, x: number, y: number, c: Palette): string {
  if (mark.type === 'symbol') return symbolSvg(mark.traits, x, y, c);
  if (mark.type === 'halo')
    return mark.derived
      ? `<circle cx="${x + 9}" cy="${y + 9}" r="8" fill="${c.halo}" fill-opacity="0.07" stroke="${c.halo}" stroke-width="2" stroke-dasharray="0.5 3" stroke-linecap="round"/>`
      : `<circle cx="${x + 9}" cy="${y + 9}" r="8.25" fill="${c.halo}" fill-opacity="0.12" stroke="${c.halo}" stroke-width="1.5" stroke-dasharray="3 2"/>`;
  if (mark.type === 'group')
    return `<circle cx="${x + 9}" cy="${y + 9}" r="8.25" fill="${c.surface}" stroke="${c.text}" stroke-width="1.5"/>${text('2', x + 9, y + 13, 11, 'bold', c.text, 'middle')}`;
  if (mark.type === 'area')
    return `<rect x="${x + 0.75}" y="${y + 2.75}" width="16.5" height="12.5" fill="${c.halo}" fill-opacity="0.14" stroke="${c.halo}" stroke-width="1.5"/>`;
  return '';
}

/** The key, as Legend.tsx shows it open: its summary, then its rows flowing left to right. */
function keySvg(story: Story, groups: GroupsShown, x: number, y: number, width: number, c: Palette): [string, number] {
  const { summary, rows } = legendRows(story, groups);
  let svg = text(`▾ Key${summary ? `: ${summary}` : ''}`, x, y + 13, 13, 'bold', c.text);
  let top = y + 21;
  let left = x;
  const rowH = 21;
  for (const row of rows) {
    const muted = row.role === 'unlocated';
    const style: FontStyle = muted ? 'italic' : 'regular';
    const markW = row.mark.type === 'none' ? 0 : SYMBOL + 5;
    const words = wrap(row.text, width - markW, 13, style);
    const itemW = markW + Math.max(...words.map((w) => textWidth(w, 13, style)));
    if (left > x && left + itemW > x + width) {
      left = x;
      top += rowH;
    }
    svg += legendMarkSvg(row.mark, left, top + 1, c);
    words.forEach((w, i) => {
      svg += text(w, left + markW, top + 15 + i * 17, 13, style, muted ? c.muted : c.text);
    });
    if (words.length > 1) {
      top += (words.length - 1) * 17 + rowH;
      left = x;
    } else left += itemW + 14;
  }
  return [svg, top + rowH + 4];
}

/** "Quotes: … verbatim. Places, precision and sources: …. Basemap: Natural Earth." (EmbedApp.tsx) */
function creditLine(story: Story): string {
  const credits = story.meta.credits.map((c) => `${c.short ?? `${c.for}: ${c.by}`}. `).join('');
  return `Quotes: ${story.article.outlet}, verbatim. ${credits}Basemap: Natural Earth.`;
}

/** The fallback picture: title, source line, the key, the map and the credits, as the static embed. */
export function fallbackPicture(story: Story, basemap: CutBasemap, layout: 'wide' | 'narrow', theme: Theme): Picture {
  const c = palette(theme);
  const width = layout === 'wide' ? 1200 : 400;
  const inner = width - 2 * PAD;
  const mapH = layout === 'wide' ? 460 : 380;
  const { article } = story;
  const [title, y1] = lines(story.meta.title, PAD, PAD, inner, layout === 'wide' ? 18 : 16, 'bold', c.text, 1.3);
  const [source, y2] = lines(
    `Based on ${article.outlet}, ${formatDate(article.published)}. Locations and sources: our research.`,
    PAD,
    y1,
    inner,
    13,
    'regular',
    c.muted,
  );
  // The key says how the map shows places too close to tell apart, when it has any.
  const drawnLayout = mapLayout(story.places.filter(isLocated), basemap, inner, mapH, true);
  const [key, y3] = keySvg(story, drawnLayout.details.length > 0 ? 'insets' : null, PAD, y2 + 4, inner, c);
  const drawn = mapSvg(story, basemap, inner, mapH, c, true);
  const map = `<g transform="translate(${PAD} ${r1(y3)})">${drawn.svg}</g>`;
  const [credits, y4] = lines(creditLine(story), PAD, y3 + mapH + drawn.below + 4, inner, 12, 'regular', c.muted);
  const height = Math.ceil(y4 + PAD);
  return { svg: document(width, height, c.bg, title + source + key + map + credits, story.meta.title), width, height };
}

/** The social card, 1200 × 630: the title over the map, and the credits. A place's card (its oEmbed
 * thumbnail) has the place's name over the story's title, and the same map with the place marked. */
export function socialCard(story: Story, basemap: CutBasemap, theme: Theme = 'light', place: LocatedPlace | null = null): Picture {
  const c = palette(theme);
  const [width, height, pad] = [1200, 630, 24];
  let title: string;
  let mapTop: number;
  if (place) {
    const name = wrap(place.name, width - 2 * pad, 32, 'bold')[0]!;
    const storyLines = wrap(story.meta.title, width - 2 * pad, 20, 'regular').slice(0, 2);
    title = text(name, pad, pad + 32, 32, 'bold', c.text) + storyLines.map((line, i) => text(line, pad, pad + 64 + i * 26, 20, 'regular', c.muted)).join('');
    mapTop = pad + 64 + (storyLines.length - 1) * 26 + 16;
  } else {
    const titleLines = wrap(story.meta.title, width - 2 * pad, 32, 'bold').slice(0, 2);
    title = titleLines.map((line, i) => text(line, pad, pad + 32 + i * 40, 32, 'bold', c.text)).join('');
    mapTop = pad + titleLines.length * 40 + 12;
  }
  const mapH = height - mapTop - 40;
  // The card's size is fixed: its insets go over the map or not at all.
  const marked = place ? new Set([place.id]) : NONE;
  const map = `<g transform="translate(${pad} ${mapTop})">${mapSvg(story, basemap, width - 2 * pad, mapH, c, false, marked).svg}</g>`;
  const credit = text(wrap(creditLine(story), width - 2 * pad, 15, 'regular')[0]!, pad, height - 14, 15, 'regular', c.muted);
  return { svg: document(width, height, c.bg, title + map + credit, story.meta.title), width, height };
}

function document(width: number, height: number, background: string, body: string, title: string): string {
  // A title of its own: the SVG also stands alone, as a file for print desks.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${escapeHtml(title)}</title><rect width="${width}" height="${height}" fill="${attr(background)}"/>${body}</svg>`;
}
