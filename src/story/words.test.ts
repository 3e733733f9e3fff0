import { describe, expect, it } from 'vitest';
import { loadStoryDir } from '../../build/story/loadStoryDir.ts';
import { confidenceStatement, firstWords, formatDate, formatWhen, locationStatement, placeSummary, showPlaceName } from './words.ts';

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
    expect(locationStatement(byId('jurf-al-nasr'))).toBe(
      'Location: to the town only, somewhere within about 10 km of its point (the dashed halo); one coordinate source.',
    );
    expect(locationStatement(byId('camp-taji'))).toBe('Location: to the facility: the point lies within the named site; two independent coordinate sources.');
    expect(locationStatement(byId('k1-air-base'))).toBe('Location: to the facility: the point lies within the named site; one coordinate source.');
    expect(locationStatement(byId('baghdad'))).toBe('Location: the city’s centre; two independent coordinate sources.');
    expect(locationStatement(byId('al-saidat'))).toBe('Location: not known; no source gives a position.');
    expect(locationStatement(byId('tikrit-test-zone'))).toBe(
      'Location: somewhere in the shaded area, whose edge is itself approximate (dashed); one coordinate source.',
    );
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
    expect(placeSummary(byId('jurf-al-nasr'))).toBe('Strike site · located to the town only (about 10 km), 1 source · That it was struck: high confidence');
    expect(placeSummary(byId('al-ashtar-facility'))).toBe('Strike site · not located · That it was struck: low confidence');
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
