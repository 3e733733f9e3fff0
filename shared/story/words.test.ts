import { describe, expect, it } from 'vitest';
import { loadStoryDir } from '../../node/story/loadStoryDir.ts';
import {
  confidenceStatement,
  datelineInSentence,
  firstWords,
  formatDate,
  formatDistance,
  formatWhen,
  listNames,
  locationStatement,
  nameSeparator,
  placeSummary,
  showPlaceName,
} from './words.ts';

const story = loadStoryDir('geo');
const second = loadStoryDir('e2e/fixtures/second-story');
const byId = (id: string) => [...story.places, ...second.places].find((p) => p.id === id)!;

describe('words', () => {
  it('formats ISO dates without a time zone shifting them', () => {
    expect(formatDate('2020-03-13')).toBe('13 March 2020');
    expect(formatDate('2019-12-31')).toBe('31 December 2019');
  });

  it('formats a dated event with its local time and "about" when approximate', () => {
    expect(formatWhen({ date: '2020-03-11', timeLocal: '19:35', approximate: false })).toBe('11 March 2020, 19:35 local time');
    expect(formatWhen({ date: '2020-01-08', timeLocal: '01:30', approximate: true })).toBe('8 January 2020, about 01:30 local time');
    expect(formatWhen({ date: '2019-12-31', timeLocal: null, approximate: false })).toBe('31 December 2019');
  });

  it('says how well each place is located, to what level and from how many sources', () => {
    expect(locationStatement(byId('k1-air-base'))).toBe('Location: to the facility: the point lies within the named site; one coordinate source.');
    expect(locationStatement(byId('al-saidat'))).toBe('Location: not known; no source gives a position.');
    expect(locationStatement(byId('tikrit-test-zone'))).toBe(
      'Location: somewhere in the shaded area, whose edge is itself approximate (dashed); one coordinate source.',
    );
  });

  it('says a derived radius is our estimate, not a bound, and a sourced one is a bound', () => {
    // Jurf al-Nasr's 10 km is a circle with the subdistrict's area: no source bounds the targets.
    expect(locationStatement(byId('jurf-al-nasr'))).toBe(
      'Location: to the town only; one coordinate source. The dotted halo, about 10 km around the point, is our estimate of the area’s size, not a bound: no source says how far from the point it lies.',
    );
    expect(placeSummary(byId('jurf-al-nasr'))).toBe(
      'Strike site · located to the town only (our estimate: about 10 km), 1 source · That it was struck: high confidence',
    );
    const bounded = { ...byId('jurf-al-nasr'), precision: { ...byId('jurf-al-nasr').precision, radiusFrom: 'source' as const, radiusM: 5000 } };
    expect(locationStatement(bounded)).toBe('Location: to the town only, somewhere within about 5 km of its point (the dashed halo); one coordinate source.');
    expect(placeSummary(bounded)).toBe('Strike site · located to the town only (about 5 km), 1 source · That it was struck: high confidence');
  });

  it('counts as one the sources that give the same point, and says how far apart the others lie', () => {
    // Wikipedia's and GeoNames' centres of Baghdad are 4.3 km apart; Camp Taji's two points, 2 km.
    expect(locationStatement(byId('baghdad'))).toBe('Location: the city’s centre; two coordinate sources, whose points lie 4.3 km apart.');
    expect(locationStatement(byId('camp-taji'))).toBe(
      'Location: to the facility: the point lies within the named site; two coordinate sources, whose points lie 2.0 km apart.',
    );
    // OurAirports repeats Wikipedia's airport reference points to within 20 m: one source, not two.
    expect(locationStatement(byId('baghdad-international-airport'))).toBe(
      'Location: to the facility: the point lies within the named site; one coordinate source (OurAirports gives the same point, to within 20 m).',
    );
    expect(locationStatement(byId('erbil-air-base'))).toBe(
      'Location: to the facility: the point lies within the named site; one coordinate source (OurAirports gives the same point, to within 10 m).',
    );
    for (const place of [...story.places, ...second.places]) expect(locationStatement(place), place.id).not.toContain('independent');
  });

  it('words a named area so that nothing reads as a bound', () => {
    expect(locationStatement(byId('najaf'))).toBe(
      'Location: not known. Named only in a relayed statement; where in or around the city is not known. The symbol stands at its centre (one coordinate source, for the centre) and marks the name, not a site.',
    );
    // A named area outside any strike reconstruction: the same, without the relayed list.
    expect(locationStatement(byId('around-baiji'))).toBe(
      'Location: not known. Only the town is named; where in or around the town is not known. The symbol stands at its centre (one coordinate source, for the centre) and marks the name, not a site.',
    );
    for (const place of [...story.places, ...second.places].filter((p) => p.precision.kind === 'named-area')) {
      expect(`${locationStatement(place)} ${placeSummary(place)}`, place.id).not.toMatch(/within|\d+(\.\d+)? ?km|halo/);
    }
  });

  it('says what each confidence rates, never a level alone', () => {
    expect(confidenceStatement(byId('jurf-al-nasr'))).toBe('That it was struck: high confidence (several independent or official sources agree).');
    expect(confidenceStatement(byId('al-musayyib'))).toBe(
      'That anything was struck in or around the town: low confidence (relayed, partisan or single secondary reporting).',
    );
    expect(confidenceStatement(byId('karbala-international-airport'))).toMatch(
      /^That it was struck: high confidence \(several independent or official sources agree\). Its own authorities/,
    );
  });

  it('calls relayed areas reported, not struck, and lists each place in a line', () => {
    expect(byId('al-musayyib').kindLabel).toBe('Reported strike area');
    expect(byId('karbala-international-airport').kindLabel).toBe('Airport struck');
    expect(placeSummary(byId('al-iskandariya'))).toBe(
      'Reported strike area · position unknown: only the town is named · That anything was struck in or around the town: low confidence',
    );
    expect(placeSummary(byId('al-ashtar-facility'))).toBe('Strike site · not located · That it was struck: low confidence');
  });
});

