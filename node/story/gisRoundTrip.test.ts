// A story's places, edited in a GIS and written back: GeoJSON → GeoPackage → GeoJSON with GDAL's
// ogr2ogr (Debian's gdal-bin; what QGIS does underneath). The story read back means exactly what the
// story written out meant, with a notice for each form GDAL changed (gisForm.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateStoryDir } from './loadStoryDir.ts';

const tmp = mkdtempSync(join(tmpdir(), 'gis-round-trip-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ogr2ogr = spawnSync('ogr2ogr', ['--version'], { encoding: 'utf8' });
if (ogr2ogr.status !== 0) throw new Error('ogr2ogr not found: this test needs GDAL (apt-get install gdal-bin)');

/** The story in `dir` with its places.geojson sent through a GeoPackage and back. */
function roundTrip(dir: string, name: string, geojsonOptions: string[] = []): string {
  const out = join(tmp, name);
  cpSync(dir, out, { recursive: true });
  const gpkg = join(tmp, `${name}.gpkg`);
  execFileSync('ogr2ogr', ['-f', 'GPKG', gpkg, join(dir, 'places.geojson')]);
  rmSync(join(out, 'places.geojson'));
  execFileSync('ogr2ogr', ['-f', 'GeoJSON', ...geojsonOptions, join(out, 'places.geojson'), gpkg]);
  return out;
}

describe('a story written back by GDAL (ogr2ogr, GeoJSON → GeoPackage → GeoJSON)', () => {
  // The bundled story's places differ in their optional fields, so GDAL writes nulls; the second
  // story's all have the same fields, so it writes none.
  it.each([
    ['the bundled story (points and unlocated places)', 'geo', true],
    ['the second story (a polygon, a named area)', 'e2e/fixtures/second-story', false],
  ])('%s validates, unchanged in meaning, with one notice per form GDAL changed', (_name, dir, nulls) => {
    const back = roundTrip(dir, dir.replaceAll('/', '-'));
    // GDAL's forms, as the file shows them: ids in the properties, null for absent fields.
    const written = JSON.parse(readFileSync(join(back, 'places.geojson'), 'utf8'));
    expect(written.features[0].id).toBeUndefined();
    expect(typeof written.features[0].properties.id).toBe('string');
    expect(written.features.some((f: { properties: object }) => Object.values(f.properties).includes(null))).toBe(nulls);

    const original = validateStoryDir(dir);
    const result = validateStoryDir(back);
    expect(result.errors).toEqual([]);
    expect(result.story).toEqual(original.story);
    expect(result.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^\d+ features carry their id inside their properties, as GDAL and QGIS write it: read as the feature's id$/),
      ...(nulls ? [expect.stringMatching(/^\d+ optional fields are null, as GDAL and QGIS write a field a feature lacks: read as absent$/)] : []),
    ]);
  });

  it('with -lco ID_FIELD=id (the id stays the feature’s): only the nulls need a notice', () => {
    const back = roundTrip('geo', 'id-field', ['-lco', 'ID_FIELD=id']);
    const result = validateStoryDir(back);
    expect(result.story).toEqual(validateStoryDir('geo').story);
    expect(result.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/optional fields are null/)]);
  });
});
