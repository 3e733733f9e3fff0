// The editor's map: the story's basemap and its names, its places as draggable markers drawn with
// the reader's symbols (and their halos and areas), a click that puts a new place, and the
// coordinate under the pointer. It is the editor's own (never in the reader's bundle), so it sits in
// the editor's folder, beside src/map/ whose basemap and symbols it reuses. While a
// place is being put, a crosshair marks the map's centre and "Put it at the centre" places it there,
// so the keyboard can do what the mouse does (arrows pan the map, + and − zoom). Areas are drawn,
// and the selected area's corners and halo's radius dragged, with Leaflet-Geoman (geoman.ts).
import type { LatLng, LayerGroup, Circle as LeafletCircle, Marker as LeafletMarker, LeafletMouseEvent, Polygon as LeafletPolygon } from 'leaflet';
import { DomEvent, divIcon } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { AttributionControl, Circle, MapContainer, Marker, Polygon, Polyline, useMap, useMapEvents } from 'react-leaflet';
import type { FeatureJson, KindJson } from '../../../shared/editor/files.ts';
import { symbolClass } from '../../../shared/map/symbolClass.ts';
import { BASEMAP_CREDIT, Basemap } from '../../map/Basemap.tsx';
import { BASEMAP } from '../../map/basemapData.ts';
import { clickDecimals, roundForZoom } from '../../map/coords.ts';
import { hideDrawings } from '../../map/hideDrawings.ts';
import { EditorLabels } from './EditorLabels.tsx';

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
  /** The position under the pointer, as text: as many decimals as a pixel at this zoom can mean. */
  readonly onPointer: (at: readonly [string, string] | null) => void;
  /** True while the selected place's area is being drawn. */
  readonly drawing: boolean;
  readonly onArea: (id: string, outline: readonly LonLat[]) => void;
  readonly onRadius: (id: string, metres: number) => void;
  /** The story's kinds, for each place's symbol. */
  readonly kinds: readonly Pick<KindJson, 'id' | 'symbol'>[];
  /** A place to bring into view (a place just found): the map goes to it each time `n` changes. */
  readonly focus: { readonly at: LonLat; readonly n: number } | null;
}

/** Brings `focus` into view, close enough to see the town around it. */
function FocusOn({ focus }: { focus: EditorMapProps['focus'] }) {
  const map = useMap();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new request (n) moves the map; the same one again does not.
  useEffect(() => {
    if (!focus) return;
    map.setView([focus.at[1], focus.at[0]], Math.max(map.getZoom(), Math.min(8, map.getMaxZoom())), { animate: false });
  }, [map, focus?.n]);
  return null;
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
        <EditorLabels />
        <FocusOn focus={props.focus} />
        <AttributionControl position="bottomright" prefix={BASEMAP_CREDIT} />
        <Events {...props} />
        {props.places.map((place) => (
          <PlaceShape
            key={place.id}
            place={place}
            selected={place.id === props.selected}
            symbol={props.kinds.find((k) => k.id === place.properties.kind)?.symbol ?? 'circle'}
            onSelect={props.onSelect}
            onMove={props.onMove}
            onArea={props.onArea}
            onRadius={props.onRadius}
          />
        ))}
        <MapTools {...props} />
        {props.drawing && props.selected && <DrawArea id={props.selected} onArea={props.onArea} />}
      </MapContainer>
      {(props.placing || props.drawing || props.selected) && <span className="editor-crosshair" aria-hidden="true" />}
    </div>
  );
}

function Events({ placing, onPlace, onPointer }: EditorMapProps) {
  // A click, and the readout under the pointer, only as precise as a pixel at this zoom.
  const map = useMapEvents({
    click(event: LeafletMouseEvent) {
      if (placing) onPlace(roundForZoom([event.latlng.lng, event.latlng.lat], map.getZoom()));
    },
    mousemove(event: LeafletMouseEvent) {
      const decimals = clickDecimals(map.getZoom());
      onPointer([event.latlng.lng.toFixed(decimals), event.latlng.lat.toFixed(decimals)]);
    },
    mouseout() {
      onPointer(null);
    },
  });
  return null;
}

