import { describe, expect, it } from 'vitest';
import { hashFor, hashForPlace, placeFromHash, selectionFromHash } from './hash.ts';

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

describe('#event= hash', () => {
  it('selects a step, and one of its places other than the first', () => {
    expect(selectionFromHash('#event=iran-missiles')).toEqual({ step: 'iran-missiles', place: null });
    expect(selectionFromHash('#event=iran-missiles&place=erbil-air-base')).toEqual({ step: 'iran-missiles', place: 'erbil-air-base' });
    expect(placeFromHash('#event=iran-missiles')).toBeNull();
  });

  it('leaves the step’s first place out of the hash', () => {
    expect(hashFor({ step: 'iran-missiles', place: 'ain-al-asad-air-base' }, 'ain-al-asad-air-base')).toBe('#event=iran-missiles');
    expect(hashFor({ step: 'iran-missiles', place: 'erbil-air-base' }, 'ain-al-asad-air-base')).toBe('#event=iran-missiles&place=erbil-air-base');
    const round = selectionFromHash(hashFor({ step: 'us-strikes', place: 'najaf' }, 'karbala-international-airport'));
    expect(round).toEqual({ step: 'us-strikes', place: 'najaf' });
  });

  it('ignores malformed steps', () => {
    expect(selectionFromHash('#event=')).toBeNull();
    expect(selectionFromHash('#event=Iran')).toBeNull();
    expect(selectionFromHash('#event=a&place=')).toBeNull();
    expect(selectionFromHash('#event=a&b=c')).toBeNull();
    expect(selectionFromHash('#event=a&place=b&place=c')).toBeNull();
  });
});
