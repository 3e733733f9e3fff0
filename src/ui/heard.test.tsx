// What the components give a screen reader, checked on their markup (rendered to a string, as the
// server would): which elements can take focus, and that no "·" is in any text or name, where a
// screen reader reads it out as "middle dot". The page as a whole, Leaflet's parts with it, is
// checked in e2e/a11y-tree.spec.ts; what Orca says of it in e2e/screen-reader.spec.ts.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { loadStoryDir } from '../../node/story/loadStoryDir.ts';
import type { Story } from '../../shared/story/types.ts';
import { ArticlePane } from '../article/ArticlePane.tsx';
import { PlacePopup } from '../map/PlacePopup.tsx';
import { PlacesList } from '../places/PlacesList.tsx';
import { SelectionProvider } from '../selection/SelectionContext.tsx';
import { Timeline } from '../timeline/Timeline.tsx';

const story = loadStoryDir('geo');
// The selection starts from the page's address: none here.
vi.stubGlobal('window', { location: { hash: '' } });
const inStory = (s: Story, node: React.ReactNode) => renderToStaticMarkup(<SelectionProvider story={s}>{node}</SelectionProvider>);

/** Every tabindex in the markup, with the element's tag and class. */
const tabIndexes = (html: string) =>
  [...html.matchAll(/<(\w+)([^>]*?)tabindex="(-?\d+)"/g)].map(([, tag, attrs, value]) => `${tag}.${/class="([^"]*)"/.exec(attrs!)?.[1] ?? ''} ${value}`);

describe('what a screen reader is given', () => {
  it('a popup takes focus on its heading (tabindex -1), and on nothing else that is not a control', () => {
    for (const place of story.places) {
      const html = inStory(story, <PlacePopup place={place} story={story} step={null} onParagraphLink={() => {}} onClose={() => {}} />);
      expect(tabIndexes(html), place.id).toEqual(['h2.pp-title -1']);
      // The dialog itself has none: a focused dialog is read whole, as one run of words.
      expect(html, place.id).toMatch(/^<div class="pp" role="dialog" aria-labelledby="popup-title-[^"]+" data-place-id/);
    }
  });

  it('the article, the places list and the timeline keep no tabindex but the timeline’s one Tab stop', () => {
    expect(tabIndexes(inStory(story, <ArticlePane story={story} />))).toEqual([]);
    expect(tabIndexes(inStory(story, <PlacesList story={story} />))).toEqual([]);
    const timeline = tabIndexes(inStory(story, <Timeline story={story} />));
    // The scrolling row is no Tab stop of its own (Firefox makes one of every scroller); its steps
    // are one, the first until another is chosen (a roving tabindex).
    expect(timeline).toEqual(['ol.tl-list -1', 'button.tl-step 0', ...story.events.slice(1).map(() => 'button.tl-step -1')]);
  });

  it('no text, name or description holds a "·"', () => {
    const html = [
      inStory(story, <ArticlePane story={story} />),
      inStory(story, <PlacesList story={story} />),
      inStory(story, <Timeline story={story} />),
      ...story.places.map((place) => inStory(story, <PlacePopup place={place} story={story} step={null} onParagraphLink={() => {}} onClose={() => {}} />)),
    ].join('\n');
    expect(html).not.toContain('·');
    // The separators are drawn by CSS, with a pause as their spoken text (ui/Separator.tsx).
    expect(html).toContain('<span class="sep"></span>');
  });
});
