// The plain words the map uses for locations, confidence and dates, kept in one place so the
// popup, the places list and the legend always say the same thing. A confidence level is always said
// with what it rates, and a location with how many sources give it.
import type { ConfidenceLevel, Place, When } from './types.ts';

/** What each confidence level means, whatever it rates. */
export const CONFIDENCE_MEANING: Readonly<Record<ConfidenceLevel, string>> = {
  high: 'several independent or official sources agree',
  medium: 'one good source, or several that partly disagree',
  low: 'relayed, partisan or single secondary reporting',
};

/** The `identifiedBy` of a place or a contributor that we identify ourselves, not the article. */
export const OURS = 'iraq-strikes-map';

/** "That it is the old mill is our identification, not the article’s." `subject`: "it", "“Sam”". */
export function ourIdentification(subject: string, name: string): string {
  return `That ${subject} is ${name} is our identification, not the article’s.`;
}

/** What the confidence rates, then the level: "That it happened here: high confidence (several
 * independent or official sources agree)." A level is never shown without what it rates. */
export function confidenceStatement(place: Place): string {
  const { claim, level, basis } = place.confidence;
  return `${claim}: ${level} confidence (${CONFIDENCE_MEANING[level]}).${basis ? ` ${basis}` : ''}`;
}

const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** How well the place's position is known, and from how many sources: "Location: to the town only,
 * somewhere within about 10 km of its point (the dashed halo); one coordinate source." A derived
 * radius is said to be our estimate, not a bound; sources of one point are counted once. */
export function locationStatement(place: Place): string {
  const { kind, level, radiusM, radiusFrom, coordinateSources: n } = place.precision;
  if (kind === 'unlocated' || n === null) return 'Location: not known; no source gives a position.';
  const { count, same } = sourcesWords(place.precision);
  // No "within" for a named area: nothing bounds where in or around it anything happened.
  if (kind === 'named-area') {
    const named = place.strike?.role === 'reported-area' ? 'Named only in a relayed statement' : `Only the ${level} is named`;
    return `Location: not known. ${named}; where in or around the ${level} is not known. The symbol stands at its centre (${count}, for the centre${same ? `; ${same}` : ''}) and marks the name, not a site.`;
  }
  const sources = same ? `${count} (${same})` : count;
  if (kind === 'approximate' && !place.area && radiusFrom === 'derived') {
    return `Location: to the ${level} only; ${sources}. The dotted halo, about ${formatKm(radiusM)} around the point, is our estimate of the area’s size, not a bound: no source says how far from the point it lies.`;
  }
  const where = place.area
    ? kind === 'approximate'
      ? 'somewhere in the shaded area, whose edge is itself approximate (dashed)'
      : 'the shaded area'
    : kind === 'approximate'
      ? `to the ${level} only, somewhere within about ${formatKm(radiusM)} of its point (the dashed halo)`
      : level === 'facility'
        ? 'to the facility: the point lies within the named site'
        : `the ${level}’s centre`;
  return `Location: ${where}; ${sources}.`;
}

/** "two coordinate sources, whose points lie 4.3 km apart", and who gives a point already counted. */
function sourcesWords(precision: Place['precision']): { count: string; same: string | null } {
  const n = precision.coordinateSources ?? 0;
  const apart = precision.spreadM === null ? '' : `, whose points lie ${n > 2 ? 'up to ' : ''}${formatDistance(precision.spreadM)} apart`;
  const count = `${n === 1 ? 'one coordinate source' : `${NUMBERS[n] ?? n} coordinate sources`}${apart}`;
  const { samePoint } = precision;
  if (samePoint.length === 0) return { count, same: null };
  const within = Math.max(...samePoint.map((s) => s.distanceM));
  return {
    count,
    same: `${listNames(samePoint.map((s) => s.source))} ${samePoint.length === 1 ? 'gives' : 'give'} the same point, to within ${formatDistance(within)}`,
  };
}

/** The same, in a few words for lists: "located to the town only (about 10 km), 1 source". */
function locationShort(place: Place): string {
  const { kind, level, radiusM, radiusFrom, coordinateSources: n } = place.precision;
  if (kind === 'unlocated' || n === null) return 'not located';
  if (kind === 'named-area') return `position unknown: only the ${level} is named`;
  const where = place.area
    ? `as ${kind === 'approximate' ? 'an approximate' : 'an'} area`
    : kind === 'approximate'
      ? `to the ${level} only (${radiusFrom === 'derived' ? 'our estimate: ' : ''}about ${formatKm(radiusM)})`
      : level === 'facility'
        ? 'to the facility'
        : `at the ${level}’s centre`;
  return `located ${where}, ${n} source${n === 1 ? '' : 's'}`;
}

