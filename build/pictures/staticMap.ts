// The story's map as an SVG picture, drawn at build time without a browser, for the places a live
// map cannot go: <noscript>, print, the social card and the oEmbed thumbnail (pictures.ts rasterises
// it). It is the live map's first view, drawn from the same parts: the basemap the build cut for the
// story, the view Leaflet's fitBounds picks, the key's rows (legendRows.ts), the symbols, colours
// and fonts sizes of the stylesheet (style.ts), and the label layout of declutter.ts.
import type { Geometry, Position } from 'geojson';
import { clipPolygon, clipPolyline, type Point } from 'lineclip';
import type { Topology } from 'topojson-specification';
import type { BasemapLabel, BasemapMeta } from '../../src/map/basemapTypes.ts';
import { declutter, type LabelItem, type Placement } from '../../src/map/declutter.ts';
import { type BasemapTier, decodeTier } from '../../src/map/decodeTier.ts';
import { PREFER_LABEL, priorityOf } from '../../src/map/labelPriority.ts';
import { type LegendMark, legendRows } from '../../src/map/legendRows.ts';
import { type SymbolTraits, traitsOf } from '../../src/map/symbolClass.ts';
import { escapeHtml } from '../../src/story/escapeHtml.ts';
import { project, unprojectLat } from '../basemap/mercator.ts';
import { isLocated, type LocatedPlace, type Story } from '../../src/story/types.ts';
import { formatDate } from '../../src/story/words.ts';
import { FAMILY, type FontStyle, textWidth, wrap } from './fonts.ts';
import { type Palette, palette, symbolColour, symbolShape, type Theme } from './style.ts';

