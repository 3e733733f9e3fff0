// Lays out the map's symbols and names after each zoom or pan (declutter.ts): a story place's symbol
// always stands on its true point, where Leaflet puts it; places that cannot be told apart are
// drawn as one group, a button that zooms in on them; labels move around their symbols, with a
// leader where they must, and keep clear of the map's controls; basemap names that have no room give
// way. Markers and names register their elements here; the layout moves only their labels.
import { divIcon, type LatLngExpression, type Map as LeafletMap, latLngBounds, type Marker, marker, point } from 'leaflet';
import { createContext, type ReactNode, use, useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { type Box, GROUP_APART, groupPlaces, type LabelPlacement, type Mark, type PlaceGroup, placeLabels } from '../../shared/map/declutter.ts';
import { groupLabel, groupName } from '../../shared/story/words.ts';
import { useSelectionActions } from '../selection/SelectionContext.tsx';
import { zoomInto } from './camera/camera.ts';
import { usePane } from './usePane.ts';

export interface LabelEntry {
  readonly id: string;
  readonly latlng: LatLngExpression;
  /** The element Leaflet positions at `latlng` (a marker's icon). */
  readonly element: HTMLElement;
  /** A story place (its symbol's target square, px) or a basemap name (its dot, or 0 for text only). */
  readonly role: 'story' | 'base';
  readonly size: number;
  readonly priority: number;
  /** Hidden below this zoom. */
  readonly minZoom: number;
  /** A name with no symbol, centred on its point (country and river names). */
  readonly textOnly: boolean;
  /** A story place's name and short label, for the group it may join. */
  readonly name?: string;
  readonly label?: string;
}

interface Registry {
  register(entry: LabelEntry): () => void;
}

interface GroupMarker {
  readonly marker: Marker;
  readonly element: HTMLElement;
  group: PlaceGroup;
}

const LabelContext = createContext<Registry | null>(null);
const SVG = 'http://www.w3.org/2000/svg';
/** Room kept around the places a group zooms to, pixels. */
const GROUP_PADDING: [number, number] = [60, 60];

/** Lays out the labels registered by its descendants. Must sit inside a MapContainer. */
export function LabelLayout({ children }: { children: ReactNode }) {
  const map = useMap();
  const { select } = useSelectionActions();
  const pane = usePane('place-groups', 620);
  const entries = useRef(new Map<string, LabelEntry>());
  const groups = useRef(new Map<string, GroupMarker>());
  const frame = useRef(0);
  // The places a keyboard user opened a group on: focus follows them once the map has zoomed.
  const focusAfter = useRef<readonly string[] | null>(null);
  const selectRef = useRef(select);
  selectRef.current = select;

  const { registry, schedule } = useMemo(() => {
    function layout(): void {
      frame.current = 0;
      const zoom = map.getZoom();
      const visible = [...entries.current.values()].filter((e) => zoom >= e.minZoom);
      for (const e of entries.current.values()) if (zoom < e.minZoom) e.element.style.display = 'none';
      const story = visible.filter((e) => e.role === 'story');
      const at = (e: LabelEntry) => map.latLngToLayerPoint(e.latlng);
      const found = groupPlaces(story.map((e) => ({ id: e.id, ...pointXY(at(e)), priority: e.priority })));
      const grouped = new Set(found.flatMap((g) => g.members));
      for (const e of story) e.element.style.display = grouped.has(e.id) ? 'none' : '';
      syncGroups(found);

      const marks: Mark[] = [];
      const apply: ((p: LabelPlacement) => void)[] = [];
      for (const e of visible) {
        if (e.role === 'story' && grouped.has(e.id)) continue;
        e.element.style.display = '';
        const { x, y } = at(e);
        const label = e.element.querySelector<HTMLElement>('.lbl');
        marks.push({
          id: e.id,
          x,
          y,
          size: e.size,
          labelW: label?.offsetWidth ?? 0,
          labelH: label?.offsetHeight ?? 0,
          priority: e.priority,
          role: e.role,
          textOnly: e.textOnly,
        });
        apply.push((p) => (e.role === 'story' ? applyStory(e.element, x, y, e.size, p) : applyBase(e, x, y, p)));
      }
      for (const g of groups.current.values()) {
        const label = g.element.querySelector<HTMLElement>('.lbl');
        const size = 2 * g.group.radius;
        marks.push({
          id: g.group.id,
          x: g.group.x,
          y: g.group.y,
          size,
          labelW: label?.offsetWidth ?? 0,
          labelH: label?.offsetHeight ?? 0,
          priority: 11,
          role: 'story',
        });
        apply.push((p) => applyStory(g.element, g.group.x, g.group.y, size, p));
      }
      const size = map.getSize();
      const topLeft = map.containerPointToLayerPoint([0, 0]);
      const placements = placeLabels(marks, controlsOf(map), { left: topLeft.x, top: topLeft.y, width: size.x, height: size.y });
      placements.forEach((p, i) => {
        apply[i]!(p);
      });
      // Said on the map, for what waits on it (the tests): its places and names are where they stand.
      map.getContainer().dataset.labels = 'laid-out';
      moveFocus();
    }

    /** Makes one group marker per group, and removes the ones that are gone. */
    function syncGroups(found: readonly PlaceGroup[]): void {
      const ids = new Set(found.map((g) => g.id));
      for (const [id, g] of groups.current) {
        if (ids.has(id)) continue;
        g.marker.remove();
        groups.current.delete(id);
      }
      for (const group of found) {
        const names = group.members.map((id) => entries.current.get(id)!);
        const existing = groups.current.get(group.id);
        const latlng = map.layerPointToLatLng([group.x, group.y]);
        if (existing) {
          existing.group = group;
          existing.marker.setLatLng(latlng);
          describeGroup(existing.element, group, names);
          continue;
        }
        const size = 2 * group.radius;
        const m = marker(latlng, {
          icon: divIcon({ className: 'place-group', html: groupElement(), iconSize: [size, size] }),
          keyboard: true,
          pane,
          riseOnHover: true,
        });
        m.on('click', () => openGroup(group.id));
        m.addTo(map);
        const element = m.getElement()!;
        element.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            focusAfter.current = groups.current.get(group.id)?.group.members ?? null;
            openGroup(group.id);
          }
        });
        groups.current.set(group.id, { marker: m, element, group });
        describeGroup(element, group, names);
      }
    }

    /** Zooms in on a group's places until they stand apart; at the closest zoom, opens its first. */
    function openGroup(id: string): void {
      const g = groups.current.get(id);
      if (!g) return;
      const members = g.group.members.map((m) => entries.current.get(m)!);
      if (map.getZoom() >= map.getMaxZoom()) {
        selectRef.current(members[0]!.id, 'map', g.element);
        return;
      }
      // Just close enough that its two nearest places stand well apart, and no closer than shows them all.
      const points = members.map((m) => map.latLngToLayerPoint(m.latlng));
      const nearest = Math.max(0.5, Math.min(...points.flatMap((a, i) => points.slice(i + 1).map((b) => a.distanceTo(b)))));
      const bounds = latLngBounds(members.map((m) => m.latlng));
      const apart = map.getZoom() + Math.log2((1.6 * GROUP_APART) / nearest);
      const all = map.getBoundsZoom(bounds, false, point(GROUP_PADDING));
      const zoom = Math.min(map.getMaxZoom(), Math.max(map.getZoom() + 1, Math.ceil(Math.min(apart, all) * 4) / 4));
      zoomInto(map, bounds.getCenter(), zoom, true);
    }

    /** After a keyboard user opened a group: focus its first place, or the group it is still in. */
    function moveFocus(): void {
      const members = focusAfter.current;
      // Only while focus is still the map's (or was lost with the group it was on).
      if (!members || !(document.activeElement === document.body || map.getContainer().contains(document.activeElement))) return;
      const lead = members[0]!;
      const inGroup = [...groups.current.values()].find((g) => g.group.members.includes(lead));
      const target = inGroup ? inGroup.element : entries.current.get(lead)?.element;
      if (!target || target === document.activeElement) return;
      focusAfter.current = null;
      target.focus({ preventScroll: true });
    }

    function schedule(): void {
      if (!frame.current) frame.current = requestAnimationFrame(layout);
    }
    const registry: Registry = {
      register(entry) {
        entries.current.set(entry.id, entry);
        schedule();
        return () => {
          entries.current.delete(entry.id);
          schedule();
        };
      },
    };
    return { registry, schedule };
  }, [map, pane]);

  useEffect(
    function relayoutOnZoom() {
      // moveend too: what fits in view changes when the map pans.
      // controlsmoved: a control came or went (the locator, once its lands have loaded).
      map.on('zoomend moveend viewreset resize controlsmoved', schedule);
      return function stopRelayingOut() {
        map.off('zoomend moveend viewreset resize controlsmoved', schedule);
        cancelAnimationFrame(frame.current);
        frame.current = 0;
        for (const g of groups.current.values()) g.marker.remove();
        groups.current.clear();
      };
    },
    [map, schedule],
  );

  return <LabelContext value={registry}>{children}</LabelContext>;
}

