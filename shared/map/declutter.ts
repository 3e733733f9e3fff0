// Lays out a map's symbols and names so that none overlap, without moving a place: a story place's
// symbol always stands on its true point. Places whose symbols would stand so close that they cannot
// be told apart become one group symbol (groupPlaces); then labels find room around their symbols, a
// little way off with a leader where they must (placeLabels); basemap names that have no room give
// way. Pure geometry in screen pixels: no DOM, no Leaflet. The live map (LabelLayout.tsx) and the
// build's pictures (node/pictures/staticMap.ts) both lay out with it.

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** A story place's true point, in pixels. */
export interface PlacePoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Higher leads its group (its label names the group). */
  readonly priority: number;
}

/** Places whose symbols would stand within `GROUP_APART` of one another, drawn as one circle that
 * covers every member's true point. */
export interface PlaceGroup {
  /** "group:" and its lead member's id: stable while the group keeps its lead. */
  readonly id: string;
  /** Ids, the lead first, then by priority. */
  readonly members: readonly string[];
  /** The circle's centre and radius, pixels. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

/** Symbols whose centres are closer than this (pixels) cannot be told apart: the drawn symbol is
 * 18 px, so two such overlap by more than a fifth of their width, and a named area's smaller mark is lost under its neighbour. */
export const GROUP_APART = 14;
/** The smallest group circle's radius: a count must fit, and read as bigger than one symbol. */
const GROUP_MIN_RADIUS = 11;

/** Groups the places whose symbols cannot be told apart: each place, highest priority first, takes
 * every ungrouped place within GROUP_APART of it; a group whose circle then covers another place or
 * group takes it in too, until no circle covers another's point. */
export function groupPlaces(points: readonly PlacePoint[], apart = GROUP_APART): PlaceGroup[] {
  const order = [...points].sort((a, b) => b.priority - a.priority || points.indexOf(a) - points.indexOf(b));
  let clusters: PlacePoint[][] = [];
  const taken = new Set<string>();
  for (const lead of order) {
    if (taken.has(lead.id)) continue;
    const near = order.filter((p) => !taken.has(p.id) && Math.hypot(p.x - lead.x, p.y - lead.y) < apart);
    for (const p of near) taken.add(p.id);
    clusters.push(near);
  }
  // A circle big enough to cover its members may reach a neighbour's symbol: merge until none does.
  for (let merged = true; merged; ) {
    merged = false;
    search: for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const a = circleOf(clusters[i]!);
        const b = circleOf(clusters[j]!);
        if (clusters[i]!.length + clusters[j]!.length > 2 && Math.hypot(a.x - b.x, a.y - b.y) < Math.max(a.radius, b.radius, apart)) {
          clusters[i] = [...clusters[i]!, ...clusters[j]!];
          clusters = clusters.filter((_, k) => k !== j);
          merged = true;
          break search;
        }
      }
    }
  }
  return clusters
    .filter((c) => c.length > 1)
    .map((c) => {
      const members = [...c].sort((a, b) => b.priority - a.priority || order.indexOf(a) - order.indexOf(b));
      return { id: `group:${members[0]!.id}`, members: members.map((m) => m.id), ...circleOf(members) };
    });
}

/** The circle at the members' centre that covers every member's true point. */
function circleOf(members: readonly PlacePoint[]): { x: number; y: number; radius: number } {
  if (members.length === 1) return { x: members[0]!.x, y: members[0]!.y, radius: 0 };
  const x = members.reduce((s, m) => s + m.x, 0) / members.length;
  const y = members.reduce((s, m) => s + m.y, 0) / members.length;
  const reach = Math.max(...members.map((m) => Math.hypot(m.x - x, m.y - y)));
  return { x, y, radius: Math.max(GROUP_MIN_RADIUS, Math.ceil(reach + 4)) };
}

