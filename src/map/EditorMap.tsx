// The editor's map (src/editor/): the story's basemap, its places as draggable markers (and their
// halos and areas), a click that puts a new place, and the coordinate under the pointer. While a
// place is being put, a crosshair marks the map's centre and "Put it at the centre" places it there,
// so the keyboard can do what the mouse does (arrows pan the map, + and − zoom).
import { divIcon, type LeafletMouseEvent, type Marker as LeafletMarker } from 'leaflet';
import { useMemo } from 'react';
import { AttributionControl, Circle, MapContainer, Marker, Polygon, useMap, useMapEvents } from 'react-leaflet';
import type { FeatureJson } from '../editor/files.ts';
import { BASEMAP_CREDIT, Basemap } from './Basemap.tsx';
import { BASEMAP } from './basemapData.ts';

type LonLat = readonly [number, number];

export interface EditorMapProps {
  readonly bbox: readonly [number, number, number, number];
  readonly places: readonly FeatureJson[];
  readonly selected: string | null;
  /** True while the next click puts a new place. */
  readonly placing: boolean;
  readonly onPlace: (at: LonLat) => void;
  readonly onSelect: (id: string) => void;
  readonly onMove: (id: string, to: LonLat) => void;
  readonly onPointer: (at: LonLat | null) => void;
}

export function EditorMap(props: EditorMapProps) {
  const [west, south, east, north] = props.bbox;
  return (
    <div className={`editor-map${props.placing ? ' is-placing' : ''}`}>
      <MapContainer
        className="editor-map-canvas"
        bounds={[
          [south, west],
          [north, east],
        ]}
        minZoom={BASEMAP.minZoom}
        maxZoom={BASEMAP.maxZoom + 4}
        zoomSnap={0.25}
        attributionControl={false}
        aria-label="Map of the story: click to put a place, drag a marker to move it"
      >
        <Basemap />
        <AttributionControl position="bottomright" prefix={BASEMAP_CREDIT} />
        <Events {...props} />
        {props.places.map((place) => (
          <PlaceShape key={place.id} place={place} selected={place.id === props.selected} onSelect={props.onSelect} onMove={props.onMove} />
        ))}
        {props.placing && <CentreButton onPlace={props.onPlace} />}
      </MapContainer>
      {props.placing && <span className="editor-crosshair" aria-hidden="true" />}
    </div>
  );
}

function Events({ placing, onPlace, onPointer }: EditorMapProps) {
  useMapEvents({
    click(event: LeafletMouseEvent) {
      if (placing) onPlace([event.latlng.lng, event.latlng.lat]);
    },
    mousemove(event: LeafletMouseEvent) {
      onPointer([event.latlng.lng, event.latlng.lat]);
    },
    mouseout() {
      onPointer(null);
    },
  });
  return null;
}

function CentreButton({ onPlace }: { onPlace: (at: LonLat) => void }) {
  const map = useMap();
  return (
    <button
      type="button"
      className="editor-centre-button"
      onClick={(event) => {
        event.stopPropagation();
        const centre = map.getCenter();
        onPlace([centre.lng, centre.lat]);
      }}
    >
      Put it at the centre
    </button>
  );
}

function PlaceShape({
  place,
  selected,
  onSelect,
  onMove,
}: {
  place: FeatureJson;
  selected: boolean;
  onSelect: (id: string) => void;
  onMove: (id: string, to: LonLat) => void;
}) {
  const icon = useMemo(
    () =>
      divIcon({
        className: `editor-marker${selected ? ' is-selected' : ''}`,
        html: `<span class="editor-marker-dot"></span>`,
        iconSize: [18, 18],
      }),
    [selected],
  );
  const geometry = place.geometry;
  if (!geometry) return null;
  if (geometry.type === 'Polygon') {
    return (
      <Polygon
        positions={geometry.coordinates.map((ring) => ring.map(([lon, lat]) => [lat, lon] as [number, number]))}
        pathOptions={{ className: `editor-area${selected ? ' is-selected' : ''}` }}
        eventHandlers={{ click: () => onSelect(place.id) }}
      />
    );
  }
  const [lon, lat] = geometry.coordinates;
  const radius = place.properties.precision.kind === 'approximate' ? place.properties.precision.radiusM : undefined;
  return (
    <>
      {radius ? <Circle center={[lat, lon]} radius={radius} pathOptions={{ className: 'editor-halo', interactive: false }} /> : null}
      <Marker
        position={[lat, lon]}
        icon={icon}
        draggable
        title={place.properties.name || place.id}
        alt={place.properties.name || place.id}
        eventHandlers={{
          click: () => onSelect(place.id),
          dragend: (event) => {
            const { lat: la, lng } = (event.target as LeafletMarker).getLatLng();
            onMove(place.id, [lng, la]);
          },
        }}
      />
    </>
  );
}