const pointXY = ({ x, y }: { x: number; y: number }) => ({ x, y });

/** The map's controls (zoom, scale, credits, the locator), in layer pixels: labels keep clear of them. */
function controlsOf(map: LeafletMap): Box[] {
  const container = map.getContainer();
  const frame = container.getBoundingClientRect();
  return [...container.querySelectorAll<HTMLElement>('.leaflet-control')].flatMap((control) => {
    const r = control.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return [];
    const topLeft = map.containerPointToLayerPoint([r.left - frame.left, r.top - frame.top]);
    return [{ left: topLeft.x, top: topLeft.y, width: r.width, height: r.height }];
  });
}

/** A story place's or a group's label, where the layout put it: the element (its symbol's square,
 * centred on the point by Leaflet) stays; its label moves, with a leader back when it stands off. */
function applyStory(el: HTMLElement, x: number, y: number, size: number, p: LabelPlacement): void {
  const label = el.querySelector<HTMLElement>('.lbl');
  el.dataset.side = p.side;
  if (label) {
    label.style.visibility = p.label ? '' : 'hidden';
    if (p.label) {
      label.style.left = `${p.label.left - (x - size / 2)}px`;
      label.style.top = `${p.label.top - (y - size / 2)}px`;
    }
  }
  el.classList.toggle('has-leader', p.leader !== null);
  if (p.leader) drawLeader(el, size / 2, size / 2, p.leader[2] - x + size / 2, p.leader[3] - y + size / 2);
}