/** Something drawn at a point that may carry a label. */
export interface Mark {
  readonly id: string;
  /** Its point, pixels: the symbol's centre, or a text-only name's centre. */
  readonly x: number;
  readonly y: number;
  /** The symbol's square (a group's circle's diameter; a city's dot; 0 for a text-only name). */
  readonly size: number;
  /** The label's size, pixels; 0 × 0 for none. */
  readonly labelW: number;
  readonly labelH: number;
  /** Higher is labelled first. */
  readonly priority: number;
  /** story: a place or a group, never hidden, its label free to move with a leader. base: a basemap
   * name, only ever at its point, hidden when it has no room. */
  readonly role: 'story' | 'base';
  /** A name with no symbol, centred on its point (countries, rivers). */
  readonly textOnly?: boolean;
}

export type Side = 'right' | 'left' | 'top' | 'bottom' | 'leader' | 'none';

export interface LabelPlacement {
  readonly id: string;
  /** A basemap name with no room: neither its dot nor its name is drawn. A story mark never is. */
  readonly hidden: boolean;
  /** Where the label went; 'none' when it has no label or no room for one. */
  readonly side: Side;
  /** The label's box, pixels; null with no label shown. */
  readonly label: Box | null;
  /** From the symbol's centre to the label's nearest point, when the label stands off. */
  readonly leader: readonly [x1: number, y1: number, x2: number, y2: number] | null;
}

const GAP = 3; // between a symbol and its label
const PAD = 2; // kept clear around every box
/** How far beyond its symbol's edge a label may stand, with a leader, pixels. */
const LEADER_RINGS = [12, 24, 38];
const ANGLES = [-30, 30, -150, 150, -90, 90, 0, 180].map((d) => (d * Math.PI) / 180);

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width + PAD && b.left < a.left + a.width + PAD && a.top < b.top + b.height + PAD && b.top < a.top + a.height + PAD;

const square = (x: number, y: number, size: number): Box => ({ left: x - size / 2, top: y - size / 2, width: size, height: size });

/** The label's box beside its symbol, on one side. */
function beside(m: Mark, side: 'right' | 'left' | 'top' | 'bottom'): Box {
  const { x, y, size, labelW: w, labelH: h } = m;
  if (side === 'right') return { left: x + size / 2 + GAP, top: y - h / 2, width: w, height: h };
  if (side === 'left') return { left: x - size / 2 - GAP - w, top: y - h / 2, width: w, height: h };
  if (side === 'top') return { left: x - w / 2, top: y - size / 2 - GAP - h, width: w, height: h };
  return { left: x - w / 2, top: y + size / 2 + GAP, width: w, height: h };
}

/** The label's box standing off, its nearest point `ring` pixels beyond the symbol's edge at `angle`. */
function standingOff(m: Mark, ring: number, angle: number): { box: Box; to: [number, number] } {
  const reach = m.size / 2 + ring;
  const [ax, ay] = [m.x + reach * Math.cos(angle), m.y + reach * Math.sin(angle)];
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const left = c > 0.3 ? ax : c < -0.3 ? ax - m.labelW : ax - m.labelW / 2;
  const top = s > 0.3 ? ay : s < -0.3 ? ay - m.labelH : ay - m.labelH / 2;
  return { box: { left, top, width: m.labelW, height: m.labelH }, to: [ax, ay] };
}

/** A basemap name stands at its point or not at all, and whole: a name cut by the frame's edge is
 * no name. A town's name goes right of its dot, or left of it; a name without a dot (a country's,
 * a river's) is centred on its point, or moved in from the frame's edge by up to half its size. */
