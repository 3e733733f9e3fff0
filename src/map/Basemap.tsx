// The bundled vector basemap: land on a sea-coloured container, lakes, rivers, governorate and
// country lines, Iraq's outline. Drawn in its own pane below everything else, never interactive.
// Colours come from CSS classes (app.css), so dark mode is a stylesheet change.
import { GeoJSON, Pane } from 'react-leaflet';
import { basemap } from './basemapData.ts';

// Short, so it stays one line on a phone; the page's credits say the rest.
const ATTRIBUTION = '<a href="https://www.naturalearthdata.com/">Natural Earth</a> · <a href="https://www.geonames.org/">GeoNames</a>';

export function Basemap() {
  const b = basemap();
  return (
    <Pane name="basemap" style={{ zIndex: 200 }}>
      <GeoJSON data={b.land} interactive={false} style={{ className: 'bm-land', stroke: false, fillOpacity: 1 }} attribution={ATTRIBUTION} />
      <GeoJSON data={b.lakes} interactive={false} style={{ className: 'bm-lake', stroke: false, fillOpacity: 1 }} />
      <GeoJSON data={b.rivers} interactive={false} style={{ className: 'bm-river', fill: false }} />
      <GeoJSON data={b.governorateLines} interactive={false} style={{ className: 'bm-governorate', fill: false, dashArray: '4 3' }} />
      <GeoJSON data={b.borders} interactive={false} style={{ className: 'bm-border', fill: false }} />
      <GeoJSON data={b.iraqOutline} interactive={false} style={{ className: 'bm-iraq', fill: false }} />
    </Pane>
  );
}