/** What the mouse does, for the keyboard: the map's centre (under the crosshair) puts a place,
 * moves the selected one, or adds an area's corner. Arrows pan the map, + and − zoom. */
function MapTools({ places, selected, placing, drawing, onPlace, onMove, onArea }: EditorMapProps) {
  const map = useMap();
  useEffect(() => hideDrawings(map), [map]);
  const [corners, setCorners] = useState<LonLat[]>([]);
  // Leaflet listens on its container: a click on these buttons must not also reach the map.
  const tools = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (tools.current) DomEvent.disableClickPropagation(tools.current);
  }, []);
  useEffect(() => {
    if (!drawing) setCorners([]);
  }, [drawing]);
  const centre = (): LonLat => {
    const c = map.getCenter();
    return roundForZoom([c.lng, c.lat], map.getZoom());
  };
  const place = places.find((p) => p.id === selected);
  const name = place ? place.properties.name || place.id : '';
  return (
    <div className="editor-map-tools" ref={tools}>
      {placing && (
        <button type="button" onClick={() => onPlace(centre())}>
          Put it at the centre
        </button>
      )}
      {drawing && selected && (
        <>
          <button type="button" onClick={() => setCorners((c) => [...c, centre()])}>
            Add a corner at the centre
          </button>
          <button type="button" disabled={corners.length < 3} onClick={() => onArea(selected, corners)}>
            Close the area ({corners.length} corner{corners.length === 1 ? '' : 's'})
          </button>
          {corners.length > 0 && (
            <Polyline positions={corners.map(([lon, lat]) => [lat, lon] as [number, number])} pathOptions={{ className: 'editor-drawing' }} />
          )}
        </>
      )}
      {!placing && !drawing && place?.geometry?.type === 'Point' && (
        <button type="button" onClick={() => onMove(place.id, centre())}>
          Move {name} to the centre
        </button>
      )}
    </div>
  );
}

const toLonLat = (latlng: LatLng): LonLat => [latlng.lng, latlng.lat];

/** Geoman's handles are markers (role button) with no name of their own: name them for what they change. */
function nameHandles(container: HTMLElement, what: string): void {
  for (const handle of container.querySelectorAll<HTMLElement>('.leaflet-marker-pane .marker-icon:not([aria-label])')) {
    handle.setAttribute('aria-label', what);
  }
}

/** Geoman's polygon tool: each click a corner, a click on the first one closes the area. */
function DrawArea({ id, onArea }: { id: string; onArea: (id: string, outline: readonly LonLat[]) => void }) {
  const map = useMap();
  useEffect(() => {
    map.pm.enableDraw('Polygon', {
      snappable: false,
      allowSelfIntersection: false,
      templineStyle: { className: 'editor-drawing' },
      hintlineStyle: { className: 'editor-drawing' },
    });
    const created = (event: { layer: unknown }) => {
      const layer = event.layer as LeafletPolygon;
      const rings = layer.getLatLngs() as LatLng[][];
      (layer as unknown as LayerGroup).remove();
      onArea(
        id,
        rings[0]!.map((corner) => roundForZoom(toLonLat(corner), map.getZoom())),
      );
    };
    map.on('pm:create', created);
    return () => {
      map.off('pm:create', created);
      map.pm.disableDraw();
    };
  }, [map, id, onArea]);
  return null;
}

interface ShapeProps {
  readonly place: FeatureJson;
  readonly selected: boolean;
  readonly symbol: string;
  readonly onSelect: (id: string) => void;
  readonly onMove: (id: string, to: LonLat) => void;
  readonly onArea: (id: string, outline: readonly LonLat[]) => void;
  readonly onRadius: (id: string, metres: number) => void;
}

/** The reader's symbol of a place and its label, as DOM nodes with text (never HTML). A place whose
 * precision or confidence is not chosen yet is drawn dashed: the reader's symbol depends on them. */
function markerElement(place: FeatureJson, symbol: string): HTMLElement {
  const { precision, confidence, label, name } = place.properties;
  const inner = document.createElement('span');
  inner.className = 'pm';
  const sym = document.createElement('span');
  sym.className = symbolClass({
    symbol: symbol as Parameters<typeof symbolClass>[0]['symbol'],
    precision: precision.kind ?? 'exact',
    confidence: confidence.level ?? 'high',
    reported: false,
  });
  const text = document.createElement('span');
  text.className = 'lbl';
  text.textContent = label || name;
  inner.append(sym, text);
  return inner;
}

