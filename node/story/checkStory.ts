// Rules that span fields or files, run after every file has the right shape: ids unique, quotes
// verbatim in their paragraph, positions in [lon, lat] order inside the story's bounds, and the
// precision, quotes and disputes of each place consistent with one another.
import { booleanClockwise } from '@turf/boolean-clockwise';
import { DEFAULT_KINDS } from '../../shared/story/defaultKinds.ts';
import type { ArticleFile, PlacesFile, StoryFile } from '../../shared/story/schema.ts';
import { SAME_POINT_M } from '../../shared/story/types.ts';
import { agreement } from './positions.ts';
import type { Problem } from './problems.ts';

/** The three files of a story, each already of the right shape. */
export interface StoryFiles {
  readonly story: StoryFile;
  readonly article: ArticleFile;
  readonly places: PlacesFile;
}

/** Every cross-field problem in the story; [] when it is clean. */
export function checkStory(files: StoryFiles): Problem[] {
  const meta = checkMeta(files.story);
  // With broken bounds every position would be "outside" them: report the bounds alone.
  return [...meta, ...checkArticle(files.article), ...checkPlaces(files, meta.length === 0)];
}

function checkMeta(story: StoryFile): Problem[] {
  const [west, south, east, north] = story.bounds.bbox;
  const problems: Problem[] = [...declaredOnce(story.kinds, 'kinds', 'kind').problems];
  const tallies = story.kinds?.some((k) => k.tally) ?? false;
  if (tallies && !story.tally) {
    problems.push({
      file: 'story',
      path: ['kinds'],
      message: 'a kind has "tally": true, so the key needs the words for its count: add "tally": { "one": "site", "other": "sites" }',
    });
  }
  const labelIds = new Map<string, number>();
  story.basemap?.labels.forEach((label, i) => {
    const at = (field: string): Problem['path'] => ['basemap', 'labels', i, field];
    const first = labelIds.get(label.id);
    if (first !== undefined) problems.push({ file: 'story', path: at('id'), message: `duplicate label id "${label.id}" (first used by label ${first + 1})` });
    else labelIds.set(label.id, i);
    if (label.kind === 'city' && label.rank === undefined) {
      problems.push({
        file: 'story',
        path: at('kind'),
        message: 'a city needs a rank: 1 (named from the widest view), 2 (two zooms in) or 3 (at full detail)',
      });
    }
    if (label.kind !== 'city' && label.minZoom === undefined) {
      problems.push({ file: 'story', path: at('kind'), message: `a ${label.kind} label needs minZoom: the zoom from which it is shown` });
    }
  });
  if (story.tally && !tallies) {
    problems.push({
      file: 'story',
      path: ['tally'],
      message: 'no kind has "tally": true, so nothing would be counted: mark the kinds to count, or remove tally',
    });
  }
  const at = (i: number): Problem['path'] => ['bounds', 'bbox', i];
  if (!(west >= -180 && east <= 180 && west < east)) {
    problems.push({ file: 'story', path: at(0), message: `west (${west}) and east (${east}) must be longitudes with west < east` });
  }
  if (!(south >= -90 && north <= 90 && south < north)) {
    problems.push({ file: 'story', path: at(1), message: `south (${south}) and north (${north}) must be latitudes with south < north` });
  }
  return problems;
}

/** A list of story.json (its kinds, its events) declares each id once: each repeat is a problem.
 * Returns where each id is first declared. */
function declaredOnce(
  items: readonly { readonly id: string }[] | undefined,
  list: 'kinds' | 'events',
  what: string,
): { first: Map<string, number>; problems: Problem[] } {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  items?.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier !== undefined) {
      problems.push({ file: 'story', path: [list, i, 'id'], message: `duplicate ${what} "${item.id}" (first declared as ${what} ${earlier + 1})` });
    } else first.set(item.id, i);
  });
  return { first, problems };
}

function checkArticle(article: ArticleFile): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  article.paragraphs.forEach((p, i) => {
    const first = seen.get(p.id);
    if (first !== undefined) {
      problems.push({ file: 'article', path: ['paragraphs', i, 'id'], message: `duplicate paragraph id "${p.id}" (first used by paragraph ${first + 1})` });
    } else seen.set(p.id, i);
  });
  // A contributor the article names only in part: its words must be the article's, and someone must
  // own the fuller name, so the page can say whose identification it is.
  article.byline.contributors.forEach((c, i) => {
    const at = (field: string): Problem['path'] => ['byline', 'contributors', i, field];
    if (c.articleWords !== undefined && !article.paragraphs.some((p) => p.text.includes(c.articleWords!))) {
      problems.push({
        file: 'article',
        path: at('articleWords'),
        message: `"${c.articleWords}" is not in the article: copy how the article names ${c.name}, character for character`,
      });
    }
    if (c.identifiedBy !== undefined && c.articleWords === undefined) {
      problems.push({ file: 'article', path: at('identifiedBy'), message: `an identification needs articleWords: how the article itself names ${c.name}` });
    }
  });
  return problems;
}

