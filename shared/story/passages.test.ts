import { describe, expect, it } from 'vitest';
import { loadStoryDir } from '../../node/story/loadStoryDir.ts';
import { articlePieces, segmentArticle, tallyLine, tallySummary } from './passages.ts';
import type { Paragraph, Place } from './types.ts';

const story = loadStoryDir('geo');

const place = (id: string, quotes: [string, string][]): Place =>
  ({ id, quotes: quotes.map(([paragraph, text], i) => ({ id: `q${i}`, paragraph, text })) }) as unknown as Place;

describe('segmentArticle', () => {
  it('rebuilds every paragraph exactly from its segments', () => {
    const segments = segmentArticle(story.article.paragraphs, story.places);
    for (const p of story.article.paragraphs) {
      expect(
        segments
          .get(p.id)!
          .map((s) => s.text)
          .join(''),
      ).toBe(p.text);
    }
  });

  it('marks every quote of every place, and only quotes', () => {
    const segments = segmentArticle(story.article.paragraphs, story.places);
    for (const p of story.places) {
      for (const q of p.quotes) {
        const marked = segments
          .get(q.paragraph)!
          .filter((s) => s.refs.some((r) => r.placeId === p.id && r.quoteId === q.id))
          .map((s) => s.text)
          .join('');
        expect(marked, `${p.id}/${q.id}`).toBe(q.text);
      }
    }
  });

  it('gives one passage quoted by two places both places', () => {
    const segments = segmentArticle(story.article.paragraphs, story.places);
    const missiles = segments.get('p-escalation-history')!.find((s) => s.text.startsWith('Iran hit back'));
    expect(missiles?.refs.map((r) => r.placeId).sort()).toEqual(['ain-al-asad-air-base', 'erbil-air-base']);
  });

  it('splits overlapping quotes into adjacent segments without losing or repeating text', () => {
    const paragraphs: Paragraph[] = [{ id: 'p-a', kind: 'body', text: 'one two three four' }];
    const segments = segmentArticle(paragraphs, [place('x', [['p-a', 'one two three']]), place('y', [['p-a', 'two three four']])]).get('p-a')!;
    expect(segments.map((s) => [s.text, s.refs.map((r) => r.placeId).join('+')])).toEqual([
      ['one ', 'x'],
      ['two three', 'x+y'],
      [' four', 'y'],
    ]);
  });

  it('refuses a quote that is not in its paragraph rather than dropping it', () => {
    const paragraphs: Paragraph[] = [{ id: 'p-a', kind: 'body', text: 'one two' }];
    expect(() => segmentArticle(paragraphs, [place('x', [['p-a', 'three']])])).toThrow('x: quote q0 is not in p-a');
  });
});

describe('tallySummary', () => {
  it('counts the places of the kinds that tally, never a reported area: five sites, two of them located', () => {
    expect(tallySummary(story.places, story.meta.kinds)).toEqual({ counted: 5, located: 2, reportedAreas: 3 });
    expect(tallyLine(story.meta, tallySummary(story.places, story.meta.kinds))).toBe('5 sites struck; 2 located');
  });

  it('says one in the singular, and nothing for a story that counts nothing', () => {
    const meta = { ...story.meta, tally: { one: 'crossing', other: 'crossings' } };
    expect(tallyLine(meta, { counted: 1, located: 0, reportedAreas: 0 })).toBe('1 crossing; 0 located');
    expect(tallyLine({ ...meta, tally: null }, { counted: 5, located: 2, reportedAreas: 0 })).toBeNull();
  });
});

describe('articlePieces', () => {
  const paragraph: Paragraph = { id: 'p', kind: 'body', text: 'He said: It is clear that the base was hit. Then nothing.' } as Paragraph;

  it('makes a quote that holds another place’s quote one passage, offering each place once', () => {
    const outer = place('base', [['p', 'It is clear that the base was hit.']]);
    const inner = place('town', [['p', 'the base']]);
    const pieces = articlePieces(segmentArticle([paragraph], [outer, inner]).get('p')!);
    expect(pieces.map((p) => p.kind)).toEqual(['text', 'passage', 'text']);
    const passage = pieces[1] as Extract<(typeof pieces)[number], { kind: 'passage' }>;
    expect(passage.segments.map((s) => s.text).join('')).toBe('It is clear that the base was hit.');
    expect(passage.segments).toHaveLength(3);
    expect(passage.placeIds).toEqual(['base', 'town']);
  });

  it('keeps passages apart where plain text stands between them', () => {
    const pieces = articlePieces(segmentArticle([paragraph], [place('a', [['p', 'He said']]), place('b', [['p', 'Then nothing.']])]).get('p')!);
    expect(pieces.map((p) => (p.kind === 'passage' ? p.placeIds.join() : 'text'))).toEqual(['a', 'text', 'b']);
  });
});