describe('lists and distances', () => {
  it('joins names so that a listener can count them, with semicolons when a name has a comma', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['Camp Alpha'])).toBe('Camp Alpha');
    expect(listNames(['Camp Alpha', 'Depot B'])).toBe('Camp Alpha and Depot B');
    expect(listNames(['Camp Alpha', 'Depot B', 'Port C'])).toBe('Camp Alpha, Depot B and Port C');
    expect(listNames(['Depot B, north of the river', 'Port C', 'Yard D, in the old town'])).toBe(
      'Depot B, north of the river; Port C; and Yard D, in the old town',
    );
    expect(nameSeparator(['Camp Alpha', 'Depot B'])).toBe(', ');
    expect(nameSeparator(['Camp Alpha', 'Depot B, north of the river'])).toBe('; ');
  });

  it('says a distance as precisely as a reader needs', () => {
    expect(formatDistance(4)).toBe('4 m');
    expect(formatDistance(18.6)).toBe('20 m');
    expect(formatDistance(2024)).toBe('2.0 km');
    expect(formatDistance(4310)).toBe('4.3 km');
    expect(formatDistance(12_400)).toBe('12 km');
  });
});

describe('controls that show a place', () => {
  it('say where they go: the map, or the list of places for a place no source locates', () => {
    expect(showPlaceName({ name: 'Camp Alpha', position: [44, 33] })).toBe('Show Camp Alpha on the map');
    expect(showPlaceName({ name: 'Depot B', position: null })).toBe('Show Depot B in the list of places');
    expect(showPlaceName({ name: 'Depot B, north of the river', position: null }, 'Depot B')).toBe('Show Depot B in the list of places');
  });

  it('tell one quote from another by its first words', () => {
    expect(firstWords('The airport is purely civilian')).toBe('The airport is purely civilian');
    expect(firstWords('Authorities in charge of the Karbala International Airport said')).toBe('Authorities in charge of the Karbala…');
  });
});

describe('a dateline in a sentence', () => {
  it('sets words in capitals in title case and keeps the rest as written', () => {
    expect(datelineInSentence('LONDON')).toBe('London');
    expect(datelineInSentence('ADANA, Turkey')).toBe('Adana, Turkey');
    expect(datelineInSentence('AL-QAIM, Iraq')).toBe('Al-Qaim, Iraq');
    expect(datelineInSentence('NEW YORK')).toBe('New York');
    expect(datelineInSentence('Kinshasa, Democratic Republic of Congo')).toBe('Kinshasa, Democratic Republic of Congo');
  });

  it('keeps initials as written', () => {
    expect(datelineInSentence('WASHINGTON (AP)')).toBe('Washington (AP)');
    expect(datelineInSentence('UNITED NATIONS (U.N.)')).toBe('United Nations (U.N.)');
  });
});