/** Reports a problem at `path` inside the feature being checked. */
type Report = (path: Problem['path'], message: string) => void;
type Feature = PlacesFile['features'][number];

function checkPlaces({ story, article, places }: StoryFiles, boundsValid: boolean): Problem[] {
  const problems: Problem[] = [];
  const paragraphs = new Map(article.paragraphs.map((p) => [p.id, p]));
  const ids = new Map<string, number>();
  const names = new Map<string, number>();

  places.features.forEach((feature, i) => {
    const problem: Report = (path, message) => {
      problems.push({ file: 'places', path: ['features', i, ...path], message });
    };
    checkPlaceIds(feature, i, { ids, names }, problem);
    checkPlaceKind(feature, story, problem);
    checkPlacePrecision(feature, problem);
    checkPlacePositions(feature, boundsValid ? story.bounds : null, problem);
    const props = feature.properties;
    if (!props.naming.inArticle && props.naming.identifiedBy === undefined) {
      problem(['properties', 'naming'], 'the article does not name this place, so naming.identifiedBy must say who identifies it');
    }

    const quoteIds = checkPlaceQuotes(feature, paragraphs, article, problem);
    checkPlaceDisputes(feature, quoteIds, problem);
  });
  problems.push(...checkEvents(story, places));
  return problems;
}

/** Each event a place names is declared once, used, and on one date at all its places. */
function checkEvents(story: StoryFile, places: PlacesFile): Problem[] {
  const { first: declared, problems } = declaredOnce(story.events, 'events', 'event');
  const firstSeen = new Map<string, { place: string; date: string }>();
  places.features.forEach((feature, i) => {
    const inThisPlace = new Set<string>();
    feature.properties.when.forEach((when, j) => {
      if (when.event === undefined) return;
      const at = (field: string): Problem['path'] => ['features', i, 'properties', 'when', j, field];
      if (!declared.has(when.event)) {
        const known = story.events?.length ? `story.json declares ${story.events.map((e) => `"${e.id}"`).join(', ')}` : 'story.json declares no events';
        problems.push({ file: 'places', path: at('event'), message: `unknown event "${when.event}": ${known}; declare it in "events" with a short "what"` });
        return;
      }
      if (inThisPlace.has(when.event)) {
        problems.push({ file: 'places', path: at('event'), message: `this place is in event "${when.event}" twice: give it one date entry for it` });
        return;
      }
      inThisPlace.add(when.event);
      const first = firstSeen.get(when.event);
      if (first === undefined) firstSeen.set(when.event, { place: feature.id, date: when.date });
      else if (first.date !== when.date) {
        problems.push({
          file: 'places',
          path: at('date'),
          message: `event "${when.event}" is dated ${first.date} at ${first.place} but ${when.date} here: an event has one date (make two events if they were on different days)`,
        });
      }
    });
  });
  story.events?.forEach((event, i) => {
    if (!firstSeen.has(event.id) && declared.get(event.id) === i) {
      problems.push({
        file: 'story',
        path: ['events', i, 'id'],
        message: `no place is in event "${event.id}": name it in a place's when[].event, or remove it`,
      });
    }
  });
  return problems;
}

/** Ids and names are unique: an id is the place's address (#place=), a name its marker's accessible name. */
function checkPlaceIds(feature: Feature, i: number, seen: { ids: Map<string, number>; names: Map<string, number> }, problem: Report): void {
  const { ids, names } = seen;
  const props = feature.properties;
  const firstId = ids.get(feature.id);
  if (firstId !== undefined) problem(['id'], `duplicate id "${feature.id}" (first used by feature ${firstId + 1})`);
  else ids.set(feature.id, i);
  const firstName = names.get(props.name);
  if (firstName !== undefined) {
    problem(
      ['properties', 'name'],
      `duplicate name "${props.name}" (first used by feature ${firstName + 1}); names are the markers' accessible names and must differ`,
    );
  } else names.set(props.name, i);
}

/** The place's kind is one the story declares (or one of the defaults), and a place on the story's
 * reconstructed list has the list's words to go with it. */
