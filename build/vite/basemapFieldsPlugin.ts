// Ships only the basemap name fields the map reads. cities.json and labels.json are hand-written
// and keep more (Arabic names for a later `lang`, each city's governorate for the data checks); the
// page would download those bytes for nothing, so the build leaves them out.
import type { Plugin } from 'vite';

const FILES = /\/src\/basemap\/(cities|labels)\.json$/;
const UNUSED = new Set(['nameAr', 'gov']);

export function basemapFieldsPlugin(): Plugin {
  return {
    name: 'iraq-strikes-map:basemap-fields',
    // Before Vite's own JSON plugin, which turns the file into a module.
    enforce: 'pre',
    transform(code, id) {
      if (!FILES.test(id)) return null;
      const rows = JSON.parse(code) as Record<string, unknown>[];
      return { code: JSON.stringify(rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !UNUSED.has(key))))), map: null };
    },
  };
}
