// What the validator tells a story's author without refusing the story: the page already says less
// than the file claims, and the author should know. Two sources of one point are counted once; a
// claim in the map's own voice should name who makes it.

import { SAME_POINT_M } from '../../shared/story/types.ts';
import type { StoryFiles } from './checkStory.ts';
import { unattributedClaims } from './claims.ts';
import { agreement } from './positions.ts';
import type { Problem } from './problems.ts';

export function storyNotices({ story, places }: StoryFiles): Problem[] {
  const notices: Problem[] = [];
  const claims = (file: Problem['file'], path: Problem['path'], text: string): void => {
    for (const claim of unattributedClaims(text)) {
      notices.push({
        file,
        path,
        message: `"${claim}" states a claim in the map's own voice: say who makes it ("sites the U.S. linked to …", "…, officials said"), or say it as fact only if no one disputes it`,
      });
    }
  };
  for (const field of ['title', 'dek', 'description'] as const) claims('story', [field], story[field]);
  story.events?.forEach((event, i) => {
    claims('story', ['events', i, 'what'], event.what);
  });

  places.features.forEach((feature, i) => {
    feature.properties.when.forEach((when, j) => {
      claims('places', ['features', i, 'properties', 'when', j, 'what'], when.what);
    });
    const { coordinateSources, otherPositions } = feature.properties.precision;
    if (feature.geometry?.type !== 'Point' || coordinateSources === undefined || !otherPositions) return;
    const { independent, samePoint } = agreement(feature.geometry.coordinates, otherPositions);
    if (independent >= coordinateSources) return;
    for (const same of samePoint) {
      notices.push({
        file: 'places',
        path: ['features', i, 'properties', 'precision', 'otherPositions', same.index],
        message: `${same.source} gives the same point (${same.distanceM} m away; within ${SAME_POINT_M} m), most likely one published value copied: it is counted once, so the page says ${independent === 1 ? '"one coordinate source"' : `${independent} coordinate sources`}; set coordinateSources to ${independent}`,
      });
    }
  });
  return notices;
}