function PlaceShape({ place, selected, symbol, onSelect, onMove, onArea, onRadius }: ShapeProps) {
  const unchosen = !place.properties.precision.kind || !place.properties.confidence.level;
  const icon = useMemo(
    () =>
      divIcon({
        className: `place-marker editor-marker${selected ? ' is-selected' : ''}${unchosen ? ' is-unchosen' : ''}`,
        html: markerElement(place, symbol),
        iconSize: [18, 18],
      }),
    [selected, place, symbol, unchosen],
  );
  const map = useMap();
  const area = useRef<LeafletPolygon>(null);
  const halo = useRef<LeafletCircle>(null);
  const geometry = place.geometry;
  const radius = place.properties.precision.kind === 'approximate' && geometry?.type === 'Point' ? place.properties.precision.radiusM : undefined;
  // The reader's classes (app.css), so that a halo or an area looks here as it will on the page. Leaflet
  // sets a path's class only when it makes the path: a new class makes a new path (its key).
  const { precision, confidence } = place.properties;
  const level = confidence.level ?? 'high';
  const haloClass = `halo halo--${level}${precision.radiusFrom === 'derived' ? ' halo--derived' : ''}`;
  const areaClass = `area area--${level}${precision.kind === 'approximate' ? ' area--approximate' : ''}${selected ? ' is-selected' : ''}`;

  // The selected area's corners, and the selected halo's radius, can be dragged (Geoman's handles).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the handles are remade when the shape changes from elsewhere (Undo, a typed radius).
  useEffect(() => {
    const layer = area.current;
    if (!selected || !layer) return;
    layer.pm.enable({ allowSelfIntersection: false, snappable: false });
    const name = place.properties.name || place.id;
    nameHandles(map.getContainer(), `Corner of ${name}: drag to move it`);
    const edited = () => {
      onArea(place.id, (layer.getLatLngs() as LatLng[][])[0]!.map(toLonLat));
      nameHandles(map.getContainer(), `Corner of ${name}: drag to move it`);
    };
    layer.on('pm:markerdragend', edited);
    return () => {
      layer.off('pm:markerdragend', edited);
      layer.pm.disable();
    };
  }, [map, selected, place.id, place.properties.name, onArea, geometry, areaClass]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above, for the radius.
  useEffect(() => {
    const layer = halo.current;
    if (!selected || !layer) return;
    layer.pm.enable({ snappable: false });
    nameHandles(map.getContainer(), `Halo of ${place.properties.name || place.id}: drag to change its radius`);
    const edited = () => onRadius(place.id, layer.getRadius());
    layer.on('pm:markerdragend', edited);
    return () => {
      layer.off('pm:markerdragend', edited);
      layer.pm.disable();
    };
  }, [map, selected, place.id, place.properties.name, onRadius, radius, haloClass]);

  if (!geometry) return null;
  if (geometry.type === 'Polygon') {
    return (
      <Polygon
        key={areaClass}
        ref={area}
        positions={geometry.coordinates.map((ring) => ring.slice(0, -1).map(([lon, lat]) => [lat, lon] as [number, number]))}
        pathOptions={{ className: areaClass }}
        eventHandlers={{ click: () => onSelect(place.id) }}
      />
    );
  }
  const [lon, lat] = geometry.coordinates;
  return (
    <>
      {radius ? <Circle key={haloClass} ref={halo} center={[lat, lon]} radius={radius} pathOptions={{ className: haloClass }} /> : null}
      <Marker
        position={[lat, lon]}
        icon={icon}
        draggable
        title={place.properties.name || place.id}
        alt={place.properties.name || place.id}
        eventHandlers={{
          click: () => onSelect(place.id),
          dragend: (event) => onMove(place.id, roundForZoom(toLonLat((event.target as LeafletMarker).getLatLng()), map.getZoom())),
        }}
      />
    </>
  );
}
