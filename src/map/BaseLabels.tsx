// City, river, lake, sea and country names from the bundled basemap. Decorative for assistive
// technology (the places list is the text alternative), and the first to give way when crowded.
import { divIcon } from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import { CITY_MIN_ZOOM, cities, labels } from './basemapData.ts';
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

/** Basemap labels, minus cities that are places of the story (they are drawn as story markers). */
export function BaseLabels({ storyPlaceIds }: { storyPlaceIds: ReadonlySet<string> }) {
  const items = useMemo<BaseLabel[]>(
    () => [
      ...cities
        .filter((c) => !storyPlaceIds.has(c.id))
        .map((c) => ({
          id: `city-${c.id}`,
          text: c.nameEn,
          lat: c.lat,
          lon: c.lon,
          minZoom: CITY_MIN_ZOOM[c.rank],
          className: `bl bl--city bl--rank${c.rank}`,
          dot: true,
          priority: -c.rank,
        })),
      ...labels.map((l) => ({
        id: `label-${l.id}`,
        text: l.nameEn,
        lat: l.lat,
        lon: l.lon,
        minZoom: l.minZoom,
        className: `bl bl--${l.kind}`,
        dot: false,
        priority: l.kind === 'country' ? -0.5 : -4,
      })),
    ],
    [storyPlaceIds],
  );
  const pane = usePane('base-labels', 450);
  return items.map((item) => <BaseLabelMarker key={item.id} item={item} pane={pane} />);
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
            symbol: item.dot ? 6 : 0,
            priority: item.priority,
            displaceable: false,
            hideable: true,
            preferLabel: false,
            minZoom: item.minZoom,
            textOnly: !item.dot,
          });
          event.target.once('remove', unregister);
        },
      }}
    />
  );
}

function labelElement(item: BaseLabel): HTMLElement {
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