function formatKm(metres: number | null): string {
  const km = (metres ?? 0) / 1000;
  return `${Number.isInteger(km) ? km : km.toFixed(1)} km`;
}

/** "20 m", "4.3 km", "12 km": as precise as a reader needs. */
export function formatDistance(metres: number): string {
  if (metres < 10) return `${Math.round(metres)} m`;
  if (metres < 1000) return `${Math.round(metres / 10) * 10} m`;
  if (metres < 10_000) return `${(metres / 1000).toFixed(1)} km`;
  return `${Math.round(metres / 1000)} km`;
}

/** Names in a sentence, countable however they are written: "A and B", "A, B and C", or, when a name
 * has a comma of its own, "A, in X; B, in Y; and C", so that a listener hears where each one ends. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.some((n) => n.includes(','))) return `${names.slice(0, -1).join('; ')}; and ${names.at(-1)}`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A group's label on the map: its lead place's label and how many more it holds, "Baghdad +2". */
export function groupLabel(lead: string, count: number): string {
  return `${lead} +${count - 1}`;
}

/** A picture's detail inset, named after the place it centres on: "Around Baghdad". */
export function insetCaption(lead: string): string {
  return `Around ${lead}`;
}

/** A group's accessible name: how many places, and which (pressing it shows them apart). */
export function groupName(names: readonly string[]): string {
  return `${names.length} places here, too close to tell apart: ${listNames(names)}`;
}

/** The separator between names shown one after another: a semicolon when any has a comma of its own. */
export function nameSeparator(names: readonly string[]): string {
  return names.some((n) => n.includes(',')) ? '; ' : ', ';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "13 March 2020, about 01:15 local time". Dates are parsed by hand: no time zone can shift them. */
export function formatWhen(when: Pick<When, 'date' | 'timeLocal' | 'approximate'>): string {
  return `${formatDate(when.date)}${when.timeLocal ? `, ${when.approximate ? 'about ' : ''}${when.timeLocal} local time` : ''}`;
}

/** "2020-03-13" → "13 March 2020". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** A place in three short parts: its kind, how well it is located, how sure the sources are. */
export function placeSummaryParts(place: Place): [string, string, string] {
  return [place.kindLabel, locationShort(place), `${place.confidence.claim}: ${place.confidence.level} confidence`];
}

/** Those parts as one line to see, in tooltips and page descriptions: "Flooded street · located to the
 * town only (about 10 km), 1 source · That it happened here: high confidence". */
export function placeSummary(place: Place): string {
  return placeSummaryParts(place).join(' · ');
}

/** Those parts as they are heard: a "·" is read aloud as "middle dot", a semicolon as a pause. */
export function spokenSummary(place: Place): string {
  return placeSummaryParts(place).join('; ');
}

/** The name of a control that shows a place: on the map when it is on it, in the places list when
 * no source locates it. `as` is how the control shows the place (its label, on a passage's button). */
export function showPlaceName(place: Pick<Place, 'name' | 'position'>, as: string = place.name): string {
  return place.position === null ? `Show ${as} in the list of places` : `Show ${as} on the map`;
}

/** The first words of a text, enough to tell one quote or passage from another: "The airport is
 * purely civilian", "Authorities in charge of the Karbala…". */
export function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/** A dateline inside a sentence: its words set in capitals, as wire copy prints them, in title case,
 * and the rest exactly as written. "ADANA, Turkey" → "Adana, Turkey"; "AL-QAIM, Iraq" → "Al-Qaim,
 * Iraq". Words of one or two capitals (AP, UN) and abbreviations with points (U.N.) stay as written:
 * they are initials, not words in capitals. */
export function datelineInSentence(dateline: string): string {
  return dateline.replace(/[\p{Lu}][\p{Lu}'’-]*[\p{Lu}]/gu, (word, offset: number) => {
    const letters = word.replace(/['’-]/g, '');
    if (letters.length < 3 || dateline[offset + word.length] === '.') return word;
    return word.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_m, before: string, first: string) => before + first.toUpperCase());
  });
}