function checkPlaceKind(feature: Feature, story: StoryFile, problem: Report): void {
  const { kind, strike } = feature.properties;
  const kinds = story.kinds ?? DEFAULT_KINDS;
  if (!kinds.some((k) => k.id === kind)) {
    const where = story.kinds ? 'story.json declares' : 'story.json declares no kinds, so these apply:';
    problem(['properties', 'kind'], `unknown kind "${kind}": ${where} ${kinds.map((k) => `"${k.id}"`).join(', ')}`);
  }
  if (strike && !story.strikes) {
    problem(
      ['properties', 'strike'],
      'a place on a reconstructed list needs the list\'s title and note: add "strikes": { "title": …, "note": … } to story.json',
    );
  }
  if (strike?.role === 'reported-area' && story.strikes && !story.strikes.reportedLabel) {
    problem(
      ['properties', 'strike', 'role'],
      'a reported area needs the word a reader sees for it: add "reportedLabel" to "strikes" in story.json (e.g. "Reported area")',
    );
  }
}

/** Geometry and precision tell the same story, and the count of coordinate sources is there and honest. */
function checkPlacePrecision(feature: Feature, problem: Report): void {
  const props = feature.properties;
  const unlocated = props.precision.kind === 'unlocated';
  if (feature.geometry === null && !unlocated) {
    problem(['geometry'], `is null, so precision.kind must be "unlocated" (it is "${props.precision.kind}")`);
  }
  if (feature.geometry !== null && unlocated) {
    problem(['properties', 'precision', 'kind'], 'is "unlocated" but the feature has a geometry; set geometry to null or give the precision');
  }
  if ((props.precision.level === 'unlocated') !== unlocated) {
    problem(['properties', 'precision', 'level'], `"${props.precision.level}" does not fit precision.kind "${props.precision.kind}"`);
  }
  const isArea = feature.geometry?.type === 'Polygon';
  const named = props.precision.kind === 'named-area';
  if (props.precision.kind === 'approximate' && !isArea && props.precision.radiusM === undefined) {
    problem(['properties', 'precision'], 'an approximate point needs radiusM, in metres, to draw its halo');
  }
  if ((props.precision.kind !== 'approximate' || isArea) && props.precision.radiusM !== undefined) {
    problem(
      ['properties', 'precision', 'radiusM'],
      named
        ? 'a named area has no known position, so nothing bounds it: remove radiusM (it is drawn with no halo); if a source does bound it, make it "approximate"'
        : isArea
          ? 'an area is drawn as its polygon; it takes no radius'
          : `only approximate places have a radius (this one is "${props.precision.kind}")`,
    );
  }
  const { radiusM, radiusFrom } = props.precision;
  if (radiusM !== undefined && radiusFrom === undefined && props.precision.kind === 'approximate' && !isArea) {
    problem(
      ['properties', 'precision', 'radiusFrom'],
      'say where the radius comes from: radiusFrom "source" when a source gives it as a bound, or "derived" when it is worked out (a circle with the size of the area a source names) and no source bounds the place; the page draws and words the two differently',
    );
  }
  if (radiusFrom !== undefined && radiusM === undefined) {
    problem(['properties', 'precision', 'radiusFrom'], 'says where a radius comes from, but the place has no radiusM: remove radiusFrom');
  }
  if (named && isArea) {
    problem(['geometry'], 'a named area has no known extent, so it takes no polygon: give the point of its centre (a polygon is a bound)');
  }
  if (named && !['town', 'city', 'region'].includes(props.precision.level)) {
    problem(
      ['properties', 'precision', 'level'],
      `"${props.precision.level}" does not fit precision.kind "named-area": a named area is a town, a city or a region`,
    );
  }
  // How many sources give the position: readers are told, so it must be there, and honest. (Whether
  // the place has a position at all is the geometry's to say; a mismatch is reported above.)
  const { coordinateSources } = props.precision;
  const positioned = feature.geometry !== null;
  if (positioned && coordinateSources === undefined) {
    problem(['properties', 'precision'], 'say how many independent sources give this position: precision.coordinateSources (1 when only one does)');
  }
  if (!positioned && coordinateSources !== undefined) {
    problem(['properties', 'precision', 'coordinateSources'], 'an unlocated place has no coordinate sources: remove coordinateSources');
  }
  checkOtherPositions(feature, problem);
  if (coordinateSources !== undefined && coordinateSources > props.sources.length) {
    problem(
      ['properties', 'precision', 'coordinateSources'],
      `is ${coordinateSources}, but the place lists ${props.sources.length} source${props.sources.length === 1 ? '' : 's'}: list every coordinate source in sources`,
    );
  }
}