/** A basemap name: shown at its point, or not at all. */
function applyBase(e: LabelEntry, x: number, y: number, p: LabelPlacement): void {
  const el = e.element;
  el.style.display = p.hidden ? 'none' : '';
  if (p.hidden || !p.label) return;
  // The element spans the name and, for a town, its dot (on the name's left, or right: data-side).
  const left = e.textOnly ? p.label.left : Math.min(p.label.left, x - e.size / 2);
  const right = e.textOnly ? p.label.left + p.label.width : Math.max(p.label.left + p.label.width, x + e.size / 2);
  el.dataset.side = p.side;
  el.style.marginLeft = `${left - x}px`;
  el.style.marginTop = `${p.label.top - y}px`;
  el.style.width = `${right - left}px`;
  el.style.height = `${p.label.height}px`;
}

/** Draws (or moves) the leader from the symbol's centre (sx, sy) to the label's edge (lx, ly), in the
 * element's own coordinates. */
function drawLeader(el: HTMLElement, sx: number, sy: number, lx: number, ly: number): void {
  let svg = el.querySelector<SVGSVGElement>('svg.leader');
  if (!svg) {
    svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'leader');
    svg.setAttribute('aria-hidden', 'true');
    svg.append(document.createElementNS(SVG, 'line'));
    el.prepend(svg);
  }
  const line = svg.querySelector('line')!;
  line.setAttribute('x1', String(sx));
  line.setAttribute('y1', String(sy));
  line.setAttribute('x2', String(lx));
  line.setAttribute('y2', String(ly));
}

/** A group marker's inside: its count and its label, as text, never HTML. */
function groupElement(): HTMLElement {
  const inner = document.createElement('span');
  inner.className = 'pm';
  const count = document.createElement('span');
  count.className = 'pg-count';
  count.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'lbl';
  label.setAttribute('aria-hidden', 'true');
  inner.append(count, label);
  return inner;
}

function describeGroup(el: HTMLElement, group: PlaceGroup, members: readonly (LabelEntry | undefined)[]): void {
  const names = members.map((m) => m?.name ?? '');
  el.setAttribute('aria-label', groupName(names));
  // Current (a timeline step's, the paragraph's) when one of its places is: CurrentMarks.tsx marks them.
  if (members.some((m) => m?.element.getAttribute('aria-current') === 'true')) el.setAttribute('aria-current', 'true');
  else el.removeAttribute('aria-current');
  el.dataset.placeIds = group.members.join(' ');
  el.querySelector('.pg-count')!.textContent = String(group.members.length);
  el.querySelector('.lbl')!.textContent = groupLabel(members[0]?.label ?? '', group.members.length);
  const size = 2 * group.radius;
  el.style.width = `${size}px`;
  el.style.height = `${size}px`;
  el.style.marginLeft = `${-size / 2}px`;
  el.style.marginTop = `${-size / 2}px`;
}

/** Registers an element with the enclosing LabelLayout. */
export function useLabelRegistry(): Registry {
  const registry = use(LabelContext);
  if (registry === null) throw new Error('useLabelRegistry() can only be used inside <LabelLayout>');
  return registry;
}
