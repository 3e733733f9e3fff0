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
 * somewhere within about 10 km of its point (the dashed halo); one coordinate source." */
export function locationStatement(place: Place): string {
  const { kind, level, radiusM, coordinateSources: n } = place.precision;
  if (kind === 'unlocated' || n === null) return 'Location: not known; no source gives a position.';
  const sources = n === 1 ? 'one coordinate source' : `${NUMBERS[n] ?? n} independent coordinate sources`;
  // No "within" for a named area: nothing bounds where in or around it anything happened.
  if (kind === 'named-area') {
    const named = place.strike?.role === 'reported-area' ? 'Named only in a relayed statement' : `Only the ${level} is named`;
    return `Location: not known. ${named}; where in or around the ${level} is not known. The symbol stands at its centre (${sources}, for the centre) and marks the name, not a site.`;
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

/** The same, in a few words for lists: "located to the town only (about 10 km), 1 source". */
function locationShort(place: Place): string {
  const { kind, level, radiusM, coordinateSources: n } = place.precision;
  if (kind === 'unlocated' || n === null) return 'not located';
  if (kind === 'named-area') return `position unknown: only the ${level} is named`;
  const where = place.area
    ? `as ${kind === 'approximate' ? 'an approximate' : 'an'} area`
    : kind === 'approximate'
      ? `to the ${level} only (about ${formatKm(radiusM)})`
      : level === 'facility'
        ? 'to the facility'
        : `at the ${level}’s centre`;
  return `located ${where}, ${n} source${n === 1 ? '' : 's'}`;
}

function formatKm(metres: number | null): string {
  const km = (metres ?? 0) / 1000;
  return `${Number.isInteger(km) ? km : km.toFixed(1)} km`;
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

/** A short line for lists and marker tooltips: "Flooded street · located to the town only (about 10 km),
 * 1 source · That it happened here: high confidence". */
export function placeSummary(place: Place): string {
  return `${place.kindLabel} · ${locationShort(place)} · ${place.confidence.claim}: ${place.confidence.level} confidence`;
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
