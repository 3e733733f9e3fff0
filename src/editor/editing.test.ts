import { describe, expect, it } from 'vitest';
import { WORLD } from './bounds.ts';
import { editing } from './editing.ts';
import { addPlace, newStory, paragraphsFromText } from './edits.ts';

const versions = { story: '', article: '', places: '' };
const opened = () => editing(null, { type: 'open', folder: 'stories/quake', files: newStory('stories/quake', paragraphsFromText('One.\n\nTwo.')), versions })!;

describe('the editor’s state', () => {
  it('opens a new story from its article, every other field empty, its bounds following its places', () => {
    const state = opened();
    expect(state.files.story).toMatchObject({ id: 'quake', title: '', dek: '' });
    expect(state.files.article).toMatchObject({ outlet: '', dateline: null, byline: { lead: null, contributors: [] } });
    expect(state.files.article.paragraphs.map((p) => p.text)).toEqual(['One.', 'Two.']);
    expect(state.files.places.features).toEqual([]);
    expect(state.followBounds).toBe(true);
    expect(state.files.story.bounds.bbox).toBe(WORLD);
  });

  it('moves the bounds with each place added while they follow, and Undo takes both back', () => {
    const state = opened();
    const added = editing(state, { type: 'edit', change: (f) => addPlace(f, [35.32, 37.0]).files })!;
    expect(added.files.story.bounds.bbox).toEqual([35.07, 36.75, 35.57, 37.25]);
    expect(added.past).toHaveLength(1);
    const undone = editing(added, { type: 'undo' })!;
    expect(undone.files).toBe(state.files);
    expect(undone.files.story.bounds.bbox).toEqual([-180, -60, 180, 80]);
  });

  it('leaves bounds the journalist set where they are', () => {
    const set = editing(opened(), { type: 'follow-bounds', follow: false })!;
    const added = editing(set, { type: 'edit', change: (f) => addPlace(f, [35.32, 37.0]).files })!;
    expect(added.files.story.bounds.bbox).toEqual([-180, -60, 180, 80]);
    // And following again is one change, undoable.
    const following = editing(added, { type: 'follow-bounds', follow: true })!;
    expect(following.files.story.bounds.bbox).toEqual([35.07, 36.75, 35.57, 37.25]);
    expect(editing(following, { type: 'undo' })!.files.story.bounds.bbox).toEqual([-180, -60, 180, 80]);
  });

  it('keeps Undo across a save: a save changes the versions, not the history', () => {
    const added = editing(opened(), { type: 'edit', change: (f) => addPlace(f, [35.32, 37.0]).files })!;
    const saved = editing(added, { type: 'saved', versions: { story: 'a', article: 'b', places: 'c' } })!;
    expect(saved.past).toBe(added.past);
    expect(editing(saved, { type: 'undo' })!.files.places.features).toEqual([]);
  });

  it('makes no history of an edit that changes nothing', () => {
    const state = opened();
    expect(editing(state, { type: 'edit', change: (f) => f })).toBe(state);
  });
});
