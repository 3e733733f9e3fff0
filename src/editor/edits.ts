// The editor's changes to the story, each a pure function from the files to new files: the app
// keeps every version it made, so Undo reaches back to the files it opened.
import type { FeatureJson, ParagraphJson, PlaceProperties, QuoteJson, StoryFilesJson } from '../../shared/editor/files.ts';

type LonLat = readonly [number, number];

/** kebab-case words of `text`, as the data contract's ids are: "Flooded quarter" → "flooded-quarter". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `base`, or `base-2`, `base-3`… whichever `taken` does not hold. */
export function unique(base: string, taken: ReadonlySet<string>): string {
  const root = base || 'place';
  if (!taken.has(root)) return root;
  let n = 2;
  while (taken.has(`${root}-${n}`)) n++;
  return `${root}-${n}`;
}

/** A coordinate as the files keep it: 5 decimals, about a metre. */
const round = ([lon, lat]: LonLat): [number, number] => [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];

const features = (files: StoryFilesJson) => files.places.features;
const withFeatures = (files: StoryFilesJson, next: readonly FeatureJson[]): StoryFilesJson => ({ ...files, places: { ...files.places, features: next } });

/** Where a place found in the gazetteer comes from (Find a place): its name and its record. */
export interface Found {
  readonly name: string;
  /** "GeoNames 325363": the position's source, as the page lists it. */
  readonly source: string;
  readonly url: string;
  /** The gazetteer's population of the place: 100,000 people or more is a city, fewer a town. */
  readonly population: number;
}

/** From how many people a populated place the gazetteer gives is a city, not a town. */
export const CITY_POPULATION = 100_000;

/** A new place at `at`: the fields the contract asks for, empty where only the journalist knows. No
 * kind, precision, confidence or naming is chosen for them: a default would become a published
 * claim no one made, and the validator's messages say what is missing. A place found in the
 * gazetteer (`found`) has its name, the gazetteer's record as the one source of its position, and
 * what that record says: its point is the town's or city's centre (exact, as the contract words it),
 * and its population makes it a town or a city. The editor says so when it adds it. */
export function addPlace(files: StoryFilesJson, at: LonLat, found?: Found): { files: StoryFilesJson; id: string } {
  const taken = new Set(features(files).map((f) => f.id));
  const id = unique(found ? slug(found.name) || 'new-place' : 'new-place', taken);
  const properties: PlaceProperties = {
    name: found?.name ?? '',
    label: found?.name ?? '',
    when: [],
    precision: found
      ? {
          kind: 'exact',
          level: found.population >= CITY_POPULATION ? 'city' : 'town',
          coordinateSources: 1,
          basis: `${found.source} gives the centre of ${found.name}, a ${found.population >= CITY_POPULATION ? 'city' : 'town'} of ${found.population.toLocaleString('en')} people.`,
        }
      : { basis: '' },
    confidence: { claim: '' },
    naming: { articleWords: null },
    quotes: [],
    context: [],
    sources: found ? [{ label: found.source, url: found.url }] : [],
  };
  const feature: FeatureJson = { type: 'Feature', id, geometry: { type: 'Point', coordinates: found ? [at[0], at[1]] : round(at) }, properties };
  return { files: withFeatures(files, [...features(files), feature]), id };
}

/** The place `id` changed by `change`. */
export function updatePlace(files: StoryFilesJson, id: string, change: (feature: FeatureJson) => FeatureJson): StoryFilesJson {
  return withFeatures(
    files,
    features(files).map((f) => (f.id === id ? change(f) : f)),
  );
}

/** Sets a place's name. A place not saved yet (`fresh`) takes its id from its name as it is typed
 * ("new-place" → "kisangani-port"); once saved, its id is its address (#place=) and stays. The
 * label follows the name while it is the name and the journalist has not typed into it
 * (`labelTyped`): a label typed that happens to match the name as it is being typed stays. */
export function renamePlace(files: StoryFilesJson, id: string, name: string, fresh: boolean, labelTyped = false): { files: StoryFilesJson; id: string } {
  const place = features(files).find((f) => f.id === id);
  if (!place) return { files, id };
  const label = !labelTyped && place.properties.label === place.properties.name ? name : place.properties.label;
  const taken = new Set(
    features(files)
      .map((f) => f.id)
      .filter((other) => other !== id),
  );
  const nextId = fresh ? unique(slug(name) || 'new-place', taken) : id;
  return {
    files: updatePlace(files, id, (f) => ({ ...f, id: nextId, properties: { ...f.properties, name, label } })),
    id: nextId,
  };
}

/** The story without place `id`. Undo brings it back, as every change. */
export function deletePlace(files: StoryFilesJson, id: string): StoryFilesJson {
  return withFeatures(
    files,
    features(files).filter((f) => f.id !== id),
  );
}

export function movePlace(files: StoryFilesJson, id: string, to: LonLat): StoryFilesJson {
  return updatePlace(files, id, (f) => ({ ...f, geometry: { type: 'Point', coordinates: round(to) } }));
}

/** Quotes `text` from paragraph `paragraph` on place `id`: the words are the selection's, so verbatim.
 * The first quote that names a place not yet said to be named says it (naming.inArticle, articleWords). */
