// The timeline arrives just after the first view (the byte budget keeps that view at 150 KB): it is
// fetched as the page starts, beside the map, and a frame of its height holds its place meanwhile so
// that nothing below it jumps.
import { lazy, Suspense } from 'react';
import type { Story } from '../story/types.ts';

const loadTimeline = () => import('./Timeline.tsx');
const Timeline = lazy(() => loadTimeline().then((m) => ({ default: m.Timeline })));

/** Starts fetching the timeline at once when the story has one (call it before rendering). */
export function preloadTimelineFor(story: Story): void {
  if (story.events.length > 0) void loadTimeline();
}

/** The story's timeline; nothing for a story without dates. */
export function LazyTimeline({ story }: { story: Story }) {
  if (story.events.length === 0) return null;
  return (
    <Suspense fallback={<div className="timeline-pending" />}>
      <Timeline story={story} />
    </Suspense>
  );
}
