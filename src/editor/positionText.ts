// A position as the places a journalist copies it from print it: Wikipedia's infobox, GeoNames, a
// phone's GPS, a spreadsheet. Read into [longitude, latitude], RFC 7946's order, or null when the
// text is not yet (or not) a position; the caller waits for one rather than store half of it.
// Written by hand: no maintained package reads the degree-minute-second forms with Wikipedia's
// primes, and the rules fit in this file.

type LonLat = [number, number];

/** One coordinate: decimal degrees ("37.226", "-2.9437"), or degrees, minutes and seconds with any
 * of the marks people type for them ("37°13′34″", "37° 13' 34\"", "37°13.5′", "37 13 34"). */
const COORDINATE = String.raw`(-?\d+(?:\.\d+)?)\s*(?:[°º˚d]\s*)?(?:(\d+(?:\.\d+)?)\s*['′’m]?\s*(?:(\d+(?:\.\d+)?)\s*(?:["″”]|''|′′|s)?)?)?`;
const HEMISPHERE = '([NSEW])';

/** Degrees from the parts of one coordinate; null when minutes or seconds are out of range. */
function degrees(d: string, m: string | undefined, s: string | undefined): number | null {
  const minutes = m === undefined ? 0 : Number(m);
  const seconds = s === undefined ? 0 : Number(s);
  if (minutes >= 60 || seconds >= 60) return null;
  const whole = Math.abs(Number(d)) + minutes / 60 + seconds / 3600;
  return d.startsWith('-') ? -whole : whole;
}

/** Rounds away the float noise of minutes and seconds (1e-7 degrees is about a centimetre). */
const tidy = (n: number): number => Math.round(n * 1e7) / 1e7;

function valid([lon, lat]: LonLat): LonLat | null {
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [tidy(lon), tidy(lat)] : null;
}

/** Reads a pair of coordinates, latitude first unless hemispheres say otherwise. */
export function parsePosition(text: string): LonLat | null {
  const t = text.trim().toUpperCase().replace(/\s+/g, ' ');
  if (t === '') return null;
  // With hemispheres, before or after each number: "37°13′34″N 37°00′50″E", "N 37.226 E 37.014".
  const after = new RegExp(`^${COORDINATE}\\s*${HEMISPHERE}\\s*[,;/]?\\s*${COORDINATE}\\s*${HEMISPHERE}$`).exec(t);
  const before = new RegExp(`^${HEMISPHERE}\\s*${COORDINATE}\\s*[,;/]?\\s*${HEMISPHERE}\\s*${COORDINATE}$`).exec(t);
  if (after || before) {
    const [, d1, m1, s1, h1, d2, m2, s2, h2] = after ?? [
      before![0],
      before![2],
      before![3],
      before![4],
      before![1],
      before![6],
      before![7],
      before![8],
      before![5],
    ];
    const a = degrees(d1!, m1, s1);
    const b = degrees(d2!, m2, s2);
    if (a === null || b === null || a < 0 || b < 0) return null;
    const signed = (value: number, h: string): number => (h === 'S' || h === 'W' ? -value : value);
    const latFirst = (h1 === 'N' || h1 === 'S') && (h2 === 'E' || h2 === 'W');
    const lonFirst = (h1 === 'E' || h1 === 'W') && (h2 === 'N' || h2 === 'S');
    if (latFirst) return valid([signed(b, h2!), signed(a, h1!)]);
    if (lonFirst) return valid([signed(a, h1!), signed(b, h2!)]);
    return null;
  }
  // Two numbers, latitude first, as gazetteers and phones print them: "37.226, 37.014".
  const plain = /^(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)$/.exec(t);
  if (plain) return valid([Number(plain[2]), Number(plain[1])]);
  // Degrees, minutes and seconds with no hemispheres: "33 18 55, 44 21 58".
  const dms = new RegExp(`^${COORDINATE}\\s*[,;]\\s*${COORDINATE}$`).exec(t);
  if (dms) {
    const lat = degrees(dms[1]!, dms[2], dms[3]);
    const lon = degrees(dms[4]!, dms[5], dms[6]);
    return lat === null || lon === null ? null : valid([lon, lat]);
  }
  return null;
}

/** One coordinate typed on its own: a decimal, or degrees with minutes and seconds, a hemisphere
 * letter making it negative where it is S or W. Null until it reads as one. */
export function parseCoordinate(text: string, axis: 'lat' | 'lon'): number | null {
  const t = text.trim().toUpperCase();
  const m = new RegExp(`^${HEMISPHERE}?\\s*${COORDINATE}\\s*${HEMISPHERE}?$`).exec(t);
  if (!m || (m[1] && m[5])) return null;
  const value = degrees(m[2]!, m[3], m[4]);
  if (value === null) return null;
  const h = m[1] ?? m[5];
  if (h && (axis === 'lat' ? !'NS'.includes(h) : !'EW'.includes(h))) return null;
  const signed = h === 'S' || h === 'W' ? -Math.abs(value) : value;
  return Math.abs(signed) <= (axis === 'lat' ? 90 : 180) ? tidy(signed) : null;
}
