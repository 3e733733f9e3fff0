// P1 "toy react-leaflet": the straightforward story map a developer writes first. The data files in
// ./data are written by the bench (scripts/bench/peers.mjs) from the story before the build.
import L from 'leaflet';
import { GeoJSON, MapContainer, Marker, Popup } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import basemap from './data/basemap.json';
import places from './data/places.json';
import story from './data/story.json';

// The usual fix for Leaflet's default marker under a bundler, which rewrites the CSS that Leaflet
// reads the icon's path from.
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

type Place = (typeof places.features)[number];
const position = (place: Place): [number, number] => [place.geometry.coordinates[1], place.geometry.coordinates[0]];
const bounds = L.latLngBounds(places.features.map(position));

export default function App() {
  return (
    <main>
      <h1>{story.title}</h1>
      <MapContainer className="map" bounds={bounds} boundsOptions={{ padding: [36, 36] }} scrollWheelZoom={false}>
        <GeoJSON data={basemap.land as GeoJSON.FeatureCollection} style={{ stroke: false, fillColor: '#f4f1ea', fillOpacity: 1 }} attribution={story.credit} />
        <GeoJSON data={basemap.borders as GeoJSON.FeatureCollection} style={{ color: '#8a8a8a', weight: 1 }} />
        {places.features.map((place) => (
          <Marker key={place.id} position={position(place)}>
            <Popup>
              <h2>{place.properties.name}</h2>
              {place.properties.quotes.map((quote) => (
                <blockquote key={quote.text}>
                  <p>{quote.text}</p>
                  <footer>— {quote.attributedTo}</footer>
                </blockquote>
              ))}
              {place.properties.quotes.length === 0 && <p>{place.properties.noQuoteReason}</p>}
            </Popup>
          </Marker>
        ))}
      </MapContainer>
    </main>
  );
}
