// The story map, composed: the bundled basemap, one marker (and halo) per located place or clusters
// for a long story, the selected place's popup, a scale bar and the credits, and the behaviours that
// keep the map usable inside a page (gestures, size, the reader's view).
import { Control } from 'leaflet';
import { lazy, Suspense, useMemo } from 'react';
import { AttributionControl, MapContainer, ScaleControl } from 'react-leaflet';
import { priorityOf } from '../../shared/map/labelPriority.ts';
import { isClustered } from '../../shared/story/scale.ts';
import { isLocated, type Story } from '../../shared/story/types.ts';
import { lazyEnhancement } from '../ui/lazyEnhancement.ts';
import { BaseLabels } from './BaseLabels.tsx';
import { BASEMAP_CREDIT, Basemap } from './Basemap.tsx';
import { BASEMAP } from './basemapData.ts';
import { CooperativeGestures } from './CooperativeGestures.tsx';
import { CurrentMarks } from './CurrentMarks.tsx';
import { animates } from './camera/camera.ts';
import { FitWhenSized } from './camera/FitWhenSized.tsx';
import { ReaderView } from './camera/ReaderView.tsx';
import { SelectionCamera } from './camera/SelectionCamera.tsx';
import { showOnMarkers } from './camera/strategies.ts';
import { boundsOf } from './coords.ts';
import { FollowSize } from './FollowSize.tsx';
import { LabelLayout } from './LabelLayout.tsx';
import { Locator } from './Locator.tsx';
import { MapReady } from './MapReady.tsx';
import { MapSemantics } from './MapSemantics.tsx';
import { PlaceMarker } from './PlaceMarker.tsx';
import { loadClusterLayer } from './preload.ts';
import { QuietAttribution } from './QuietAttribution.tsx';
import { SelectedPlacePopup } from './SelectedPlacePopup.tsx';
import { MAX_ZOOM, MIN_ZOOM } from './zoomRange.ts';

// Fetched only by a story with more places than the threshold (preload.ts starts it early).
const ClusterLayer = lazy(() => loadClusterLayer().then((m) => ({ default: m.ClusterLayer })));

// The map follows the reading only once the reader scrolls: not part of the first view.
const FollowMap = lazyEnhancement(
  () => import('./camera/FollowMap.tsx'),
  (m) => m.FollowMap,
  'the map following the reading',
);

// Online tiles are optional and off by default: their code is fetched only by a story that sets them.
const OnlineTiles = lazy(() => import('./OnlineTiles.tsx').then((m) => ({ default: m.OnlineTiles })));

// Leaflet's own credit, then the bundled basemap's, both there from the control's first paint.
const ATTRIBUTION_PREFIX = `${Control.Attribution.prototype.options.prefix || ''} <span aria-hidden="true">|</span> ${BASEMAP_CREDIT}`;

/** Room kept around the story's places when the map fits them. */
const PADDING: [number, number] = [36, 36];

/** How far the map may be panned: the basemap's context box (node/basemap/cutBasemap.ts). */
const MAX_BOUNDS: [[number, number], [number, number]] = [
  [BASEMAP.contextBox[1], BASEMAP.contextBox[0]],
  [BASEMAP.contextBox[3], BASEMAP.contextBox[2]],
];

export interface NewsMapProps {
  readonly story: Story;
  /** Id of the element that explains how to use the map. */
  readonly helpId: string;
  readonly onParagraphLink: (paragraphId: string) => void;
  /** Whether the map may follow the reading of an article beside it: the story page's may; the
   * embed's build leaves that code out. */
  readonly followsReading?: boolean;
  /** Called once the map has painted every place (StoryMap.tsx then takes the drawn frame away). */
  readonly onPainted?: () => void;
}

export function NewsMap({ story, helpId, onParagraphLink, followsReading = true, onPainted }: NewsMapProps) {
  const located = useMemo(() => story.places.filter(isLocated), [story]);
  const byId = useMemo(() => new Map(located.map((p) => [p.id, p])), [located]);
  const bounds = useMemo(() => boundsOf(located.flatMap((p) => [p.position, ...(p.area?.flat() ?? [])])), [located]);
  const storyPlaceIds = useMemo(() => new Set(story.places.map((p) => p.id)), [story]);
  // Read once: Leaflet takes its animation options when the map is created.
  const animate = useMemo(animates, []);
  const clustered = isClustered(story);

  return (
    <MapContainer
      className="map"
      bounds={bounds}
      boundsOptions={{ padding: PADDING }}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      zoomSnap={0.25}
      zoomDelta={0.5}
      maxBounds={MAX_BOUNDS}
      zoomAnimation={animate}
      fadeAnimation={animate}
      markerZoomAnimation={animate}
      attributionControl={false}
      scrollWheelZoom={false}
    >
      <MapSemantics helpId={helpId} mode={clustered ? 'clusters' : 'markers'} />
      <CooperativeGestures />
      <FollowSize />
      <FitWhenSized bounds={bounds} padding={PADDING} />
      <ReaderView places={byId} />
      <Basemap />
      {story.meta.tiles && (
        <Suspense fallback={null}>
          <OnlineTiles source={story.meta.tiles} />
        </Suspense>
      )}
      <LabelLayout>
        <BaseLabels storyPlaceIds={storyPlaceIds} />
        {!clustered && located.map((place) => <PlaceMarker key={place.id} place={place} priority={priorityOf(place)} />)}
      </LabelLayout>
      <CurrentMarks />
      {followsReading && (
        <Suspense fallback={null}>
          <FollowMap places={byId} />
        </Suspense>
      )}
      <Locator />
      <ScaleControl position="bottomleft" imperial={false} />
      <AttributionControl position="bottomright" prefix={ATTRIBUTION_PREFIX} />
      <QuietAttribution />
      {clustered ? (
        // Ready once the lazy cluster layer has drawn: MapReady shares its Suspense boundary.
        <Suspense fallback={null}>
          <ClusterLayer places={located} story={story} onParagraphLink={onParagraphLink} />
          <MapReady onPainted={onPainted} />
        </Suspense>
      ) : (
        <>
          <SelectionCamera places={byId} story={story} show={showOnMarkers}>
            {(arrived) => <SelectedPlacePopup places={byId} story={story} onParagraphLink={onParagraphLink} arrived={arrived} />}
          </SelectionCamera>
          <MapReady onPainted={onPainted} />
        </>
      )}
    </MapContainer>
  );
}