/** A count of two or more coordinate sources shows where each puts the place, so that the page can
 * say how far apart they lie; sources that give one point (positions.ts) count once, with a notice
 * (notices.ts), and a count below the distinct points is an error. */
function checkOtherPositions(feature: Feature, problem: Report): void {
  const { coordinateSources, otherPositions } = feature.properties.precision;
  const at = ['properties', 'precision', 'otherPositions'];
  if (otherPositions !== undefined && feature.geometry?.type !== 'Point') {
    problem(at, "only a point can be set beside other sources' positions (an area is its polygon, and an unlocated place has none): remove otherPositions");
    return;
  }
  if (coordinateSources === undefined || feature.geometry?.type !== 'Point') return;
  const others = otherPositions ?? [];
  if (coordinateSources > 1 + others.length) {
    const missing = coordinateSources - 1 - others.length;
    problem(
      at,
      `coordinateSources is ${coordinateSources}, so say where each source beyond the one drawn puts the place: otherPositions needs ${coordinateSources - 1} entr${coordinateSources === 2 ? 'y' : 'ies'} like { "source": "GeoNames", "coordinates": [lon, lat] } (${missing} missing)`,
    );
    return;
  }
  const { independent } = agreement(feature.geometry.coordinates, others);
  if (independent > coordinateSources) {
    problem(
      ['properties', 'precision', 'coordinateSources'],
      `is ${coordinateSources}, but otherPositions puts the place at ${independent} points more than ${SAME_POINT_M} m apart: each of them is a coordinate source, so coordinateSources is ${independent}`,
    );
  }
}

/** Positions lie inside the story's bounds (null: the bounds are broken, and reported alone), and
 * rings are wound as RFC 7946 wants. */
function checkPlacePositions(feature: Feature, bounds: StoryFile['bounds'] | null, problem: Report): void {
  if (feature.geometry?.type === 'Point' && bounds !== null) {
    const message = checkPosition(feature.geometry.coordinates, bounds);
    if (message) problem(['geometry', 'coordinates'], message);
  }
  // A halo wider than the whole story is a typo (500010000 for 5000), not a place's precision.
  const { radiusM } = feature.properties.precision;
  const across = bounds !== null ? acrossM(bounds.bbox) : Number.POSITIVE_INFINITY;
  if (radiusM !== undefined && radiusM > across) {
    problem(
      ['properties', 'precision', 'radiusM'],
      `a radius of ${km(radiusM)} is wider than the story's whole area, ${bounds!.name} (about ${km(across)} across): check the number; it is in metres (5 km is 5000)`,
    );
  }
  feature.properties.precision.otherPositions?.forEach((other, k) => {
    const message = bounds !== null ? checkPosition(other.coordinates, bounds) : null;
    if (message) problem(['properties', 'precision', 'otherPositions', k, 'coordinates'], message);
  });
  if (feature.geometry?.type === 'Polygon') {
    feature.geometry.coordinates.forEach((ring, r) => {
      const where = r === 0 ? 'the exterior ring' : `hole ${r}`;
      ring.forEach((position, k) => {
        const message = bounds !== null ? checkPosition(position, bounds) : null;
        if (message) problem(['geometry', 'coordinates', r, k], message);
      });
      // Rings are closed here: check-geojson (stage 2 of validateStory) stops an unclosed one.
      // RFC 7946 §3.1.6: exterior rings counterclockwise, holes clockwise (the right-hand rule).
      const clockwise = booleanClockwise(ring.map(([x, y]) => [x, y]));
      if (r === 0 && clockwise)
        problem(['geometry', 'coordinates', r], `${where} is wound clockwise; RFC 7946 wants exterior rings counterclockwise: reverse its positions`);
      if (r > 0 && !clockwise)
        problem(['geometry', 'coordinates', r], `${where} is wound counterclockwise; RFC 7946 wants holes clockwise: reverse its positions`);
    });
  }
}