/** The basemap the build cut for the story (build/vite/basemapPlugin.ts). */
export interface CutBasemap {
  readonly meta: BasemapMeta;
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

interface Labelled {
  readonly item: LabelItem;
  readonly draw: (placement: Placement) => string;
}

/** The story's markers and the basemap's names, laid out as LabelLayout.tsx lays them out. */
/** `marked`: the places drawn as the live map draws its current ones (app.css, aria-current): a ring
 * round the symbol, the label highlighted. */
function labelsSvg(places: readonly LocatedPlace[], names: readonly BasemapLabel[], view: View, c: Palette, marked: ReadonlySet<string>): string {
  const at = (lon: number, lat: number): [number, number] => project([lon, lat], view.zoom);
  const storyIds = new Set(places.map((p) => p.id));
  const entries: Labelled[] = [];

  for (const name of names) {
    if (name.minZoom > view.zoom || (name.kind === 'city' && storyIds.has(name.id))) continue;
    const city = name.kind === 'city';
    const country = name.kind === 'country';
    const water = name.kind === 'river' || name.kind === 'lake' || name.kind === 'sea';
    const shown = country ? name.text.toUpperCase() : name.text;
    const style: FontStyle = water ? 'italic' : city && name.rank === 1 ? 'bold' : 'regular';
    const spacing = country ? 0.12 : 0;
    const labelW = textWidth(shown, 11, style, spacing);
    const [px, py] = at(name.lon, name.lat);
    const item: LabelItem = {
      id: `base-${name.kind}-${name.id}`,
      x: city ? px : px - labelW / 2 - 3,
      y: py,
      symbol: city ? 6 : 0,
      labelW,
      labelH: 14,
      priority: city ? -(name.rank ?? 3) : country ? -0.5 : -4,
      displaceable: false,
      hideable: true,
      preferLabel: false,
    };
    const colour = water ? c['water-label'] : c['base-label'];
    entries.push({
      item,
      draw: (p) => {
        const x = p.box.left - view.left;
        const y = p.box.top + p.box.height / 2 - view.top;
        const dot = city ? `<circle cx="${r1(x + 3)}" cy="${r1(y)}" r="3" fill="${c['base-label']}"/>` : '';
        const letters = spacing ? ` letter-spacing="${r1(spacing * 11)}"` : '';
        return (
          dot +
          text(
            shown,
            x + item.symbol + 3,
            y + 4,
            11,
            style,
            colour,
            'start',
            `stroke="${c.land}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"${letters}`,
          )
        );
      },
    });
  }

  for (const place of places) {
    const priority = priorityOf(place);
    const faded = place.strike?.role === 'reported-area' || place.confidence.level === 'low';
    const style: FontStyle = faded ? 'italic' : 'bold';
    const labelW = textWidth(place.label, 12, style) + 8;
    const [px, py] = at(place.position[0], place.position[1]);
    const item: LabelItem = {
      id: place.id,
      x: px,
      y: py,
      symbol: MARKER_BOX,
      labelW,
      labelH: 16,
      priority,
      displaceable: true,
      hideable: false,
      preferLabel: priority >= PREFER_LABEL,
    };
    entries.push({
      item,
      draw: (p) => {
        const { left, top, width, height } = p.box;
        // The symbol sits at the start of the marker's box (a flex row: symbol, 3 px, label).
        const [sx, sy] =
          p.side === 'left'
            ? [left + width - SYMBOL, top + (height - SYMBOL) / 2]
            : p.side === 'top'
              ? [left + (width - SYMBOL) / 2, top + height - SYMBOL]
              : p.side === 'bottom'
                ? [left + (width - SYMBOL) / 2, top]
                : p.side === 'none'
                  ? [left + (width - SYMBOL) / 2, top + (height - SYMBOL) / 2]
                  : [left, top + (height - SYMBOL) / 2];
        let out = '';
        if (p.dx !== 0 || p.dy !== 0) {
          out += `<line x1="${r1(px - view.left)}" y1="${r1(py - view.top)}" x2="${r1(sx + SYMBOL / 2 - view.left)}" y2="${r1(sy + SYMBOL / 2 - view.top)}" stroke="${c.leader}" stroke-width="1"/>`;
          out += `<circle cx="${r1(px - view.left)}" cy="${r1(py - view.top)}" r="2.5" fill="${c.leader}"/>`;
        }
        const mark = marked.has(place.id);
        if (mark) {
          const [cx, cy] = [sx + SYMBOL / 2 - view.left, sy + SYMBOL / 2 - view.top];
          out += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${SYMBOL / 2 + 5}" fill="${c['mark-line']}"/>`;
          out += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${SYMBOL / 2 + 3}" fill="${c['mark-active']}"/>`;
        }
        out += symbolSvg(traitsOf(place), sx - view.left, sy - view.top, c);
        if (p.side !== 'none') {
          const [lx, ly] =
            p.side === 'left'
              ? [left, top + (height - 16) / 2]
              : p.side === 'right'
                ? [left + SYMBOL + 3, top + (height - 16) / 2]
                : p.side === 'top'
                  ? [left + (width - labelW) / 2, top]
                  : [left + (width - labelW) / 2, top + SYMBOL + 3];
          const x = lx - view.left;
          const y = ly - view.top;
          const labelStyle = mark ? `fill="${c.mark}" stroke="${c['mark-line']}"` : `fill="${c['label-bg']}"`;
          out += `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(labelW)}" height="16" rx="3" ${labelStyle}/>`;
          out += text(place.label, x + 4, y + 12.2, 12, style, c.text);
        }
        return out;
      },
    });
  }

  const placements = declutter(
    entries.map((e) => e.item),
    { left: view.left, top: view.top, width: view.width, height: view.height },
  );
  // Basemap names first (below), then the story's markers, as their panes stack.
  const outside = ({ box }: Placement): boolean =>
    box.left + box.width < view.left || box.top + box.height < view.top || box.left > view.left + view.width || box.top > view.top + view.height;
  return placements.map((p, i) => (p.hidden || outside(p) ? '' : entries[i]!.draw(p))).join('');
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

const NONE: ReadonlySet<string> = new Set();

/** The map itself: basemap, extents, markers and names, scale and credit, clipped to its frame. */
function mapSvg(story: Story, basemap: CutBasemap, width: number, height: number, c: Palette, marked: ReadonlySet<string> = NONE): string {
  const located = story.places.filter(isLocated);
  const view = fitView(located, basemap.meta, width, height);
  const credit = 'Leaflet | Natural Earth · GeoNames';
  const creditW = textWidth(credit, 11) + 8;
  return [
    // A nested viewport clips what lies outside the frame (resvg trips on a clip-path around these paths).
    `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="hidden">`,
    `<rect width="${width}" height="${height}" fill="${c.sea}"/>`,
    basemapSvg(basemap, view, c),
    extentsSvg(located, view, c),
    labelsSvg(located, basemap.labels, view, c, marked),
    scaleSvg(view, height),
    `<rect x="${r1(width - creditW)}" y="${height - 16}" width="${r1(creditW)}" height="16" fill="#ffffff" fill-opacity="0.8"/>`,
    text(credit, width - 4, height - 4.5, 11, 'regular', '#333', 'end'),
    `</svg>`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="none" stroke="${c.rule}"/>`,
  ].join('');
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
  if (mark.type === 'area')
    return `<rect x="${x + 0.75}" y="${y + 2.75}" width="16.5" height="12.5" fill="${c.halo}" fill-opacity="0.14" stroke="${c.halo}" stroke-width="1.5"/>`;
  return '';
}

/** The key, as Legend.tsx shows it open: its summary, then its rows flowing left to right. */
function keySvg(story: Story, x: number, y: number, width: number, c: Palette): [string, number] {
  const { summary, rows } = legendRows(story);
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
  const [key, y3] = keySvg(story, PAD, y2 + 4, inner, c);
  const map = `<g transform="translate(${PAD} ${r1(y3)})">${mapSvg(story, basemap, inner, mapH, c)}</g>`;
  const [credits, y4] = lines(creditLine(story), PAD, y3 + mapH + 4, inner, 12, 'regular', c.muted);
  const height = Math.ceil(y4 + PAD);
  return { svg: document(width, height, c.bg, title + source + key + map + credits), width, height };
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
  const marked = place ? new Set([place.id]) : NONE;
  const map = `<g transform="translate(${pad} ${mapTop})">${mapSvg(story, basemap, width - 2 * pad, mapH, c, marked)}</g>`;
  const credit = text(wrap(creditLine(story), width - 2 * pad, 15, 'regular')[0]!, pad, height - 14, 15, 'regular', c.muted);
  return { svg: document(width, height, c.bg, title + map + credit), width, height };
}

function document(width: number, height: number, background: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${attr(background)}"/>${body}</svg>`;
}