function baseLabel(m: Mark, fits: (box: Box) => boolean, view?: Box): { box: Box; label: Box; side: Side } | null {
  if (view && (m.x < view.left || m.x > view.left + view.width || m.y < view.top || m.y > view.top + view.height)) return null;
  const h = Math.max(m.size, m.labelH);
  if (!m.textOnly) {
    const right = { left: m.x - m.size / 2, top: m.y - h / 2, width: m.size + GAP + m.labelW, height: h };
    if (fits(right)) return { box: right, label: { left: m.x + m.size / 2 + GAP, top: m.y - m.labelH / 2, width: m.labelW, height: m.labelH }, side: 'right' };
    const left = { left: m.x + m.size / 2 - (m.size + GAP + m.labelW), top: m.y - h / 2, width: m.size + GAP + m.labelW, height: h };
    if (fits(left)) return { box: left, label: { left: left.left, top: m.y - m.labelH / 2, width: m.labelW, height: m.labelH }, side: 'left' };
    return null;
  }
  const centred = { left: m.x - m.labelW / 2, top: m.y - m.labelH / 2, width: m.labelW, height: m.labelH };
  const within = (v: number, lo: number, hi: number, reach: number) => Math.min(Math.max(v, Math.max(lo, v - reach)), Math.min(hi, v + reach));
  const box = view
    ? {
        ...centred,
        left: within(centred.left, view.left, view.left + view.width - centred.width, centred.width / 2),
        top: within(centred.top, view.top, view.top + view.height - centred.height, centred.height / 2),
      }
    : centred;
  return fits(box) ? { box, label: box, side: 'right' } : null;
}

/** A story mark's label: beside its symbol if it fits, else standing off with a leader, else none. */
function labelOf(m: Mark, fits: (box: Box) => boolean): LabelPlacement {
  for (const side of ['right', 'left', 'top', 'bottom'] as const) {
    const box = beside(m, side);
    if (fits(box)) return { id: m.id, hidden: false, side, label: box, leader: null };
  }
  for (const ring of LEADER_RINGS) {
    for (const angle of ANGLES) {
      const { box, to } = standingOff(m, ring, angle);
      if (fits(box)) return { id: m.id, hidden: false, side: 'leader', label: box, leader: [m.x, m.y, to[0], to[1]] };
    }
  }
  return { id: m.id, hidden: false, side: 'none', label: null, leader: null };
}

/** Labels every mark, highest priority first, around symbols that never move. `obstacles` are kept
 * clear (the map's controls); with a `view`, the label of a mark in view stays inside it. The result
 * is in the order of `marks`. */
export function placeLabels(marks: readonly Mark[], obstacles: readonly Box[] = [], view?: Box): LabelPlacement[] {
  const taken: Box[] = [...obstacles];
  // Every story symbol first: a label may never cover a place.
  for (const m of marks) if (m.role === 'story') taken.push(square(m.x, m.y, m.size));
  const inside = (box: Box): boolean =>
    !view || (box.left >= view.left && box.top >= view.top && box.left + box.width <= view.left + view.width && box.top + box.height <= view.top + view.height);
  const free = (box: Box): boolean => !taken.some((t) => overlaps(t, box));
  const order = [...marks.keys()].sort((a, b) => marks[b]!.priority - marks[a]!.priority || a - b);
  const result = new Map<number, LabelPlacement>();

  for (const index of order) {
    const m = marks[index]!;
    const inView = view !== undefined && m.x >= view.left && m.x <= view.left + view.width && m.y >= view.top && m.y <= view.top + view.height;
    const fits = (box: Box): boolean => free(box) && (!inView || inside(box));
    if (m.role === 'base') {
      const at = baseLabel(m, (box) => free(box) && inside(box), view);
      if (at) taken.push(at.box);
      result.set(index, { id: m.id, hidden: !at, side: at?.side ?? 'none', label: at?.label ?? null, leader: null });
      continue;
    }
    const placed = m.labelW > 0 ? labelOf(m, fits) : { id: m.id, hidden: false, side: 'none' as const, label: null, leader: null };
    if (placed.label) taken.push(placed.label);
    result.set(index, placed);
  }
  return marks.map((_, i) => result.get(i)!);
}
