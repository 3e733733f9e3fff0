// The embed: the map for a news page's iframe, 300 to 1200 px wide. Title and source, the key, the
// map, and two panels that open below it (the article's words, every place as text), then credits.
// Its height is its content's, reported to the host page as it changes.
import { useCallback, useEffect, useState } from 'react';
import { type EmbedOptions, linkWay } from '../../shared/embed/options.ts';
import type { Story } from '../../shared/story/types.ts';
import { formatDate } from '../../shared/story/words.ts';
import { ArticlePane } from '../article/ArticlePane.tsx';
import { goToParagraph } from '../article/goToParagraph.ts';
import { Legend } from '../map/Legend.tsx';
import { StoryMap } from '../map/StoryMap.tsx';
import { PlacesList, placeEntryId } from '../places/PlacesList.tsx';
import { SelectionAnnouncer } from '../selection/SelectionAnnouncer.tsx';
import { SelectionProvider } from '../selection/SelectionContext.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { focusTemporarily } from '../ui/focus.ts';
import { useBrowserValue } from '../ui/hydration.ts';
import { MapBoundary } from '../ui/MapBoundary.tsx';
import { FullStoryLink } from './FullStoryLink.tsx';
import { FullscreenButton } from './FullscreenButton.tsx';
import { HostBridge } from './HostBridge.tsx';
import { MapOnSelect } from './MapOnSelect.tsx';
import { useHeightReporting } from './useHeightReporting.ts';
import { useScrollbarWhenNeeded } from './useScrollbarWhenNeeded.ts';

/** A place's entry in the story page's places list: the embed's own list is in a panel that only
 * script opens. */
const storyPageEntry = (id: string): string => `./#${placeEntryId(id)}`;

/** Whether the frame's origin is opaque (sandboxed without allow-same-origin); false at build time. */
const opaqueOrigin = (): boolean => window.origin === 'null';

type OpenPanel = 'article' | 'places' | null;

/** Where "Skip the map" goes: the panels' buttons, or the credits when there are none. */
const PAST_THE_MAP = 'embed-past-map';

export interface EmbedAppProps {
  readonly story: Story;
  readonly options: EmbedOptions;
  /** WordPress's secret for this frame (protocol.ts), read from the URL at start; null outside WordPress. */
  readonly wordPressSecret: string | null;
}

export function EmbedApp({ story, options, wordPressSecret }: EmbedAppProps) {
  const offerPanels = options.panel !== 'none' && !options.static;
  const [panel, setPanel] = useState<OpenPanel>(options.panel === 'none' ? null : options.panel);
  // A popup's "Read in the article" opens the article panel first, then goes to the paragraph.
  const [paragraph, setParagraph] = useState<{ id: string } | null>(null);
  useEffect(
    function goToPendingParagraph() {
      if (paragraph !== null && panel === 'article') goToParagraph(paragraph.id);
    },
    [paragraph, panel],
  );
  useHeightReporting(options.pymChildId, wordPressSecret);
  useScrollbarWhenNeeded();
  // An opaque origin: a frame sandboxed without allow-same-origin (WordPress's, for one).
  const way = linkWay(options.links, wordPressSecret, useBrowserValue(opaqueOrigin, false));
  const { article } = story;
  const toggle = (which: 'article' | 'places') => () => setPanel((open) => (open === which ? null : which));
  const showMap = useCallback(() => setPanel(null), []);
  // In WordPress the frame is at most 1000 px tall (wp-embed.js), or stays at the height the oEmbed
  // answer gave it where nothing follows its height: an open panel takes the place of the key, the
  // map and the timeline, and scrolls within the frame, rather than shrink to a strip under them.
  const capped = wordPressSecret !== null;
  const reading = capped && panel !== null;

  return (
    <SelectionProvider story={story}>
      <HostBridge story={story} />
      <MapOnSelect reading={reading} showMap={showMap} />
      {/* Named by its title: on a news page it sits inside the host's own <main>. */}
      <main className={['embed', options.static && 'embed--static', reading && 'embed--reading'].filter(Boolean).join(' ')} aria-labelledby="embed-title">
        {!options.static && (
          // Thirty-odd Tab stops in the map and the timeline: a way past them, to what follows.
          <a
            className="skip-link"
            href={`#${PAST_THE_MAP}`}
            onClick={(event) => {
              // Not through the hash: it holds the selection (and, in WordPress, its secret).
              event.preventDefault();
              focusTemporarily(document.getElementById(PAST_THE_MAP), { preventScroll: false });
            }}
          >
            Skip the map
          </a>
        )}
        <header className="embed-head">
          <h1 id="embed-title">{story.meta.title}</h1>
          <p className="based-on">
            Based on {article.outlet}, {formatDate(article.published)}. Locations and sources: our research.
          </p>
        </header>
        <SelectionAnnouncer story={story} />
        <Legend story={story} open={options.static} />
        <div className="map-frame embed-map" id="embed-map">
          <MapBoundary story={story}>
            <StoryMap
              story={story}
              helpId="embed-help"
              // No article stands beside the embed's map: it follows none (and its build leaves that out).
              followsReading={false}
              entryHref={storyPageEntry}
              onParagraphLink={(id) => {
                setPanel('article');
                setParagraph({ id });
              }}
            />
          </MapBoundary>
          {!options.static && (
            <FullscreenButton targetId="embed-map" place={options.place} event={options.event} linkWay={way} wordPressSecret={wordPressSecret} />
          )}
        </div>
        {!options.static && story.events.length > 0 && <Timeline story={story} />}
        <p className="sr-only" id="embed-help">
          Keyboard: Tab moves between places, Enter or Space opens one, Escape closes it. Arrows pan, + and − zoom.
          {offerPanels ? ' Every place is also listed as text under “All places”.' : ''}
        </p>
        {offerPanels && (
          <div className="embed-tools" id={PAST_THE_MAP}>
            {reading && (
              <button type="button" onClick={showMap}>
                Back to the map
              </button>
            )}
            <button type="button" aria-expanded={panel === 'article'} aria-controls="embed-article" onClick={toggle('article')}>
              The article’s words
            </button>
            <button type="button" aria-expanded={panel === 'places'} aria-controls="embed-places" onClick={toggle('places')}>
              All places ({story.places.length})
            </button>
            <FullStoryLink place={options.place} event={options.event} way={way} wordPressSecret={wordPressSecret} />
          </div>
        )}
        {offerPanels && (
          <>
            <div className="embed-panel" id="embed-article" hidden={panel !== 'article'}>
              {panel === 'article' && <ArticlePane story={story} />}
            </div>
            <div className="embed-panel" id="embed-places" hidden={panel !== 'places'}>
              {panel === 'places' && <PlacesList story={story} />}
            </div>
          </>
        )}
        <p className="embed-credit" id={offerPanels ? undefined : PAST_THE_MAP}>
          Quotes: {article.outlet}, verbatim. {story.meta.credits.map((c) => `${c.short ?? `${c.for}: ${c.by}`}. `).join('')}Basemap: Natural Earth.
        </p>
      </main>
    </SelectionProvider>
  );
}