/** Quotes: verbatim, in an existing paragraph, each id once. Gives the ids of the place's quotes. */
function checkPlaceQuotes(feature: Feature, paragraphs: Map<string, ArticleFile['paragraphs'][number]>, article: ArticleFile, problem: Report): Set<string> {
  const props = feature.properties;
  const quoteIds = new Set<string>();
  props.quotes.forEach((quote, q) => {
    const at = ['properties', 'quotes', q];
    if (quoteIds.has(quote.id)) problem([...at, 'id'], `duplicate quote id "${quote.id}" in this place`);
    quoteIds.add(quote.id);
    if (quote.relation === 'reconstruction' && quote.note === undefined) {
      problem([...at, 'note'], 'a "reconstruction" quote needs a note saying what links it to this place');
    }
    const paragraph = paragraphs.get(quote.paragraph);
    if (!paragraph) {
      problem([...at, 'paragraph'], `unknown paragraph "${quote.paragraph}"`);
      return;
    }
    if (paragraph.kind === 'separator') {
      problem([...at, 'paragraph'], `"${quote.paragraph}" is a separator, not text`);
      return;
    }
    if (!paragraph.text.includes(quote.text)) {
      problem([...at, 'text'], `quote not found in ${quote.paragraph}: "${quote.text}"${verbatimHint(quote.text, quote.paragraph, article)}`);
    }
  });
  if (props.quotes.length === 0 && props.noQuoteReason === undefined) {
    problem(['properties', 'quotes'], 'is empty: quote the article, or give noQuoteReason');
  }
  if (props.quotes.length > 0 && props.noQuoteReason !== undefined) {
    problem(['properties', 'noQuoteReason'], 'is set but the place has quotes');
  }

  return quoteIds;
}

/** A dispute sets at least two different quotes of the place side by side. */
function checkPlaceDisputes(feature: Feature, quoteIds: Set<string>, problem: Report): void {
  (feature.properties.disputes ?? []).forEach((dispute, d) => {
    const at = ['properties', 'disputes', d, 'quotes'];
    if (new Set(dispute.quotes).size < 2) problem(at, 'a dispute needs at least two different quotes');
    dispute.quotes.forEach((quoteId, k) => {
      if (!quoteIds.has(quoteId)) problem([...at, k], `no quote with id "${quoteId}" in this place`);
    });
  });
}

/** How far a story's bounds are across at their widest, east to west (at the middle latitude) or
 * south to north, in metres: a sphere's arcs, close enough to judge a radius implausible. */
function acrossM([west, south, east, north]: readonly number[]): number {
  const metresPerDegree = (Math.PI * 6_371_000) / 180;
  const middle = (((south! + north!) / 2) * Math.PI) / 180;
  return Math.max((north! - south!) * metresPerDegree, (east! - west!) * metresPerDegree * Math.cos(middle));
}

/** A distance in metres as a reader says it: "500,010 km", "850 m". */
const km = (m: number): string => (m >= 1000 ? `${Math.round(m / 1000).toLocaleString('en-US')} km` : `${Math.round(m)} m`);

/** Why a position is wrong, or null. Names a likely [lat, lon] swap as such. */
export function checkPosition([lon, lat]: readonly [number, number], bounds: StoryFile['bounds']): string | null {
  const [west, south, east, north] = bounds.bbox;
  const inside = (x: number, y: number): boolean => x >= west && x <= east && y >= south && y <= north;
  if (inside(lon, lat)) return null;
  if (inside(lat, lon)) {
    return `[${lon}, ${lat}] looks like [latitude, longitude]; RFC 7946 wants [longitude, latitude], i.e. [${lat}, ${lon}]`;
  }
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    return `[${lon}, ${lat}] is not a position on Earth (longitude within ±180, latitude within ±90)`;
  }
  return `[${lon}, ${lat}] lies outside the story's bounds, ${bounds.name} [${bounds.bbox.join(', ')}]`;
}

const TYPOGRAPHY: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'", '–': '-', '—': '-' };
const plain = (s: string): string => s.replace(/[“”‘’–—]/g, (c) => TYPOGRAPHY[c] ?? c).replace(/\s+/g, ' ');

/** A hint on why a quote is not verbatim, or ''. */
function verbatimHint(quote: string, paragraphId: string, article: ArticleFile): string {
  const own = article.paragraphs.find((p) => p.id === paragraphId);
  if (own && plain(own.text).includes(plain(quote))) {
    return ' (it differs only in quotation marks, apostrophes, dashes or spaces: copy them from the article, which uses “ ” ’ –)';
  }
  const elsewhere = article.paragraphs.find((p) => p.text.includes(quote));
  if (elsewhere) return ` (it is in ${elsewhere.id})`;
  const whole = article.paragraphs.map((p) => p.text).join(' ');
  if (whole.includes(quote) || plain(whole).includes(plain(quote))) {
    return ' (it spans more than one paragraph: split it into one quote per paragraph)';
  }
  if (quote.includes('…') || quote.includes('...')) return ' (an ellipsis is not the article’s text: split the quote in two)';
  return '';
}
