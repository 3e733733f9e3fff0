// How GIS software writes a story's places back, read as the story meant it. A places.geojson that
// went through GDAL or QGIS (GeoJSON → GeoPackage → GeoJSON with ogr2ogr, or "Save as" in QGIS)
// comes back with the same values in two other forms:
// - every property a feature lacked is there as `null` (a table has a column for every field);
// - the feature's `id` is a property, `properties.id`, not a member of the feature.
// Both are read as the story wrote them, and each gets one notice, so that nothing changes silently.
// Everything else (a null where a value is required, an id in both places that disagree) is left for
// the shape check to report as the mistake it is.

import { placePropertiesSchema } from '../../shared/story/schema.ts';
import type { Problem } from './problems.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The properties that may be left out but may not be null: a null there means "absent". */
const OPTIONAL = Object.entries(placePropertiesSchema.shape)
  .filter(([, schema]) => schema.safeParse(undefined).success && !schema.safeParse(null).success)
  .map(([key]) => key);

export interface GisForm {
  /** places.geojson's value in the story's own form. */
  readonly places: unknown;
  /** The features whose id came from their properties (their id's errors point there). */
  readonly idInProperties: ReadonlySet<number>;
  /** One notice per form that was read. */
  readonly notices: readonly Problem[];
}

export function readGisForm(places: unknown): GisForm {
  const idInProperties = new Set<number>();
  if (!isObject(places) || !Array.isArray(places.features)) return { places, idInProperties, notices: [] };
  let nulls = 0;
  let ids = 0;
  const features = places.features.map((feature: unknown, i) => {
    if (!isObject(feature) || !isObject(feature.properties)) return feature;
    const properties = { ...feature.properties };
    for (const key of OPTIONAL) {
      if (properties[key] === null) {
        delete properties[key];
        nulls++;
      }
    }
    const out: Json = { ...feature, properties };
    const inside = properties.id;
    if (typeof inside === 'string' && (!('id' in feature) || feature.id === inside)) {
      delete properties.id;
      if (!('id' in feature)) idInProperties.add(i);
      out.id = inside;
      ids++;
    }
    return out;
  });
  const notices: Problem[] = [];
  if (ids > 0) {
    notices.push({
      file: 'places',
      path: [],
      message: `${count(ids, 'feature')} ${ids === 1 ? 'carries its' : 'carry their'} id inside ${ids === 1 ? 'its' : 'their'} properties, as GDAL and QGIS write it: read as the feature's id`,
    });
  }
  if (nulls > 0) {
    notices.push({
      file: 'places',
      path: [],
      message: `${count(nulls, 'optional field')} ${nulls === 1 ? 'is' : 'are'} null, as GDAL and QGIS write a field a feature lacks: read as absent`,
    });
  }
  return { places: { ...places, features }, idInProperties, notices };
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A problem with a feature's id, pointed at where the file holds it: inside its properties. */
export function whereTheIdIs(problem: Problem, idInProperties: ReadonlySet<number>): Problem {
  const [first, index, field] = problem.path;
  if (problem.file !== 'places' || first !== 'features' || typeof index !== 'number' || field !== 'id' || !idInProperties.has(index)) return problem;
  return { ...problem, path: ['features', index, 'properties', 'id', ...problem.path.slice(3)] };
}
