// The plain words the map uses for kinds, precision, confidence and dates, kept in one place so the
// popup, the places list and the legend always say the same thing.
import type { Confidence, Place, PlaceKind, When } from './types.ts';

export const KIND_LABEL: Readonly<Record<PlaceKind, string>> = {
  'strike-site': 'Strike site',
  'attacked-base': 'Base hit by rockets',
  airport: 'Airport struck',
  city: 'City',
  'earlier-event': 'Earlier event',
};

export const CONFIDENCE_WORDS: Readonly<Record<Confidence, string>> = {
  high: 'High confidence: several independent or official sources agree.',
  medium: 'Medium confidence: one good source, or several that partly disagree.',
  low: 'Low confidence: relayed or single secondary reporting.',
};

/** The kind as a reader would say it, taking the strike reconstruction into account. */
export function kindLabel(place: Place): string {
  if (place.strike?.role === 'reported-area') return 'Reported strike area';
  return KIND_LABEL[place.kind];
}

/** One line on how precisely the place is located, e.g. "Approximate: within about 10 km of this point". */
export function precisionSummary(place: Place): string {
  const { kind, level, radiusM } = place.precision;
  if (kind === 'unlocated') return 'Not located: no source gives a position.';
  if (place.area !== null) return kind === 'approximate' ? 'Approximate: somewhere in the shaded area, whose edge is itself approximate (dashed).' : 'An area: the place is the shaded shape.';
  if (kind === 'approximate') {
    const km = (radiusM ?? 0) / 1000;
    return `Approximate: somewhere within about ${formatKm(km)} of the ${level === 'city' ? 'city centre' : `${level} point`} (the dashed halo).`;
  }
  if (level === 'city') return 'Exact to the city: the point is its centre.';
  return 'Exact to the facility: the point lies within the named site.';
}

function formatKm(km: number): string {
  return `${Number.isInteger(km) ? km : km.toFixed(1)} km`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "13 March 2020, about 01:15 local time". Dates are parsed by hand: no time zone can shift them. */
export function formatWhen(when: When): string {
  return `${formatDate(when.date)}${when.timeLocal ? `, ${when.approximate ? 'about ' : ''}${when.timeLocal} local time` : ''}`;
}

/** "2020-03-13" → "13 March 2020". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** A short line for lists: "Strike site · approximate (10 km) · low confidence". */
export function placeSummary(place: Place): string {
  const { kind, radiusM } = place.precision;
  const where =
    place.area !== null
      ? `${kind === 'approximate' ? 'approximate ' : ''}area`
      : kind === 'approximate'
        ? `approximate (${formatKm((radiusM ?? 0) / 1000)})`
        : kind === 'exact'
          ? `exact to the ${place.precision.level}`
          : 'not located';
  return `${kindLabel(place)} · ${where} · ${place.confidence} confidence`;
}
