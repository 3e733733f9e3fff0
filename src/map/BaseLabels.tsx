// City, river, lake, sea and country names on the story's basemap. Decorative for assistive
// technology (the places list is the text alternative), and the first to give way when crowded.
import { divIcon } from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import type { BasemapLabel } from '../../shared/map/basemapTypes.ts';
import { labels } from './basemapData.ts';
import { useLabelRegistry } from './LabelLayout.tsx';
import { usePane } from './usePane.ts';

interface BaseLabel {
  readonly id: string;
  readonly text: string;
  readonly lat: number;
  readonly lon: number;
  readonly minZoom: number;
  readonly className: string;
  readonly dot: boolean;
  readonly priority: number;
}

/** Basemap labels, minus cities that are places of the story (they are drawn as story markers; the
 * build leaves out the places it picks near them, node/basemap/labels.ts). */
export function BaseLabels({ storyPlaceIds }: { storyPlaceIds: ReadonlySet<string> }) {
  const items = useMemo<BaseLabel[]>(
    () =>
      labels
        .filter((l) => !(l.kind === 'city' && storyPlaceIds.has(l.id)))
        .map((l) => ({
          id: `${l.kind}-${l.id}`,
          text: l.text,
          lat: l.lat,
          lon: l.lon,
          minZoom: l.minZoom,
          className: labelClass(l),
          dot: l.kind === 'city',
          priority: priorityOf(l),
        })),
    [storyPlaceIds],
  );
  const pane = usePane('base-labels', 450);
  return items.map((item) => <BaseLabelMarker key={item.id} item={item} pane={pane} />);
}

/** Which name gives way first when names collide: the story's own countries last, then the other
 * countries, then towns by rank, then water. */
function priorityOf(label: BasemapLabel): number {
  if (label.kind === 'city') return -(label.rank ?? 3);
  if (label.kind === 'country') return label.own ? -0.25 : -0.5;
  return -4;
}

function BaseLabelMarker({ item, pane }: { item: BaseLabel; pane: string }) {
  const registry = useLabelRegistry();
  // One icon per label for its lifetime: a new icon would make Leaflet replace the registered element.
  const icon = useMemo(() => divIcon({ className: item.className, html: labelElement(item), iconSize: undefined }), [item]);
  return (
    <Marker
      position={[item.lat, item.lon]}
      icon={icon}
      interactive={false}
      keyboard={false}
      pane={pane}
      eventHandlers={{
        add(event) {
          const element = (event.target as { getElement(): HTMLElement | undefined }).getElement();
          if (!element) return;
          element.setAttribute('aria-hidden', 'true');
          const unregister = registry.register({
            id: item.id,
            latlng: [item.lat, item.lon],
            element,
            role: 'base',
            size: item.dot ? 6 : 0,
            priority: item.priority,
            minZoom: item.minZoom,
            textOnly: !item.dot,
          });
          event.target.once('remove', unregister);
        },
      }}
    />
  );
}

/** The classes that draw a basemap name (app.css): the reader's map and the editor's share them. */
export function labelClass(l: BasemapLabel): string {
  return l.kind === 'city' ? `bl bl--city bl--rank${l.rank ?? 3}` : `bl bl--${l.kind}${l.size ? ` bl--size${l.size}` : ''}`;
}

/** A basemap name as DOM nodes with text (a city's with its dot), never HTML. */
export function labelElement(item: { readonly text: string; readonly dot: boolean }): HTMLElement {
  const inner = document.createElement('span');
  inner.className = 'pm';
  if (item.dot) {
    const dot = document.createElement('span');
    dot.className = 'bl-dot';
    inner.append(dot);
  }
  const text = document.createElement('span');
  text.className = 'lbl';
  text.textContent = item.text;
  inner.append(text);
  return inner;
}
