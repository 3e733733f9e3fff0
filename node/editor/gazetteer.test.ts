import { describe, expect, it } from 'vitest';
import { findPlaces, fold } from './gazetteer.ts';

describe('Find a place', () => {
  it('finds a city by its name, with its country, its GeoNames id and its point', () => {
    const [adana] = findPlaces('Adana');
    expect(adana).toEqual({
      id: 325363,
      name: 'Adana',
      country: expect.stringMatching(/^T(ü|u)rk/),
      countryCode: 'TR',
      population: 1248988,
      position: [35.32531, 36.98615],
    });
  });

  it('puts whole-name matches first, the most populous first, and finds a name typed without its accents', () => {
    const names = findPlaces('concepcion').map((m) => `${m.name}, ${m.countryCode}`);
    expect(names[0]).toBe('Concepción, CL');
    expect(findPlaces('Thessaloniki')[0]).toMatchObject({ id: 734077, name: 'Thessaloníki', countryCode: 'GR' });
    expect(fold('Kahramanmaraş')).toBe('kahramanmaras');
  });

  it('tells places of one name apart by their country, and holds at most as many as asked', () => {
    const springfields = findPlaces('Springfield', 5);
    expect(springfields.map((m) => `${m.country} ${m.population}`)).toEqual([
      'United States 166810',
      'United States 154341',
      'United States 116565',
      'United States 60870',
      'United States 59680',
    ]);
    // Australia's is there too, further down: the country says which is which.
    expect(findPlaces('Springfield', 30).find((m) => m.countryCode === 'AU')).toMatchObject({ country: 'Australia', population: 6705 });
  });

  it('answers nothing to a single letter, or to a name no place has', () => {
    expect(findPlaces('a')).toEqual([]);
    expect(findPlaces('Qqxzv')).toEqual([]);
  });
});
