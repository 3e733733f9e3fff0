// Which of the validator's problems stand beside which field of the place form: a problem's JSON path
// (features[3].properties.precision.basis) names the place and the field.

import type { Problem } from '../../shared/editor/api.ts';
import type { StoryFilesJson } from '../../shared/editor/files.ts';

/** The problems of place `id`, keyed by the field path below the feature: "properties.precision.basis", "geometry"… */
export function placeProblems(problems: readonly Problem[], files: StoryFilesJson, id: string): Map<string, string[]> {
  const index = files.places.features.findIndex((f) => f.id === id);
  const out = new Map<string, string[]>();
  for (const p of problems) {
    if (p.file !== 'places' || p.path[0] !== 'features' || p.path[1] !== index) continue;
    const field = p.path.slice(2).join('.');
    out.set(field, [...(out.get(field) ?? []), p.message]);
  }
  return out;
}

/** The messages for `field` and for everything below it ("properties.sources" takes "properties.sources.0.url"). */
export function messagesFor(byField: ReadonlyMap<string, readonly string[]>, field: string): string[] {
  return [...byField.entries()].filter(([path]) => path === field || path.startsWith(`${field}.`)).flatMap(([, messages]) => messages);
}

/** A problem as one line for the list of those no field shows. */
export function problemLine(p: Problem): string {
  return `${p.file === 'places' ? 'places.geojson' : `${p.file}.json`}${p.recordId ? ` ${p.recordId}` : ''}${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}

/** The problems of story.json or article.json, keyed by field path ("bounds.bbox", "byline.lead"). */
export function fileProblems(problems: readonly Problem[], file: 'story' | 'article'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    if (p.file !== file) continue;
    const field = p.path.join('.');
    out.set(field, [...(out.get(field) ?? []), p.message]);
  }
  return out;
}
