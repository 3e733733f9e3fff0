// The basemap's names on the editor's map, so that a journalist can tell where a place goes: the
// names the reader's map shows (the build's picks, or the story's own), each from the zoom the reader
// gets it. No layout: the editor's map is a tool, and a name over another costs nothing here.
import { divIcon } from 'leaflet';
import { useMemo, useState } from 'react';
import { Marker, useMapEvents } from 'react-leaflet';
import { labels } from '../../map/basemapData.ts';
import type { BasemapLabel } from '../../map/basemapTypes.ts';

export function EditorLabels() {
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const [zoom, setZoom] = useState(map.getZoom());
  const shown = useMemo(() => labels.filter((l) => l.minZoom <= zoom + 0.01), [zoom]);
  return shown.map((label) => <EditorLabel key={`${label.kind}-${label.id}`} label={label} />);
}

function EditorLabel({ label }: { label: BasemapLabel }) {
  const icon = useMemo(() => {
    const inner = document.createElement('span');
    inner.className = 'pm';
    if (label.kind === 'city') {
      const dot = document.createElement('span');
      dot.className = 'bl-dot';
      inner.append(dot);
    }
    const text = document.createElement('span');
    text.className = 'lbl';
    text.textContent = label.text;
    inner.append(text);
    const className = label.kind === 'city' ? `bl bl--city bl--rank${label.rank ?? 3}` : `bl bl--${label.kind}${label.size ? ` bl--size${label.size}` : ''}`;
    return divIcon({ className: `${className} editor-label`, html: inner, iconSize: undefined });
  }, [label]);
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
