// The basemap's names on the editor's map, so that a journalist can tell where a place goes: the
// names the reader's map shows (the build's picks, or the story's own), each from the zoom the reader
// gets it. No layout: the editor's map is a tool, and a name over another costs nothing here.
import { divIcon } from 'leaflet';
import { useMemo, useState } from 'react';
import { Marker, useMapEvents } from 'react-leaflet';
import type { BasemapLabel } from '../../../shared/map/basemapTypes.ts';
import { labelClass, labelElement } from '../../map/BaseLabels.tsx';
import { labels } from '../../map/basemapData.ts';

export function EditorLabels() {
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const [zoom, setZoom] = useState(map.getZoom());
  const shown = useMemo(() => labels.filter((l) => l.minZoom <= zoom + 0.01), [zoom]);
  return shown.map((label) => <EditorLabel key={`${label.kind}-${label.id}`} label={label} />);
}

function EditorLabel({ label }: { label: BasemapLabel }) {
  const icon = useMemo(
    () =>
      divIcon({ className: `${labelClass(label)} editor-label`, html: labelElement({ text: label.text, dot: label.kind === 'city' }), iconSize: undefined }),
    [label],
  );
  return (
    <Marker
      position={[label.lat, label.lon]}
      icon={icon}
      interactive={false}
      keyboard={false}
      eventHandlers={{ add: (e) => (e.target as { getElement(): HTMLElement | undefined }).getElement()?.setAttribute('aria-hidden', 'true') }}
    />
  );
}
