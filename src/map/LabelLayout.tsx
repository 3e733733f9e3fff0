// Keeps every symbol and label on the map from overlapping: story markers and basemap labels register
// their elements here, and after each zoom or pan the layout is recomputed (declutter.ts) and applied by
// moving each element with margins. Leaflet positions the element at the true point; the margins and
// an SVG leader line do the rest, so the element (and its focus ring) stays the one Leaflet manages.
import type { LatLngExpression } from 'leaflet';
import { createContext, use, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useMap } from 'react-leaflet';
import { declutter, type LabelItem } from './declutter.ts';

export interface LabelEntry {
  readonly id: string;
  readonly latlng: LatLngExpression;
  /** The element Leaflet positions at `latlng` (a marker's icon). */
  readonly element: HTMLElement;
  readonly symbol: number;
  readonly priority: number;
  readonly displaceable: boolean;
  readonly hideable: boolean;
  /** See LabelItem.preferLabel. */
  readonly preferLabel: boolean;
  /** Hidden below this zoom. */
  readonly minZoom: number;
  /** A label with no symbol, centred on its point (country and river names). */
  readonly textOnly: boolean;
}

interface Registry {
  register(entry: LabelEntry): () => void;
}

const LabelContext = createContext<Registry | null>(null);
const SVG = 'http://www.w3.org/2000/svg';

/** Lays out the labels registered by its descendants. Must sit inside a MapContainer. */
export function LabelLayout({ children }: { children: ReactNode }) {
  const map = useMap();
  const entries = useRef(new Map<string, LabelEntry>());
  const frame = useRef(0);

  const { registry, schedule } = useMemo(() => {
    function layout(): void {
      frame.current = 0;
      const zoom = map.getZoom();
      const visible: LabelEntry[] = [];
      for (const e of entries.current.values()) {
        const shown = zoom >= e.minZoom;
        e.element.style.display = shown ? '' : 'none';
        if (shown) visible.push(e);
      }
      const items: LabelItem[] = visible.map((e) => {
        const p = map.latLngToLayerPoint(e.latlng);
        const label = e.element.querySelector<HTMLElement>('.lbl');
        const labelW = label ? label.offsetWidth : 0;
        const labelH = label ? label.offsetHeight : 0;
        // A text-only label is placed "right" of an invisible symbol; shift it so it centres on its point.
        const x = e.textOnly ? p.x - labelW / 2 - 3 : p.x;
        return {
          id: e.id,
          x,
          y: p.y,
          symbol: e.symbol,
          labelW,
          labelH,
          priority: e.priority,
          displaceable: e.displaceable,
          hideable: e.hideable,
          preferLabel: e.preferLabel,
        };
      });
      const size = map.getSize();
      const topLeft = map.containerPointToLayerPoint([0, 0]);
      const placements = declutter(items, { left: topLeft.x, top: topLeft.y, width: size.x, height: size.y });
      placements.forEach((placement, i) => {
        const e = visible[i]!;
        const item = items[i]!;
        const origin = map.latLngToLayerPoint(e.latlng);
        const el = e.element;
        el.style.display = placement.hidden ? 'none' : '';
        el.style.marginLeft = `${placement.box.left - origin.x}px`;
        el.style.marginTop = `${placement.box.top - origin.y}px`;
        el.style.width = `${placement.box.width}px`;
        el.style.height = `${placement.box.height}px`;
        el.dataset.side = placement.side;
        const displaced = placement.dx !== 0 || placement.dy !== 0;
        el.classList.toggle('is-displaced', displaced);
        if (displaced)
          drawLeader(
            el,
            item.x + placement.dx - placement.box.left,
            item.y + placement.dy - placement.box.top,
            origin.x - placement.box.left,
            origin.y - placement.box.top,
          );
      });
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
  }, [map]);

  useEffect(
    function relayoutOnZoom() {
      // moveend too: what fits in view changes when the map pans.
      map.on('zoomend moveend viewreset resize', schedule);
      return function stopRelayingOut() {
        map.off('zoomend moveend viewreset resize', schedule);
        cancelAnimationFrame(frame.current);
        frame.current = 0;
      };
    },
    [map, schedule],
  );

  return <LabelContext value={registry}>{children}</LabelContext>;
}

/** Draws (or moves) the leader from the displaced symbol at (sx, sy) back to the true point (px, py),
 * in the element's own coordinates. */
function drawLeader(el: HTMLElement, sx: number, sy: number, px: number, py: number): void {
  let svg = el.querySelector<SVGSVGElement>('svg.leader');
  if (!svg) {
    svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'leader');
    svg.setAttribute('aria-hidden', 'true');
    svg.append(document.createElementNS(SVG, 'line'), document.createElementNS(SVG, 'circle'));
    el.prepend(svg);
  }
  const line = svg.querySelector('line')!;
  const dot = svg.querySelector('circle')!;
  line.setAttribute('x1', String(sx));
  line.setAttribute('y1', String(sy));
  line.setAttribute('x2', String(px));
  line.setAttribute('y2', String(py));
  dot.setAttribute('cx', String(px));
  dot.setAttribute('cy', String(py));
  dot.setAttribute('r', '2.5');
}

/** Registers an element with the enclosing LabelLayout. */
export function useLabelRegistry(): Registry {
  const registry = use(LabelContext);
  if (registry === null) throw new Error('useLabelRegistry() can only be used inside <LabelLayout>');
  return registry;
}
