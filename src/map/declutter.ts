// Places map symbols and labels so none overlap, greedily by priority. A story place that has no room
// at its true spot is drawn a little way off with a leader line back to it, so it stays readable and
// clickable without pretending to be somewhere else; basemap labels that have no room are hidden.
// Pure geometry in screen pixels: no DOM, no Leaflet.

export type Side = 'right' | 'left' | 'top' | 'bottom' | 'none';

export interface LabelItem {
  readonly id: string;
  /** The true position, in pixels. */
  readonly x: number;
  readonly y: number;
  /** Symbol width and height, pixels. */
  readonly symbol: number;
  /** Label size in pixels; 0 × 0 for a symbol with no label. */
  readonly labelW: number;
  readonly labelH: number;
  /** Higher is placed first. */
  readonly priority: number;
  /** Story places: may be moved off their spot (with a leader) but never hidden. */
  readonly displaceable: boolean;
  /** Basemap labels: hidden when they have no room. */
  readonly hideable: boolean;
  /** When crowded, move off the true spot to keep the label (true), or first try the true spot
   * without a label (false). The main places of a story keep their labels. */
  readonly preferLabel: boolean;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface Placement {
  readonly id: string;
  /** Offset of the symbol's centre from the true position, pixels. */
  readonly dx: number;
  readonly dy: number;
  readonly side: Side;
  readonly hidden: boolean;
  /** The symbol and label together, in the same pixel space as x and y. */
  readonly box: Box;
}

const GAP = 3; // between symbol and label
const PAD = 2; // kept clear around every box
const RINGS = [24, 36, 48, 64, 80]; // how far a crowded place may move, pixels (outer rings: 24 px targets need room)
const ANGLES = [-45, -135, 45, 135, -90, 90, 0, 180].map((d) => (d * Math.PI) / 180);

/** The box an item occupies with its symbol centred at (cx, cy) and its label on `side`. */
export function boxFor(item: LabelItem, cx: number, cy: number, side: Side): Box {
  const s = item.symbol;
  const { labelW: lw, labelH: lh } = item;
  switch (side) {
    case 'none':
      return { left: cx - s / 2, top: cy - s / 2, width: s, height: s };
    case 'right':
    case 'left': {
      const width = s + GAP + lw;
      const height = Math.max(s, lh);
      const left = side === 'right' ? cx - s / 2 : cx + s / 2 - width;
      return { left, top: cy - height / 2, width, height };
    }
    case 'top':
    case 'bottom': {
      const width = Math.max(s, lw);
      const height = s + GAP + lh;
      const top = side === 'bottom' ? cy - s / 2 : cy + s / 2 - height;
      return { left: cx - width / 2, top, width, height };
    }
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width + PAD && b.left < a.left + a.width + PAD && a.top < b.top + b.height + PAD && b.top < a.top + a.height + PAD;
}

/** Places every item; the result is in the same order as `items`. With a `view` (the visible map,
 * same pixel space), a place whose true spot is in view keeps its symbol and label inside it when it
 * can, rather than being cut off at the edge. */
export function declutter(items: readonly LabelItem[], view?: Box): Placement[] {
  const order = [...items.keys()].sort((a, b) => items[b]!.priority - items[a]!.priority || a - b);
  const taken: Box[] = [];
  const result = new Map<number, Placement>();

  for (const index of order) {
    const item = items[index]!;
    const inView = view !== undefined && item.x >= view.left && item.x <= view.left + view.width && item.y >= view.top && item.y <= view.top + view.height;
    const fits = (box: Box): boolean =>
      !inView ||
      (box.left >= view!.left && box.top >= view!.top && box.left + box.width <= view!.left + view!.width && box.top + box.height <= view!.top + view!.height);
    const free = (box: Box): boolean => fits(box) && !taken.some((t) => overlaps(t, box));
    const sides: Side[] = item.labelW > 0 ? ['right', 'left', 'top', 'bottom'] : ['none'];
    const here: [number, number][] = [[0, 0]];
    const ring: [number, number][] = [];
    if (item.displaceable) for (const r of RINGS) for (const a of ANGLES) ring.push([Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a))]);
    const bare: Side[] = ['none'];
    // Candidates in order of preference: the true spot with a label always comes first.
    const passes: [[number, number][], Side[]][] = !item.displaceable
      ? [[here, sides]]
      : item.preferLabel
        ? [
            [here, sides],
            [ring, sides],
            [here, bare],
            [ring, bare],
          ]
        : [
            [here, sides],
            [here, bare],
            [ring, sides],
            [ring, bare],
          ];

    let placed: Placement | null = null;
    search: for (const [offsets, pass] of passes) {
      for (const [dx, dy] of offsets) {
        for (const side of pass) {
          const box = boxFor(item, item.x + dx, item.y + dy, side);
          if (free(box)) {
            placed = { id: item.id, dx, dy, side, hidden: false, box };
            break search;
          }
        }
      }
    }
    if (!placed) {
      const side: Side = item.labelW > 0 && !item.displaceable ? 'right' : 'none';
      const box = boxFor(item, item.x, item.y, side);
      // No room anywhere: a basemap label gives way; a story place keeps its true spot, overlapping.
      placed = { id: item.id, dx: 0, dy: 0, side, hidden: item.hideable, box };
    }
    if (!placed.hidden) taken.push(placed.box);
    // A displaced place's true spot stays visible, since its leader ends there: later items keep off it.
    if (placed.dx !== 0 || placed.dy !== 0) taken.push(boxFor({ ...item, symbol: 8 }, item.x, item.y, 'none'));
    result.set(index, placed);
  }
  return items.map((_, i) => result.get(i)!);
}
