// P2 "vanilla Leaflet": the same map with Leaflet 1.9.4 alone, no framework, one small module. The
// data files in ./data are written by the bench (scripts/bench/peers.mjs) from the story.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import './style.css';
import basemap from './data/basemap.json';
import places from './data/places.json';
import story from './data/story.json';

L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

const map = L.map('map', { scrollWheelZoom: false });
L.geoJSON(basemap.land, { style: { stroke: false, fillColor: '#f4f1ea', fillOpacity: 1 }, attribution: story.credit }).addTo(map);
L.geoJSON(basemap.borders, { style: { color: '#8a8a8a', weight: 1 } }).addTo(map);

const positions = [];
for (const place of places.features) {
  const [lon, lat] = place.geometry.coordinates;
  positions.push([lat, lon]);
  L.marker([lat, lon])
    .bindPopup(() => popupContent(place.properties))
    .addTo(map);
}
map.fitBounds(positions, { padding: [36, 36] });

/** A popup's content, built when it opens, as text nodes. */
function popupContent({ name, quotes, noQuoteReason }) {
  const el = (tag, text) => Object.assign(document.createElement(tag), text === undefined ? {} : { textContent: text });
  const root = el('div');
  root.append(el('h2', name));
  for (const quote of quotes) {
    const block = el('blockquote');
    block.append(el('p', quote.text), el('footer', `— ${quote.attributedTo}`));
    root.append(block);
  }
  if (quotes.length === 0) root.append(el('p', noQuoteReason));
  return root;
}
