import { describe, expect, it } from 'vitest';
import { hashForPlace, placeFromHash } from './hash.ts';

describe('#place= hash', () => {
  it('round-trips a place id', () => {
    expect(placeFromHash(hashForPlace('camp-taji'))).toBe('camp-taji');
    expect(hashForPlace(null)).toBe('');
  });

  it('ignores other fragments and malformed ids', () => {
    expect(placeFromHash('#p-karbala-airport')).toBeNull();
    expect(placeFromHash('')).toBeNull();
    expect(placeFromHash('#place=')).toBeNull();
    expect(placeFromHash('#place=%E0%A4%A')).toBeNull();
    expect(placeFromHash('#place=<img src=x>')).toBeNull();
    expect(placeFromHash('#place=Camp-Taji')).toBeNull();
  });
});