export function addQuote(
  files: StoryFilesJson,
  id: string,
  paragraph: string,
  text: string,
  attributedTo: string,
  relation: QuoteJson['relation'],
): StoryFilesJson {
  const source = files.article.paragraphs.find((p) => p.id === paragraph);
  if (!source?.text.includes(text)) throw new Error(`"${text}" is not in paragraph ${paragraph}`);
  return updatePlace(files, id, (f) => {
    const quoteId = unique(slug(text.split(/\s+/).slice(0, 4).join(' ')) || 'quote', new Set(f.properties.quotes.map((q) => q.id)));
    const quote: QuoteJson = { id: quoteId, paragraph, text, attributedTo, relation };
    // A place with a quote needs no reason for having none.
    const { noQuoteReason: _answered, ...properties } = f.properties;
    // Words that name the place answer whether the article names it, and with what words, when the
    // journalist has not said yet: the quote is the article's own naming of it.
    const naming =
      relation === 'names' && properties.naming.inArticle === undefined && properties.naming.articleWords === null
        ? { ...properties.naming, inArticle: true, articleWords: text }
        : properties.naming;
    return { ...f, properties: { ...properties, naming, quotes: [...f.properties.quotes, quote] } };
  });
}

/** The speakers the story already quotes, most used first: the choices for a new quote. */
export function speakers(files: StoryFilesJson): string[] {
  const counts = new Map<string, number>();
  for (const f of features(files)) for (const q of f.properties.quotes) counts.set(q.attributedTo, (counts.get(q.attributedTo) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

/** Twice the signed area of a ring in lon/lat: positive when it runs counterclockwise. */
function signedArea(ring: readonly LonLat[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** Makes place `id` an area drawn as `outline` (three positions or more, as drawn, open or closed):
 * the editor closes the ring and winds it counterclockwise, as RFC 7946 asks, so the journalist
 * need not. An area's extent is its outline, so it takes no radius. */
export function setArea(files: StoryFilesJson, id: string, outline: readonly LonLat[]): StoryFilesJson {
  const points = outline.map(round);
  const open = points.length > 1 && points[0]![0] === points.at(-1)![0] && points[0]![1] === points.at(-1)![1] ? points.slice(0, -1) : points;
  if (open.length < 3) throw new Error('an area needs at least three corners');
  const ring = signedArea(open) < 0 ? [...open].reverse() : open;
  return updatePlace(files, id, (f) => {
    // Nor the other sources' positions of a point: an outline is one source's, and they were of a point.
    const { radiusM: _noRadius, radiusFrom: _noRadiusFrom, otherPositions: _noPoints, ...precision } = f.properties.precision;
    return {
      ...f,
      geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]!]] },
      properties: {
        ...f.properties,
        // A place that had no position, or only a name, becomes an approximate area of its own.
        precision: {
          ...precision,
          kind: precision.kind === 'unlocated' || precision.kind === 'named-area' ? 'approximate' : precision.kind,
          level: precision.level === 'unlocated' ? 'region' : precision.level,
          coordinateSources: precision.coordinateSources ?? 1,
        },
      },
    };
  });
}

/** Sets an approximate place's radius, in whole metres. */
export function setRadius(files: StoryFilesJson, id: string, metres: number): StoryFilesJson {
  return updatePlace(files, id, (f) => ({
    ...f,
    properties: { ...f.properties, precision: { ...f.properties.precision, radiusM: Math.max(1, Math.round(metres)) } },
  }));
}

/** An article pasted as plain text, as article.json's paragraphs: one per block of text between
 * blank lines (a single line break inside a paragraph is a space), each with a stable id made of its
 * first words ("p-the-river-rose-overnight"), a line of dashes or asterisks a separator. The text is
 * kept exactly as pasted otherwise: quotes are checked against it. */
export function paragraphsFromText(text: string): ParagraphJson[] {
  const taken = new Set<string>();
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean)
    .map((block) => {
      const separator = /^[-—–*•·\s]+$/.test(block);
      const id = unique(`p-${separator ? 'separator' : slug(block.split(/\s+/).slice(0, 5).join(' ')) || 'paragraph'}`, taken);
      taken.add(id);
      return { id, kind: separator ? 'separator' : 'body', text: block } as const;
    });
}

export function setParagraphs(files: StoryFilesJson, paragraphs: readonly ParagraphJson[]): StoryFilesJson {
  return { ...files, article: { ...files.article, paragraphs } };
}

/** A new story from its article: the article's paragraphs, and every other field empty for the
 * journalist to fill (the validator says which are missing). Its id is the folder's name. */
export function newStory(folder: string, paragraphs: readonly ParagraphJson[]): StoryFilesJson {
  const name = folder.split(/[\\/]/).filter(Boolean).at(-1) ?? '';
  return {
    story: { id: slug(name) || 'story', title: '', dek: '', description: '', bounds: { name: '', bbox: [-180, -60, 180, 80], basis: '' } },
    article: {
      outlet: '',
      published: '',
      dateline: null,
      headline: null,
      byline: { lead: null, contributors: [] },
      versionNote: '',
      sourceUrl: '',
      paragraphs,
    },
    places: { type: 'FeatureCollection', features: [] },
  };
}

/** `object` with `key` set to `value`, or without `key` when `value` is nothing (undefined, an empty
 * string or an empty list): the contract's optional fields are left out, never stored empty. */
export function withField<T extends object, K extends keyof T>(object: T, key: K, value: T[K] | undefined | ''): T {
  const { [key]: _old, ...rest } = object;
  const nothing = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  return (nothing ? rest : { ...rest, [key]: value }) as T;
}
