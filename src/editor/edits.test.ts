// The editor's changes: ids the data contract accepts, quotes that are the article's words or
// nothing, a new place's id following its name until it is saved.
import { describe, expect, it } from 'vitest';
import { openStory } from '../../node/editor/storyStore.ts';
import { loadStoryDir } from '../../node/story/loadStoryDir.ts';
import type { StoryFilesJson } from '../../shared/editor/files.ts';
import { addPlace, addQuote, deletePlace, renamePlace, setArea, setRadius, slug, speakers, unique, withField } from './edits.ts';

const files = openStory('e2e/fixtures/lualaba-story').files as unknown as StoryFilesJson;

describe('the editor’s changes', () => {
  it('makes kebab-case ids, unique in the story', () => {
    expect(slug('Ville de Kasongo-Rive, Nord ')).toBe('ville-de-kasongo-rive-nord');
    expect(slug('Hôpital Général')).toBe('hopital-general');
    expect(unique('kindu', new Set(['kindu', 'kindu-2']))).toBe('kindu-3');
  });

  it('adds a place at the point clicked, rounded to 5 decimals, choosing nothing the journalist has not', () => {
    const { files: next, id } = addPlace(files, [25.123456789, -2.987654321]);
    const added = next.places.features.find((f) => f.id === id)!;
    expect(added.geometry).toEqual({ type: 'Point', coordinates: [25.12346, -2.98765] });
    expect(added.properties).toMatchObject({ name: '', precision: { basis: '' }, confidence: { claim: '' }, naming: { articleWords: null }, sources: [] });
    expect(added.properties.kind).toBeUndefined();
    expect(added.properties.precision.kind).toBeUndefined();
    expect(added.properties.precision.level).toBeUndefined();
    expect(added.properties.precision.radiusM).toBeUndefined();
    expect(added.properties.confidence.level).toBeUndefined();
    expect(added.properties.naming.inArticle).toBeUndefined();
  });

  it('adds a place found in the gazetteer with its name, its point as given and the record as its source', () => {
    const { files: next, id } = addPlace(files, [35.32135, 37.00167], {
      name: 'Adana',
      source: 'GeoNames 325363',
      url: 'https://www.geonames.org/325363',
      population: 1248988,
    });
    const added = next.places.features.find((f) => f.id === id)!;
    expect(id).toBe('adana');
    expect(added.geometry).toEqual({ type: 'Point', coordinates: [35.32135, 37.00167] });
    expect(added.properties).toMatchObject({
      name: 'Adana',
      label: 'Adana',
      precision: { kind: 'exact', level: 'city', coordinateSources: 1, basis: 'GeoNames 325363 gives the centre of Adana, a city of 1,248,988 people.' },
      sources: [{ label: 'GeoNames 325363', url: 'https://www.geonames.org/325363' }],
    });
    expect(added.properties.confidence.level).toBeUndefined();
  });

  it('gives a place its id from its name until it is saved, then keeps it', () => {
    const { files: next, id } = addPlace(files, [25.5, -3]);
    const renamed = renamePlace(next, id, 'Kindu', true);
    expect(renamed.id).toBe('kindu-2');
    const again = renamePlace(renamed.files, renamed.id, 'Kindu river port', true);
    expect(again.id).toBe('kindu-river-port');
    expect(renamePlace(again.files, again.id, 'Port of Kindu', false).id).toBe('kindu-river-port');
  });

  it('lets the label follow the name until the journalist types into it', () => {
    const { files: next, id } = addPlace(files, [25.5, -3]);
    const named = renamePlace(next, id, 'Adana', true);
    expect(named.files.places.features.find((f) => f.id === named.id)!.properties.label).toBe('Adana');
    // The label typed as "Adana" before the name was finished: it stays as typed.
    const renamed = renamePlace(named.files, named.id, 'Adana province', true, true);
    expect(renamed.files.places.features.find((f) => f.id === renamed.id)!.properties.label).toBe('Adana');
  });

  it('deletes a place, and only that place', () => {
    const before = files.places.features.map((f) => f.id);
    const next = deletePlace(files, 'kasongo');
    expect(next.places.features.map((f) => f.id)).toEqual(before.filter((id) => id !== 'kasongo'));
    expect(files.places.features.map((f) => f.id)).toEqual(before);
  });

  it('quotes only the article’s own words, in the paragraph they were selected in', () => {
    const next = addQuote(files, 'kasongo', 'p-kasongo', 'fields were flooded too', 'the test article', 'describes');
    const quotes = next.places.features.find((f) => f.id === 'kasongo')!.properties.quotes;
    expect(quotes.at(-1)).toMatchObject({ paragraph: 'p-kasongo', text: 'fields were flooded too', attributedTo: 'the test article' });
    expect(() => addQuote(files, 'kasongo', 'p-intro', 'fields were flooded too', 'the test article', 'names')).toThrow('is not in paragraph p-intro');
  });

  it('offers the speakers the story already quotes, most quoted first', () => {
    expect(speakers(files)[0]).toBe('the test article');
    expect(loadStoryDir('e2e/fixtures/lualaba-story').places.flatMap((p) => p.quotes.map((q) => q.attributedTo))).toEqual(
      expect.arrayContaining(speakers(files)),
    );
  });

  it('closes a drawn area and winds it counterclockwise, as RFC 7946 asks, whichever way it was drawn', () => {
    const clockwise: [number, number][] = [
      [25, -3],
      [25, -2],
      [26, -2],
      [26, -3],
    ];
    const area = setArea(files, 'river-gauge', clockwise).places.features.find((f) => f.id === 'river-gauge')!;
    expect(area.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [26, -3],
          [26, -2],
          [25, -2],
          [25, -3],
          [26, -3],
        ],
      ],
    });
    // It had no position: now an approximate area, at a level an area can have, with one source for it.
    expect(area.properties.precision).toMatchObject({ kind: 'approximate', level: 'region', coordinateSources: 1 });
    expect(() => setArea(files, 'river-gauge', clockwise.slice(0, 2))).toThrow('at least three corners');
    // A halo's place drawn as an area keeps neither its radius nor where the radius came from.
    const kasongo = setArea(files, 'kasongo', clockwise).places.features.find((f) => f.id === 'kasongo')!;
    expect(kasongo.properties.precision).not.toHaveProperty('radiusM');
    expect(kasongo.properties.precision).not.toHaveProperty('radiusFrom');
  });

  it('sets a radius in whole metres, never below one', () => {
    const radius = (m: number) => setRadius(files, 'kasongo', m).places.features.find((f) => f.id === 'kasongo')!.properties.precision.radiusM;
    expect(radius(15432.6)).toBe(15433);
    expect(radius(0.2)).toBe(1);
  });

  it('takes words quoted as naming a new place as the article’s naming of it, and leaves a naming already said alone', () => {
    const { files: next, id } = addPlace(files, [25.5, -3]);
    const paragraph = next.article.paragraphs[0]!;
    const words = paragraph.text.split(' ').slice(0, 2).join(' ');
    const named = addQuote(next, id, paragraph.id, words, 'the article', 'names');
    expect(named.places.features.find((f) => f.id === id)!.properties.naming).toEqual({ inArticle: true, articleWords: words });
    const described = addQuote(next, id, paragraph.id, words, 'the article', 'describes');
    expect(described.places.features.find((f) => f.id === id)!.properties.naming).toEqual({ articleWords: null });
    const kindu = addQuote(files, 'kindu', paragraph.id, words, 'the article', 'names').places.features.find((f) => f.id === 'kindu')!;
    expect(kindu.properties.naming).toEqual(files.places.features.find((f) => f.id === 'kindu')!.properties.naming);
  });

  it('sets an optional field, or leaves it out when it is nothing, never storing it empty', () => {
    const story: { title: string; publisher?: string; credits?: readonly string[] } = { title: 'T', publisher: 'P', credits: ['a'] };
    expect(withField(story, 'publisher', 'Q')).toEqual({ title: 'T', publisher: 'Q', credits: ['a'] });
    expect(withField(story, 'publisher', '')).toEqual({ title: 'T', credits: ['a'] });
    expect(withField(story, 'credits', [])).toEqual({ title: 'T', publisher: 'P' });
    expect(withField(story, 'publisher', undefined)).toEqual({ title: 'T', credits: ['a'] });
    expect(withField({ inArticle: true }, 'inArticle', false)).toEqual({ inArticle: false });
  });
});
